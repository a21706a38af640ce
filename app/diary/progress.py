"""Seeing change: the week grid therapists know (days × card rows), a row or the mood over
weeks, and the entries of a date range (for "Prepare for my therapist").

Pure functions over an unlocked ``Entries`` in memory; nothing here reads or writes a file.
Days are the patient's local dates; weeks start on Monday (ISO 8601).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from app.diary.card import CardDefinition, Row
from app.diary.entries import (
    KIND_CARD,
    KIND_PRACTICE,
    KIND_THOUGHT,
    MOOD_KIND,
    DiaryCard,
    Entries,
    local_day,
)

MOOD = MOOD_KIND  # the pseudo row of ``series``: mood check-ins (1..10)
MAX_WEEKS = 530  # about ten years: the longest range a chart or a shared file covers


def week_start(day: date) -> date:
    """The Monday of *day*'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekGrid:
    start: date
    days: tuple[date, ...]
    rows: tuple[Row, ...]
    cards: tuple[DiaryCard | None, ...]  # one per day, None when no card was filled in

    def _card(self, day: date) -> DiaryCard | None:
        offset = (day - self.start).days
        return self.cards[offset] if 0 <= offset < len(self.cards) else None

    def rating(self, row_id: str, day: date) -> int | None:
        card = self._card(day)
        return card.ratings.get(row_id) if card else None

    def acted(self, row_id: str, day: date) -> bool | None:
        card = self._card(day)
        return card.acted.get(row_id) if card else None

    def skills(self, day: date) -> tuple[str, ...]:
        card = self._card(day)
        return card.skills if card else ()

    def has_card(self, day: date) -> bool:
        return self._card(day) is not None

    def note(self, day: date) -> str:
        card = self._card(day)
        return card.note if card else ""


def week_grid(definition: CardDefinition, entries: Entries, start: date) -> WeekGrid:
    """The grid of the week that contains *start*."""
    monday = week_start(start)
    days = tuple(monday + timedelta(days=i) for i in range(7))
    return WeekGrid(monday, days, definition.rows, tuple(entries.card(d) for d in days))


@dataclass(frozen=True)
class Point:
    week: date  # Monday
    value: float | None  # the mean of the week; None when nothing was recorded
    count: int  # how many values the mean is made of


def weeks_in(start: date, end: date) -> list[date]:
    """The Mondays of the weeks touching [start, end] (at most MAX_WEEKS)."""
    first, last = week_start(min(start, end)), week_start(max(start, end))
    count = min((last - first).days // 7 + 1, MAX_WEEKS)
    return [first + timedelta(weeks=i) for i in range(count)]


def series(entries: Entries, row_id: str, last_week: date, weeks: int) -> list[Point]:
    """The weekly mean of *row_id* (or of the mood check-ins for ``MOOD``) over the *weeks*
    weeks ending with *last_week*'s, oldest first. Weeks without a value are gaps (None)."""
    weeks = max(1, min(weeks, MAX_WEEKS))
    end = week_start(last_week)
    first = end - timedelta(weeks=weeks - 1)
    sums: dict[date, list[int]] = {}
    if row_id == MOOD:
        for when, mood in entries.moods:
            monday = week_start(local_day(when))
            if first <= monday <= end:
                sums.setdefault(monday, []).append(mood)
    else:
        for day, card in entries.cards.items():
            value = card.ratings.get(row_id)
            monday = week_start(day)
            if value is not None and first <= monday <= end:
                sums.setdefault(monday, []).append(value)
    out = []
    for i in range(weeks):
        monday = first + timedelta(weeks=i)
        values = sums.get(monday, [])
        out.append(Point(monday, sum(values) / len(values) if values else None, len(values)))
    return out


def select(entries: Entries, start: date, end: date, kinds: Collection[str]) -> Entries:
    """The entries of the chosen *kinds* dated within [start, end] (inclusive, local dates);
    ``MOOD_KIND`` in *kinds* keeps the mood check-ins."""
    low, high = min(start, end), max(start, end)
    out = Entries()
    if KIND_CARD in kinds:
        out.cards = {d: c for d, c in entries.cards.items() if low <= d <= high}
    if KIND_THOUGHT in kinds:
        out.thoughts = [t for t in entries.thoughts if low <= local_day(t.when) <= high]
    if KIND_PRACTICE in kinds:
        out.practice = [p for p in entries.practice if low <= local_day(p.when) <= high]
    if MOOD_KIND in kinds:
        out.moods = [m for m in entries.moods if low <= local_day(m[0]) <= high]
    return out
