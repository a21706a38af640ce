"""The support report's sections in the app: wide tables when they fit, blocks when they do not.

At 200 % text, in the smallest window or with Spanish's longer words, a 7-column table would cut
its words anywhere ("Downl|oad", "Pérdid|a"). Below WIDE_CHARS average characters of room the
view shows each row as a block read top to bottom instead (html_sections(narrow=True)); the saved
web page keeps its tables for a browser's width.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.report.html_page import html_sections

WIDE_CHARS = 110  # the recent checks' 7 columns, in Spanish, without a word cut


class ReportView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        # long tokens (device ids, paths) break rather than push the text sideways
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._report: dict[str, Any] | None = None
        self.narrow: bool | None = None  # the form shown (None: nothing yet)

    def set_report(self, report: dict[str, Any]) -> None:
        self._report = report
        self.narrow = None
        self._render()

    def _render(self) -> None:
        if self._report is None:
            return
        narrow = self.viewport().width() < WIDE_CHARS * self.fontMetrics().averageCharWidth()
        if narrow == self.narrow:
            return
        self.narrow = narrow
        bar = self.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.setHtml(html_sections(self._report, narrow=narrow))
        bar.setValue(round(share * bar.maximum()))  # about where the reader was

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text size changed in Settings: the
            self._render()  # document follows the font itself; only the form may change
