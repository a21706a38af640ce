"""One checklist item per screen: large question, why it matters, what we measured, answers.

*extras* are widgets an item asks to show under its question (its ``shows`` key in
resources/checklist.toml), e.g. ``{"checkin": CheckInBox}`` for location and emergency contact.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checklist.prefill import NO, NOT_POSSIBLE, YES
from app.checklist.state import ItemState
from app.i18n import current_language
from app.ui.theme import styled
from app.ui.widgets import ButtonRow, TallButton

ANSWER_SHEET = (
    "QPushButton { padding: 9px 27px; border: 3px solid $border; border-radius: 6px; }"
    " QPushButton:checked { background: $accent; color: $on_accent; border-color: $accent; }"
    " QPushButton:focus { border-color: $focus; }"  # one border width: the label never moves
    " QPushButton:disabled { color: $disabled_text; border-style: dashed; }"
)


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class StepView(QWidget):
    answered = Signal(str)  # YES / NO / NOT_POSSIBLE
    back_requested = Signal()
    next_requested = Signal()

    def __init__(
        self, extras: dict[str, QWidget] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.extras = dict(extras or {})
        self._state: ItemState | None = None
        self._number = 0
        self._total = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)

        self.progress_label = QLabel()
        self.progress_label.setObjectName("stepProgress")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)

        self.question = QLabel()
        self.question.setObjectName("stepQuestion")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _scaled(self.question, 1.7, bold=True)
        layout.addWidget(self.question)

        self.why = QLabel()
        self.why.setObjectName("stepWhy")
        self.why.setWordWrap(True)
        _scaled(self.why, 1.15)
        layout.addWidget(self.why)
        for extra in self.extras.values():
            extra.hide()
            layout.addWidget(extra)

        layout.addWidget(self._build_measured_box())
        self._build_answers(layout)

        self.tip = QLabel()
        self.tip.setObjectName("stepTip")
        self.tip.setWordWrap(True)
        styled(
            self.tip,
            "QLabel { background: $tip_bg; border: 1px solid $tip_border; border-radius: 6px;"
            " padding: 10px; color: $tip_text; }",
        )
        _scaled(self.tip, 1.1)
        layout.addWidget(self.tip)

        layout.addWidget(self._build_nav())
        layout.addStretch()

        QWidget.setTabOrder(self.yes_button, self.no_button)
        QWidget.setTabOrder(self.no_button, self.not_possible_button)
        QWidget.setTabOrder(self.not_possible_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)
        self.retranslate()

    def _build_measured_box(self) -> QFrame:
        """The box with what a check measured for this item (shown when there is one)."""
        self.measured_box = QFrame()
        self.measured_box.setObjectName("measuredBox")
        self.measured_box.setFrameShape(QFrame.Shape.StyledPanel)
        styled(
            self.measured_box,
            "QFrame#measuredBox { background: $measured_bg; border: 1px solid $measured_border;"
            " border-radius: 6px; }",
        )
        box = QVBoxLayout(self.measured_box)
        self.measured = QLabel()
        self.measured.setObjectName("stepMeasured")
        self.measured.setWordWrap(True)
        _scaled(self.measured, 1.15, bold=True)
        self.measured_hint = QLabel()
        self.measured_hint.setWordWrap(True)
        box.addWidget(self.measured)
        box.addWidget(self.measured_hint)
        return self.measured_box

    def _build_answers(self, layout: QVBoxLayout) -> None:
        """Yes / No, then "Not possible today" below them."""
        answers = ButtonRow(spacing=16)
        self.yes_button = TallButton(min_height=60)
        self.yes_button.setObjectName("answerYes")
        self.no_button = TallButton(min_height=60)
        self.no_button.setObjectName("answerNo")
        for button, answer in ((self.yes_button, YES), (self.no_button, NO)):
            button.setCheckable(True)
            button.setMinimumWidth(160)
            styled(button, ANSWER_SHEET)
            _scaled(button, 1.3, bold=True)
            button.clicked.connect(lambda _c=False, a=answer: self._answer(a))
            answers.add(button)
        layout.addWidget(answers)

        self.not_possible_button = QPushButton()
        self.not_possible_button.setObjectName("answerNotPossible")
        self.not_possible_button.setCheckable(True)
        self.not_possible_button.setMinimumHeight(44)
        styled(self.not_possible_button, ANSWER_SHEET)
        self.not_possible_button.clicked.connect(lambda: self._answer(NOT_POSSIBLE))
        layout.addWidget(ButtonRow(self.not_possible_button))

    def _build_nav(self) -> ButtonRow:
        nav = ButtonRow()
        self.back_button = QPushButton()
        self.back_button.setObjectName("stepBack")
        self.next_button = QPushButton()
        self.next_button.setObjectName("stepNext")
        for b in (self.back_button, self.next_button):
            b.setMinimumSize(120, 44)
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        nav.add(self.back_button)
        nav.add_stretch()
        nav.add(self.next_button)
        return nav

    # ------------------------------------------------------------------------------------
    def show_item(self, state: ItemState, number: int, total: int) -> None:
        self._state = state
        self._number = number
        self._total = total
        self.progress.setRange(0, total)
        self.progress.setValue(number)
        self.retranslate()
        self.focus_answer()

    def focus_answer(self) -> None:
        answer = self._state.answer if self._state else None
        target = {NO: self.no_button, NOT_POSSIBLE: self.next_button}.get(
            answer or "", self.yes_button
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer(self, answer: str) -> None:
        self.answered.emit(answer)

    def retranslate(self) -> None:
        self.progress_label.setText(
            self.tr("{n} of {total}").format(n=self._number, total=self._total)
        )
        self.progress_label.setAccessibleName(
            self.tr("Question {n} of {total}").format(n=self._number, total=self._total)
        )
        self.progress.setAccessibleName(self.progress_label.accessibleName())
        self.yes_button.setText(self.tr("&Yes"))
        self.yes_button.setAccessibleName(self.tr("Yes"))
        self.yes_button.setToolTip(self.tr("Yes (Alt+Y)"))
        self.no_button.setText(self.tr("&No"))
        self.no_button.setAccessibleName(self.tr("No"))
        self.no_button.setToolTip(self.tr("No (Alt+N)"))
        self.not_possible_button.setText(self.tr("Not &possible today"))
        self.not_possible_button.setAccessibleName(self.tr("Not possible today"))
        self.not_possible_button.setToolTip(
            self.tr("You can still join. We will show you a tip. (Alt+P)")
        )
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous question (Alt+B)"))
        self.next_button.setText(self.tr("Ne&xt"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next question (Alt+X)"))
        self.measured_hint.setText(
            self.tr("We filled in this answer from your check. You can change it.")
        )
        s = self._state
        if s is None:
            return
        lang = current_language()
        self.question.setText(s.item.text_in(lang))
        self.question.setAccessibleName(self.question.text())
        why = s.item.why_in(lang)
        self.why.setText(self.tr("Why it matters: {why}").format(why=why) if why else "")
        self.why.setVisible(bool(why))
        for key, extra in self.extras.items():
            extra.setVisible(s.item.shows == key)
        show_measured = s.prefill is not None
        self.measured_box.setVisible(show_measured)
        if s.prefill is not None:
            self.measured.setText(s.prefill.measured)
            self.measured.setAccessibleName(s.prefill.measured)
            self.measured_hint.setVisible(not s.from_patient or s.answer == s.prefill.answer)
        self.yes_button.setChecked(s.answer == YES)
        self.no_button.setChecked(s.answer == NO)
        self.not_possible_button.setChecked(s.answer == NOT_POSSIBLE)
        tip = s.item.tip_in(lang)
        if s.answer in (NO, NOT_POSSIBLE) and tip:
            self.tip.setText(self.tr("Tip: {tip}").format(tip=tip))
            self.tip.show()
        else:
            self.tip.hide()
        self.back_button.setEnabled(self._number > 1)
        self.next_button.setText(
            self.tr("Ne&xt") if self._number < self._total else self.tr("See &summary")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
