"""The unlocked notes as the Notes page lists them, and what the checks at unlock found.

``NoteLibrary`` is the in-memory copy of the unlocked notes (forgotten on lock): newest first,
searched, filtered by session or tag. ``Integrity`` counts the notes that failed the checks at
unlock. Qt-free: the page formats the counts into its own (translated) sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.notes.errors import ChangedOutside, NotesListChanged
from app.notes.model import NEWEST, Note

if TYPE_CHECKING:
    from app.notes.vault import Vault

SESSION = "session"
TAG = "tag"


def filter_key(kind: str, value: str) -> str:
    """The key of one list filter: ``session:<session id>`` or ``tag:<tag>``."""
    return f"{kind}:{value}"


@dataclass(frozen=True)
class Integrity:
    """What failed the checks at unlock."""

    damaged: int = 0  # records that fail authentication
    outside: int = 0  # changed or removed outside SessionReady (the sealed manifest disagrees)
    list_problem: NotesListChanged | None = None  # the manifest itself is missing or damaged

    @classmethod
    def of(cls, vault: Vault) -> Integrity:
        """(worker) The counts of an unlocked *vault*; nothing for a locked one."""
        if not vault.is_unlocked:
            return cls()
        damaged = vault.damaged()
        changed = sum(isinstance(e, ChangedOutside) for e in damaged.values())
        return cls(
            damaged=len(damaged) - changed,
            outside=changed + len(vault.missing()),
            list_problem=vault.list_problem(),
        )


class NoteLibrary(Mapping[str, Note]):
    """Note id -> note, for every unlocked note the page shows."""

    def __init__(self, notes: Iterable[Note] = ()) -> None:
        self._notes: dict[str, Note] = {n.id: n for n in notes}

    def __getitem__(self, note_id: str) -> Note:
        return self._notes[note_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._notes)

    def __len__(self) -> int:
        return len(self._notes)

    def replace(self, notes: Iterable[Note]) -> None:
        self._notes = {n.id: n for n in notes}

    def put(self, note: Note) -> None:
        self._notes[note.id] = note

    def remove(self, note_id: str) -> None:
        self._notes.pop(note_id, None)

    def clear(self) -> None:
        self._notes.clear()

    def ordered(self) -> list[Note]:
        """Newest first (ties by id, so the order is stable)."""
        return sorted(self._notes.values(), key=NEWEST, reverse=True)

    def visible(self, query: str, key: str | None = None) -> list[Note]:
        """The notes matching *query* and the filter *key* (see ``filter_key``), newest first."""
        kind, _sep, value = (key or "").partition(":")
        out = []
        for n in self.ordered():
            if kind == TAG and value not in n.tags:
                continue
            if kind == SESSION and n.session_id != value:
                continue
            if n.matches(query):
                out.append(n)
        return out

    def tags(self) -> list[str]:
        return sorted({t for n in self._notes.values() for t in n.tags}, key=str.casefold)

    def session_ids(self) -> list[str]:
        return sorted({n.session_id for n in self._notes.values() if n.session_id})
