"""The unlocked notes as the page lists them (order, search, filters) and the integrity counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.notes.errors import ChangedOutside, NotesListChanged, TamperedRecord
from app.notes.library import SESSION, TAG, Integrity, NoteLibrary, filter_key
from app.notes.model import Note

T0 = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)


def note(nid: str, minutes: int, **fields: object) -> Note:
    return Note(id=nid, updated=T0 + timedelta(minutes=minutes), **fields)  # type: ignore[arg-type]


def library() -> NoteLibrary:
    return NoteLibrary(
        [
            note("a", 1, title="Skills", body="box breathing", tags=("calm",)),
            note("b", 3, title="Homework", body="call my sister", session_id="uid-1|2025"),
            note("c", 2, title="Mood", body="ok", tags=("mood", "Calm2")),
        ]
    )


def test_notes_are_listed_newest_first() -> None:
    assert [n.id for n in library().ordered()] == ["b", "c", "a"]


def test_search_and_filters_narrow_the_list() -> None:
    lib = library()
    assert [n.id for n in lib.visible("SISTER")] == ["b"]
    assert [n.id for n in lib.visible("", filter_key(TAG, "calm"))] == ["a"]
    assert [n.id for n in lib.visible("", filter_key(SESSION, "uid-1|2025"))] == ["b"]
    assert [n.id for n in lib.visible("box", filter_key(TAG, "mood"))] == []
    assert [n.id for n in lib.visible("", None)] == ["b", "c", "a"]


def test_filter_choices_come_from_the_notes() -> None:
    lib = library()
    assert lib.tags() == ["calm", "Calm2", "mood"]
    assert lib.session_ids() == ["uid-1|2025"]


def test_library_is_a_mapping_that_forgets_everything_on_clear() -> None:
    lib = library()
    lib.put(note("a", 9, title="Skills, edited"))
    lib.remove("c")
    assert lib["a"].title == "Skills, edited" and "c" not in lib and len(lib) == 2
    lib.clear()
    assert lib == {} and lib.ordered() == []


@dataclass
class StubVault:
    is_unlocked: bool = True
    broken: dict[str, TamperedRecord] = field(default_factory=dict)
    gone: list[str] = field(default_factory=list)
    problem: NotesListChanged | None = None

    def damaged(self) -> dict[str, TamperedRecord]:
        return self.broken

    def missing(self) -> list[str]:
        return self.gone

    def list_problem(self) -> NotesListChanged | None:
        return self.problem


def test_integrity_counts_damaged_apart_from_changed_outside() -> None:
    problem = NotesListChanged("manifest missing")
    vault = StubVault(
        broken={"a": TamperedRecord("a"), "b": ChangedOutside("b"), "c": ChangedOutside("c")},
        gone=["d"],
        problem=problem,
    )
    found = Integrity.of(vault)  # type: ignore[arg-type]
    assert (found.damaged, found.outside, found.list_problem) == (1, 3, problem)


def test_a_locked_vault_reports_nothing() -> None:
    vault = StubVault(is_unlocked=False, broken={"a": TamperedRecord("a")})
    assert Integrity.of(vault) == Integrity()  # type: ignore[arg-type]
