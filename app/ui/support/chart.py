"""A small history chart drawn with QPainter: throughput (Mbit/s) and round trip (ms) per run.

QtCharts is not part of PySide6-Essentials. The chart has a text alternative
(``text_alternative()``, also set as its accessible description) for screen readers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.painting import ChartPainter
from app.ui.theme import qcolor

SERIES = (
    # key, colour role (app.ui.theme), dash pattern (not colour alone), axis
    ("download_mbps", "chart_download", Qt.PenStyle.SolidLine, "left"),
    ("upload_mbps", "chart_upload", Qt.PenStyle.DashLine, "left"),
    ("rtt_ms", "chart_rtt", Qt.PenStyle.DotLine, "right"),
)


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers can reach the summary
        self._runs: list[dict[str, Any]] = []  # oldest first
        self._retranslate()

    def set_history(self, history: list[dict[str, Any]]) -> None:
        """*history* as in the report: newest first."""
        self._runs = list(reversed(history))
        self._retranslate()
        self.update()

    def _labels(self) -> dict[str, str]:
        return {
            "download_mbps": self.tr("Download (Mbit/s)"),
            "upload_mbps": self.tr("Upload (Mbit/s)"),
            "rtt_ms": self.tr("Round trip (ms)"),
        }

    def text_alternative(self) -> str:
        if not self._runs:
            return self.tr("No checks yet. The chart appears after your first check.")
        parts = [
            self.tr("Connection over the last {n} checks, oldest first.").format(n=len(self._runs))
        ]
        for key, label in self._labels().items():
            values = [r.get(key) for r in self._runs]
            shown = ", ".join("—" if v is None else f"{v:g}" for v in values)
            parts.append(f"{label}: {shown}.")
        return " ".join(parts)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Connection history chart"))
        self.setAccessibleDescription(self.text_alternative())
        self.setToolTip(self.text_alternative())

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = ChartPainter(self)
        fg = p.fg
        fm = p.fontMetrics()
        legend_h = fm.height() + 8
        plot = QRectF(
            48, 10 + legend_h, max(10, self.width() - 100), max(10, self.height() - 40 - legend_h)
        )
        p.frame(plot)
        if not self._runs:
            p.setPen(fg)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.text_alternative())
            p.end()
            return

        def top(keys: tuple[str, ...]) -> float:
            vals = [float(r[k]) for r in self._runs for k in keys if r.get(k) is not None]
            return max(vals) * 1.15 if vals and max(vals) > 0 else 1.0

        left_max = top(("download_mbps", "upload_mbps"))
        right_max = top(("rtt_ms",))
        p.setPen(fg)
        p.drawText(
            QRectF(0, plot.top() - 2, 44, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            f"{left_max:.0f}",
        )
        p.drawText(
            QRectF(0, plot.bottom() - fm.height(), 44, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            "0",
        )
        p.drawText(
            QRectF(plot.right() + 4, plot.top() - 2, 48, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            f"{right_max:.0f}",
        )
        p.drawText(
            QRectF(plot.right() + 4, plot.bottom() - fm.height(), 48, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            "0",
        )
        p.drawText(
            QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("older  →  newer"),
        )
        self._draw_series(p, plot, left_max, right_max)
        p.end()

    def _draw_series(self, p: QPainter, plot: QRectF, left_max: float, right_max: float) -> None:
        """The legend above the plot, then each series as a line with a dot per run (a gap
        where a run has no value)."""
        fm = p.fontMetrics()
        fg = self.palette().color(self.palette().ColorRole.WindowText)
        labels = self._labels()
        x = plot.left()
        for key, role, style, _axis in SERIES:
            pen = QPen(qcolor(role), 2.5, style)
            p.setPen(pen)
            p.drawLine(QPointF(x, 12 + fm.height() / 2), QPointF(x + 24, 12 + fm.height() / 2))
            p.setPen(fg)
            p.drawText(QPointF(x + 28, 10 + fm.ascent()), labels[key])
            x += 36 + fm.horizontalAdvance(labels[key])
        runs, n = self._runs, len(self._runs)
        step = plot.width() / max(1, n - 1)
        for key, role, style, axis in SERIES:
            ymax = left_max if axis == "left" else right_max
            colour = qcolor(role)
            pen = QPen(colour, 2.5, style)
            p.setPen(pen)
            prev: QPointF | None = None
            for i, run in enumerate(runs):
                value = run.get(key)
                if value is None:
                    prev = None
                    continue
                pt = QPointF(
                    plot.left() + (i * step if n > 1 else plot.width() / 2),
                    plot.bottom() - plot.height() * min(1.0, float(value) / ymax),
                )
                if prev is not None:
                    p.drawLine(prev, pt)
                p.setBrush(colour)
                p.drawEllipse(pt, 3.0, 3.0)
                prev = pt
