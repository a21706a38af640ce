"""A chart of one card row, or of mood, over the last weeks: the weekly average, drawn with
QPainter (QtCharts is not part of PySide6-Essentials), like the support history chart.

A week without entries is a gap in the line, never a zero. The text alternative: the plot's
accessible description lists every week's value, and "Show as a table" shows the same values
as a table (week → average, how many days).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from app.ui.formatting import day_month_text, day_text
from app.ui.painting import ChartPainter
from app.ui.theme import qcolor
from app.ui.widgets import ButtonRow, fit_combo
from app.ui.wrapping import WrapCheckBox

if TYPE_CHECKING:
    from app.diary.card import CardDefinition
    from app.diary.entries import Entries
    from app.diary.progress import Point

WEEK_CHOICES = (4, 12, 26, 52)
MOOD_MAX = 10


def value_text(value: float) -> str:
    """One decimal at most, with the language's decimal mark: "2.5" / "2,5"."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


class SeriesPlot(QWidget):
    """The painted line: one dot per week with a value, joined; a gap where a week has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diaryChartPlot")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach the summary
        self.points: list[Point] = []
        self.top = 5
        self.bottom = 0

    def set_points(self, points: Sequence[Point], bottom: int, top: int) -> None:
        self.points, self.bottom, self.top = list(points), bottom, top
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = ChartPainter(self)
        fg, colour = p.fg, p.faint
        fm = p.fontMetrics()
        left = fm.horizontalAdvance("10") + 12
        plot = QRectF(
            left, 10, max(10, self.width() - left - 14), max(10, self.height() - 24 - fm.height())
        )
        p.frame(plot)
        span = max(1, self.top - self.bottom)
        for level in range(self.bottom, self.top + 1):  # a faint line per scale step
            y = plot.bottom() - plot.height() * (level - self.bottom) / span
            p.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if level in (self.bottom, self.top) or span <= 5:
                p.setPen(fg)
                p.drawText(
                    QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    str(level),
                )
        if self.points:
            p.setPen(fg)
            below = QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height())
            p.drawText(below, Qt.AlignmentFlag.AlignLeft, day_month_text(self.points[0].week))
            p.drawText(below, Qt.AlignmentFlag.AlignRight, day_month_text(self.points[-1].week))
        self._draw_line(p, plot, span)
        p.end()

    def _draw_line(self, p: QPainter, plot: QRectF, span: int) -> None:
        n = len(self.points)
        step = plot.width() / max(1, n - 1)
        colour = qcolor("chart_download")
        p.setPen(QPen(colour, 2.5))
        p.setBrush(colour)
        prev: QPointF | None = None
        for i, point in enumerate(self.points):
            if point.value is None:
                prev = None  # a gap: no line across a week without entries
                continue
            pt = QPointF(
                plot.left() + (i * step if n > 1 else plot.width() / 2),
                plot.bottom()
                - plot.height() * min(1.0, max(0.0, (point.value - self.bottom) / span)),
            )
            if prev is not None:
                p.drawLine(prev, pt)
            p.drawEllipse(pt, 3.5, 3.5)
            prev = pt


class ChartView(QWidget):
    """``set_data(definition, entries)``; the patient picks the row (or mood) and how many weeks.
    ``show_row(row_id)`` / ``set_weeks(n)`` do the same from code; ``clear()`` when locked."""

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diaryChartView")
        self._today = today or date.today
        self._definition: CardDefinition | None = None
        self._entries: Entries | None = None
        self._language = ""
        self.points: list[Point] = []

        self.what_label = QLabel()
        self.what = fit_combo(QComboBox(), 12)
        self.what.setObjectName("diaryChartRow")
        self.what_label.setBuddy(self.what)
        self.weeks_label = QLabel()
        self.weeks = fit_combo(QComboBox(), 8)
        self.weeks.setObjectName("diaryChartWeeks")
        self.weeks_label.setBuddy(self.weeks)
        self.plot = SeriesPlot()
        self.caption = QLabel()
        self.caption.setObjectName("diaryChartCaption")
        self.caption.setWordWrap(True)
        self.as_table = WrapCheckBox()
        self.as_table.setObjectName("diaryChartAsTable")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("diaryChartTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ButtonRow(self.what_label, self.what, self.weeks_label, self.weeks))
        layout.addWidget(self.plot)
        layout.addWidget(self.caption)
        layout.addWidget(self.as_table)
        layout.addWidget(self.table, 1)
        # table hidden: the room left goes below, not between the parts (stretch 0, Expanding)
        layout.addStretch(0)
        self.what.currentIndexChanged.connect(self._refresh)
        self.weeks.currentIndexChanged.connect(self._refresh)
        self.as_table.toggled.connect(self.table.setVisible)
        self._retranslate()

    # --- data ------------------------------------------------------------------------------
    def set_data(
        self, definition: CardDefinition, entries: Entries, language: str | None = None
    ) -> None:
        self._definition, self._entries = definition, entries
        self._language = language or ""
        self._fill_rows()
        self._refresh()

    def clear(self) -> None:
        self._definition = self._entries = None
        self._fill_rows()
        self._refresh()

    def show_row(self, row_id: str) -> None:
        index = self.what.findData(row_id)
        if index >= 0:
            self.what.setCurrentIndex(index)

    def set_weeks(self, weeks: int) -> None:
        index = self.weeks.findData(weeks)
        if index >= 0:
            self.weeks.setCurrentIndex(index)

    def row_id(self) -> str:
        from app.diary.progress import MOOD

        return str(self.what.currentData() or MOOD)

    # --- building --------------------------------------------------------------------------
    def _fill_rows(self) -> None:
        from app.diary.progress import MOOD

        current = self.what.currentData()
        language = self._language or current_language()
        self.what.blockSignals(True)
        self.what.clear()
        self.what.addItem(self.tr("Mood (1 to 10)"), MOOD)
        for row in self._definition.rows if self._definition is not None else ():
            self.what.addItem(row.label_in(language), row.id)
        self.what.setCurrentIndex(max(0, self.what.findData(current)))
        self.what.blockSignals(False)

    def _refresh(self) -> None:
        from app.diary.card import SCALE_MAX
        from app.diary.progress import MOOD, series

        weeks = int(self.weeks.currentData() or 12)
        row_id = self.row_id()
        mood = row_id == MOOD
        bottom, top = (1, MOOD_MAX) if mood else (0, SCALE_MAX)
        if self._entries is None:
            self.points = []
        else:
            self.points = series(self._entries, row_id, self._today(), weeks)
        self.plot.set_points(self.points, bottom, top)
        summary = self.text_alternative()
        self.plot.setAccessibleName(self.tr("Chart: {what}").format(what=self.what.currentText()))
        self.plot.setAccessibleDescription(summary)
        self.plot.setToolTip(summary)
        self.caption.setText(self._caption(weeks, top))
        self._fill_table()

    def _caption(self, weeks: int, top: int) -> str:
        if not any(p.value is not None for p in self.points):
            return self.tr("Nothing recorded in these weeks yet.")
        return self.tr(
            "{what}: the average of each week, from the last {weeks} weeks (0 to {top}). "
            "Weeks without entries are left empty."
        ).format(what=self.what.currentText(), weeks=weeks, top=top)

    def text_alternative(self) -> str:
        if not any(p.value is not None for p in self.points):
            return self.tr("Nothing recorded in these weeks yet.")
        parts = [
            self.tr("{what}, weekly average, oldest first.").format(what=self.what.currentText())
        ]
        for p in self.points:
            value = self.tr("no entries") if p.value is None else value_text(p.value)
            parts.append(
                self.tr("Week of {day}: {value}.").format(day=day_month_text(p.week), value=value)
            )
        return " ".join(parts)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.points))
        for r, p in enumerate(reversed(self.points)):  # newest first, as people read a log
            week = QTableWidgetItem(day_text(p.week, long=False))
            week.setToolTip(day_text(p.week))
            if p.value is None:
                text = self.tr("no entries")
            else:
                text = self.tr("{value} ({n} entries)").format(value=value_text(p.value), n=p.count)
            self.table.setItem(r, 0, week)
            self.table.setItem(r, 1, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    # --- language --------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.what_label.setText(self.tr("&Show"))
        self.weeks_label.setText(self.tr("&Over"))
        current = self.weeks.currentData() or 12
        self.weeks.blockSignals(True)
        self.weeks.clear()
        for n in WEEK_CHOICES:
            self.weeks.addItem(self.tr("{n} weeks").format(n=n), n)
        self.weeks.setCurrentIndex(max(0, self.weeks.findData(current)))
        self.weeks.blockSignals(False)
        self.what.setAccessibleName(self.tr("What to show"))
        self.weeks.setAccessibleName(self.tr("How many weeks"))
        self.as_table.setText(self.tr("Show as a &table"))
        self.table.setHorizontalHeaderLabels([self.tr("Week of"), self.tr("Average")])
        self.table.setAccessibleName(self.tr("Chart values"))
        self._fill_rows()
        self._refresh()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
