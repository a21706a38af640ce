"""What the diary card asks: rows rated 0–5 and the skills list, loaded from
resources/diary_card.toml and changed by the program profile.

Program-profile format (the ``diary_card`` key; every part optional)::

    [diary_card]
    replace = false            # true: each list given below replaces the shipped one
    remove = ["guilt"]         # row, module or skill ids to drop

    [diary_card.groups]        # names of row groups (the shipped ones are "urge" and "emotion")
    body = { en = "Body", es = "Cuerpo" }

    [[diary_card.rows]]        # new rows (or, with replace = true, the only rows)
    id = "pain"
    group = "body"
    label = { en = "Pain", es = "Dolor" }
    acted = false              # true: the card also asks "Did you act on it?"

    [[diary_card.modules]]     # skills modules: id + label
    [[diary_card.skills]]      # skills: id + module + label

Labels are ``{en = …, es = …}`` or one text for every language. A malformed entry is skipped and
named in ``problems`` (for support staff); it never stops the card. Bounded: at most
``MAX_ROWS`` rows and ``MAX_SKILLS`` skills.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import pick_text, texts_of
from app.paths import resource

CARD_FILE = "diary_card.toml"
SCALE_MAX = 5  # every row is rated 0..SCALE_MAX
MAX_ROWS = 40
MAX_MODULES = 20
MAX_SKILLS = 200
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@dataclass(frozen=True)
class Row:
    id: str
    group: str
    label: Mapping[str, str]
    acted: bool = False  # the card also asks "Did you act on it?"

    def label_in(self, language: str) -> str:
        return pick_text(self.label, language)


@dataclass(frozen=True)
class Module:
    id: str
    label: Mapping[str, str]

    def label_in(self, language: str) -> str:
        return pick_text(self.label, language)


@dataclass(frozen=True)
class Skill:
    id: str
    module: str
    label: Mapping[str, str]

    def label_in(self, language: str) -> str:
        return pick_text(self.label, language)


@dataclass(frozen=True)
class CardDefinition:
    rows: tuple[Row, ...]
    modules: tuple[Module, ...]
    skills: tuple[Skill, ...]
    group_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()  # profile entries that could not be applied

    def row(self, row_id: str) -> Row | None:
        return next((r for r in self.rows if r.id == row_id), None)

    def skill(self, skill_id: str) -> Skill | None:
        return next((s for s in self.skills if s.id == skill_id), None)

    def skills_in(self, module_id: str) -> tuple[Skill, ...]:
        return tuple(s for s in self.skills if s.module == module_id)

    def groups(self) -> list[str]:
        """The row groups, in card order."""
        return list(dict.fromkeys(r.group for r in self.rows))

    def group_label(self, group: str, language: str) -> str:
        texts = self.group_labels.get(group)
        return pick_text(texts, language) if texts else group


def load_card(path: Path | None = None) -> CardDefinition:
    """The shipped card (or the one in *path*)."""
    data = tomllib.loads((path or resource(CARD_FILE)).read_text("utf-8"))
    problems: list[str] = []
    return CardDefinition(
        rows=tuple(_rows(data.get("row", []), "row", problems)),
        modules=tuple(_modules(data.get("module", []), "module", problems)),
        skills=tuple(_skills(data.get("skill", []), "skill", problems)),
        group_labels=_groups(data.get("groups", {}), problems),
    )


def card_for_profile(overrides: Mapping[str, Any] | None) -> CardDefinition:
    return apply_overrides(load_card(), overrides)


def apply_overrides(card: CardDefinition, overrides: Mapping[str, Any] | None) -> CardDefinition:
    """Replace, extend and trim the card as the program profile says. Bad entries are skipped."""
    if not overrides:
        return card
    if not isinstance(overrides, Mapping):
        return _with_problems(card, ["diary_card should be a table"])
    problems: list[str] = []
    replace_all = overrides.get("replace", False) is True
    rows = _merged(card.rows, overrides, "rows", _rows, replace_all, problems)
    modules = _merged(card.modules, overrides, "modules", _modules, replace_all, problems)
    skills = _merged(card.skills, overrides, "skills", _skills, replace_all, problems)
    remove = overrides.get("remove", [])
    if isinstance(remove, list):
        gone = {str(r) for r in remove}
        rows = [r for r in rows if r.id not in gone]
        modules = [m for m in modules if m.id not in gone]
        skills = [s for s in skills if s.id not in gone]
    else:
        problems.append("diary_card.remove should be a list of ids")
    known = {m.id for m in modules}
    orphans = [s.id for s in skills if s.module not in known]
    if orphans:
        problems.append(f"diary_card.skills: no such module for {', '.join(orphans[:5])}")
        skills = [s for s in skills if s.module in known]
    groups = {**card.group_labels, **_groups(overrides.get("groups", {}), problems)}
    rows, modules, skills = (
        _bounded(rows, MAX_ROWS, "rows", problems),
        _bounded(modules, MAX_MODULES, "modules", problems),
        _bounded(skills, MAX_SKILLS, "skills", problems),
    )
    return CardDefinition(
        tuple(rows), tuple(modules), tuple(skills), groups, card.problems + tuple(problems)
    )


def _with_problems(card: CardDefinition, problems: list[str]) -> CardDefinition:
    return CardDefinition(
        card.rows, card.modules, card.skills, card.group_labels, card.problems + tuple(problems)
    )


def _merged(
    shipped: tuple[Any, ...],
    overrides: Mapping[str, Any],
    key: str,
    parse: Any,
    replace_all: bool,
    problems: list[str],
) -> list[Any]:
    if key not in overrides:
        return list(shipped)
    raw = overrides[key]
    if not isinstance(raw, list):
        problems.append(f"diary_card.{key} should be a list")
        return list(shipped)
    given = parse(raw, f"diary_card.{key}", problems)
    if replace_all:
        return list(given)
    ids = {item.id for item in shipped}
    fresh = []
    for item in given:
        if item.id in ids:
            problems.append(f"diary_card.{key}: {item.id} is already on the card")
            continue
        fresh.append(item)
    return [*shipped, *fresh]


def _bounded(items: list[Any], limit: int, key: str, problems: list[str]) -> list[Any]:
    if len(items) > limit:
        problems.append(f"diary_card.{key}: only the first {limit} are used")
        return items[:limit]
    return items


def _entries(raw: Any, where: str, problems: list[str]) -> list[tuple[int, Mapping[str, Any]]]:
    """The well-formed tables of a list: (index, table), each with a valid new id and a label."""
    out: list[tuple[int, Mapping[str, Any]]] = []
    seen: set[str] = set()
    for n, item in enumerate(raw if isinstance(raw, list) else []):
        item_id = item.get("id") if isinstance(item, Mapping) else None
        if (
            not isinstance(item_id, str)
            or not _ID.match(item_id)
            or item_id in seen
            or texts_of(item.get("label")) is None
        ):
            problems.append(f"{where}[{n}]: needs a new id and a label")
            continue
        seen.add(item_id)
        out.append((n, item))
    return out


def _rows(raw: Any, where: str, problems: list[str]) -> list[Row]:
    rows = []
    for n, item in _entries(raw, where, problems):
        group = item.get("group")
        if not isinstance(group, str) or not _ID.match(group):
            problems.append(f"{where}[{n}]: needs a group")
            continue
        acted = item.get("acted", False)
        rows.append(Row(item["id"], group, texts_of(item["label"]) or {}, acted is True))
    return rows


def _modules(raw: Any, where: str, problems: list[str]) -> list[Module]:
    return [
        Module(item["id"], texts_of(item["label"]) or {})
        for _, item in _entries(raw, where, problems)
    ]


def _skills(raw: Any, where: str, problems: list[str]) -> list[Skill]:
    skills = []
    for n, item in _entries(raw, where, problems):
        module = item.get("module")
        if not isinstance(module, str) or not module:
            problems.append(f"{where}[{n}]: needs a module")
            continue
        skills.append(Skill(item["id"], module, texts_of(item["label"]) or {}))
    return skills


def _groups(raw: Any, problems: list[str]) -> dict[str, Mapping[str, str]]:
    if not isinstance(raw, Mapping):
        problems.append("diary_card.groups should be a table")
        return {}
    out: dict[str, Mapping[str, str]] = {}
    for group, label in raw.items():
        texts = texts_of(label)
        if texts is None or not _ID.match(str(group)):
            problems.append(f"diary_card.groups.{group}: needs a label")
            continue
        out[str(group)] = texts
    return out
