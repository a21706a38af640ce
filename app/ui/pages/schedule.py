"""Schedule: interim page until the feature lands."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.pages.interim import InterimPage


class SchedulePage(InterimPage):
    page_id = "schedule"
    TITLE = QT_TRANSLATE_NOOP("Pages", "Schedule")
    COMING = QT_TRANSLATE_NOOP(
        "Pages",
        "Your upcoming sessions from your program's calendar, with reminders before each one and a Join button.",
    )
    TODAY = QT_TRANSLATE_NOOP(
        "Pages",
        "Check the calendar or email your program sent you. Set an alarm 15 minutes before each session.",
    )
