"""Runs checks off the UI thread (QThreadPool) and reports back through typed signals.

The worker never touches widgets. ``ask`` from a check emits ``question`` and waits on a
threading.Event for at most the check's remaining time; the page answers with
:meth:`CheckRunWorker.answer`. Cancel is cooperative (a threading.Event the checks poll).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.checks.base import Check
from app.checks.runner import RunOutcome, run_checks

_tokens = itertools.count(1)


class RunSignals(QObject):
    progress = Signal(str, float, str)  # check_id, fraction, message
    result = Signal(object)  # CheckResult
    question = Signal(str, int, str, list)  # check_id, token, question, choices
    finished = Signal(object)  # RunOutcome


class _Job(QRunnable):
    def __init__(self, worker: CheckRunWorker) -> None:
        super().__init__()
        self.worker = worker
        self.setAutoDelete(True)

    def run(self) -> None:
        self.worker._run()


class CheckRunWorker:
    def __init__(
        self,
        checks: Sequence[Check],
        options: Mapping[str, Any],
        before: Callable[[], None] | None = None,
    ) -> None:
        """*before* runs first, on the worker thread (e.g. wait until the live microphone
        meter has closed the device)."""
        self.checks = list(checks)
        self.options = dict(options)
        self.before = before
        self.signals = RunSignals()  # created on the UI thread: slots run there
        self.cancel_event = threading.Event()
        self._pending: dict[int, tuple[threading.Event, list[str | None]]] = {}
        self._lock = threading.Lock()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Job(self))

    def cancel(self) -> None:
        self.cancel_event.set()
        with self._lock:
            for event, _box in self._pending.values():
                event.set()

    def answer(self, token: int, choice: str | None) -> None:
        with self._lock:
            pending = self._pending.get(token)
        if pending is not None:
            pending[1][0] = choice
            pending[0].set()

    # worker thread ------------------------------------------------------------------------
    def _ask(
        self, check_id: str, question: str, choices: Sequence[str], seconds: float
    ) -> str | None:
        token = next(_tokens)
        event = threading.Event()
        box: list[str | None] = [None]
        with self._lock:
            self._pending[token] = (event, box)
        self.signals.question.emit(check_id, token, question, list(choices))
        event.wait(max(0.0, seconds - 0.2))
        with self._lock:
            self._pending.pop(token, None)
        return None if self.cancel_event.is_set() else box[0]

    def _run(self) -> None:
        try:
            if self.before is not None:
                self.before()
            outcome = run_checks(
                self.checks,
                self.options,
                cancel_event=self.cancel_event,
                on_progress=self.signals.progress.emit,
                on_result=self.signals.result.emit,
                ask=self._ask if self.options.get("interactive", True) else None,
            )
        except Exception:  # the runner turns check failures into results; this is a bug guard
            outcome = RunOutcome((), True)
        self.signals.finished.emit(outcome)
