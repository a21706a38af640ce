"""A page whose full feature is still being built: it says what will be there and what to do today."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext
from app.ui.pages.base import Page
from app.ui.widgets import body, heading


class InterimPage(Page):
    """Subclasses set TITLE, COMING and TODAY (marked with QT_TRANSLATE_NOOP("Pages", …))."""

    TITLE = ""
    COMING = ""
    TODAY = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = heading(level=1)
        self.coming_heading = heading(level=2)
        self.coming = body()
        self.today_heading = heading(level=2)
        self.today = body()
        for w in (self.title, self.coming_heading, self.coming, self.today_heading, self.today):
            self.body.addWidget(w)
        self.body.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("Pages", self.TITLE))
        self.coming_heading.setText(QCoreApplication.translate("Pages", "What this page will do"))
        self.coming.setText(translate("Pages", self.COMING))
        self.today_heading.setText(QCoreApplication.translate("Pages", "What you can do today"))
        self.today.setText(translate("Pages", self.TODAY))
