"""The three structured entries of the diary — diary card, thought record, skills practice —
sealed in the notes vault like every note.

Each entry is stored as one ``Note`` whose ``kind`` says which entry it is, with its fields as
JSON in the (encrypted) body and an empty title: the vault seals, backs up and checks them like
any note, and nothing about them (not even the kind or the day) is readable without the key.
The patient's plain notes list, search and readable export leave them out (``split``).

Reading is forgiving: a body that is not what this version wrote gives ``None`` (the entry is
skipped, the vault keeps it untouched) — never an exception. Numbers out of range are dropped.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.diary.card import SCALE_MAX
from app.notes.model import Note

KIND_NOTE = "note"
KIND_CARD = "diary_card"
KIND_THOUGHT = "thought_record"
KIND_PRACTICE = "skill_practice"
ENTRY_KINDS = (KIND_CARD, KIND_THOUGHT, KIND_PRACTICE)
MOOD_KIND = "mood"  # not stored: the mood check-in notes, as a kind of entry to choose (sharing)
INTENSITY_MAX = 100  # a thought record's emotion intensity, 0..100
MAX_TEXT = 20_000  # characters kept of one free-text field
MAX_ITEMS = 500  # rows or skills kept of one stored card


@dataclass(frozen=True)
class DiaryCard:
    day: date
    ratings: Mapping[str, int] = field(default_factory=dict)  # row id -> 0..SCALE_MAX
    acted: Mapping[str, bool] = field(default_factory=dict)  # row id -> acted on the urge
    skills: tuple[str, ...] = ()  # skill ids used that day
    note: str = ""
    id: str = ""  # the vault note id ("" = not saved yet)


@dataclass(frozen=True)
class ThoughtRecord:
    when: datetime
    situation: str = ""
    thought: str = ""
    emotion: str = ""
    intensity: int | None = None  # 0..INTENSITY_MAX
    evidence_for: str = ""
    evidence_against: str = ""
    balanced: str = ""
    intensity_after: int | None = None
    id: str = ""


@dataclass(frozen=True)
class SkillPractice:
    when: datetime
    skill: str  # a Skill.id of the card definition
    rating: int | None = None  # how it went, 0..SCALE_MAX
    note: str = ""
    id: str = ""


Entry = DiaryCard | ThoughtRecord | SkillPractice


def kind_of(entry: Entry) -> str:
    if isinstance(entry, DiaryCard):
        return KIND_CARD
    if isinstance(entry, ThoughtRecord):
        return KIND_THOUGHT
    return KIND_PRACTICE


def local_day(when: datetime) -> date:
    """The patient's local date of *when* (an aware time)."""
    return when.astimezone().date()


def _fields(entry: Entry) -> dict[str, Any]:
    if isinstance(entry, DiaryCard):
        return {
            "day": entry.day.isoformat(),
            "ratings": dict(entry.ratings),
            "acted": dict(entry.acted),
            "skills": list(entry.skills),
            "note": entry.note,
        }
    if isinstance(entry, ThoughtRecord):
        return {
            "when": entry.when.isoformat(),
            "situation": entry.situation,
            "thought": entry.thought,
            "emotion": entry.emotion,
            "intensity": entry.intensity,
            "evidence_for": entry.evidence_for,
            "evidence_against": entry.evidence_against,
            "balanced": entry.balanced,
            "intensity_after": entry.intensity_after,
        }
    return {
        "when": entry.when.isoformat(),
        "skill": entry.skill,
        "rating": entry.rating,
        "note": entry.note,
    }


def to_note(entry: Entry, previous: Note | None = None) -> Note:
    """The note that stores *entry* (save it with ``vault.save``). Keeps *previous*'s id and
    version (an edit); else the entry's id, else a new one."""
    body = json.dumps(_fields(entry), ensure_ascii=False, separators=(",", ":"))
    base = previous or Note(id=entry.id or uuid.uuid4().hex)
    return base.with_changes(
        title="", body=body, tags=(), mood=None, session_id=None, kind=kind_of(entry)
    )


def from_note(note: Note) -> Entry | None:
    """The entry stored in *note*; None for a plain note or a body this version cannot read."""
    if note.kind not in ENTRY_KINDS:
        return None
    try:
        data = json.loads(note.body)
        if not isinstance(data, dict):
            return None
        if note.kind == KIND_CARD:
            return _card(data, note.id)
        when = _aware(data.get("when"))
        if when is None:
            return None
        if note.kind == KIND_THOUGHT:
            return ThoughtRecord(
                when=when,
                **{k: _text(data.get(k)) for k in _THOUGHT_TEXTS},
                intensity=_number(data.get("intensity"), INTENSITY_MAX),
                intensity_after=_number(data.get("intensity_after"), INTENSITY_MAX),
                id=note.id,
            )
        skill = data.get("skill")
        if not isinstance(skill, str) or not skill:
            return None
        return SkillPractice(
            when=when,
            skill=skill[:64],
            rating=_number(data.get("rating"), SCALE_MAX),
            note=_text(data.get("note")),
            id=note.id,
        )
    except (ValueError, TypeError, RecursionError):
        return None


