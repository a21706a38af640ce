"""The notes screens before the list: first-run setup, the recovery code, and unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.theme import styled
from app.ui.widgets import ButtonRow, PrimaryButton, body, heading, hint
from app.ui.wrapping import WrapButton, WrapCheckBox, WrapRadioButton

MIN_PASSPHRASE = 8


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


class RecoveryView(QWidget):
    """Shows the recovery code once, with copy / print / save, and asks for confirmation."""

    confirmed = Signal()
    save_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.title = heading(level=1)
        self.explain = body()
        self.code_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        styled(
            self.code_label,
            "QLabel { border: 2px dashed $drop_border; border-radius: 6px; padding: 14px; }",
        )
        self.copy_button = QPushButton()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.status = body()
        self.check_label = body()
        self.group_a, self.group_b = QLineEdit(), QLineEdit()
        groups = QHBoxLayout()
        for edit in (self.group_a, self.group_b):
            edit.setMaxLength(8)
            edit.setMinimumHeight(36)
            edit.textChanged.connect(self._update)
            groups.addWidget(edit)
        groups.addStretch()
        self.wrote_it = WrapCheckBox()
        self.wrote_it.setEnabled(False)  # only after saving to a file or printing worked
        self.continue_button = PrimaryButton()
        self.continue_button.setEnabled(False)
        buttons = ButtonRow()
        for b in (self.copy_button, self.print_button, self.save_button):
            b.setMinimumHeight(40)
            buttons.add(b)
        for w in (self.title, self.explain, self.code_label):
            layout.addWidget(w)
        layout.addWidget(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.check_label)
        layout.addLayout(groups)
        layout.addWidget(self.wrote_it)
        self.continue_hint = hint()  # why "Continue" cannot be pressed yet
        layout.addWidget(self.continue_hint)
        layout.addWidget(ButtonRow(self.continue_button))
        layout.addStretch()
        self.copy_button.clicked.connect(self._copy)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.wrote_it.toggled.connect(self._update)
        self.continue_button.clicked.connect(self._continue)
        self.code = ""
        self.groups = (1, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your recovery code"))
        a, b = self.groups
        self.check_label.setText(
            self.tr(
                "To be sure you kept it, type group {a} and group {b} of your code "
                "(or save it to a file or print it, then tick the box)."
            ).format(a=a, b=b)
        )
        self.group_a.setAccessibleName(self.tr("Group {n} of your code").format(n=a))
        self.group_b.setAccessibleName(self.tr("Group {n} of your code").format(n=b))
        self.group_a.setPlaceholderText(self.tr("Group {n}").format(n=a))
        self.group_b.setPlaceholderText(self.tr("Group {n}").format(n=b))
        self.explain.setText(
            self.tr(
                "If you forget your passphrase or this computer's keyring is reset, this code is "
                "the only way back into your notes. Write it down and keep it somewhere private. "
                "It is shown only this once."
            )
        )
        self.copy_button.setText(self.tr("C&opy"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save to a file…"))
        self.wrote_it.setText(self.tr("I &saved it to a file or printed it, and will keep it safe"))
        self.continue_button.setText(self.tr("Co&ntinue to my notes"))
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        for button in (self.copy_button, self.print_button, self.save_button, self.wrote_it):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.continue_button.setAccessibleName(self.tr("Continue to my notes"))
        self.continue_hint.setText(
            self.tr(
                "Type the two groups, or save or print the code and tick the box, then continue."
            )
        )

    def show_code(self, code: str) -> None:
        from app.ui.notes.recovery import pick_groups

        self.code = code
        self.code_label.setText(code)
        self.groups = pick_groups(code) if code else (1, 2)
        self.wrote_it.setChecked(False)
        self.wrote_it.setEnabled(False)
        self.group_a.clear()
        self.group_b.clear()
        self.status.clear()
        self.retranslate()
        self._update()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def mark_kept(self, text: str) -> None:
        """Saved to a file the patient chose, or printed: ticking the box may now continue."""
        self.status.setText(text)
        self.wrote_it.setEnabled(True)

    def confirmed_ok(self) -> bool:
        from app.ui.notes.recovery import groups_match

        typed = (self.group_a.text(), self.group_b.text())
        if self.code and groups_match(self.code, self.groups, typed):
            return True
        return self.wrote_it.isEnabled() and self.wrote_it.isChecked()

    def _update(self) -> None:
        ok = self.confirmed_ok()
        self.continue_button.setEnabled(ok)
        self.continue_hint.setVisible(not ok)  # why "Continue" cannot be pressed yet

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.status.setText(self.tr("Copied. Paste it somewhere private, then clear it."))

    def _continue(self) -> None:
        if not self.confirmed_ok():
            return
        self.code = ""
        self.code_label.clear()
        self.confirmed.emit()  # first: the page moves the focus into the notes
        for edit in (self.group_a, self.group_b):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)


MAX_TRIES = 3  # wrong passphrases before the recovery code is offered


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
