"""Privacy checklist page: the walkthrough (one item per step), the summary, the Ready screen.

Content comes from resources/checklist.toml changed by the program profile; answers are kept per
session (app.checklist.state); measured items are pre-answered from the last check run. "Skip to
Join" is always on screen: nothing here ever stands between the patient and their session.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from app.checklist.content import Content, content_for_profile
from app.checklist.prefill import YES, Prefill, prefill_from_run
from app.checklist.state import ChecklistStore, ItemState, item_states, open_items, session_key
from app.i18n import current_language
from app.ui.checklist.ready import ReadyView
from app.ui.checklist.step import StepView
from app.ui.checklist.summary import SummaryView
from app.ui.context import AppContext
from app.ui.pages.base import Page
from app.ui.widgets import ButtonRow, heading


class ChecklistPage(Page):
    page_id = "checklist"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._refresh_pending = False  # a refresh waiting for the page to be shown
        self.store = ChecklistStore(ctx.data_dir)
        self.content: Content = content_for_profile(ctx.profile.checklist)
        self.key = ""
        self.prefills: dict[str, Prefill] = {}
        self.index = 0

        top = ButtonRow()
        self.title = heading(level=1)
        self.title.setObjectName("checklistTitle")
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skipToJoin")
        self.skip_button.setMinimumHeight(40)
        self.skip_button.clicked.connect(self.show_ready)
        top.add_flexible(self.title, min_chars=14)
        top.add(self.skip_button)
        self.body.addWidget(top)

        self.stack = QStackedWidget()
        from app.ui.checklist.checkin_box import CheckInBox

        self.step = StepView({"checkin": CheckInBox(ctx)})
        self.summary = SummaryView()
        self.ready = ReadyView(ctx)
        for view in (self.step, self.summary, self.ready):
            self.stack.addWidget(view)
        self.body.addWidget(self.stack, 1)

        self.step.answered.connect(self._on_answer)
        self.step.back_requested.connect(lambda: self.go_to(self.index - 1))
        self.step.next_requested.connect(lambda: self.go_to(self.index + 1))
        self.summary.continue_requested.connect(self.show_ready)
        self.summary.edit_requested.connect(self.go_to)
        self.ready.run_checks_requested.connect(ctx.request_checks)
        ctx.profile_changed.connect(self._on_profile_changed)
        ctx.check_run_finished.connect(lambda _r: self._refresh_current())
        ctx.schedule_changed.connect(self._refresh_current)

        self.reload()
        self._start()
        self.retranslate()

    # state -------------------------------------------------------------------------------
    def reload(self, now: datetime | None = None) -> None:
        now = now or datetime.now().astimezone()
        self.key = session_key(self.ctx.next_session(now), now)
        from app.checks.thresholds import thresholds_for

        self.prefills = prefill_from_run(
            self.content, self.ctx.last_run, thresholds_for(self.ctx.profile)
        )

    def states(self) -> list[ItemState]:
        return item_states(self.content, self.store.answers(self.key), self.prefills)

    def _start(self) -> None:
        """Resume: the summary if this session's checklist is done, else the first unanswered."""
        if self.store.is_done(self.key) or not self.content.items:
            self.show_summary()
            return
        saved = self.store.answers(self.key)
        first = next((n for n, i in enumerate(self.content.items) if i.id not in saved), 0)
        self.go_to(first)

    def _on_profile_changed(self) -> None:
        self.content = content_for_profile(self.ctx.profile.checklist)
        self.reload()
        self._start()

    def _refresh_current(self) -> None:
        if not self.isVisible():  # e.g. the schedule arriving after start-up: never take the
            self._refresh_pending = True  # keyboard focus from the page the patient is on
            return
        self._refresh_pending = False
        self.reload()
        current = self.stack.currentWidget()
        if current is self.step:
            self.go_to(self.index)
        elif current is self.summary:
            self.show_summary()
        else:
            self.show_ready()

    # navigation --------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        items = self.content.items
        if index >= len(items):
            self.show_summary()
            return
        self.index = max(0, index)
        self.stack.setCurrentWidget(self.step)
        self.skip_button.show()
        self.step.show_item(self.states()[self.index], self.index + 1, len(items))

    def _on_answer(self, answer: str) -> None:
        item = self.content.items[self.index]
        self.store.set_answer(self.key, item.id, answer)
        if answer == YES:
            self.go_to(self.index + 1)
        else:  # show the tip on this step; Next moves on (never blocks)
            self.go_to(self.index)
            self.step.next_button.setFocus()

    def show_summary(self) -> None:
        self.store.mark_done(self.key)
        self.summary.show_states(self.states())
        self.stack.setCurrentWidget(self.summary)
        self.skip_button.show()
        self.summary.continue_button.setFocus()

    def show_ready(self) -> None:
        lang = current_language()
        still_open = [s.item.text_in(lang) for s in open_items(self.states())]
        self.ready.set_open_items(still_open)
        self.stack.setCurrentWidget(self.ready)
        self.skip_button.hide()  # no "Skip to Join" on the Join screen itself
        self.ready.primary_button().setFocus()
        self.scroll_to_top()  # the verdict in view, not wherever the focused button sits

    # page hooks --------------------------------------------------------------------------
    def page_shown(self) -> None:
        old_key = self.key
        self.reload()
        if self.key != old_key:
            self._start()
        elif self._refresh_pending:
            self._refresh_current()
        else:
            self._refresh_current()
        self.ready.start_timer()

    def page_hidden(self) -> None:
        self.ready.stop_timer()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Privacy checklist"))
        self.title.setAccessibleName(self.title.text())
        self.skip_button.setText(self.tr("S&kip to Join"))
        self.skip_button.setAccessibleName(self.tr("Skip to Join"))
        self.skip_button.setToolTip(self.tr("Go straight to the Join screen (Alt+K)"))
        # item texts follow the language too
        if self.stack.currentWidget() is self.step and self.content.items:
            self.go_to(self.index)
        elif self.stack.currentWidget() is self.summary:
            self.summary.show_states(self.states())
        else:
            self.show_ready()
