"""The Notes side of the diary: hands the unlocked entries to the other pages and seals theirs.

The Notes page owns the vault (its NotesController keeps the decrypted entries apart from the
plain notes). This bridge publishes them as ``ctx.diary`` (``ctx.diary_changed``) and answers
``ctx.diary_save_requested`` / ``ctx.diary_delete_requested`` on the controller's ordered queue,
the way the safety check-in travels (``ctx.checkin``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QObject

from app.ui.context import AppContext
from app.ui.notes.controller import NotesController


class DiaryBridge(QObject):
    def __init__(
        self,
        ctx: AppContext,
        controller: NotesController,
        message: Callable[[Exception], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.message = message
        ctx.diary_save_requested.connect(self.save)
        ctx.diary_delete_requested.connect(self.delete)
        controller.entries_changed.connect(self.publish)

    def publish(self) -> None:
        """The notes opened or locked, or an entry changed: tell every page."""
        self.ctx.diary = self.controller.entries if self.controller.unlocked else None
        self.ctx.diary_changed.emit()

    def save(self, entry: Any) -> None:
        if not self.controller.unlocked:
            return
        self.controller.save_entry(
            entry,
            self.ctx.diary_saved.emit,
            lambda exc: self.ctx.diary_save_failed.emit(self.message(exc)),
        )
        self.publish()

    def delete(self, entry_id: str) -> None:
        if self.controller.unlocked:
            self.controller.delete_entry(entry_id)
            self.publish()

    def texts(self) -> list[str]:
        """(in memory) Every text typed into an entry, for the clipboard guard on quick hide."""
        entries = self.controller.entries
        if entries is None:
            return []
        found: list[Any] = [*entries.cards.values(), *entries.thoughts, *entries.practice]
        return [
            value
            for entry in found
            for f in fields(entry)
            if f.name != "id" and isinstance(value := getattr(entry, f.name), str) and value
        ]
