"""Notice check runs recorded elsewhere (`session-ready check` in a terminal, another window).

Every few seconds a worker looks at the modification times of history.sqlite3 and its WAL file
(two stat calls, off the UI thread); only when they changed does it read the last run. A run
newer than the one the window knows becomes the last run (AppContext.run_recorded), so Home, the
Ready screen and the support view refresh as if the window had run it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from app.checks.history import RunRecord
from app.ui.context import AppContext
from app.ui.tasks import Task, TaskRunner

Stamp = tuple[tuple[int, int], ...]


def _stamp(path: Path) -> Stamp:
    out = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(p)
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((0, 0))
    return tuple(out)


class HistoryWatcher(QObject):
    def __init__(self, ctx: AppContext, interval_ms: int = 5000, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._seen: Stamp | None = None
        self._runner = TaskRunner(self, serial=True)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if self._runner.busy():
            return
        seen, history = self._seen, self.ctx.history

        def look(_task: Task) -> tuple[Stamp, RunRecord | None, bool]:
            now = _stamp(history.path)
            if now == seen:
                return now, None, False
            return now, history.last(), True

        self._runner.submit(look, self._on_look, lambda _exc: None, key="history")

    def _on_look(self, result: tuple[Stamp, RunRecord | None, bool]) -> None:
        stamp, record, changed = result
        self._seen = stamp
        if not changed or record is None:
            return
        known = self.ctx.last_run
        if known is None or record.timestamp > known.timestamp:
            self.ctx.run_recorded(record)

    def wait(self, msecs: int = 5000) -> bool:
        return self._runner.wait(msecs)
