"""Catch the links the app hands to the desktop (QDesktopServices) instead of opening them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def catch_urls() -> Iterator[UrlCatcher]:
    """https: and tel: links opened while it runs, in order (the `opened` fixture)."""
    catcher = UrlCatcher()
    for scheme in ("https", "tel"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("https", "tel"):
        QDesktopServices.unsetUrlHandler(scheme)
