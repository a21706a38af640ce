"""TaskRunner: the one way the UI runs work off its thread.

``submit(fn, on_done, on_error, key=...)`` calls ``fn(task)`` on a pool thread and delivers the
result to ``on_done`` (or the exception to ``on_error``) on the UI thread, through one queued
signal. ``task`` lets the work ask ``task.cancelled()`` and post progress to the UI thread with
``task.post(callback, *args)``. A later submit with the same *key* makes the earlier one stale:
its result is dropped, and it is asked to cancel. ``TaskRunner(serial=True)`` runs jobs one at a
time, in order (the vault's queue: a save submitted before a lock always lands first).

Workers never touch widgets: only the callbacks (run on the UI thread) do.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_ids = itertools.count(1)
log = logging.getLogger(__name__)


class Task:
    """What the work sees of itself: cancellation and a way to post to the UI thread."""

    def __init__(self, runner: TaskRunner, task_id: int) -> None:
        self.id = task_id
        self._runner = runner
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def post(self, callback: Callable[..., Any], *args: Any) -> None:
        """Call ``callback(*args)`` on the UI thread, unless this task was cancelled or is stale."""
        _emit(self._runner._posted, self.id, callback, args)


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task: Task, fn: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.runner = runner
        self.task = task
        self.fn = fn

    def run(self) -> None:
        try:
            value = self.fn(self.task)
        except Exception as exc:  # delivered to the UI as a value, never a dead thread
            _emit(self.runner._finished, self.task.id, False, exc)
        else:
            _emit(self.runner._finished, self.task.id, True, value)


def _emit(signal: Any, *args: Any) -> None:
    """Emit from a worker thread; the runner (and whoever waited) may be gone by now, e.g. a
    page closed while its job ran: then there is nobody to tell, and that is fine."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        pass


class TaskRunner(QObject):
    _finished = Signal(int, bool, object)  # task id, ok, value or exception
    _posted = Signal(int, object, object)  # task id, callback, args

    def __init__(
        self, parent: QObject | None = None, *, serial: bool = False, max_threads: int = 0
    ) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if serial:
            self.pool.setMaxThreadCount(1)
        elif max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self._pending: dict[int, tuple[Task, str | None, Callable | None, Callable | None]] = {}
        self._latest: dict[str, int] = {}
        self._finished.connect(self._deliver)
        self._posted.connect(self._run_posted)

    def submit(
        self,
        fn: Callable[[Task], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        key: str | None = None,
    ) -> Task:
        task = Task(self, next(_ids))
        if key is not None:
            older = self._latest.get(key)
            if older is not None and older in self._pending:
                self._pending[older][0].cancel()
            self._latest[key] = task.id
        self._pending[task.id] = (task, key, on_done, on_error)
        self.pool.start(_Job(self, task, fn))
        return task

    def cancel(self, key: str) -> None:
        """Cancel the task running under *key* and drop its result."""
        task_id = self._latest.pop(key, None)
        if task_id is not None and task_id in self._pending:
            self._pending[task_id][0].cancel()

    def cancel_all(self) -> None:
        for task, *_ in self._pending.values():
            task.cancel()
        self._latest.clear()

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)

    def busy(self) -> bool:
        return bool(self._pending)

    def _is_current(self, task: Task, key: str | None) -> bool:
        if task.cancelled():
            return False
        return key is None or self._latest.get(key) == task.id

    def _deliver(self, task_id: int, ok: bool, value: object) -> None:
        entry = self._pending.pop(task_id, None)
        if entry is None:
            return
        task, key, on_done, on_error = entry
        current = self._is_current(task, key)
        if key is not None and self._latest.get(key) == task_id:
            del self._latest[key]
        if not current:
            return
        if ok:
            if on_done is not None:
                on_done(value)
        elif on_error is not None:
            on_error(value)  # type: ignore[arg-type]
        else:  # nobody asked: keep a trace (the type only: messages may carry user data)
            log.warning("background task failed: %s", type(value).__name__)

    def _run_posted(self, task_id: int, callback: Callable[..., Any], args: tuple) -> None:
        entry = self._pending.get(task_id)
        if entry is None or not self._is_current(entry[0], entry[1]):
            return
        callback(*args)
