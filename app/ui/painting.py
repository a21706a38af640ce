"""One set-up for the charts painted with QPainter (the support chart, the diary chart): the
theme's background, a smaller font, the text colour, a faint one for frames and grid lines, and
the focus frame a keyboard user looks for."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.ui.theme import qcolor


class ChartPainter(QPainter):
    """A painter on *widget*, set up for a chart; ``fg`` is the text colour, ``faint`` the same
    at a quarter strength (frames, grid lines)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = widget.palette()
        self.fg = pal.color(pal.ColorRole.WindowText)
        self.fillRect(widget.rect(), pal.color(pal.ColorRole.Base))
        font = QFont(widget.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        self.setFont(font)
        self.faint = pal.color(pal.ColorRole.WindowText)
        self.faint.setAlpha(60)

    def frame(self, plot: QRectF) -> None:
        """The plot's faint frame, and the focus frame when the chart has the keyboard focus."""
        self.setPen(QPen(self.faint, 1))
        self.drawRect(plot)
        if self.widget.hasFocus():
            self.setPen(QPen(qcolor("focus"), 3))
            self.drawRect(QRectF(self.widget.rect()).adjusted(1, 1, -2, -2))
