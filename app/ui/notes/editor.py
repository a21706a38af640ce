"""The unlocked notes screen: list (newest first, filter, search) and the editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.notes.library import Integrity
from app.notes.model import Note, parse_tags
from app.notes.templates import TEMPLATES
from app.ui.formatting import date_text, date_time_text, time_text
from app.ui.theme import styled
from app.ui.widgets import ButtonRow, body, fit_combo, hint


def _labelled(label: QLabel, field: QWidget) -> QWidget:
    """*label* above *field*, as one piece (a row that wraps keeps them together)."""
    label.setWordWrap(True)
    pair = QWidget()
    column = QVBoxLayout(pair)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(label)
    column.addWidget(field)
    return pair


class NotesView(QWidget):
    edited = Signal()  # any change in the editor (the page debounces and saves)
    note_selected = Signal(str)
    new_requested = Signal(str)  # template id, "" for a blank note
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._top_bar())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        styled(self.notice, "color: $error; font-weight: bold;")
        self.notice.hide()
        outer.addWidget(self.notice)
        self.empty = QLabel()  # one plain line when there is no note to list
        self.empty.setObjectName("notesEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        outer.addWidget(self.empty)
        self.start_hint = hint()  # the editor is greyed until a note is chosen or started
        outer.addWidget(self.start_hint)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setMinimumWidth(160)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(self._on_current)
        split.addWidget(self.list)
        self.editor = self._editor()
        split.addWidget(self.editor)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self.setMinimumHeight(480)

        self._loading = False
        self.title.textEdited.connect(self._changed)
        self.tags.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.mood.valueChanged.connect(self._changed)
        self.session.currentIndexChanged.connect(self._changed)
        self.current_id: str | None = None
        self.current_mood: int | None = None
        self.set_editable(False)
        self.retranslate()

    def _top_bar(self) -> ButtonRow:
        """New note (with its templates menu), search, filter, the "More" menu and Lock."""
        top = ButtonRow(spacing=8)
        self.new_button = QToolButton()
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setMinimumHeight(40)
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(""))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(36)
        self.filter = fit_combo(QComboBox(), 10)
        self.filter.setMinimumHeight(36)
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setMinimumHeight(40)
        self.more_menu = QMenu(self)
        self.more_button.setMenu(self.more_menu)
        self.lock_button = QPushButton()
        self.lock_button.setMinimumHeight(40)
        self.lock_button.clicked.connect(self.lock_requested)
        top.add(self.new_button)
        top.add_flexible(self.search, min_chars=14)
        top.add(self.filter)
        top.add(self.more_button)
        top.add(self.lock_button)
        return top

    def _editor(self) -> QWidget:
        """The note's fields: title, tags and session, mood, body, and the saved status."""
        editor = QWidget()
        form = QVBoxLayout(editor)
        form.setContentsMargins(8, 0, 0, 0)
        self.title_label = QLabel()
        self.title = QLineEdit()
        self.title.setMinimumHeight(36)
        self.title_label.setBuddy(self.title)
        meta = ButtonRow()
        self.tags_label = QLabel()
        self.tags = QLineEdit()
        self.tags_label.setBuddy(self.tags)
        self.session_label = QLabel()
        self.session = fit_combo(QComboBox(), 10)
        self.session_label.setBuddy(self.session)
        meta.add_flexible(_labelled(self.tags_label, self.tags), min_chars=14)
        meta.add_flexible(_labelled(self.session_label, self.session), min_chars=14)
        mood_row = ButtonRow()
        self.mood_label = body()
        self.mood = QSpinBox()
        self.mood.setRange(0, 10)  # 0: a check-in whose mood is not chosen yet
        self.mood.setMinimumHeight(36)
        self.mood_label.setBuddy(self.mood)
        mood_row.add_flexible(self.mood_label, min_chars=16)
        mood_row.add(self.mood)
        self.mood_row = mood_row
        self.body_label = QLabel()
        self.body = QPlainTextEdit()
        self.body_label.setBuddy(self.body)
        self.saved_label = QLabel()
        for w in (self.title_label, self.title):
            form.addWidget(w)
        form.addWidget(meta)
        form.addWidget(self.mood_row)
        form.addWidget(self.body_label)
        form.addWidget(self.body, 1)
        form.addWidget(self.saved_label)
        return editor

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New note"))
        self.new_button.setToolTip(self.tr("New note (Ctrl+N). The arrow opens the templates."))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_menu.clear()
        blank = self.new_menu.addAction(self.tr("Blank note"))
        blank.triggered.connect(lambda: self.new_requested.emit(""))
        names = {
            "skills": self.tr("Skills I learned"),
            "homework": self.tr("Homework"),
            "bring_up": self.tr("Bring up next time"),
            "mood": self.tr("Mood check-in"),
        }
        for t in TEMPLATES:
            action = self.new_menu.addAction(names.get(t.id, t.title))
            action.triggered.connect(lambda _=False, tid=t.id: self.new_requested.emit(tid))
        self.search.setPlaceholderText(self.tr("Search your notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search your notes"))
        self.filter.setAccessibleName(self.tr("Show notes"))
        self.filter.setToolTip(self.tr("Show all notes, or only one session or tag"))
        self.more_button.setText(self.tr("&More"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.lock_button.setText(self.tr("&Lock now"))
        self.lock_button.setToolTip(self.tr("Lock your notes now (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.list.setAccessibleName(self.tr("Your notes, newest first"))
        self.title_label.setText(self.tr("&Title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.tags_label.setText(self.tr("T&ags"))
        self.tags.setPlaceholderText(self.tr("for example: homework, sleep"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.session_label.setText(self.tr("&Session"))
        self.session.setAccessibleName(self.tr("Linked session"))
        self.mood_label.setText(self.tr("M&ood today (1 = very low, 10 = very good)"))
        self.mood.setAccessibleName(self.tr("Mood from 1 to 10"))
        self.mood.setSpecialValueText(self.tr("Not chosen yet"))
        self.body_label.setText(self.tr("&Note"))
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(self.tr("Write here. Your note saves by itself."))
        self.start_hint.setText(self.tr("Press “New note” to start writing, or choose a note."))

    # list --------------------------------------------------------------------------------
    def show_notes(
        self, notes: list[Note], keep: str | None = None, narrowed: bool = False
    ) -> None:
        """List *notes*; *narrowed* when a search or filter hides some (for the empty line)."""
        if notes:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No note matches. Clear the search to see all your notes.")
                if narrowed
                else self.tr("No notes yet. Press “New note” (Ctrl+N) to write your first one.")
            )
            self.empty.show()
        self.list.blockSignals(True)
        self.list.clear()
        select = None
        for note in notes:
            item = QListWidgetItem(self._item_text(note))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._item_text(note))
            self.list.addItem(item)
            if note.id == keep:
                select = item
        if select is not None:
            self.list.setCurrentItem(select)
        self.list.blockSignals(False)

    def _item_text(self, note: Note) -> str:
        title = note.title.strip() or self.tr("Untitled note")
        when = note.updated.astimezone()
        return f"{title}\n{date_text(when, long=False)} · {time_text(when)}"

    def update_item(self, note: Note) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == note.id:
                item.setText(self._item_text(note))
                return

    def listed_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _on_current(self, current: QListWidgetItem | None, _prev: object) -> None:
        if current is not None:
            self.note_selected.emit(current.data(Qt.ItemDataRole.UserRole))

    # editor ------------------------------------------------------------------------------
    def show_integrity(self, integrity: Integrity) -> None:
        """Above the list: what failed the checks at unlock (nothing when all is well)."""
        lines = []
        if integrity.damaged:
            lines.append(
                QCoreApplication.translate(
                    "NotesPage",
                    "{count} note(s) are damaged and cannot be opened. Your other notes are safe.",
                ).format(count=integrity.damaged)
            )
        if integrity.outside:
            lines.append(
                QCoreApplication.translate(
                    "NotesPage",
                    "{count} note(s) were changed or removed outside SessionReady, so they are "
                    "not shown. Your other notes are safe. Restoring a backup brings them back.",
                ).format(count=integrity.outside)
            )
        if integrity.list_problem is not None:
            lines.append(integrity.list_problem.message())
        notice = "\n".join(lines)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))

    def set_sessions(self, sessions: list[tuple[str, str]]) -> None:
        """(session id, label) pairs the note can be linked to; empty = offer none."""
        self._loading = True
        self.session.clear()
        if sessions:
            self.session.addItem(self.tr("Not linked"), None)
            for sid, label in sessions:
                self.session.addItem(label, sid)
        else:
            self.session.addItem(self.tr("No sessions scheduled"), None)
        self.session.setEnabled(bool(sessions))
        self._loading = False

    def load(self, note: Note, session_label: str = "") -> None:
        self._loading = True
        self.current_id = note.id
        self.current_mood = note.mood
        self.title.setText(note.title)
        self.tags.setText(", ".join(note.tags))
        self.body.setPlainText(note.body)
        self.mood_row.setVisible(note.mood is not None)
        self.mood.setValue(note.mood or 0)  # unset until the patient chooses
        idx = self.session.findData(note.session_id) if note.session_id else 0
        if note.session_id and idx < 0:
            self.session.addItem(session_label or note.session_id, note.session_id)
            idx = self.session.count() - 1
        self.session.setCurrentIndex(max(0, idx))
        self.set_editable(True)
        self.saved_label.setText(
            self.tr("Saved {when}").format(when=date_time_text(note.updated.astimezone()))
        )
        self._loading = False

    def edited_fields(self) -> dict[str, object]:
        return {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "tags": parse_tags(self.tags.text()),
            "mood": self.mood.value() if self.current_mood is not None else None,
            "session_id": self.session.currentData(),
        }

    def clear_editor(self) -> None:
        """Forget everything shown (on lock): fields, undo history, list and search."""
        self._loading = True
        self.current_id = None
        self.current_mood = None
        self.title.clear()
        self.tags.clear()
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.title.setModified(False)
        self.search.clear()
        # Without blocking, clear() makes another item current on the way out, which selects
        # and reloads that note re-entrantly mid-clear (a crash when deleting one of several).
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self.filter.clear()
        self.saved_label.clear()
        self.set_editable(False)
        self._loading = False

    def set_editable(self, editable: bool) -> None:
        """The fields take typing only with a note open; until then they are greyed and a
        line says how to start one."""
        self.editor.setEnabled(editable)
        self.start_hint.setVisible(not editable)

    def set_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    def _changed(self) -> None:
        if not self._loading and self.current_id is not None:
            self.edited.emit()
