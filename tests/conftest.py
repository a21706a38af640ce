"""Shared fixtures: offscreen Qt, a fresh data dir per test, English by default."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def sr_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SESSIONREADY_HOME."""
    home = tmp_path / "sr-home"
    monkeypatch.setenv("SESSIONREADY_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _english_after_test() -> Iterator[None]:
    yield
    from app import i18n

    if i18n.current_language() != "en":
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            from app.qt_i18n import use_language_in_app

            use_language_in_app("en")
        else:
            i18n.set_translator(None, "en")


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    """Links the app hands to the desktop (https:, tel:), caught instead of opened."""
    from tests.harness.urls import catch_urls

    yield from catch_urls()


@pytest.fixture
def app_ctx(qapp, sr_home: Path):  # type: ignore[no-untyped-def]
    from app.paths import data_dir
    from app.ui.application import create_application
    from app.ui.context import AppContext

    create_application()
    return AppContext(data_dir())


@pytest.fixture
def main_window(qtbot, app_ctx):  # type: ignore[no-untyped-def]
    from app.ui.application import build_window

    window = build_window(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
