"""The Notes page's controller: runs the vault's work and keeps the unlocked notes.

Every vault call (Argon2id, SQLite, AES-GCM) runs on one serial TaskRunner: one job at a time,
in order, so a save submitted before a lock always lands first. The controller keeps the
in-memory copy of the unlocked notes (a NoteLibrary) and forgets it on lock; results of jobs
submitted before a lock are dropped. It hands results to the page's callbacks on the UI thread
and never touches a widget: the page decides what to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.diary import entries as diary
from app.notes import backup, checkin
from app.notes.checkin import CheckIn
from app.notes.errors import VaultError
from app.notes.library import Integrity, NoteLibrary
from app.notes.model import Note
from app.notes.vault import Vault
from app.ui.tasks import Task, TaskRunner

OnError = Callable[[Exception], None]


@dataclass(frozen=True)
class Opened:
    """The unlocked notes sorted out: the plain ones, the check-in, the diary's entry notes and
    the diary built from them (moods come from plain notes)."""

    plain: list[Note]
    checkin_note: Note | None
    entry_notes: list[Note]
    entries: diary.Entries


def sort_out(notes: list[Note]) -> Opened:
    """On the worker, with the unlock: 10,000s of notes are never split on the UI thread."""
    mine, checkin_note = checkin.split(notes)
    plain, entry_notes = diary.split(mine)
    return Opened(plain, checkin_note, entry_notes, diary.Entries.from_notes(mine))


class NotesController(QObject):
    entries_changed = Signal()  # the diary changed without a diary save (a mood check-in)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner = TaskRunner(self, serial=True)
        self.notes = NoteLibrary()
        self.checkin_note: Note | None = None  # the sealed safety check-in (in memory, unlocked)
        # Diary entries (app.diary: cards, thought records, practice), kept out of the notes list
        self.entries: diary.Entries | None = None  # None while locked
        self.entry_notes: dict[str, Note] = {}
        self.unlocked = False
        self._generation = 0  # bumped on lock: results of older jobs are dropped

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: OnError | None = None,
        *,
        current: bool = False,
    ) -> None:
        """Queue *fn*; with *current*, its result is dropped when a lock came in between."""
        if current and on_done is not None:
            gen, deliver = self._generation, on_done

            def on_done(result: Any) -> None:
                if gen == self._generation:
                    deliver(result)

        self.runner.submit(lambda _task: fn(), on_done, on_error)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.runner.wait(msecs)

    def methods(self) -> list[str]:
        """The unlock methods of the vault, none when it has no (readable) header."""
        try:
            return self.vault.methods()
        except VaultError:
            return []

    # opening -------------------------------------------------------------------------------
    def probe(
        self, on_done: Callable[[tuple[str, bool, list[str]]], None], on_error: OnError
    ) -> None:
        """What exists: (state, whether a keyring is usable, the unlock methods when locked)."""

        def probe() -> tuple[str, bool, list[str]]:
            state = self.vault.state()
            methods = self.vault.methods() if state == "locked" else []
            return state, self.vault.keyring_available(), methods

        self.run(probe, on_done, on_error)

    def create(
        self,
        use_keyring: bool,
        passphrase: str,
        on_done: Callable[[str, Integrity], None],
        on_error: OnError,
    ) -> None:
        """Create the vault and open it; *on_done* gets the recovery code (shown once)."""

        def create() -> tuple[str, Opened, Integrity]:
            code = self.vault.create(use_keyring=use_keyring, passphrase=passphrase or None)
            return code, sort_out(self.vault.notes()), Integrity.of(self.vault)

        def done(result: tuple[str, Opened, Integrity]) -> None:
            code, opened, integrity = result
            self._opened(opened)
            on_done(code, integrity)

        self.run(create, done, on_error, current=True)

    def unlock(
        self, method: Callable[[], None], on_done: Callable[[Integrity], None], on_error: OnError
    ) -> None:
        """Open the vault with *method* (one of the vault's ``unlock_with_*``)."""

        def unlock() -> tuple[Opened, Integrity]:
            method()
            return sort_out(self.vault.notes()), Integrity.of(self.vault)

        def done(result: tuple[Opened, Integrity]) -> None:
            opened, integrity = result
            self._opened(opened)
            on_done(integrity)

        self.run(unlock, done, on_error, current=True)

    def _opened(self, opened: Opened) -> None:
        self.unlocked = True
        self.checkin_note = opened.checkin_note
        self.notes.replace(opened.plain)
        self.entry_notes = {n.id: n for n in opened.entry_notes}
        self.entries = opened.entries

    @property
    def checkin(self) -> CheckIn | None:
        """The safety check-in while unlocked (empty when never filled in), None when locked."""
        return CheckIn.from_note(self.checkin_note) if self.unlocked else None

    def save_checkin(self, value: CheckIn, on_done: Callable[[], None], on_error: OnError) -> None:
        """Seal the check-in in the vault (one reserved note, see app.notes.checkin)."""
        note = value.to_note(self.checkin_note)
        self.checkin_note = note

        def done(saved: Note) -> None:
            self.checkin_note = saved
            on_done()

        self.run(lambda: self.vault.save(note), done, on_error, current=True)

    def lock(self) -> None:
        """Forget every note shown and queue the vault's lock (after any queued save)."""
        self._generation += 1
        self.unlocked = False
        self.notes.clear()
        self.checkin_note = None
        self.entries = None
        self.entry_notes = {}
        self.run(self.vault.lock)

    # notes ---------------------------------------------------------------------------------
    def save(self, note: Note, on_done: Callable[[Note], None], on_error: OnError) -> None:
        """Keep *note* as shown now and queue its save; *on_done* gets the saved note."""
        self.notes.put(note)

        def done(saved: Note) -> None:
            if saved.id in self.notes:  # not deleted meanwhile
                self.notes.put(saved)
                if self.entries is not None and self.entries.note_changed(saved):
                    self.entries_changed.emit()  # a mood check-in: the diary's chart
                on_done(saved)

        self.run(lambda: self.vault.save(note), done, on_error, current=True)

    def delete(self, note_id: str) -> None:
        self.notes.remove(note_id)
        if self.entries is not None and self.entries.note_removed(note_id):
            self.entries_changed.emit()
        self.run(lambda: self.vault.delete(note_id))

    # diary entries (app/diary/entries.py) ------------------------------------------------
    def save_entry(
        self, entry: diary.Entry, on_done: Callable[[diary.Entry], None], on_error: OnError
    ) -> None:
        """Keep *entry* as shown now and queue its save; a second card for a day replaces the
        first. *on_done* gets the entry as saved (with its id)."""
        if self.entries is None:
            return
        if isinstance(entry, diary.DiaryCard) and not entry.id:
            same_day = self.entries.card(entry.day)
            entry = replace(entry, id=same_day.id) if same_day is not None else entry
        note = diary.to_note(entry, self.entry_notes.get(entry.id))
        shown = diary.from_note(note)
        self.entry_notes[note.id] = note
        if shown is not None:
            self.entries.put(shown)

        def done(saved: Note) -> None:
            if saved.id in self.entry_notes:  # not deleted meanwhile
                self.entry_notes[saved.id] = saved
                entry = diary.from_note(saved)
                if entry is not None:
                    on_done(entry)

        self.run(lambda: self.vault.save(note), done, on_error, current=True)

    def delete_entry(self, entry_id: str) -> None:
        if self.entries is None or self.entry_notes.pop(entry_id, None) is None:
            return
        self.entries.remove(entry_id)
        self.run(lambda: self.vault.delete(entry_id))

    # how the notes open --------------------------------------------------------------------
    def protection(
        self, on_done: Callable[[tuple[list[str], bool]], None], on_error: OnError
    ) -> None:
        """(methods, whether a keyring is usable): what the protection dialog offers."""
        self.run(lambda: (self.vault.methods(), self.vault.keyring_available()), on_done, on_error)

    def switch_protection(
        self,
        to_keyring: bool,
        current: str,
        new: str,
        on_done: Callable[[Any], None],
        on_error: OnError,
    ) -> None:
        """Keyring <-> passphrase: re-wraps the data key only; the notes are untouched."""
        if to_keyring:
            self.run(lambda: self.vault.switch_to_keyring(current), on_done, on_error)
        else:
            self.run(lambda: self.vault.switch_to_passphrase(new, current), on_done, on_error)

    def change_passphrase(
        self, new: str, current: str | None, on_done: Callable[[Any], None], on_error: OnError
    ) -> None:
        self.run(lambda: self.vault.change_passphrase(new, current), on_done, on_error)

    def rotate_key(
        self,
        new: str,
        current: str | None,
        on_progress: Callable[[int, int], None],
        on_done: Callable[[str], None],
        on_error: OnError,
    ) -> None:
        """Change the passphrase and the data key: every note re-sealed on the queue, with
        progress; *on_done* gets the NEW recovery code (delivered even after a lock: the page
        decides what to do with it)."""

        def rotate(task: Task) -> str:
            return self.vault.rotate_key(new, current, lambda d, t: task.post(on_progress, d, t))

        self.runner.submit(rotate, on_done, on_error)

    def replace_recovery_code(self, on_done: Callable[[str], None], on_error: OnError) -> None:
        self.run(self.vault.replace_recovery_code, on_done, on_error, current=True)

    # files ---------------------------------------------------------------------------------
    def export_backup(
        self, path: Path, passphrase: str, on_done: Callable[[int], None], on_error: OnError
    ) -> None:
        self.run(lambda: backup.export_backup(self.vault, path, passphrase), on_done, on_error)

    def import_backup(
        self,
        path: Path,
        passphrase: str,
        on_done: Callable[[backup.ImportResult, Integrity], None],
        on_error: OnError,
    ) -> None:
        """Restore from a backup file; the notes shown are then read again."""

        def restore() -> tuple[backup.ImportResult, Opened, Integrity]:
            result = backup.import_backup(self.vault, path, passphrase)
            return result, sort_out(self.vault.notes()), Integrity.of(self.vault)

        def done(result: tuple[backup.ImportResult, Opened, Integrity]) -> None:
            imported, opened, integrity = result
            self._opened(opened)
            on_done(imported, integrity)

        self.run(restore, done, on_error, current=True)

    def export_markdown(
        self,
        path: Path,
        heading: str,
        labels: dict[str, str],
        on_done: Callable[[int], None],
        on_error: OnError,
    ) -> None:
        """Write every note as readable text (the page asked the patient to confirm first)."""
        self.run(
            lambda: backup.export_markdown(
                self.vault, path, confirmed_plaintext=True, heading=heading, labels=labels
            ),
            on_done,
            on_error,
        )
