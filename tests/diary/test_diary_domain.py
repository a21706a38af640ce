"""The diary's domain (issue 19): the card definition and the profile's changes, the three
entries sealed as vault notes, the week grid, the series and the range selection."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.diary.card import MAX_ROWS, SCALE_MAX, card_for_profile, load_card
from app.diary.entries import (
    KIND_CARD,
    KIND_PRACTICE,
    KIND_THOUGHT,
    MOOD_KIND,
    DiaryCard,
    Entries,
    SkillPractice,
    ThoughtRecord,
    from_note,
    split,
    to_note,
)
from app.diary.progress import MOOD, select, series, week_grid, week_start, weeks_in
from app.notes.model import Note
from app.notes.vault import Vault
from tests.fakes.notes import FAST

MON = date(2026, 11, 23)  # a Monday


def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC).astimezone()


# --- the card definition -------------------------------------------------------------------


def test_shipped_card_has_urges_emotions_and_the_four_dbt_modules_in_both_languages() -> None:
    card = load_card()
    assert card.groups() == ["urge", "emotion"]
    assert {"urge_self_harm", "urge_use", "sadness", "anger", "fear", "shame", "joy"} <= {
        r.id for r in card.rows
    }
    assert card.row("urge_use").acted and not card.row("sadness").acted  # type: ignore[union-attr]
    assert [m.id for m in card.modules] == [
        "mindfulness", "distress_tolerance", "emotion_regulation", "interpersonal",
    ]  # fmt: skip
    assert all(card.skills_in(m.id) for m in card.modules)
    for item in (*card.rows, *card.modules, *card.skills):
        assert item.label_in("en") and item.label_in("es")
        assert item.label_in("es") != item.label_in("en") or item.id in {"give", "fast"}
    assert card.group_label("emotion", "es") == "Emociones"
    assert card.problems == ()


def test_program_card_replaces_the_default() -> None:
    card = card_for_profile({
        "replace": True,
        "rows": [{"id": "pain", "group": "body", "label": {"en": "Pain", "es": "Dolor"}},
                 {"id": "craving", "group": "urge", "label": "Craving", "acted": True}],
        "modules": [{"id": "rp", "label": "Relapse prevention"}],
        "skills": [{"id": "urge_surf", "module": "rp", "label": "Urge surfing"}],
        "groups": {"body": {"en": "Body", "es": "Cuerpo"}},
    })  # fmt: skip
    assert [r.id for r in card.rows] == ["pain", "craving"]
    assert [s.id for s in card.skills] == ["urge_surf"]
    assert card.group_label("body", "es") == "Cuerpo"
    assert card.row("craving").label_in("es") == "Craving"  # type: ignore[union-attr]
    assert card.problems == ()


def test_program_card_extends_and_removes() -> None:
    card = card_for_profile({
        "rows": [{"id": "pain", "group": "body", "label": "Pain"}],
        "skills": [{"id": "urge_surf", "module": "distress_tolerance", "label": "Urge surfing"}],
        "remove": ["guilt", "wise_mind"],
    })  # fmt: skip
    ids = [r.id for r in card.rows]
    assert ids[-1] == "pain" and "guilt" not in ids and "sadness" in ids
    assert "urge_surf" in {s.id for s in card.skills_in("distress_tolerance")}
    assert card.skill("wise_mind") is None


def test_hostile_program_card_is_skipped_entry_by_entry_and_bounded() -> None:
    card = card_for_profile({
        "rows": [{"id": "x" * 65, "group": "g", "label": "L"}, {"group": "g", "label": "no id"},
                 "not a table", {"id": "sadness", "group": "emotion", "label": "again"},
                 {"id": "nogroup", "label": "L"}, {"id": "nolabel", "group": "g"}]
        + [{"id": f"r{i}", "group": "g", "label": "L"} for i in range(500)],
        "skills": [{"id": "orphan", "module": "nowhere", "label": "L"}],
        "remove": "guilt",
        "groups": ["not", "a", "table"],
    })  # fmt: skip
    assert len(card.rows) == MAX_ROWS
    assert card.row("sadness").label_in("en") == "Sadness"  # type: ignore[union-attr]
    assert card.skill("orphan") is None and card.row("guilt") is not None
    assert len(card.problems) >= 7
    assert card_for_profile("junk").problems  # type: ignore[arg-type]


# --- entries sealed in the vault -----------------------------------------------------------


def test_each_entry_kind_round_trips_through_a_real_vault(tmp_path: Path) -> None:
    v = Vault(tmp_path / "notes", keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="diary pass")
    card = DiaryCard(MON, {"urge_use": 3, "joy": 0}, {"urge_use": False}, ("tipp", "stop"), "ok")
    thought = ThoughtRecord(_at(MON, 9), "bus late", "they hate me", "shame", 80,
                            "no reply", "she said hi", "she was busy", 30)  # fmt: skip
    practice = SkillPractice(_at(MON, 20), "tipp", 4, "cold water helped")
    for entry in (card, thought, practice):
        v.save(to_note(entry))
    v.save(v.new_note(title="plain", body="my own words", mood=7))
    v.lock()
    v.unlock_with_passphrase("diary pass")
    plain, entry_notes = split(v.notes())
    assert [n.title for n in plain] == ["plain"]
    assert {n.kind for n in entry_notes} == {KIND_CARD, KIND_THOUGHT, KIND_PRACTICE}
    diary = Entries.from_notes(v.notes())
    got = diary.card(MON)
    assert got is not None and got.id
    assert (got.ratings, got.acted, got.skills, got.note) == (
        card.ratings, card.acted, card.skills, card.note,
    )  # fmt: skip
    assert diary.thoughts[0].thought == "they hate me" and diary.thoughts[0].intensity_after == 30
    assert diary.thoughts[0].when == thought.when
    assert diary.practice[0].rating == 4 and diary.practice[0].skill == "tipp"
    assert [m for _, m in diary.moods] == [7]
    # An edit keeps the id: still one card for the day.
    v.save(to_note(DiaryCard(MON, {"urge_use": 1}, id=got.id), v.get(got.id)))
    again = Entries.from_notes(v.notes())
    assert len(again.cards) == 1 and again.card(MON).ratings == {"urge_use": 1}  # type: ignore[union-attr]
    v.close()


def test_newest_of_two_stored_cards_for_one_day_wins() -> None:
    old = to_note(DiaryCard(MON, {"joy": 1})).with_changes(updated=_at(MON, 8))
    new = to_note(DiaryCard(MON, {"joy": 5})).with_changes(updated=_at(MON, 9))
    for order in ([old, new], [new, old]):
        assert Entries.from_notes(order).card(MON).ratings == {"joy": 5}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "kind, body",
    [
        (KIND_CARD, "not json"),
        (KIND_CARD, "[1, 2]"),
        (KIND_CARD, '{"day": "2026-02-31"}'),
        (KIND_CARD, '{"day": 5}'),
        (KIND_THOUGHT, '{"when": "2026-01-01T10:00:00"}'),  # no time zone
        (KIND_PRACTICE, '{"when": "2026-01-01T10:00:00+00:00"}'),  # no skill
        (KIND_THOUGHT, "[" * 100_000 + "]" * 100_000),
    ],
)
def test_unreadable_entry_bodies_are_skipped_never_raised(kind: str, body: str) -> None:
    note = Note(id="x", body=body, kind=kind)
    assert from_note(note) is None
    assert len(Entries.from_notes([note])) == 0


def test_out_of_range_values_are_dropped_on_reading() -> None:
    body = json.dumps({"day": "2026-11-23", "ratings": {"a": 9, "b": -1, "c": True, "d": 2},
                       "acted": {"a": "yes", "b": True}, "skills": ["x", 3]})  # fmt: skip
    card = from_note(Note(id="c", body=body, kind=KIND_CARD))
    assert isinstance(card, DiaryCard)
    assert (card.ratings, card.acted, card.skills) == ({"d": 2}, {"b": True}, ("x",))


@settings(max_examples=60, deadline=None)
@given(
    ratings=st.dictionaries(
        st.text(min_size=1, max_size=20), st.integers(0, SCALE_MAX), max_size=12
    ),
    note=st.text(max_size=200),
    skills=st.lists(st.text(min_size=1, max_size=20), max_size=8),
)
def test_any_card_round_trips_through_its_note(
    ratings: dict[str, int], note: str, skills: list[str]
) -> None:
    card = DiaryCard(MON, ratings, {}, tuple(skills), note, id="n1")
    stored = Note(id="n1", **Note.payload_fields(to_note(card).payload()))  # type: ignore[arg-type]
    assert from_note(stored) == card


def test_kind_is_sealed_in_the_payload_and_old_notes_read_as_plain() -> None:
    note = to_note(SkillPractice(_at(MON), "tipp"))
    assert Note.payload_fields(note.payload())["kind"] == KIND_PRACTICE
    old = json.dumps({"title": "t", "body": "b", "tags": [], "mood": None, "session": None})
    assert Note.payload_fields(old.encode())["kind"] == "note"
    assert b"kind" not in Note(id="p", title="t").payload()  # plain notes: payload unchanged


# --- seeing change -------------------------------------------------------------------------


def _diary() -> Entries:
    notes = [
        to_note(
            DiaryCard(
                MON + timedelta(days=1),
                {"sadness": 4, "urge_use": 2},
                {"urge_use": True},
                ("tipp",),
                "rough",
            )
        ),
        to_note(DiaryCard(MON + timedelta(days=3), {"sadness": 2})),
        to_note(DiaryCard(MON - timedelta(days=7), {"sadness": 5})),  # the week before
        to_note(DiaryCard(MON - timedelta(days=6), {"sadness": 1})),
        to_note(ThoughtRecord(_at(MON + timedelta(days=2)), situation="in range")),
        to_note(ThoughtRecord(_at(MON - timedelta(days=30)), situation="long before")),
        to_note(SkillPractice(_at(MON + timedelta(days=6)), "stop", 3)),
        Note(id="m1", mood=6, created=_at(MON)),
        Note(id="m2", mood=8, created=_at(MON + timedelta(days=4))),
        Note(id="m0", mood=0, created=_at(MON)),  # not chosen: not a value
    ]
    return Entries.from_notes(notes)


def test_week_grid_holds_the_values_of_its_week_and_empty_days_stay_empty() -> None:
    grid = week_grid(load_card(), _diary(), MON + timedelta(days=5))  # any day of the week
    assert grid.start == MON and len(grid.days) == 7 and grid.days[-1] == MON + timedelta(days=6)
    tue, thu = MON + timedelta(days=1), MON + timedelta(days=3)
    assert grid.rating("sadness", tue) == 4 and grid.rating("sadness", thu) == 2
    assert grid.rating("sadness", MON) is None and not grid.has_card(MON)
    assert grid.rating("joy", tue) is None  # a card without that row: empty, not 0
    assert grid.acted("urge_use", tue) is True and grid.acted("urge_use", thu) is None
    assert grid.skills(tue) == ("tipp",) and grid.note(tue) == "rough"
    assert grid.rating("sadness", MON - timedelta(days=7)) is None  # outside the week


def test_series_gives_weekly_means_with_gaps() -> None:
    diary = _diary()
    points = series(diary, "sadness", MON, weeks=3)
    assert [p.week for p in points] == [MON - timedelta(weeks=2), MON - timedelta(weeks=1), MON]
    assert [p.value for p in points] == [None, 3.0, 3.0]
    assert [p.count for p in points] == [0, 2, 2]
    mood = series(diary, MOOD, MON + timedelta(days=3), weeks=1)
    assert mood[0].value == 7.0 and mood[0].count == 2
    assert len(series(diary, "sadness", MON, weeks=10**9)) <= 530


def test_select_keeps_only_the_range_and_the_chosen_kinds() -> None:
    diary = _diary()
    picked = select(diary, MON, MON + timedelta(days=6), {KIND_CARD, KIND_THOUGHT})
    assert sorted(picked.cards) == [MON + timedelta(days=1), MON + timedelta(days=3)]
    assert [t.situation for t in picked.thoughts] == ["in range"]
    assert picked.practice == [] and picked.moods == []
    both = select(diary, MON + timedelta(days=6), MON, {KIND_PRACTICE, MOOD_KIND})  # reversed
    assert len(both.practice) == 1 and [m for _, m in both.moods] == [6, 8]


def test_weeks_in_and_week_start() -> None:
    assert week_start(date(2026, 11, 29)) == MON  # a Sunday
    assert weeks_in(MON + timedelta(days=6), MON - timedelta(days=1)) == [
        MON - timedelta(weeks=1),
        MON,
    ]
    assert len(weeks_in(date(1900, 1, 1), date(2100, 1, 1))) == 530
