"""The recovery code shown once after setup: saved to a file or printed, from the Notes page.

The page's dialogs ask where (``ask_save_path``, ``ask_printer``; overridable in tests); the file
is written on the page's vault queue. The strings keep the Notes page's translation context.
RecoveryView is the screen that shows the code and asks for two of its groups back.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.atomic import atomic_write_text
from app.notes.crypto import normalise_recovery_code
from app.ui.theme import styled
from app.ui.widgets import ButtonRow, PrimaryButton, body, heading, hint
from app.ui.wrapping import WrapCheckBox

if TYPE_CHECKING:
    from app.ui.pages.notes import NotesPage


def pick_groups(code: str) -> tuple[int, int]:
    """Two different groups (1-based, in order) the patient types back to show the code is kept."""
    count = len(code.split("-"))
    first = secrets.randbelow(count)
    second = (first + 1 + secrets.randbelow(count - 1)) % count
    a, b = sorted((first, second))
    return a + 1, b + 1


def groups_match(code: str, groups: tuple[int, int], typed: tuple[str, str]) -> bool:
    """Whether *typed* are the code's *groups* (case, spaces and look-alikes forgiven)."""
    parts = code.split("-")
    return all(
        0 < g <= len(parts)
        and len(normalise_recovery_code(t)) == len(parts[g - 1])
        and normalise_recovery_code(t) == normalise_recovery_code(parts[g - 1])
        for g, t in zip(groups, typed, strict=True)
    )


def recovery_code_text(code: str) -> str:
    return QCoreApplication.translate(
        "NotesPage", "SessionReady recovery code for your private notes:\n{code}\n"
    ).format(code=code)


def save_recovery_code(page: NotesPage) -> None:
    path = page.ask_save_path(
        QCoreApplication.translate("NotesPage", "Save your recovery code"),
        "sessionready-recovery-code.txt",
    )
    if not path:
        return
    text = recovery_code_text(page.recovery_view.code)
    view = page.recovery_view
    page.controller.run(
        lambda: atomic_write_text(Path(path), text),
        lambda _r: view.mark_kept(
            QCoreApplication.translate("NotesPage", "Saved. Keep that file somewhere private.")
        ),
        lambda exc: view.set_status(
            QCoreApplication.translate("NotesPage", "Could not save the file. Try another place.")
        ),
    )


def print_recovery_code(page: NotesPage) -> None:
    from PySide6.QtGui import QTextDocument

    printer = page.ask_printer()
    if printer is None:
        return
    doc = QTextDocument()
    doc.setPlainText(recovery_code_text(page.recovery_view.code))
    doc.print_(printer)
    page.recovery_view.mark_kept(QCoreApplication.translate("NotesPage", "Sent to the printer."))


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
