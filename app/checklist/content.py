"""Checklist content: items loaded from resources/checklist.toml, changed by the program profile.

Program-profile override format (the ``checklist`` key of a profile; all parts optional)::

    [checklist]
    remove = ["water_and_notes"]                       # item ids to drop

    [checklist.reword.headphones]                      # change the text of an existing item
    text = { en = "Wearing the headphones we lent you?", es = "¿Tiene puestos los audífonos que le prestamos?" }
    why = "Shown in every language when given as plain text."

    [[checklist.add]]                                  # a new item (id must be new)
    id = "pet_away"
    text = { en = "Is your pet in another room?", es = "¿Está su mascota en otro cuarto?" }
    why = { en = "Pets can distract the group.", es = "Las mascotas pueden distraer al grupo." }
    tip = { en = "Give your pet a toy in another room.", es = "Dele un juguete en otro cuarto." }
    after = "alone_in_view"                            # optional position; default: at the end

``text``, ``why`` and ``tip`` are either ``{en = …, es = …}`` or one string for every language.
A malformed entry is skipped and reported in ``problems``; it never stops the checklist.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.i18n import pick_text, texts_of
from app.paths import resource

CONTENT_FILE = "checklist.toml"
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@dataclass(frozen=True)
class Item:
    id: str
    text: Mapping[str, str]
    why: Mapping[str, str] = field(default_factory=dict)
    tip: Mapping[str, str] = field(default_factory=dict)
    prefill: str = ""  # a measurement key from app.checklist.prefill, or ""

    def text_in(self, language: str) -> str:
        return pick_text(self.text, language)

    def why_in(self, language: str) -> str:
        return pick_text(self.why, language)

    def tip_in(self, language: str) -> str:
        return pick_text(self.tip, language)


@dataclass(frozen=True)
class Content:
    items: tuple[Item, ...]
    problems: tuple[str, ...] = ()  # overrides that could not be applied (for support staff)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)


def load_content(path: Path | None = None) -> Content:
    data = tomllib.loads((path or resource(CONTENT_FILE)).read_text("utf-8"))
    items = []
    for raw in data.get("item", []):
        items.append(
            Item(
                id=str(raw["id"]),
                text=texts_of(raw["text"]) or {},
                why=texts_of(raw.get("why")) or {},
                tip=texts_of(raw.get("tip")) or {},
                prefill=str(raw.get("prefill", "")),
            )
        )
    return Content(tuple(items))


def apply_overrides(content: Content, overrides: Mapping[str, Any] | None) -> Content:
    """Remove, reword and add items as the program profile says. Bad entries are skipped."""
    if not overrides:
        return content
    items = list(content.items)
    problems: list[str] = []

    remove = overrides.get("remove", [])
    if isinstance(remove, list):
        gone = {str(r) for r in remove}
        items = [i for i in items if i.id not in gone]
    else:
        problems.append("checklist.remove should be a list of item ids")

    reword = overrides.get("reword", {})
    if isinstance(reword, Mapping):
        where = {item.id: n for n, item in enumerate(items)}  # one pass: 20,000 rewords took 33 s
        for item_id, change in reword.items():
            idx = where.get(item_id)
            if idx is None or not isinstance(change, Mapping):
                problems.append(f"checklist.reword.{item_id}: no such item or not a table")
                continue
            updates: dict[str, Any] = {}
            for key in ("text", "why", "tip"):
                if key in change:
                    texts = texts_of(change[key])
                    if texts is None:
                        problems.append(f"checklist.reword.{item_id}.{key}: should be text")
                        continue
                    updates[key] = {**getattr(items[idx], key), **texts}
            items[idx] = replace(items[idx], **updates)
    else:
        problems.append("checklist.reword should be a table of item ids")

    add = overrides.get("add", [])
    if isinstance(add, list):
        items = _add_items(items, add, problems)
    else:
        problems.append("checklist.add should be a list of items")

    return Content(tuple(items), content.problems + tuple(problems))


def _add_items(items: list[Item], add: list[Any], problems: list[str]) -> list[Item]:
    """New items, each after the item it names (else at the end), in linear time."""
    ids = {i.id for i in items}
    after_of: dict[str, list[Item]] = {}  # an existing or added id → items to follow it
    at_end: list[Item] = []
    for n, raw in enumerate(add):
        if not isinstance(raw, Mapping):
            problems.append(f"checklist.add[{n}]: should be a table")
            continue
        item_id = str(raw.get("id", ""))
        text = texts_of(raw.get("text"))
        if not _ID.match(item_id) or item_id in ids or text is None:
            problems.append(f"checklist.add[{n}]: needs a new id and a text")
            continue
        item = Item(item_id, text, texts_of(raw.get("why")) or {}, texts_of(raw.get("tip")) or {})
        ids.add(item_id)
        after = raw.get("after")
        if isinstance(after, str) and after != item_id and after in ids:
            after_of.setdefault(after, []).append(item)  # popped last first: right after
        else:
            at_end.append(item)
    out: list[Item] = []
    for top in [*items, *at_end]:
        stack = [top]
        while stack:  # each item, then what was added after it (depth first, no recursion)
            item = stack.pop()
            out.append(item)
            stack.extend(after_of.pop(item.id, []))
    return out


def content_for_profile(overrides: Mapping[str, Any] | None) -> Content:
    return apply_overrides(load_content(), overrides)
