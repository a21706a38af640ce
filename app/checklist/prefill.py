"""Pre-answer checklist items from what the checks measured.

Each measurement key (an item's ``prefill``) maps to a function reading one CheckResult. Any
missing result or metric, a check that errored or found no device, or a value in the grey zone
leaves the item for the patient: pre-fill only says what we actually measured.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.checklist.content import Content
from app.checks.base import CheckResult, MetricValue, Status
from app.checks.history import RunRecord
from app.checks.thresholds import Thresholds, default_thresholds
from app.i18n import QT_TRANSLATE_NOOP, translate

YES = "yes"
NO = "no"
NOT_POSSIBLE = "not_possible"


@dataclass(frozen=True)
class Prefill:
    answer: str  # YES or NO
    measured: str  # what we measured, for the patient ("We measured a quiet room.")


def _number(value: MetricValue) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _usable(result: CheckResult | None) -> CheckResult | None:
    if result is None or result.status in (Status.ERROR, Status.UNAVAILABLE):
        return None
    return result


def _quiet_room(run: RunRecord, t: Thresholds) -> Prefill | None:
    r = _usable(run.result("microphone"))
    floor = _number(r.metric("noise_floor_dbfs")) if r else None
    if floor is None:
        return None
    if floor <= t.microphone.noisy_dbfs:  # the microphone check's own "noisy room" line
        return Prefill(YES, translate("Checklist", "We measured a quiet room."))
    if floor >= t.prefill.noisy_min_dbfs:
        return Prefill(NO, translate("Checklist", "We heard noise in your room."))
    return None


def _alone_in_view(run: RunRecord, t: Thresholds) -> Prefill | None:
    r = _usable(run.result("camera"))
    faces = _number(r.metric("faces")) if r else None
    if faces is None:
        return None
    if faces > 1:
        return Prefill(
            NO,
            translate("Checklist", "We saw {n} faces in your camera.").format(n=int(faces)),
        )
    if faces == 1:
        return Prefill(YES, translate("Checklist", "We saw only you in your camera."))
    return None


def _headphones(run: RunRecord, t: Thresholds) -> Prefill | None:
    r = _usable(run.result("speakers"))
    likely = r.metric("headphones_likely") if r else None
    if likely is True:
        return Prefill(YES, translate("Checklist", "Your sound plays through headphones."))
    if likely is False:
        return Prefill(NO, translate("Checklist", "Your sound seems to play out loud."))
    return None


def _charger(run: RunRecord, t: Thresholds) -> Prefill | None:
    r = _usable(run.result("battery"))
    plugged = r.metric("plugged") if r else None
    if plugged is True:
        return Prefill(YES, translate("Checklist", "Your charger is plugged in."))
    if plugged is False:
        pct = _number(r.metric("battery_pct")) if r else None
        if pct is not None:
            return Prefill(
                NO,
                translate("Checklist", "Your computer runs on battery ({pct}% left).").format(
                    pct=round(pct)
                ),
            )
        return Prefill(NO, translate("Checklist", "Your computer runs on battery."))
    return None


BUSY = QT_TRANSLATE_NOOP("Checklist", "Other apps are using your internet right now.")
SLOWS_WHEN_BUSY = QT_TRANSLATE_NOOP(
    "Checklist",
    "Your internet slows down a lot when it is busy. Ask others at home to pause streaming and downloads during group.",
)
IDLE = QT_TRANSLATE_NOOP("Checklist", "We saw no other apps using your internet.")
# Bufferbloat grades that make the link stutter when anyone at home uses it (the connection
# check warns on the same grades).
BLOATED = ("C", "D", "F")


def _other_apps(run: RunRecord, t: Thresholds) -> Prefill | None:
    """Other apps (traffic seen now) and other people (a link that slows down a lot when busy:
    the bufferbloat grade): either means "not ready" until they pause."""
    r = _usable(run.result("connection"))
    if r is None:
        return None
    mbps = _number(r.metric("background_mbps"))  # other apps' traffic while it measured
    if mbps is None:
        return None
    if mbps > t.background_warn_mbps:  # the connection check's own line
        return Prefill(NO, translate("Checklist", BUSY))
    if r.metric("bufferbloat_grade") in BLOATED:
        return Prefill(NO, translate("Checklist", SLOWS_WHEN_BUSY))
    return Prefill(YES, translate("Checklist", IDLE))


def _light(run: RunRecord, t: Thresholds) -> Prefill | None:
    r = _usable(run.result("camera"))
    brightness = _number(r.metric("brightness")) if r else None
    if brightness is None:
        return None
    if brightness < t.camera.dark_mean:  # the camera check's own lines
        return Prefill(NO, translate("Checklist", "Your camera picture looks dark."))
    if brightness > t.camera.bright_mean:
        return Prefill(
            NO,
            translate(
                "Checklist", "Your camera picture looks too bright, like a window behind you."
            ),
        )
    return Prefill(YES, translate("Checklist", "We measured good light on your camera."))


MAPPINGS: dict[str, Callable[[RunRecord, Thresholds], Prefill | None]] = {
    "quiet_room": _quiet_room,
    "alone_in_view": _alone_in_view,
    "headphones": _headphones,
    "charger": _charger,
    "other_apps": _other_apps,
    "light": _light,
}


def prefill_from_run(
    content: Content, run: RunRecord | None, thresholds: Thresholds | None = None
) -> dict[str, Prefill]:
    """{item id: Prefill} for each item whose measurement is present in *run* (judged by
    *thresholds*, default the shipped ones)."""
    if run is None:
        return {}
    t = thresholds or default_thresholds()
    out: dict[str, Prefill] = {}
    for item in content.items:
        fn = MAPPINGS.get(item.prefill)
        if fn is None:
            continue
        try:
            found = fn(run, t)
        except (TypeError, ValueError):  # an unexpected metric type: leave it to the patient
            found = None
        if found is not None:
            out[item.id] = found
    return out
