"""The notes page's list and editor: filter and search, new notes, autosave, delete.

A part of NotesPage (app/ui/pages/notes.py), kept here so each module stays small. Its strings
belong to the page: they are translated in the "NotesPage" context, as the page's own are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from app.notes.library import SESSION, TAG, NoteLibrary, filter_key
from app.notes.model import Note
from app.notes.templates import fields_from_template
from app.notes.vault import Vault
from app.ui.context import AppContext
from app.ui.formatting import date_time_text
from app.ui.notes.controller import NotesController
from app.ui.notes.editor import NotesView
from app.ui.notes.sessions import session_choices, session_label

AUTOSAVE_MS = 800


class NoteEditing:
    """Mixed into NotesPage, which sets these up."""

    ctx: AppContext
    controller: NotesController
    notes: NoteLibrary
    notes_view: NotesView
    autosave: QTimer  # AUTOSAVE_MS after the last key press: flush()
    dirty: bool  # the editor holds changes not yet queued for saving
    confirm: Callable[[str, str], bool]  # (title, text): asks the patient, overridable in tests
    _message: Callable[[Exception], str]  # an error, for people

    # list, filter, search ----------------------------------------------------------------
    def _refresh_list(self) -> None:
        key = self.notes_view.filter.currentData()
        search = self.notes_view.search.text()
        visible = self.notes.visible(search, str(key) if key else None)
        self.notes_view.show_notes(
            visible, keep=self.notes_view.current_id, narrowed=bool(search.strip() or key)
        )

    def _refresh_filters(self) -> None:
        combo = self.notes_view.filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("NotesPage", "All notes"), None)
        labels = dict(session_choices(self.ctx.schedule))
        for sid in self.notes.session_ids():
            combo.addItem(
                QCoreApplication.translate("NotesPage", "Session: {name}").format(
                    name=labels.get(sid, session_label(sid))
                ),
                filter_key(SESSION, sid),
            )
        for tag in self.notes.tags():
            combo.addItem(
                QCoreApplication.translate("NotesPage", "Tag: {tag}").format(tag=tag),
                filter_key(TAG, tag),
            )
        idx = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, idx))
        combo.blockSignals(False)

    def _focus_search(self) -> None:
        if self.controller.unlocked:
            self.notes_view.search.setFocus()
            self.notes_view.search.selectAll()

    # editing and autosave ----------------------------------------------------------------
    def new_note(self, template_id: str = "") -> None:
        if not self.controller.unlocked:
            return
        self.flush()
        fields: dict[str, Any] = fields_from_template(template_id) if template_id else {}
        note = Vault.new_note(**fields)
        self.controller.notes.put(note)
        self.notes_view.search.clear()
        self.notes_view.filter.setCurrentIndex(0)
        self.notes_view.load(note)
        self._refresh_list()
        self.dirty = True
        self.flush()
        self.notes_view.title.setFocus()

    def _select(self, note_id: str) -> None:
        if note_id == self.notes_view.current_id or note_id not in self.notes:
            return
        self.flush()
        note = self.notes[note_id]
        self.notes_view.load(note, session_label(note.session_id or ""))
        self._refresh_list()

    def _edited(self) -> None:
        self.dirty = True
        self.notes_view.set_saved(QCoreApplication.translate("NotesPage", "Saving…"))
        self.autosave.start()

    def flush(self) -> None:
        """Save the note in the editor now, if it changed (queued before any later lock)."""
        self.autosave.stop()
        note_id = self.notes_view.current_id
        if not self.dirty or note_id is None or note_id not in self.notes:
            return
        self.dirty = False
        note = self.notes[note_id].with_changes(**self.notes_view.edited_fields())

        def done(saved: Note) -> None:
            self.notes_view.update_item(saved)
            if saved.id == self.notes_view.current_id and not self.dirty:
                self.notes_view.set_saved(
                    QCoreApplication.translate("NotesPage", "Saved {when}").format(
                        when=date_time_text(saved.updated.astimezone())
                    )
                )
            self._refresh_filters()

        def failed(exc: Exception) -> None:
            self.dirty = True
            self.notes_view.set_saved(
                QCoreApplication.translate("NotesPage", "Not saved yet: {why}").format(
                    why=self._message(exc)
                )
            )

        self.controller.save(note, done, failed)

    def delete_current(self) -> None:
        note_id = self.notes_view.current_id
        if not self.controller.unlocked or note_id is None:
            return
        if not self.confirm(
            QCoreApplication.translate("NotesPage", "Delete this note?"),
            QCoreApplication.translate("NotesPage", "This cannot be undone."),
        ):
            return
        self.autosave.stop()
        self.dirty = False
        self.controller.delete(note_id)
        self.notes_view.clear_editor()
        self._refresh_filters()
        self._refresh_list()
