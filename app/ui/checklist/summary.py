"""The summary at the end of the walkthrough: every item with its answer, and what is still open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.checklist.prefill import NO, NOT_POSSIBLE, YES
from app.checklist.state import ItemState, open_items
from app.i18n import current_language
from app.ui.theme import styled
from app.ui.widgets import ButtonRow, PrimaryButton, StatusBadge, body, heading

ANSWER_STATUS = {YES: "pass", NO: "warn", NOT_POSSIBLE: "warn", None: "unavailable"}


class SummaryView(QWidget):
    continue_requested = Signal()
    edit_requested = Signal(int)  # index of the item to change (0 = start again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states: list[ItemState] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = heading(level=2)
        self.title.setObjectName("summaryTitle")
        self.overview = body()
        self.overview.setObjectName("summaryOverview")
        layout.addWidget(self.title)
        layout.addWidget(self.overview)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        layout.addLayout(self.rows)

        buttons = ButtonRow()
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("summaryEdit")
        self.edit_button.setMinimumHeight(44)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self._first_open()))
        self.continue_button = PrimaryButton()
        self.continue_button.setObjectName("summaryContinue")
        self.continue_button.clicked.connect(self.continue_requested)
        buttons.add(self.continue_button)
        buttons.add(self.edit_button)
        layout.addWidget(buttons)
        layout.addStretch()
        QWidget.setTabOrder(self.continue_button, self.edit_button)
        self.retranslate()

    def _first_open(self) -> int:
        return next((n for n, s in enumerate(self._states) if s.is_open), 0)

    def show_states(self, states: list[ItemState]) -> None:
        self._states = states
        self.retranslate()

    def answer_word(self, answer: str | None) -> str:
        return {
            YES: self.tr("Yes"),
            NO: self.tr("Not yet"),
            NOT_POSSIBLE: self.tr("Not today"),
        }.get(answer or "", self.tr("Not answered"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your checklist"))
        self.title.setAccessibleName(self.title.text())
        self.continue_button.setText(self.tr("&Continue to join"))
        self.continue_button.setAccessibleName(self.tr("Continue to join"))
        self.continue_button.setToolTip(self.tr("Go to the Join screen (Alt+C)"))
        self.edit_button.setText(self.tr("C&hange my answers"))
        self.edit_button.setAccessibleName(self.tr("Change my answers"))
        self.edit_button.setToolTip(self.tr("Go back through the questions (Alt+H)"))
        still_open = open_items(self._states)
        done = len(self._states) - len(still_open)
        if not still_open:
            self.overview.setText(
                self.tr("All {total} done. Your space is ready.").format(total=len(self._states))
            )
        else:
            self.overview.setText(
                self.tr(
                    "{done} of {total} done. You can still join: the tips below can help."
                ).format(done=done, total=len(self._states))
            )
        self._rebuild_rows()

    def _rebuild_rows(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()
        lang = current_language()
        badge_width = self._badge_width()
        for state in self._states:
            row = ButtonRow()  # the text goes below the answer when the line is too narrow
            row.setObjectName(f"summary_{state.item.id}")
            badge = StatusBadge()
            badge.setFixedWidth(badge_width)
            badge.set_status(
                ANSWER_STATUS.get(state.answer, "unavailable"), self.answer_word(state.answer)
            )
            text = QLabel(state.item.text_in(lang))
            text.setWordWrap(True)
            texts = QWidget()
            col = QVBoxLayout(texts)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(text)
            tip = state.item.tip_in(lang)
            if state.is_open and tip:
                tip_label = QLabel(self.tr("Tip: {tip}").format(tip=tip))
                tip_label.setObjectName("summaryTip")
                tip_label.setWordWrap(True)
                styled(tip_label, "color: $tip_text;")
                col.addWidget(tip_label)
            row.add(badge, top=True)
            row.add_flexible(texts, min_chars=24)
            row.setAccessibleName(f"{self.answer_word(state.answer)}: {text.text()}")
            self.rows.addWidget(row)

    def _badge_width(self) -> int:
        """One width for every answer badge (the answers line up): the longest answer word."""
        probe = StatusBadge()
        widths = []
        for answer in (YES, NO, NOT_POSSIBLE, None):
            probe.set_status("pass", self.answer_word(answer))
            widths.append(probe.sizeHint().width())
        probe.deleteLater()
        return max(widths)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
