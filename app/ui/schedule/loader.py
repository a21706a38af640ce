"""ScheduleLoader: prepares the schedule on the TaskRunner, never on the UI thread.

The store answers the pages from its prepared window; when that is missing or out of date it
calls :meth:`ScheduleLoader.request` (through a queued signal, so a page asking mid-paint never
starts work re-entrantly, and a request from another thread lands on the UI thread). One
preparation runs at a time; when it ends, ``schedule_changed`` makes the pages ask again.
A preparation that fails is logged by type only and shown as a problem, never retried in a loop.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from app.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from app.schedule.store import Prepared, ScheduleStore
    from app.ui.context import AppContext

log = logging.getLogger("app.ui")


class ScheduleLoader(QObject):
    _requested = Signal(object)  # datetime: the start of the window a page asked for

    def __init__(self, ctx: AppContext, store: ScheduleStore) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.store = store
        self.runner = TaskRunner(self, serial=True)
        self._running = False
        self._again: datetime | None = None
        self._requested.connect(self._start, Qt.ConnectionType.QueuedConnection)
        store.on_stale = self._requested.emit

    def request(self, around: datetime | None = None) -> None:
        self._requested.emit(around or datetime.now(self.store.zone))

    def _start(self, around: datetime) -> None:
        if self._running:
            self._again = around
            return
        self._running = True
        self.runner.submit(self._prepare(around), self._done, self._failed)

    def _prepare(self, around: datetime):  # type: ignore[no-untyped-def]
        def work(_task: Task) -> Prepared:
            return self.store.prepare(around)

        return work

    def _done(self, _prepared: object) -> None:
        self._running = False
        again, self._again = self._again, None
        self.ctx.schedule_changed.emit()  # the pages ask again, and find it prepared
        if again is not None:
            self.store.between(again, again)  # asks for another run only if still out of date

    def _failed(self, error: Exception) -> None:
        self._running = False
        self._again = None
        log.warning("preparing the schedule failed: %s", type(error).__name__)
