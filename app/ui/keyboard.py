"""Keyboard behaviour for the whole application.

Enter and Return press the focused button, as the Help page promises. Qt does that on its own
only for a dialog's "auto default" buttons; everywhere else a push button answers Space alone,
and a patient who presses Enter on "Join session" would see nothing happen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_INSTALLED = "sr_enter_presses_buttons"


class EnterPressesButtons(QObject):
    """An application event filter: Enter/Return on a focused push or tool button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER_KEYS or event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        button = QApplication.focusWidget()
        if watched is not button or not isinstance(button, QPushButton | QToolButton):
            return False
        if not button.isEnabled() or not button.isVisible():
            return False
        if isinstance(button, QToolButton) and button.popupMode() == (
            QToolButton.ToolButtonPopupMode.InstantPopup
        ):
            button.showMenu()
        else:
            button.click()  # at once, as Qt's own Enter on a dialog's default button does
        return True


def install_enter_presses_buttons(app: QApplication) -> None:
    """Install the filter once per application."""
    if app.property(_INSTALLED):
        return
    keeper = EnterPressesButtons(app)
    app.installEventFilter(keeper)
    app.setProperty(_INSTALLED, True)
