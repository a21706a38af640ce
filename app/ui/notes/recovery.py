"""The recovery code shown once after setup: saved to a file or printed, from the Notes page.

The page's dialogs ask where (``ask_save_path``, ``ask_printer``; overridable in tests); the file
is written on the page's vault queue. The strings keep the Notes page's translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.atomic import atomic_write_text

if TYPE_CHECKING:
    from app.ui.pages.notes import NotesPage


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
        lambda _r: view.set_status(
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
    page.recovery_view.set_status(QCoreApplication.translate("NotesPage", "Sent to the printer."))
