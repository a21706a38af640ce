"""Known diary entries for the week view, chart and PDF tests (and the screenshots).

Week A (Monday 2025-03-03): cards Monday, Tuesday, Thursday; Wednesday and the weekend empty.
Week B (Monday 2025-03-10): one card, Friday. Canary words mark what belongs where: entries of
week A carry "heron", of week B "otter", anything outside 2025-03-03..2025-03-16 "walrus".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.diary.card import CardDefinition, load_card
from app.diary.entries import DiaryCard, Entries, SkillPractice, ThoughtRecord

WEEK_A = date(2025, 3, 3)
WEEK_B = date(2025, 3, 10)
BEFORE = date(2025, 2, 24)  # the week before the range: canary "walrus"


def at(day: date, hour: int = 12) -> datetime:
    """Noon local time on *day*, as an aware datetime (local_day() gives *day* back)."""
    return datetime.combine(day, time(hour)).astimezone()


def definition() -> CardDefinition:
    return load_card()


def rows(d: CardDefinition) -> tuple[str, str, str]:
    """(an urge row that asks "acted", an emotion row, another emotion row) of the card."""
    urge = next(r.id for r in d.rows if r.acted)
    emotions = [r.id for r in d.rows if r.group == "emotion"]
    return urge, emotions[0], emotions[1]


def entries(d: CardDefinition | None = None) -> Entries:
    d = d or definition()
    urge, emo1, emo2 = rows(d)
    skills = [s.id for s in d.skills]
    e = Entries()
    e.cards = {
        WEEK_A: DiaryCard(
            WEEK_A,
            {urge: 4, emo1: 2},
            {urge: True},
            (skills[0], skills[1]),
            "heron note monday",
            id="a1",
        ),
        WEEK_A + timedelta(days=1): DiaryCard(
            WEEK_A + timedelta(days=1), {urge: 0, emo1: 5}, {urge: False}, (), "", id="a2"
        ),
        WEEK_A + timedelta(days=3): DiaryCard(
            WEEK_A + timedelta(days=3), {emo1: 3, emo2: 1}, {}, (skills[0],), "", id="a4"
        ),
        WEEK_B + timedelta(days=4): DiaryCard(
            WEEK_B + timedelta(days=4),
            {urge: 2, emo1: 1},
            {urge: False},
            (),
            "otter card note",
            id="b5",
        ),
        BEFORE: DiaryCard(
            BEFORE, {urge: 5, emo1: 5}, {urge: True}, (), "walrus card note", id="x1"
        ),
    }
    e.thoughts = [
        ThoughtRecord(
            at(WEEK_B + timedelta(days=2)),
            "otter situation at work",
            "otter thought they hate me",
            "fear",
            80,
            "otter evidence for",
            "otter evidence against",
            "otter balanced thought",
            40,
            id="t2",
        ),
        ThoughtRecord(
            at(WEEK_A + timedelta(days=1)),
            "heron situation on the bus",
            "heron automatic thought",
            "shame",
            70,
            "heron for",
            "heron against",
            "heron balanced",
            30,
            id="t1",
        ),
        ThoughtRecord(
            at(BEFORE + timedelta(days=1)),
            "walrus situation",
            "walrus thought",
            "anger",
            90,
            "",
            "",
            "walrus balanced",
            None,
            id="t0",
        ),
    ]
    e.practice = [
        SkillPractice(
            at(WEEK_B + timedelta(days=1)), skills[1], 4, "otter practice went well", id="p2"
        ),
        SkillPractice(at(WEEK_A + timedelta(days=2)), skills[0], 3, "heron practice note", id="p1"),
        SkillPractice(at(BEFORE + timedelta(days=2)), skills[0], 1, "walrus practice", id="p0"),
    ]
    e.moods = [
        (at(WEEK_A), 6),
        (at(WEEK_A + timedelta(days=2)), 8),
        (at(WEEK_B + timedelta(days=3)), 3),
        (at(BEFORE), 9),
    ]
    return e


def now_utc() -> datetime:
    return datetime(2025, 3, 14, 12, tzinfo=UTC)


def many_weeks(
    d: CardDefinition,
    today: date,
    weeks: int = 26,
    note: str = "Slept better. Walked with my sister.",
) -> Entries:
    """Daily cards over *weeks* weeks (a slowly easing pattern, two weeks missed entirely) and a
    mood check-in every other day: enough for the chart and the screenshots. *note*: the text
    of some cards' notes ("" for walks that check the interface's language)."""
    import random

    rng = random.Random(19)
    e = Entries()
    first = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    gaps = {first + timedelta(weeks=5), first + timedelta(weeks=6)}
    skills = [s.id for s in d.skills]
    for i in range((today - first).days + 1):
        day = first + timedelta(days=i)
        if day - timedelta(days=day.weekday()) in gaps or rng.random() < 0.15:
            continue
        ease = i / max(1, (today - first).days)
        ratings = {
            r.id: max(
                0,
                min(
                    5,
                    round(
                        (4 if r.group == "urge" else 3) * (1 - ease * 0.7) + rng.uniform(-1.2, 1.2)
                    ),
                ),
            )
            for r in d.rows
            if rng.random() < 0.9
        }
        acted = {r.id: rng.random() < 0.2 * (1 - ease) for r in d.rows if r.acted}
        used = tuple(rng.sample(skills, k=min(len(skills), rng.randint(0, 3))))
        text = note if rng.random() < 0.2 else ""
        e.cards[day] = DiaryCard(day, ratings, acted, used, text, id=f"c{i}")
        if i % 2 == 0:
            e.moods.append((at(day, 20), max(1, min(10, round(4 + 4 * ease + rng.uniform(-2, 2))))))
    return e
