"""The notes screens before the list: first-run setup and unlock (the recovery code: recovery.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.theme import styled
from app.ui.widgets import ButtonRow, PrimaryButton, body, heading
from app.ui.wrapping import WrapButton, WrapRadioButton

MIN_PASSPHRASE = 8
MAX_TRIES = 3  # wrong passphrases before the recovery code is offered


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumHeight(36)
    return field


class SetupView(QWidget):
    """First run: explain the choice in plain words, then create the vault."""

    create_requested = Signal(bool, str)  # use_keyring, passphrase ("" when keyring only)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.title = heading(level=1)
        self.intro = body()
        self.keyring_radio = WrapRadioButton()
        self.keyring_help = body()
        self.passphrase_radio = WrapRadioButton()
        self.passphrase_help = body()
        self.no_keyring = body()
        self.no_keyring.hide()
        group = QButtonGroup(self)
        group.addButton(self.keyring_radio)
        group.addButton(self.passphrase_radio)
        self.passphrase_label = body()
        self.passphrase = _password_field()
        self.confirm_label = body()
        self.confirm = _password_field()
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        self.error = body()
        styled(self.error, "color: $error; font-weight: bold;")
        self.create_button = PrimaryButton()
        for w in (
            self.title, self.intro, self.keyring_radio, self.keyring_help,
            self.passphrase_radio, self.passphrase_help, self.no_keyring,
            self.passphrase_label, self.passphrase, self.confirm_label, self.confirm, self.error,
        ):  # fmt: skip
            layout.addWidget(w)
        layout.addWidget(ButtonRow(self.create_button))
        layout.addStretch()
        self.keyring_radio.toggled.connect(self._update)
        self.passphrase_radio.toggled.connect(self._update)
        self.create_button.clicked.connect(self._create)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._create)
        self.set_keyring_available(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Keep private notes"))
        self.intro.setText(
            self.tr(
                "Your notes are locked with encryption on this computer. Nobody who copies "
                "your files can read them. Choose how you want to open them."
            )
        )
        self.keyring_radio.setText(self.tr("Open them &automatically when I log in"))
        self.keyring_help.setText(
            self.tr(
                "The key is kept in this computer's keyring, which your login password protects."
            )
        )
        self.passphrase_radio.setText(self.tr("Ask me for a &passphrase"))
        self.passphrase_help.setText(
            self.tr("You type a passphrase each time. Choose something long that only you know.")
        )
        self.no_keyring.setText(
            self.tr("This computer has no safe keyring, so your notes will use a passphrase.")
        )
        self.passphrase_label.setText(self.tr("Pa&ssphrase (at least 8 characters)"))
        self.confirm_label.setText(self.tr("T&ype it again"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        self.keyring_radio.setAccessibleName(self.keyring_radio.text().replace("&", ""))
        self.passphrase_radio.setAccessibleName(self.passphrase_radio.text().replace("&", ""))
        self.create_button.setText(self.tr("&Create my private notes"))
        self.create_button.setAccessibleName(self.tr("Create my private notes"))

    def set_keyring_available(self, available: bool) -> None:
        self.keyring_radio.setEnabled(available)
        self.no_keyring.setVisible(not available)
        (self.keyring_radio if available else self.passphrase_radio).setChecked(True)
        self._update()

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)

    def _update(self) -> None:
        wants = self.passphrase_radio.isChecked()
        for w in (self.passphrase_label, self.passphrase, self.confirm_label, self.confirm):
            w.setVisible(wants)

    def _create(self) -> None:
        if self.passphrase_radio.isChecked():
            text = self.passphrase.text()
            if len(text) < MIN_PASSPHRASE:
                self.error.setText(self.tr("Please use at least 8 characters."))
                return
            if text != self.confirm.text():
                self.error.setText(self.tr("The two passphrases are not the same."))
                return
            self.error.clear()
            self.create_requested.emit(False, text)
        else:
            self.error.clear()
            self.create_requested.emit(True, "")

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.error.clear()


class UnlockView(QWidget):
    """Locked notes: keyring (automatic), passphrase prompt, or the recovery code."""

    passphrase_entered = Signal(str)
    recovery_entered = Signal(str)
    keyring_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.title = heading(level=1)
        self.explain = body()
        self.message = body()
        self.message.setObjectName("unlockMessage")
        self.passphrase_label = body()
        self.passphrase = _password_field()
        self.passphrase_label.setBuddy(self.passphrase)
        self.tries = 0  # wrong passphrases in a row
        self.unlock_button = PrimaryButton()
        self.keyring_button = WrapButton()
        self.recovery_toggle = WrapButton()
        self.recovery_toggle.setFlat(True)
        self.recovery_label = body()
        self.recovery = QLineEdit()
        self.recovery.setMinimumHeight(36)
        self.recovery_label.setBuddy(self.recovery)
        self.recovery_button = QPushButton()
        self.busy = body()
        for w in (self.title, self.explain, self.message, self.passphrase_label, self.passphrase):
            layout.addWidget(w)
        layout.addWidget(ButtonRow(self.unlock_button, self.keyring_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.recovery_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        for w in (self.recovery_label, self.recovery):
            layout.addWidget(w)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.keyring_button.clicked.connect(self.keyring_requested)
        self.recovery_toggle.clicked.connect(lambda: self.show_recovery(True))
        self.recovery_button.clicked.connect(self._recover)
        self.recovery.returnPressed.connect(self._recover)
        self.has_passphrase = True
        self.show_recovery(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your notes are locked"))
        self.explain.setText(self.tr("Your notes stay encrypted until you unlock them."))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.keyring_button.setText(self.tr("Open with this computer's &keyring"))
        self.keyring_button.setAccessibleName(self.tr("Open with this computer's keyring"))
        self.recovery_toggle.setText(self.tr("I forgot it: use my &recovery code"))
        self.recovery_toggle.setAccessibleName(self.tr("Use my recovery code"))
        self.recovery_label.setText(self.tr("Recovery &code (8 groups of 4 letters and numbers)"))
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.recovery_button.setText(self.tr("Open with recovery code"))
        self.recovery_button.setAccessibleName(self.tr("Open with recovery code"))

    def configure(self, methods: list[str]) -> None:
        self.has_passphrase = "passphrase" in methods
        for w in (self.passphrase_label, self.passphrase, self.unlock_button):
            w.setVisible(self.has_passphrase)
        self.keyring_button.setVisible("keyring" in methods)

    def focus_first(self) -> None:
        """Give the keyboard to the first way in: passphrase, keyring button or recovery code."""
        for w in (self.passphrase, self.keyring_button, self.recovery_toggle, self.recovery):
            if not w.isHidden():
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def show_recovery(self, shown: bool) -> None:
        for w in (self.recovery_label, self.recovery, self.recovery_button):
            w.setVisible(shown)
        self.recovery_toggle.setVisible(not shown)
        if shown:
            self.recovery.setFocus()

    def set_message(self, text: str, error: bool = True) -> None:
        """A problem in the error colour; information ("Your notes are locked.") in plain text."""
        styled(self.message, "color: $error; font-weight: bold;" if error else "font-weight: bold;")
        self.message.setProperty("error", error)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def passphrase_failed(self, message: str) -> None:
        """A wrong passphrase: clear the field, count the try, and from the third on point to
        the recovery code (shown and ready)."""
        self.tries += 1
        self.passphrase.clear()
        if self.tries >= MAX_TRIES:
            self.set_message(
                self.tr(
                    "That passphrase did not work {n} times. Your recovery code always opens "
                    "your notes: type it below."
                ).format(n=self.tries)
            )
            self.show_recovery(True)
            return
        self.set_message(
            self.tr("{message} This was try {n} of {max}.").format(
                message=message, n=self.tries, max=MAX_TRIES
            )
        )
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Unlocking…") if busy else "")
        for w in (self.unlock_button, self.keyring_button, self.recovery_button):
            w.setEnabled(not busy)

    def clear(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()
        self.tries = 0

    def _unlock(self) -> None:
        if self.passphrase.text():
            self.passphrase_entered.emit(self.passphrase.text())

    def _recover(self) -> None:
        if self.recovery.text().strip():
            self.recovery_entered.emit(self.recovery.text())
