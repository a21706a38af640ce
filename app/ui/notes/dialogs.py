"""Change (or set) the notes passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.ui.notes.views import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, has_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        form = QFormLayout(self)
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
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _check(self) -> None:
        if len(self.new.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("Please use at least 8 characters."))
        elif self.new.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
        else:
            self.accept()
