"""Notes: interim page until the feature lands."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.pages.interim import InterimPage


class NotesPage(InterimPage):
    page_id = "notes"
    TITLE = QT_TRANSLATE_NOOP("Pages", "Notes")
    COMING = QT_TRANSLATE_NOOP(
        "Pages",
        "Private notes about skills you learned, homework and how you feel, locked with encryption on this computer.",
    )
    TODAY = QT_TRANSLATE_NOOP(
        "Pages",
        "Write your notes on paper and keep them somewhere private. Do not keep them in an unlocked file.",
    )
