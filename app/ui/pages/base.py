"""Base class for pages: a scrollable column that retranslates itself on language change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from app.ui.context import AppContext


class Page(QWidget):
    """Subclasses build widgets in ``__init__`` and set every text in ``retranslate()``."""

    page_id = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(14)
        self.scroll_area.setWidget(inner)
        outer.addWidget(self.scroll_area)

    def scroll_to_top(self) -> None:
        """Show the top of the page, now and again once pending layout and focus scrolling
        (a scroll area scrolls to the focused widget) have run."""
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(0)
        QTimer.singleShot(0, self, lambda: bar.setValue(0))

    def retranslate(self) -> None:
        """Set every visible text. Called once after building and on each language change."""

    def page_shown(self) -> None:
        """Called when the page becomes the current page."""

    def page_hidden(self) -> None:
        """Called when another page becomes current (stop previews, timers, …)."""

    def relayout(self) -> None:
        """Measure every layout of the page again: a page hidden while the text size or the
        language changed keeps heights measured with the old text, which cut the last line
        or let a wrapped row of buttons overlap what follows."""
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()
        self.body.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            # Larger text: word-wrapped labels need new heights. Without a fresh pass the
            # layout keeps heights measured with the old fonts and cuts off the last line.
            QTimer.singleShot(0, self, self.relayout)
        super().changeEvent(event)
