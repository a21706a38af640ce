"""Run schedule I/O (feed refresh, file import) off the UI thread; results return by signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from app.ui.context import AppContext


@dataclass
class TaskOutcome:
    value: Any = None
    error: Exception | None = None


class TaskSignals(QObject):
    finished = Signal(object)  # TaskOutcome


class TaskWorker(QRunnable):
    """Calls ``fn(cancelled)`` in a pool thread. Never touches widgets; cancel is cooperative."""

    def __init__(self, fn: Callable[[Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            outcome = TaskOutcome(value=self.fn(self._cancel.is_set))
        except Exception as exc:  # reported to the UI as a message, never a dead thread
            outcome = TaskOutcome(error=exc)
        self.signals.finished.emit(outcome)


def ensure_store(ctx: AppContext):  # type: ignore[no-untyped-def]
    """The ScheduleStore behind ``ctx.schedule`` (created on first use)."""
    from app.schedule.store import ScheduleStore

    if not isinstance(ctx.schedule, ScheduleStore):
        ctx.schedule = ScheduleStore(ctx.data_dir, default_url=lambda: ctx.profile.calendar_url)
    return ctx.schedule
