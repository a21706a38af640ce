"""Check my setup: interim page until the feature lands."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.pages.interim import InterimPage


class ChecksPage(InterimPage):
    page_id = "checks"
    TITLE = QT_TRANSLATE_NOOP("Pages", "Check my setup")
    COMING = QT_TRANSLATE_NOOP(
        "Pages",
        "One click tests your internet speed, the delay to your video platform, your camera, microphone, speakers and battery, and tells you in plain words if you are ready.",
    )
    TODAY = QT_TRANSLATE_NOOP(
        "Pages",
        "Open your video platform's test page (for Zoom: zoom.us/test). Plug in your charger. Sit close to your router. If video fails, join by phone.",
    )
