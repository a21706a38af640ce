"""One card per check: status (icon + word + colour), title, headline, advice, live progress,
an inline question with one button per choice, "Run again", and a details toggle."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checks.base import CheckResult
from app.checks.verdict import verdict_label
from app.ui.theme import styled
from app.ui.widgets import ButtonRow, StatusBadge, heading

# Progress arrives from the worker as often as a check likes; the card shows at most ~5 updates a
# second (the latest wins). Each repaint costs the UI thread tens of milliseconds under load while
# the check threads hold the GIL, so unthrottled updates were the longest event-loop stalls.
PROGRESS_INTERVAL_MS = 200


class CheckCard(QFrame):
    run_again = Signal(str)  # check_id
    answered = Signal(int, str)  # token, choice

    def __init__(self, check_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_id = check_id
        self._title = title
        self.result: CheckResult | None = None
        self.running = False
        self.setObjectName(f"card_{check_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        styled(
            self,
            f"QFrame#card_{check_id} {{ border: 1px solid $card_border; border-radius: 8px; }}",
        )
        outer = QVBoxLayout(self)
        top = ButtonRow()  # the status word goes below the title rather than being cut
        self.title_label = heading(title, level=2)
        self.badge = StatusBadge()
        top.add_flexible(self.title_label, min_chars=10)
        top.add(self.badge)
        outer.addWidget(top)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.headline)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        outer.addWidget(self.progress)
        self._pending_progress: tuple[int, str] | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._progress_interval_over)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.advice)
        # inline question
        self.question_box = QWidget()
        q = QVBoxLayout(self.question_box)
        q.setContentsMargins(0, 0, 0, 0)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        q.addWidget(self.question_label)
        self.choice_row = ButtonRow()
        q.addWidget(self.choice_row)
        self.question_box.hide()
        outer.addWidget(self.question_box)
        self._token = 0
        # extras plugged in by other features (camera preview, level meter…)
        self.extra_layout = QVBoxLayout()
        outer.addLayout(self.extra_layout)
        buttons = ButtonRow()
        self.run_again_button = QPushButton()
        self.run_again_button.clicked.connect(lambda: self.run_again.emit(self.check_id))
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        buttons.add(self.run_again_button)
        buttons.add(self.details_button)
        outer.addWidget(buttons)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        outer.addWidget(self.details)
        self.retranslate()

    # state --------------------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self._title = title
        self.title_label.setText(title)
        self.retranslate()

    def set_running(self) -> None:
        self.running = True
        self.result = None
        self._drop_pending_progress()
        self.progress.setValue(0)
        self.progress.show()
        self.hide_question()
        self._refresh()

    def set_progress(self, fraction: float, message: str) -> None:
        """Show progress: at once when the card has been quiet for PROGRESS_INTERVAL_MS, else
        the latest value is kept and shown when the interval is over."""
        self._pending_progress = (round(fraction * 100), message)
        if not self._progress_timer.isActive():
            self._apply_pending_progress()

    def _progress_interval_over(self) -> None:
        if self._pending_progress is not None:
            self._apply_pending_progress()

    def _apply_pending_progress(self) -> None:
        pending, self._pending_progress = self._pending_progress, None
        if pending is None:
            return
        value, message = pending
        if value != self.progress.value():
            self.progress.setValue(value)
        if message:
            text = message + "  %p%"
            if text != self.progress.format():
                self.progress.setFormat(text)
        self._progress_timer.start()  # the next update waits for the interval

    def _drop_pending_progress(self) -> None:
        self._pending_progress = None
        self._progress_timer.stop()

    def set_result(self, result: CheckResult | None) -> None:
        """Show *result* (None: not checked yet)."""
        self.running = False
        self.result = result
        self._drop_pending_progress()
        self.progress.hide()
        self.hide_question()
        self._refresh()

    def ask(self, token: int, question: str, choices: list[str]) -> None:
        self._token = token
        self.question_label.setText(question)
        while self.choice_row.flow.count():
            item = self.choice_row.flow.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        first: QPushButton | None = None
        for choice in choices:
            b = QPushButton(choice)
            b.setAccessibleName(f"{question} {choice}")
            b.setMinimumHeight(40)
            b.clicked.connect(lambda _c=False, ch=choice: self._answer(ch))
            self.choice_row.add(b)
            first = first or b
        self.question_box.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_question(self) -> None:
        self.question_box.hide()

    def _answer(self, choice: str) -> None:
        self.hide_question()
        self.answered.emit(self._token, choice)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.retranslate()

    # text ---------------------------------------------------------------------------------
    def status_word(self, status: str) -> str:
        return {
            "pass": self.tr("Good"),
            "warn": self.tr("Needs attention"),
            "fail": self.tr("Not working"),
            "unavailable": self.tr("Not found"),
            "error": self.tr("Could not check"),
        }.get(status, status)

    def _label_run_button(self) -> None:
        """ "Run this check" until it has a result, then "Run again"."""
        if self.result is None:
            self.run_again_button.setText(self.tr("&Run this check"))
            self.run_again_button.setToolTip(self.tr("Run only this check"))
            name = self.tr("Run this check: {check}").format(check=self._title)
        else:
            self.run_again_button.setText(self.tr("&Run again"))
            self.run_again_button.setToolTip(self.tr("Run this check again"))
            name = self.tr("Run again: {check}").format(check=self._title)
        self.run_again_button.setAccessibleName(name)

    def retranslate(self) -> None:
        shown = self.details_button.isChecked()
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.details_button.setAccessibleName(
            self.tr("Details for support staff: {check}").format(check=self._title)
        )
        self.progress.setAccessibleName(self.tr("Progress: {check}").format(check=self._title))
        self._refresh()

    def _refresh(self) -> None:
        r = self.result
        self._label_run_button()
        if self.running:
            self.badge.set_status("unavailable", self.tr("Checking…"))
            self.headline.setText(self.tr("Checking…"))
            self.advice.setText("")
        elif r is None:
            self.badge.set_status("unavailable", verdict_label(None))
            self.headline.setText(self.tr("Press “Check my setup” to start."))
            self.advice.setText("")
            self.progress.hide()
        else:
            self.badge.set_status(r.status.value, self.status_word(r.status.value))
            self.headline.setText(r.headline)
            self.advice.setText(
                "<ul style='margin-left:-20px'>"
                + "".join(f"<li>{html.escape(a)}</li>" for a in r.advice)
                + "</ul>"
                if r.advice
                else ""
            )
        name = f"{self._title}: {self.headline.text()}"
        if name != self.accessibleName():
            self.setAccessibleName(name)
        details = self._details_html()
        if details != self.details.text():  # a new rich text is laid out again
            self.details.setText(details)

    def _details_html(self) -> str:
        r = self.result
        if r is None:
            return ""
        rows = [
            f"<tr><td>{html.escape(m.name)}</td><td><b>{html.escape(str(m.value))}</b>"
            f" {html.escape(m.unit)}</td></tr>"
            for m in r.metrics
        ]
        rows += [
            f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
            for k, v in r.details.items()
        ]
        taken = html.escape(self.tr("time taken"))
        rows.append(f"<tr><td>{taken}</td><td>{r.duration_s:.1f} s</td></tr>")
        return "<table cellspacing='4'>" + "".join(rows) + "</table>"
