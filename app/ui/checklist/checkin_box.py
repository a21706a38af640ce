"""The safety check-in, to read aloud: where the patient is and who to call.

One widget for both places that show it: the Ready screen and the checklist step whose item
``shows = "checkin"`` (resources/checklist.toml: location and emergency contact). Shown only
while the notes are open (``ctx.checkin``, memory only); otherwise a button asks to unlock them.
"I'm somewhere else today" keeps a location for the next session only (its Session.key), sealed
in the vault like the rest (app/notes/checkin.py). Nothing saved yet: one line says where to add it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QInputDialog, QPushButton, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.widgets import ButtonRow, body, heading


class CheckInBox(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("checkinBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.heading = heading(level=3)
        self.text = body()
        self.text.setObjectName("checkinText")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("checkinUnlock")
        self.unlock_button.clicked.connect(self.unlock)
        self._back_after_unlock = ""  # the page to come back to once the notes open
        self.elsewhere_button = QPushButton()
        self.elsewhere_button.setObjectName("checkinElsewhere")
        self.elsewhere_button.clicked.connect(self.somewhere_else)
        for w in (self.heading, self.text, ButtonRow(self.unlock_button, self.elsewhere_button)):
            layout.addWidget(w)
        ctx.checkin_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("For your clinician: where you are and who to call"))
        self.unlock_button.setText(self.tr("&Unlock notes to show it"))
        self.elsewhere_button.setText(self.tr("I'm somewhere &else today"))
        self.refresh()

    def _session_key(self) -> str:
        s = self.ctx.next_session(datetime.now().astimezone())
        return s.key if s is not None else "today:" + datetime.now().date().isoformat()

    def unlock(self) -> None:
        """To the Notes page to unlock; then back here, where the patient was reading."""
        self._back_after_unlock = self._page_id()
        self.ctx.navigate_requested.emit("notes")

    def _page_id(self) -> str:
        widget = self.parentWidget()
        while widget is not None and not getattr(widget, "page_id", ""):
            widget = widget.parentWidget()
        return str(getattr(widget, "page_id", "")) if widget is not None else ""

    def showEvent(self, event: QShowEvent) -> None:
        self._back_after_unlock = ""  # back here already (the patient came on their own)
        super().showEvent(event)

    def refresh(self) -> None:
        value = self.ctx.checkin
        if value is not None and self._back_after_unlock:
            page, self._back_after_unlock = self._back_after_unlock, ""
            QTimer.singleShot(0, self, lambda: self.ctx.navigate_requested.emit(page))
        self.unlock_button.setVisible(value is None)
        self.elsewhere_button.setVisible(value is not None)
        if value is None:
            self.text.setText(
                self.tr("Your location and emergency contact are kept with your locked notes.")
            )
            return
        where, today = value.location_for(self._session_key())
        if value.is_empty() and not today:
            self.text.setText(
                self.tr(
                    "You have not added a location or emergency contact yet. You can add them"
                    " on the Notes page: More → Safety check-in."
                )
            )
            return
        lines = [
            (self.tr("Today I am at: {place}") if today else self.tr("I am at: {place}")).format(
                place=where or self.tr("(not filled in)")
            ),
            self.tr("My emergency contact: {name}, {phone}").format(
                name=value.contact_name or self.tr("(not filled in)"),
                phone=value.contact_phone or "—",
            ),
        ]
        self.text.setText("\n".join(lines))

    def ask_location(self) -> str:
        text, ok = QInputDialog.getText(
            self, self.tr("Where are you today?"), self.tr("Today's location (address):")
        )
        return text.strip() if ok else ""

    def somewhere_else(self) -> None:
        value = self.ctx.checkin
        if value is None:
            return
        place = self.ask_location()
        if place:
            self.ctx.checkin_save_requested.emit(value.with_today(self._session_key(), place))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
