"""Change (or set) the notes passphrase; choose keyring or passphrase protection."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.notes.views import MIN_PASSPHRASE
from app.ui.theme import styled
from app.ui.widgets import fit_to_screen, scrolling, wrap_form
from app.ui.wrapping import WrapCheckBox, WrapRadioButton


class PassphraseDialog(QDialog):
    def __init__(self, has_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        content = QWidget()  # scrolls at large text sizes; the buttons stay in view
        form = QFormLayout(content)
        form.setContentsMargins(0, 0, 0, 0)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.current, self.new, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumHeight(34)
        if has_current:
            form.addRow(self.tr("&Current passphrase"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("&Type it again"), self.confirm)
        self.rotate = WrapCheckBox(self.tr("Also &replace the key that locks every note"))
        self.rotate.setAccessibleName(self.tr("Also replace the key that locks every note"))
        self.rotate_help = _wrapping_label()
        self.rotate_help.setText(
            self.tr(
                "Choose this if someone may have an old copy of your notes folder, an old "
                "backup, or your old passphrase. Every note is encrypted again with a new key, "
                "and you get a new recovery code: the old one stops working. Without it, only "
                "the passphrase changes (quick), and old copies still open with the old one."
            )
        )
        form.addRow(self.rotate)
        form.addRow(self.rotate_help)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        self.error = _wrapping_label()
        styled(self.error, "color: $error; font-weight: bold;")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        wrap_form(form)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content), 1)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 520, 400)

    def _check(self) -> None:
        if len(self.new.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("Please use at least 8 characters."))
        elif self.new.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
        else:
            self.accept()


class ProtectionDialog(QDialog):
    """Choose how the notes open: the computer's keyring, or a passphrase.

    Switching only re-wraps the key of the notes; the notes themselves are never touched, and
    the recovery code keeps working either way.
    """

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"

    def __init__(
        self,
        methods: list[str],
        keyring_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.methods = list(methods)
        self.keyring_available = keyring_available
        self.current_mode = self.KEYRING if "keyring" in methods else self.PASSPHRASE
        self.has_passphrase = "passphrase" in methods
        content = QWidget()  # scrolls at large text sizes; the buttons stay in view
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.intro = _wrapping_label()
        self.now = _wrapping_label()
        self.now.setStyleSheet("font-weight: bold;")
        self.keyring_radio = WrapRadioButton()
        self.keyring_help = _wrapping_label()
        self.passphrase_radio = WrapRadioButton()
        self.passphrase_help = _wrapping_label()
        self.no_keyring = _wrapping_label()
        self.safety = _wrapping_label()
        group = QButtonGroup(self)
        group.addButton(self.keyring_radio)
        group.addButton(self.passphrase_radio)
        for w in (self.intro, self.now, self.keyring_radio, self.keyring_help,
                  self.passphrase_radio, self.passphrase_help, self.no_keyring, self.safety):  # fmt: skip
            layout.addWidget(w)
        form = QFormLayout()
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.current, self.new, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumHeight(34)
        self.current_label = QLabel()
        self.new_label = QLabel()
        self.confirm_label = QLabel()
        self.current_label.setBuddy(self.current)
        self.new_label.setBuddy(self.new)
        self.confirm_label.setBuddy(self.confirm)
        form.addRow(self.current_label, self.current)
        form.addRow(self.new_label, self.new)
        form.addRow(self.confirm_label, self.confirm)
        layout.addLayout(wrap_form(form))
        self.error = _wrapping_label()
        styled(self.error, "color: $error; font-weight: bold;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content), 1)
        outer.addWidget(self.buttons)
        self.keyring_radio.setEnabled(keyring_available or self.current_mode == self.KEYRING)
        self.no_keyring.setVisible(not keyring_available)
        (self.keyring_radio if self.current_mode == self.KEYRING else self.passphrase_radio
         ).setChecked(True)  # fmt: skip
        self.keyring_radio.toggled.connect(self._update)
        self.passphrase_radio.toggled.connect(self._update)
        self.retranslate()
        self._update()
        fit_to_screen(self, 560, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("How your notes open"))
        self.intro.setText(
            self.tr(
                "Your notes are always encrypted. This only changes how the key to open them "
                "is kept. Your notes are not changed, and none are lost."
            )
        )
        self.keyring_radio.setText(self.tr("Open them &automatically when I log in"))
        self.keyring_help.setText(
            self.tr(
                "The key is kept in this computer's keyring, which your login password "
                "protects. Anyone who can log in as you can open your notes."
            )
        )
        self.passphrase_radio.setText(self.tr("Ask me for a &passphrase"))
        self.passphrase_help.setText(
            self.tr(
                "You type a passphrase each time. Safer if other people use this computer "
                "with your login."
            )
        )
        self.no_keyring.setText(
            self.tr(
                "This computer has no safe keyring right now, so your notes must keep a passphrase."
            )
        )
        self.safety.setText(
            self.tr("Your recovery code keeps working either way. Keep it somewhere private.")
        )
        self.now.setText(
            self.tr("Right now: your notes open automatically with this computer's keyring.")
            if self.current_mode == self.KEYRING
            else self.tr("Right now: your notes ask for your passphrase.")
        )
        self.current_label.setText(self.tr("&Current passphrase"))
        self.new_label.setText(self.tr("&New passphrase (at least 8 characters)"))
        self.confirm_label.setText(self.tr("&Type it again"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        self.keyring_radio.setAccessibleName(self.tr("Open them automatically when I log in"))
        self.passphrase_radio.setAccessibleName(self.tr("Ask me for a passphrase"))

    def chosen(self) -> str:
        return self.KEYRING if self.keyring_radio.isChecked() else self.PASSPHRASE

    def needs_current(self) -> bool:
        """Leaving the passphrase, or replacing one that exists, asks for it first."""
        return self.chosen() != self.current_mode and self.has_passphrase

    def needs_new(self) -> bool:
        return self.chosen() == self.PASSPHRASE and self.current_mode == self.KEYRING

    def _update(self) -> None:
        for w in (self.current_label, self.current):
            w.setVisible(self.needs_current())
        for w in (self.new_label, self.new, self.confirm_label, self.confirm):
            w.setVisible(self.needs_new())
        self.error.clear()

    def _check(self) -> None:
        if self.chosen() == self.KEYRING and not self.keyring_available:
            self.error.setText(
                self.tr("This computer has no safe keyring right now. Keep your passphrase.")
            )
            return
        if self.needs_current() and not self.current.text():
            self.error.setText(self.tr("Please type your current passphrase."))
            return
        if self.needs_new():
            if len(self.new.text()) < MIN_PASSPHRASE:
                self.error.setText(self.tr("Please use at least 8 characters."))
                return
            if self.new.text() != self.confirm.text():
                self.error.setText(self.tr("The two passphrases are not the same."))
                return
        self.accept()


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label
