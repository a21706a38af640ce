"""Complete in Spanish: every page and dialog walked in Spanish shows no English left, nothing
cut off, and no .ts catalogue has an unfinished entry. Generic (tests/ui_walk.py), so pages and
dialogs merged later are covered without changes here."""

from __future__ import annotations

import platform
import re
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from app.ui.main_window import MainWindow
from tests import ui_walk
from tools.ts_fill import missing

ROOT = Path(__file__).resolve().parent.parent
# Words that give English away (none of them is a Spanish word).
ENGLISH = {
    "the", "your", "you", "and", "to", "check", "setup", "join", "with", "for", "is", "are",
    "not", "this", "please", "click", "open", "settings", "help", "of", "it", "what", "when",
    "will", "now", "here", "ready", "page", "minutes", "file", "quit", "about", "save",
    "cancel", "can't", "don't", "schedule", "notes", "home", "session", "camera", "speakers",
    "battery", "close", "back", "next", "start", "stop", "run", "yes", "loading", "error",
}  # fmt: skip
# Proper names and terms Spanish uses as they are.
ALLOWED = [
    "SessionReady", "Zoom", "Teams", "Qt", "PySide6", "Wi-Fi", "OK", "English", "Ctrl", "Alt",
    "Shift", "Tab", "F1", "Enter", "https://", "webcal://", "zoom.us", "video.example.org",
]  # fmt: skip
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def english_words(text: str) -> list[str]:
    text = text.replace("\u200b", "")  # zero-width break points (a long platform name wraps)
    for allowed in [*ALLOWED, platform.platform(terse=True), qVersion(), pyside_version]:
        text = text.replace(allowed, " ")
    return [w for w in WORD.findall(text) if w.lower() in ENGLISH]


def test_the_heuristic_spots_english_and_lets_spanish_through() -> None:
    assert english_words("Check your setup") == ["Check", "your", "setup"]
    assert english_words("Can't connect? Join by phone") == ["Can't", "Join"]
    assert not english_words("Revise su equipo antes de unirse a la sesión con Zoom o Teams.")
    assert not english_words("SessionReady 0.1.0 · Qt " + qVersion())


@pytest.fixture
def spanish_window(qtbot, main_window: MainWindow, app_ctx) -> MainWindow:
    app_ctx.set_profile(app_ctx.profile.replace(language="es"))
    qtbot.waitUntil(lambda: main_window.go_menu.title() != "&Go", timeout=5000)
    return main_window


def test_every_page_and_dialog_is_in_spanish(
    qtbot, spanish_window: MainWindow, monkeypatch
) -> None:
    rec = ui_walk.install_recorders(monkeypatch)
    english: list[str] = []
    seen = 0
    for surface in ui_walk.surfaces(spanish_window, qtbot, rec):
        for where, text in ui_walk.visible_texts(surface.widget):
            seen += 1
            if english_words(text):
                english.append(f"{surface.name}: {where}: {text[:80]!r}")
    for title, text in rec.messages:  # message boxes (About …)
        for t in (title, text):
            if english_words(t):
                english.append(f"message box: {t[:80]!r}")
    assert seen > 50
    assert not english, "English left in the Spanish interface:\n" + "\n".join(english)


def test_nothing_is_cut_off_in_spanish(qtbot, spanish_window: MainWindow, monkeypatch) -> None:
    rec = ui_walk.install_recorders(monkeypatch)
    problems: list[str] = []
    for surface in ui_walk.surfaces(spanish_window, qtbot, rec):
        problems += [f"{surface.name}: {p}" for p in ui_walk.clipped(surface.widget)]
    assert not problems, "cut off in Spanish:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "ts", sorted((ROOT / "resources" / "translations").glob("*.ts")), ids=lambda p: p.name
)
def test_catalogue_has_no_unfinished_entries(ts: Path) -> None:
    left = missing(ts)
    assert not left, f"{ts.name}: {len(left)} untranslated, e.g. {left[:5]}"
