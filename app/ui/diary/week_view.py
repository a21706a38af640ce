"""The diary card's week: the grid therapists know, rows of the card × the seven days.

A table (so screen readers read row and column for every cell): each group of the card
(urges, emotions …) under its own heading row, a row per card row rated 0–5, an "acted on it"
row under each urge that asks it, then the skills used that day and whether there is a note.
A day without a card shows a dash in every row (empty, never zero); a card that left a row
unrated leaves that cell blank. Computed from the unlocked entries in memory only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from app.ui.formatting import day_month_text, day_text, weekday_text
from app.ui.theme import qcolor
from app.ui.widgets import ButtonRow, heading

if TYPE_CHECKING:
    from app.diary.card import CardDefinition
    from app.diary.entries import Entries
    from app.diary.progress import WeekGrid

NO_CARD = "—"  # a day without a card: visibly empty, never a zero
NOTE_MARK = "✎"


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _GridTable(QTableWidget):
    """The table: the label column takes what its longest label needs (at most a third), the
    seven days share the rest; it scrolls down, never sideways."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        if self.columnCount() != 8:
            return
        room = self.viewport().width()
        fm = QFontMetrics(self.font())
        widest = max(
            (
                fm.horizontalAdvance(it.text())
                for r in range(self.rowCount())
                if (it := self.item(r, 0))
            ),
            default=0,
        )
        label_w = min(widest + 16, room // 3)
        day_w = max(1, (room - label_w) // 7)
        self.setColumnWidth(0, room - 7 * day_w)
        for c in range(1, 8):
            self.setColumnWidth(c, day_w)
        self.resizeRowsToContents()


class WeekView(QWidget):
    """``set_data(definition, entries)`` then ``show_week(any day of it)``; ``clear()`` when the
    notes lock. ``week_changed(date)`` gives the Monday shown after a move."""

    week_changed = Signal(object)  # date: the Monday now shown

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diaryWeekView")
        self._today = today or date.today
        self._definition: CardDefinition | None = None
        self._entries: Entries | None = None
        self._language = ""
        self.start = monday(self._today())
        self.grid: WeekGrid | None = None

        self.title = heading("", 2)
        self.title.setObjectName("diaryWeekTitle")
        self.previous = QPushButton()
        self.previous.setObjectName("diaryWeekPrevious")
        self.previous.clicked.connect(lambda: self.show_week(self.start - timedelta(weeks=1)))
        self.this_week = QPushButton()
        self.this_week.setObjectName("diaryWeekThis")
        self.this_week.clicked.connect(lambda: self.show_week(self._today()))
        self.next = QPushButton()
        self.next.setObjectName("diaryWeekNext")
        self.next.clicked.connect(lambda: self.show_week(self.start + timedelta(weeks=1)))

        self.table = _GridTable(0, 8)
        self.table.setObjectName("diaryWeekTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(ButtonRow(self.previous, self.this_week, self.next))
        layout.addWidget(self.table, 1)
        self._retranslate()

    # --- data ------------------------------------------------------------------------------
    def set_data(
        self, definition: CardDefinition, entries: Entries, language: str | None = None
    ) -> None:
        """Show *entries* (the unlocked diary) with *definition*'s rows; the week stays."""
        self._definition, self._entries = definition, entries
        self._language = language or ""
        self._refresh()

    def clear(self) -> None:
        """The notes locked: forget the entries and show an empty table."""
        self._definition = self._entries = None
        self.grid = None
        self.table.setRowCount(0)

    def show_week(self, day: date) -> None:
        """Show the week (Monday to Sunday) that *day* falls in."""
        start = monday(day)
        changed = start != self.start
        self.start = start
        self._refresh()
        if changed:
            self.week_changed.emit(start)

    # --- building --------------------------------------------------------------------------
    def _refresh(self) -> None:
        today_monday = monday(self._today())
        self.next.setEnabled(self.start < today_monday)
        self.this_week.setEnabled(self.start != today_monday)
        self.title.setText(self.tr("Week of {day}").format(day=day_text(self.start)))
        days = [self.start + timedelta(days=i) for i in range(7)]
        self._headers(days)
        if self._definition is None or self._entries is None:
            self.grid = None
            self.table.setRowCount(0)
            return
        from app.diary.progress import week_grid

        self.grid = week_grid(self._definition, self._entries, self.start)
        self._fill(self.grid, self._definition)
        self.table.fit_columns()

    def _headers(self, days: list[date]) -> None:
        today = self._today()
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr("Card")))
        for c, d in enumerate(days, start=1):
            item = QTableWidgetItem(f"{weekday_text(d)}\n{day_month_text(d)}")
            item.setToolTip(day_text(d))
            if d == today:
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("Today, {day}").format(day=day_text(d)))
            self.table.setHorizontalHeaderItem(c, item)

    def _fill(self, grid: WeekGrid, definition: CardDefinition) -> None:
        language = self._language or current_language()
        self.table.setRowCount(0)
        self.table.clearSpans()
        for group in definition.groups():
            self._group_row(definition.group_label(group, language))
            for row in (r for r in grid.rows if r.group == group):
                label = row.label_in(language)
                self._value_row(label, grid, partial(self._rating, grid, row.id))
                if row.acted:
                    self._value_row(
                        self.tr("{row}: acted on it").format(row=label),
                        grid,
                        partial(self._acted, grid, row.id),
                        shown=self.tr("↳ acted on it"),
                    )
        self._group_row(self.tr("Skills and notes"))
        self._value_row(self.tr("Skills used"), grid, lambda d: self._skills(grid, d, language))
        self._value_row(self.tr("Note"), grid, lambda d: self._note(grid, d))

    def _group_row(self, text: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(r, 0, item)
        self.table.setSpan(r, 0, 1, 8)

    def _value_row(
        self,
        label: str,
        grid: WeekGrid,
        cell: Callable[[date], tuple[str, str, str]],
        shown: str = "",
    ) -> None:
        """A row: *label* (shown as *shown* when given), then per day (shown text, what a
        screen reader says, tooltip)."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        head = QTableWidgetItem(shown or label)
        head.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        head.setToolTip(label if shown else "")
        head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(r, 0, head)
        for c, d in enumerate(grid.days, start=1):
            if grid.has_card(d):
                text, spoken, tip = cell(d)
            else:
                text, spoken, tip = NO_CARD, self.tr("no card"), self.tr("No card for this day")
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{label}, {weekday_text(d)}: {spoken}"
            )
            if tip:
                item.setToolTip(tip)
            if not grid.has_card(d):
                item.setForeground(qcolor("muted"))
            self.table.setItem(r, c, item)

    # --- cells: (text, spoken, tooltip) ---------------------------------------------------------
    def _rating(self, grid: WeekGrid, row_id: str, d: date) -> tuple[str, str, str]:
        value = grid.rating(row_id, d)
        if value is None:
            return "", self.tr("not rated"), self.tr("Not rated")
        return str(value), self.tr("{value} of 5").format(value=value), ""

    def _acted(self, grid: WeekGrid, row_id: str, d: date) -> tuple[str, str, str]:
        acted = grid.acted(row_id, d)
        if acted is None:
            return "", self.tr("not answered"), ""
        text = self.tr("Yes") if acted else self.tr("No")
        return text, text, ""

    def _skills(self, grid: WeekGrid, d: date, language: str) -> tuple[str, str, str]:
        ids = grid.skills(d)
        if not ids:
            return "0", self.tr("no skills"), ""
        definition = self._definition
        names = [
            (s.label_in(language) if (s := definition.skill(i)) is not None else i)
            if definition is not None
            else i
            for i in ids
        ]
        listed = ", ".join(names)
        return str(len(ids)), self.tr("{n}: {skills}").format(n=len(ids), skills=listed), listed

    def _note(self, grid: WeekGrid, d: date) -> tuple[str, str, str]:
        text = grid.note(d)
        if not text:
            return "", self.tr("no note"), ""
        return NOTE_MARK, self.tr("a note"), text

    # --- language --------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.previous.setText(self.tr("◀ Previous week"))
        self.this_week.setText(self.tr("This week"))
        self.next.setText(self.tr("Next week ▶"))
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.next.setAccessibleName(self.tr("Next week"))
        self.table.setAccessibleName(self.tr("Diary card week"))
        self.table.setAccessibleDescription(
            self.tr(
                "One row for each line of the card, one column for each day. "
                "A dash means no card that day."
            )
        )
        self._refresh()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
