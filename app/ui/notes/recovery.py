"""The recovery code shown once after setup: saved to a file or printed, from the Notes page.

The page's dialogs ask where (``ask_save_path``, ``ask_printer``; overridable in tests); the file
is written on the page's vault queue. The strings keep the Notes page's translation context.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.atomic import atomic_write_text
from app.notes.crypto import normalise_recovery_code

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
