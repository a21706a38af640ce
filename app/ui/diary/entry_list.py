"""A list of past entries (newest first) with New, Open and Delete, above an entry's editor.

Used by the thought records and the skills practice log. Enter or a double click opens the
selected entry; the page asks before deleting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets import ButtonRow, heading, hint


class EntryList(QWidget):
    new_requested = Signal()
    open_requested = Signal(str)  # an entry id
    delete_requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(level=2)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(150)
        self.list.setMinimumHeight(90)
        self.list.itemActivated.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = hint()
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{name}New")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton()
        self.open_button.setObjectName(f"{name}Open")
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName(f"{name}Delete")
        self.delete_button.clicked.connect(self._delete)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(ButtonRow(self.new_button, self.open_button, self.delete_button))
        self._update_buttons()

    def retranslate(self, title: str, empty: str) -> None:
        self.heading.setText(title)
        self.list.setAccessibleName(title)
        self.empty.setText(empty)
        self.new_button.setText(self.tr("&New"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen entry"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen entry"))

    def show_entries(self, items: list[tuple[str, str]], current: str = "") -> None:
        """*items*: (entry id, one line about it), newest first; *current* stays selected."""
        self.list.blockSignals(True)
        self.list.clear()
        for entry_id, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            self.list.addItem(item)
            if entry_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._update_buttons()

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _update_buttons(self) -> None:
        chosen = bool(self.current_id())
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _delete(self) -> None:
        entry_id = self.current_id()
        if entry_id:
            self.delete_requested.emit(entry_id)
