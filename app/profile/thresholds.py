"""The profile's ``thresholds``: a program's own pass and fail lines for the checks."""

from __future__ import annotations

import tomllib
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.paths import resource
from app.profile.base import ProfileError


def validated_thresholds(value: Any) -> dict[str, dict[str, float]]:
    """The ``thresholds`` key: {section: {key: number}} overriding resources/thresholds.toml
    (which app.checks.thresholds loads). Only the keys listed in its [overridable] table, each
    within its [min, max] there; and every pass/fail (or warn/fail) pair still in the order of
    the shipped figures (a pass line worse than the fail line would switch a check off)."""
    shipped = tomllib.loads(resource("thresholds.toml").read_text("utf-8"))
    limits = shipped.get("overridable", {})
    shape = QT_TRANSLATE_NOOP("Profile", "“{field}” should be a set of sections of numbers.")
    unknown = QT_TRANSLATE_NOOP("Profile", "“{field}” is not a threshold a program can change.")
    number_ = QT_TRANSLATE_NOOP("Profile", "“{field}” should be a number.")
    range_ = QT_TRANSLATE_NOOP("Profile", "“{field}” should be between {low:g} and {high:g}.")
    order = QT_TRANSLATE_NOOP(
        "Profile", "“{field}”: the pass line should be better than the fail line."
    )

    def error(name: str, text: str, **kw: float) -> ProfileError:
        name = f"thresholds.{name}" if name else "thresholds"
        return ProfileError(name, translate("Profile", text).format(field=name, **kw))

    if not isinstance(value, dict):
        raise error("", shape)
    clean: dict[str, dict[str, float]] = {}
    for section, values in value.items():
        if not isinstance(values, dict):
            raise error(section, shape)
        for key, number in values.items():
            name = f"{section}.{key}"
            if name not in limits:
                raise error(name, unknown)
            if isinstance(number, bool) or not isinstance(number, int | float):
                raise error(name, number_)
            low, high = (float(x) for x in limits[name])
            if not low <= number <= high:
                raise error(name, range_, low=low, high=high)
            clean.setdefault(section, {})[key] = float(number)
    for section, values in clean.items():
        merged = {**shipped.get(section, {}), **values}
        for good in ("pass", "warn"):
            for key in [k for k in merged if k.startswith(good + "_") or k == good]:
                bad = "fail" + key[len(good) :]
                if bad not in merged:
                    continue
                higher_better = shipped[section][key] >= shipped[section][bad]
                ordered = (
                    merged[key] >= merged[bad] if higher_better else merged[key] <= merged[bad]
                )
                if not ordered:
                    raise error(section, order)
    return clean
