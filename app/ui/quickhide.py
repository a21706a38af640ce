"""Quick hide: one action that hides everything at once, from any page.

Esc pressed twice quickly (within ``DOUBLE_ESC_S``), Ctrl+Shift+H, or the Notes page's "Hide"
button (``ctx.hide_requested``) locks the notes, clears the clipboard when it holds note text
(compared in memory with the unlocked notes, never written anywhere), switches to Home (so the
window reopens there, never on the last note) and hides the window: to the tray when there is
one, minimised otherwise.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DOUBLE_ESC_S = 0.6
HIDE_SHORTCUT = "Ctrl+Shift+H"
MIN_MATCH = 4  # shorter clipboard text is only "note text" when it equals a whole field


def holds_private_text(clip: str, texts: Iterable[str]) -> bool:
    """Whether *clip* is (part of) one of *texts*: a note's title or body, a check-in field."""
    clip = clip.strip()
    if not clip:
        return False
    for text in texts:
        if not text:
            continue
        if clip == text.strip() or (len(clip) >= MIN_MATCH and clip in text):
            return True
    return False


class QuickHide(QObject):
    hidden = Signal()

    def __init__(self, window: MainWindow, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self._last_esc: float | None = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(HIDE_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.hide_now)
        window.addAction(self.action)
        window.ctx.hide_requested.connect(self.hide_now)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ShortcutOverride comes first for every key press, even one a page's Esc shortcut
        # then takes (the KeyPress itself never arrives then).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._first_receiver(watched)
        ):
            self._key(event)
        return False

    @staticmethod
    def _first_receiver(watched: QObject) -> bool:
        """A key event travels from the focus widget up to its window: count it once."""
        if not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        return watched == focus if focus is not None else watched.isWindow()

    def _key(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape or event.isAutoRepeat() or event.modifiers():
            self._last_esc = None
            return
        now = self.clock()
        if self._last_esc is not None and now - self._last_esc <= DOUBLE_ESC_S:
            self._last_esc = None
            self.hide_now()
        else:
            self._last_esc = now

    def hide_now(self) -> None:
        w = self.window
        notes = w.notes_page()
        clear_clipboard(notes.private_texts())
        notes.lock()
        w.show_page("home")
        tray = w.tray_controller
        if tray is not None and tray.available:
            w.hide()
        else:
            w.showMinimized()
        self.hidden.emit()


def clear_clipboard(texts: list[str]) -> bool:
    """Empty the clipboard (and the X11 selection) when it holds any of *texts*."""
    board = QGuiApplication.clipboard()
    cleared = False
    modes = [QClipboard.Mode.Clipboard]
    if board.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        if holds_private_text(board.text(mode), texts):
            board.clear(mode)
            cleared = True
    return cleared
