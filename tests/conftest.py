"""Shared fixtures: offscreen Qt, a fresh data dir per test, English by default."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.devices import opencv

# Every test sets SESSIONREADY_HOME (setenv, on this thread). glibc's setenv while another thread
# reads the environment can crash the process, and OpenCV's import reads it: so OpenCV is set up
# and imported here, once, before any thread runs (as app.__main__ does for the app).
opencv.set_environment()
opencv.load()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--shuffle-seed",
        type=int,
        default=None,
        metavar="N",
        help="run the tests in an order shuffled by seed N (finds tests that depend on "
        "what an earlier test left behind; tools/test_stress.sh uses it)",
    )


def pytest_report_header(config: pytest.Config) -> str | None:
    seed = config.getoption("--shuffle-seed")
    return None if seed is None else f"test order shuffled with --shuffle-seed {seed}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    seed = config.getoption("--shuffle-seed")
    if seed is not None:
        random.Random(seed).shuffle(items)


@pytest.fixture(autouse=True)
def _no_camera_left_running() -> Iterator[None]:
    """A camera a test started ends with it: a grabber still opening or reading a camera (C code
    that reads the environment) must not run into the next test's setenv."""
    yield
    for thread in threading.enumerate():
        if thread.name == "camera-grabber":
            thread.join(timeout=15)


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
