"""The Diary page: today's diary card, thought records and the skills practice log.

Every entry is a note sealed in the notes vault (app/diary/entries.py). The page shows them only
while the notes are open: the Notes page publishes the decrypted entries as ``ctx.diary``
(``ctx.diary_changed``) and seals what this page asks (``ctx.diary_save_requested``,
``ctx.diary_delete_requested``; app/ui/diary/bridge.py). Locked, the page shows one line and a
button that takes the patient to unlock. "Today's diary card" (Ctrl+D, Home, the tray) arrives
as ``ctx.diary_card_requested``; when locked it goes to unlock first, then to the card.

Seeing change: the "This week" grid (app/ui/diary/week_view.py) and the "Chart" (chart.py) are
tabs fed from ``ctx.diary``; "Prepare for my therapist…" in the row under the title opens the
sharing dialog (share.py) on a copy of the entries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.diary.card import CardDefinition, card_for_profile
from app.diary.entries import (
    KIND_CARD,
    KIND_PRACTICE,
    KIND_THOUGHT,
    MOOD_KIND,
    DiaryCard,
    SkillPractice,
    ThoughtRecord,
)
from app.diary.progress import select
from app.ui.context import AppContext
from app.ui.diary.card_editor import CardEditor
from app.ui.diary.chart import ChartView
from app.ui.diary.practice_editor import PracticePane
from app.ui.diary.thought_editor import ThoughtPane
from app.ui.diary.week_view import WeekView
from app.ui.formatting import time_text
from app.ui.pages.base import Page
from app.ui.widgets import ButtonRow, PrimaryButton, body, heading
from app.ui.wrapping import WrapButton, WrapTabs


class DiaryPage(Page):
    page_id = "diary"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.definition: CardDefinition | None = None
        self.open = False  # the entries are shown (the notes are unlocked)
        self.card_wanted = False  # "Today's diary card" asked while locked: show it on unlock
        self.title = heading(level=1)
        self.body.addWidget(self.title)
        self.share_button = WrapButton()
        self.share_button.setObjectName("diaryShare")
        self.share_button.clicked.connect(self.prepare_for_therapist)
        self.tools_row = ButtonRow(self.share_button)
        self.tools_row.setObjectName("diaryTools")
        self.body.addWidget(self.tools_row)

        self.stack = QStackedWidget()
        self.locked_view = QWidget()
        self.locked_view.setObjectName("diaryLocked")
        locked = QVBoxLayout(self.locked_view)
        locked.setContentsMargins(0, 0, 0, 0)
        self.locked_text = body()
        self.unlock_button = PrimaryButton()
        self.unlock_button.setObjectName("diaryUnlock")
        self.unlock_button.clicked.connect(lambda: ctx.navigate_requested.emit("notes"))
        locked.addWidget(self.locked_text)
        locked.addWidget(ButtonRow(self.unlock_button))
        locked.addStretch()

        self.tabs = WrapTabs()  # a tab bar would hide tabs behind arrows in Spanish at 200 %
        self.tabs.setObjectName("diaryTabs")
        self.card = CardEditor()
        self.thoughts = ThoughtPane()
        self.practice = PracticePane()
        self.views: list[tuple[QWidget, Callable[[], str]]] = []
        self.add_view(self.card, lambda: self.tr("Diary card"))
        self.add_view(self.thoughts, lambda: self.tr("Thought records"))
        self.add_view(self.practice, lambda: self.tr("Skills practice"))
        self.week = WeekView()
        self.chart = ChartView()
        self.add_view(self.week, lambda: self.tr("This week"))
        self.add_view(self.chart, lambda: self.tr("Chart"))
        self.stack.addWidget(self.locked_view)
        self.stack.addWidget(self.tabs)
        self.body.addWidget(self.stack, 1)

        self.card.day_changed.connect(self._show_day)
        for editor in (self.card, self.thoughts, self.practice):
            editor.save_requested.connect(ctx.diary_save_requested)
        self.thoughts.entries.open_requested.connect(self._open_thought)
        self.practice.entries.open_requested.connect(self._open_practice)
        self.thoughts.entries.delete_requested.connect(self._delete)
        self.practice.entries.delete_requested.connect(self._delete)
        ctx.diary_changed.connect(self.refresh)
        ctx.diary_saved.connect(self._saved)
        ctx.diary_save_failed.connect(self._save_failed)
        ctx.diary_card_requested.connect(self.open_today_card)
        ctx.profile_changed.connect(self._profile_changed)
        self.retranslate()
        self.refresh()

    # the other views of issue 19 ------------------------------------------------------------
    def add_view(self, widget: QWidget, title: Callable[[], str], index: int = -1) -> None:
        """A tab (e.g. "This week", "Chart"); *title* gives its text in the current language."""
        at = len(self.views) if index < 0 else index
        self.views.insert(at, (widget, title))
        self.tabs.insertTab(at, widget, title())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Diary card & skills"))
        self.locked_text.setText(
            self.tr(
                "Your diary card, thought records and skills practice are kept with your "
                "locked notes. Unlock them to fill in today's card."
            )
        )
        self.unlock_button.setText(self.tr("&Unlock my notes"))
        self.unlock_button.setAccessibleName(self.tr("Unlock my notes"))
        self.share_button.setText(self.tr("&Prepare for my therapist…"))
        self.share_button.setToolTip(
            self.tr("Make a PDF of the days and entries you choose, to show your therapist")
        )
        for widget, title in self.views:
            self.tabs.setTabText(self.tabs.indexOf(widget), title())
        self.tabs.setAccessibleName(self.tr("Diary"))
        self.card.retranslate()
        self.thoughts.retranslate()
        self.practice.retranslate()
        if self.open:
            self._show_lists()
            self._show_progress()

    # the card definition --------------------------------------------------------------------
    def _ensure_definition(self) -> None:
        if self.definition is None:
            self._profile_changed()

    def _profile_changed(self) -> None:
        definition = card_for_profile(self.ctx.profile.diary_card or None)
        if definition == self.definition:
            return
        self.definition = definition
        self.card.set_definition(definition)
        self.practice.set_definition(definition)
        if self.open:
            self._show_lists()
            self._show_progress()

    # open / locked --------------------------------------------------------------------------
    def refresh(self) -> None:
        """The notes opened or locked, or an entry changed."""
        entries = self.ctx.diary
        was_open, self.open = self.open, entries is not None
        self.tools_row.setVisible(self.open)
        if not self.open:
            self.stack.setCurrentWidget(self.locked_view)
            if was_open:  # forget what was shown or typed
                self.card.load(None, date.today())
                self.thoughts.load(None)
                self.practice.load(None)
                self.week.clear()
                self.chart.clear()
            return
        self._ensure_definition()
        if not was_open:
            self.card.load(entries.card(date.today()), date.today())
            self.thoughts.load(None)
            self.practice.load(None)
        self.stack.setCurrentWidget(self.tabs)
        self._show_lists()
        self._show_progress()
        if not was_open and self.card_wanted:
            self.card_wanted = False
            QTimer.singleShot(0, self, self.open_today_card)

    def _show_lists(self) -> None:
        entries = self.ctx.diary
        if entries is not None:
            self.thoughts.show_records(list(entries.thoughts))
            self.practice.show_practice(list(entries.practice))

    def _show_progress(self) -> None:
        """The week grid and the chart, computed from the unlocked entries in memory."""
        entries = self.ctx.diary
        if entries is not None and self.definition is not None:
            self.week.set_data(self.definition, entries)
            self.chart.set_data(self.definition, entries)

    def prepare_for_therapist(self) -> None:
        """The sharing dialog, on a copy of the entries (its pages are made on a worker)."""
        from app.ui.diary.share import ShareDialog

        entries = self.ctx.diary
        if entries is None or self.definition is None:
            return
        kinds = {KIND_CARD, KIND_THOUGHT, KIND_PRACTICE, MOOD_KIND}
        copy = select(entries, date.min, date.max, kinds)
        dialog = ShareDialog(self.definition, copy, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def page_shown(self) -> None:
        self._ensure_definition()
        self.card.day.setMaximumDate(QDate.currentDate())  # the app may run past midnight

    def open_today_card(self) -> None:
        """Today's card, from anywhere: unlock first when the notes are locked."""
        if self.ctx.diary is None:
            self.card_wanted = True
            self.ctx.navigate_requested.emit("notes")
            return
        self.ctx.navigate_requested.emit("diary")
        self.tabs.setCurrentWidget(self.card)
        if self.card.shown_day != date.today():
            self._show_day(date.today())
        self.card.focus_first()
        self.scroll_to_top()

    # entries --------------------------------------------------------------------------------
    def _show_day(self, day: date) -> None:
        """Another day's card. What was typed on the day left is saved first, never dropped."""
        entries = self.ctx.diary
        if entries is None:
            return
        pending = self.card.unsaved()
        if pending is not None:
            self.ctx.diary_save_requested.emit(pending)
        self.card.load(entries.card(day), day)
        if pending is not None:  # a failed save then says so here, where the patient looks
            self.card.show_saving()

    def _open_thought(self, entry_id: str) -> None:
        found = [t for t in self.ctx.diary.thoughts if t.id == entry_id] if self.open else []
        if found:
            self.thoughts.load(found[0], focus=True)

    def _open_practice(self, entry_id: str) -> None:
        found = [p for p in self.ctx.diary.practice if p.id == entry_id] if self.open else []
        if found:
            self.practice.load(found[0], focus=True)

    def _delete(self, entry_id: str) -> None:
        if not self.open or not self.confirm(
            self.tr("Delete this entry?"), self.tr("This cannot be undone.")
        ):
            return
        if self.thoughts.record is not None and self.thoughts.record.id == entry_id:
            self.thoughts.load(None)
        if self.practice.practice is not None and self.practice.practice.id == entry_id:
            self.practice.load(None)
        self.ctx.diary_delete_requested.emit(entry_id)

    def _saved(self, entry: Any) -> None:
        when = time_text(datetime.now().astimezone())
        if isinstance(entry, DiaryCard):
            self.card.saved(entry, when)
        elif isinstance(entry, ThoughtRecord):
            self.thoughts.saved(entry, when)
        elif isinstance(entry, SkillPractice):
            self.practice.saved(entry, when)
        self._show_lists()

    def _save_failed(self, why: str) -> None:
        text = self.tr("Not saved yet: {why}").format(why=why)
        for status in (self.card.status, self.thoughts.status, self.practice.status):
            if status.text():
                status.setText(text)

    # dialogs (overridable in tests) ---------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.warning(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes
