"""Privacy checklist: interim page until the feature lands."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.pages.interim import InterimPage


class ChecklistPage(InterimPage):
    page_id = "checklist"
    TITLE = QT_TRANSLATE_NOOP("Pages", "Privacy checklist")
    COMING = QT_TRANSLATE_NOOP(
        "Pages",
        "A short walk through your space: a private room, headphones, phone silenced, good light. Then one button to join your session.",
    )
    TODAY = QT_TRANSLATE_NOOP(
        "Pages",
        "Find a private room and close the door. Use headphones. Silence your phone. Keep your safety plan and the crisis line close.",
    )