_THOUGHT_TEXTS = ("situation", "thought", "emotion", "evidence_for", "evidence_against", "balanced")


def _card(data: dict[str, Any], note_id: str) -> DiaryCard | None:
    day = data.get("day")
    if not isinstance(day, str):
        return None
    ratings = data.get("ratings")
    acted = data.get("acted")
    skills = data.get("skills")
    return DiaryCard(
        day=date.fromisoformat(day),
        ratings={
            str(k): v
            for k, v in list(ratings.items())[:MAX_ITEMS]
            if _number(v, SCALE_MAX) is not None
        }
        if isinstance(ratings, dict)
        else {},
        acted={str(k): v for k, v in list(acted.items())[:MAX_ITEMS] if isinstance(v, bool)}
        if isinstance(acted, dict)
        else {},
        skills=tuple(s for s in skills[:MAX_ITEMS] if isinstance(s, str))
        if isinstance(skills, list)
        else (),
        note=_text(data.get("note")),
        id=note_id,
    )


def _number(value: Any, top: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
        return None
    return value


def _text(value: Any) -> str:
    return value[:MAX_TEXT] if isinstance(value, str) else ""


def _aware(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    when = datetime.fromisoformat(value)
    return when if when.tzinfo is not None else None


def split(notes: Iterable[Note]) -> tuple[list[Note], list[Note]]:
    """(the patient's plain notes, the diary's entry notes)."""
    plain: list[Note] = []
    entries: list[Note] = []
    for n in notes:
        (entries if n.kind in ENTRY_KINDS else plain).append(n)
    return plain, entries


class Entries:
    """The unlocked diary, in memory only (forgotten on lock): one card per day, thought
    records and practice newest first, and the mood check-ins of the plain notes."""

    def __init__(self) -> None:
        self.cards: dict[date, DiaryCard] = {}
        self.thoughts: list[ThoughtRecord] = []
        self.practice: list[SkillPractice] = []
        self.moods: list[tuple[datetime, int]] = []  # (when, 1..10), oldest first
        self._mood_of: dict[str, tuple[datetime, int]] = {}  # note id → its mood
        self._updated: dict[date, datetime] = {}  # which stored card of a day is the newest

    @classmethod
    def from_notes(cls, notes: Iterable[Note]) -> Entries:
        out = cls()
        for note in notes:
            if note.kind == KIND_NOTE:
                if note.mood:  # 0 / None: no mood chosen
                    out._mood_of[note.id] = (note.created, note.mood)
                continue
            entry = from_note(note)
            if entry is None:
                continue
            if isinstance(entry, DiaryCard):
                # two stored cards for one day (two devices, a restored backup): the newest wins
                if entry.day in out._updated and out._updated[entry.day] >= note.updated:
                    continue
                out._updated[entry.day] = note.updated
            out._add(entry)
        out._order()
        return out

    def _add(self, entry: Entry) -> None:
        if isinstance(entry, DiaryCard):
            self.cards[entry.day] = entry
        elif isinstance(entry, ThoughtRecord):
            self.thoughts.append(entry)
        else:
            self.practice.append(entry)

    def _order(self) -> None:
        self.thoughts.sort(key=lambda t: (t.when, t.id), reverse=True)
        self.practice.sort(key=lambda p: (p.when, p.id), reverse=True)
        self.moods = sorted(self._mood_of.values(), key=lambda m: m[0])

    def note_changed(self, note: Note) -> bool:
        """A plain note was saved while unlocked: its mood, if any, counts now. True when the
        moods changed."""
        before = self._mood_of.get(note.id)
        if note.kind == KIND_NOTE and note.mood:
            self._mood_of[note.id] = (note.created, note.mood)
        else:
            self._mood_of.pop(note.id, None)
        if self._mood_of.get(note.id) == before:
            return False
        self.moods = sorted(self._mood_of.values(), key=lambda m: m[0])
        return True

    def note_removed(self, note_id: str) -> bool:
        """A plain note was deleted: its mood no longer counts. True when the moods changed."""
        if self._mood_of.pop(note_id, None) is None:
            return False
        self.moods = sorted(self._mood_of.values(), key=lambda m: m[0])
        return True

    def put(self, entry: Entry) -> None:
        """Add or replace (same id; for a card, same day) a saved entry."""
        if entry.id:
            self.remove(entry.id)
        if isinstance(entry, DiaryCard):
            self.cards[entry.day] = entry
        else:
            self._add(entry)
            self._order()

    def remove(self, entry_id: str) -> None:
        self.cards = {d: c for d, c in self.cards.items() if c.id != entry_id}
        self.thoughts = [t for t in self.thoughts if t.id != entry_id]
        self.practice = [p for p in self.practice if p.id != entry_id]

    def card(self, day: date) -> DiaryCard | None:
        return self.cards.get(day)

    def __len__(self) -> int:
        return len(self.cards) + len(self.thoughts) + len(self.practice)
