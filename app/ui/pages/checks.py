"""Check my setup: run every check from the registry, a card per check, the verdict banner.

Other features plug in here (documented API):

* :meth:`ChecksPage.add_panel` puts a widget in the panel area above the cards (e.g. a device
  picker row);
* :meth:`ChecksPage.add_card_extra` puts a widget under one check's card (e.g. a live camera
  preview under "camera", a level meter under "microphone").

The results shown live in a RunState (app.checks.runstate), not in the cards, which only
display it. Checks come from ``ctx.services.checks`` and run through the page's TaskRunner
(app.ui.checks.worker), which also judges and records the run (app.checks.record); the UI thread
only updates the state and the widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.checks.base import Check, CheckResult
from app.checks.options import RunOptions
from app.checks.record import RecordedRun
from app.checks.runner import RunOutcome
from app.checks.runstate import RunState
from app.ui.checks.banner import VerdictBanner
from app.ui.checks.card import CheckCard
from app.ui.checks.worker import CheckRunWorker
from app.ui.context import AppContext
from app.ui.devices import DevicesPanel
from app.ui.pages.base import Page
from app.ui.tasks import TaskRunner
from app.ui.widgets import ButtonRow, PrimaryButton, body, heading


class ChecksPage(Page):
    page_id = "checks"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks = TaskRunner(self)
        self.worker: CheckRunWorker | None = None
        self.state = RunState()
        self.cards: dict[str, CheckCard] = {}
        self._extras: dict[str, list[QWidget]] = {}
        self.last_outcome: RunOutcome | None = None

        self.title = heading(level=1)
        self.intro = body()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        row = ButtonRow()
        self.run_button = PrimaryButton()
        self.run_button.setObjectName("runAllChecks")
        self.run_button.clicked.connect(self.run_all)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelChecks")
        self.cancel_button.setMinimumHeight(48)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()  # only while the checks run: it cannot act otherwise
        row.add(self.run_button)
        row.add(self.cancel_button)
        self.body.addWidget(row)
        self.cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.cancel_shortcut.activated.connect(self.cancel)
        self.status_line = body()
        self.body.addWidget(self.status_line)
        self._status: Callable[[], str] = str  # the status line's text, in the current language

        self.panel_area = QVBoxLayout()
        self.body.addLayout(self.panel_area)
        self.banner = VerdictBanner()
        self.banner.next_requested.connect(lambda: ctx.navigate_requested.emit("checklist"))
        self.banner.hide()
        self.body.addWidget(self.banner)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(12)
        self.body.addLayout(self.cards_layout)
        self._build_cards(ctx.services.checks(self.options()))
        # Live camera mirror, microphone meter and device pickers (released while checks run).
        # Created after the cards so that Tab reaches it after them, as it sits below them.
        self.devices_panel = DevicesPanel(ctx)
        self.devices_panel.setObjectName("devicesPanel")
        self.body.addWidget(self.devices_panel)
        self.body.addStretch()
        ctx.run_checks_requested.connect(self.run_all)
        if ctx.last_run is not None:
            for r in ctx.last_run.results:
                if self.state.set_result(r):
                    self.cards[r.check_id].set_result(r)
        self.retranslate()

    # API for other features -----------------------------------------------------------------
    def add_panel(self, widget: QWidget) -> None:
        """Show *widget* in the panel area above the cards (e.g. device pickers)."""
        self.panel_area.addWidget(widget)

    def add_card_extra(self, check_id: str, widget: QWidget) -> None:
        """Show *widget* under the card of check *check_id* (kept if the cards are rebuilt).
        Unknown ids are kept too and appear when a check with that id is added."""
        self._extras.setdefault(check_id, []).append(widget)
        card = self.cards.get(check_id)
        if card is not None:
            card.extra_layout.addWidget(widget)
        else:
            widget.hide()

    def options(self) -> RunOptions:
        s = self.ctx.settings
        return RunOptions(
            profile=self.ctx.profile,
            camera=str(s.get("camera") or ""),
            microphone=str(s.get("microphone") or ""),
            speaker=str(s.get("speaker") or ""),
            interactive=True,
            session_minutes=self.ctx.session_minutes_remaining(),
        )

    # running ----------------------------------------------------------------------------------
    def _build_cards(self, checks: list[Check]) -> None:
        for check in checks:
            if check.id in self.cards:
                self.cards[check.id].set_title(check.title)
                continue
            self.state.add(check.id)
            card = CheckCard(check.id, check.title)
            card.run_again.connect(self.run_one)
            card.answered.connect(self._answer)
            self.cards[check.id] = card
            self.cards_layout.addWidget(card)
            for w in self._extras.get(check.id, []):
                card.extra_layout.addWidget(w)
                w.show()

    def is_running(self) -> bool:
        return self.worker is not None

    def run_all(self) -> None:
        self._start(None)

    def run_one(self, check_id: str) -> None:
        self._start(check_id)

    def _start(self, only: str | None) -> None:
        if self.worker is not None:
            return
        options = self.options()
        checks = self.ctx.services.checks(options)
        self._build_cards(checks)
        if only is not None:
            checks = [c for c in checks if c.id == only]
        self.set_checks(checks, options)

    def set_checks(self, checks: list[Check], options: RunOptions | None = None) -> None:
        """Run exactly *checks* (run_all and run_one pick them)."""
        if self.worker is not None:
            return
        self._build_cards(checks)
        self.state.start(c.id for c in checks)
        for c in checks:
            self.cards[c.id].set_running()
        # the camera and microphone checks need the devices: the mirror stops now, and the
        # worker waits for the meter to close the microphone (off the UI thread)
        wait_released = self.devices_panel.release()
        self.worker = CheckRunWorker(
            self.tasks,
            checks,
            options or self.options(),
            history=self.ctx.history,
            shown=self.state,
            before=wait_released,
            on_progress=self._on_progress,
            on_result=self._on_result,
            on_question=self._on_question,
            on_finished=self._on_finished,
        )
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._say(lambda: self.tr("Checking your setup… this takes about 20 seconds."))
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self._say(lambda: self.tr("Stopping…"))

    def _answer(self, token: int, choice: str) -> None:
        if self.worker is not None:
            self.worker.answer(token, choice)

    def _on_progress(self, check_id: str, fraction: float, message: str) -> None:
        if self.state.is_running(check_id):
            self.cards[check_id].set_progress(fraction, message)

    def _on_result(self, result: CheckResult) -> None:
        if self.state.set_result(result):
            self.cards[result.check_id].set_result(result)

    def _on_question(self, check_id: str, token: int, question: str, choices: list[str]) -> None:
        card = self.cards.get(check_id)
        if card is not None:
            card.ask(token, question, choices)

    def _on_finished(self, run: RecordedRun) -> None:
        self.worker = None
        if self.isVisible():
            self.devices_panel.start()
        self.last_outcome = run.outcome
        self.run_button.setEnabled(True)
        had_focus = self.cancel_button.hasFocus()
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()
        if had_focus:
            self.run_button.setFocus(Qt.FocusReason.OtherFocusReason)
        for card in self.cards.values():
            card.hide_question()
        for check_id in self.state.finish():  # never reported (cancelled before it started)
            self.cards[check_id].set_result(None)
        if run.verdict is None or run.record is None:  # cancelled
            self._say(lambda: self.tr("Stopped. Press “Check my setup” to start again."))
            return
        self.banner.set_verdict(run.verdict)
        self.banner.show()
        self._say(lambda: self.tr("Done."))
        self.ctx.run_recorded(run.record)

    # text -------------------------------------------------------------------------------------
    def _say(self, text: Callable[[], str]) -> None:
        """Show *text()* on the status line, and again after a language change."""
        self._status = text
        self.status_line.setText(text())

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Pages", "Check my setup"))
        self.status_line.setText(self._status())
        self.intro.setText(
            self.tr(
                "We test your internet, camera, microphone, speakers and battery, and tell you in "
                "plain words if you are ready. Nothing here stops you from joining."
            )
        )
        self.run_button.setText(self.tr("&Check my setup"))
        self.run_button.setToolTip(self.tr("Run all checks (Alt+C)"))
        self.run_button.setAccessibleName(self.tr("Check my setup"))
        self.cancel_button.setText(self.tr("C&ancel"))
        self.cancel_button.setToolTip(self.tr("Stop the checks (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the checks"))
        for check in self.ctx.services.checks(RunOptions(profile=self.ctx.profile)):
            if check.id in self.cards:
                self.cards[check.id].set_title(check.title)
        self.banner.retranslate()

    def page_shown(self) -> None:
        if self.worker is None:
            self.devices_panel.start()

    def page_hidden(self) -> None:
        """Checks keep running in the background; results arrive when the page is shown again.
        The camera mirror and microphone meter stop."""
        self.devices_panel.stop()
