"""Quick hide: Esc twice (or Ctrl+Shift+H, or the Notes page's Hide button) from any page locks
the notes, clears note text from the clipboard, hides the window and reopens on Home."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.ui.application import build_window
from app.ui.context import AppContext
from app.ui.main_window import PAGES, MainWindow
from app.ui.quickhide import DOUBLE_ESC_S, holds_private_text
from app.ui.services import Services
from tests.fakes.notes import FakeClock, FastVault

PASS = "long passphrase"
SECRET = "I am scared of the custody hearing on Tuesday"


@pytest.fixture
def window(qtbot: Any, app_ctx: AppContext, sr_home: Path) -> MainWindow:
    app_ctx.services = Services(vault=FastVault, live_devices=False)
    vault = FastVault(app_ctx.data_dir / "notes")
    vault.create(use_keyring=False, passphrase=PASS)
    vault.save(vault.new_note(title="Hearing", body=SECRET))
    vault.close()
    w = build_window(app_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.quick_hide.clock = FakeClock()
    return w


def unlock(qtbot: Any, w: MainWindow) -> None:
    page = w.notes_page()
    w.show_page("notes")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.unlock_view, timeout=20_000)
    page.unlock_view.passphrase_entered.emit(PASS)
    qtbot.waitUntil(lambda: page.unlocked, timeout=20_000)


def double_esc(qtbot: Any, w: MainWindow, gap: float = 0.2) -> None:
    w.activateWindow()
    clock = w.quick_hide.clock
    for _ in range(2):
        target = QApplication.focusWidget() or w
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        clock.now += gap


@pytest.mark.parametrize("page_id", [pid for pid, _c, _l in PAGES])
def test_esc_twice_from_every_page_locks_clears_note_text_and_reopens_on_home(
    qtbot: Any, window: MainWindow, page_id: str
) -> None:
    w = window
    unlock(qtbot, w)
    QGuiApplication.clipboard().setText("custody hearing")
    w.show_page(page_id)
    double_esc(qtbot, w)
    page = w.notes_page()
    assert not page.unlocked
    assert page.notes_view.current_id is None
    assert QGuiApplication.clipboard().text() == ""
    assert w.isMinimized() or not w.isVisible()  # offscreen has no tray: minimised
    w.showNormal()
    assert w.current_page_id() == "home"
    assert page.worker.wait(20_000)
    assert not page.controller.vault.is_unlocked


def test_other_clipboard_text_is_left_alone_and_slow_esc_does_not_hide(
    qtbot: Any, window: MainWindow
) -> None:
    w = window
    unlock(qtbot, w)
    QGuiApplication.clipboard().setText("https://example.org/recipe")
    w.show_page("checklist")
    double_esc(qtbot, w, gap=DOUBLE_ESC_S + 0.5)
    assert w.notes_page().unlocked and w.isVisible() and not w.isMinimized()
    qtbot.keyClick(
        w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not w.notes_page().unlocked
    assert QGuiApplication.clipboard().text() == "https://example.org/recipe"
    assert w.current_page_id() == "home"


def test_hide_button_on_the_notes_page(qtbot: Any, window: MainWindow) -> None:
    w = window
    unlock(qtbot, w)
    QGuiApplication.clipboard().setText(SECRET)
    qtbot.mouseClick(w.notes_page().hide_button, Qt.MouseButton.LeftButton)
    assert not w.notes_page().unlocked
    assert QGuiApplication.clipboard().text() == ""
    assert w.current_page_id() == "home"


def test_what_counts_as_note_text() -> None:
    texts = ["Hearing", SECRET]
    assert holds_private_text("Hearing", texts)
    assert holds_private_text("  scared of the custody ", texts)
    assert not holds_private_text("the", texts)  # too short to be more than chance
    assert not holds_private_text("", texts)
    assert not holds_private_text("grocery list", texts)
