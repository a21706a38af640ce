"""One run of checks off the UI thread, through the UI's TaskRunner (app/ui/tasks.py).

The work calls :func:`app.checks.record.run_and_record`; progress, results and questions reach
the UI thread through ``task.post``, the finished run through the runner's ``on_done``. A check's
question waits on a threading.Event for at most the check's remaining time; the page answers with
:meth:`CheckRunWorker.answer`. Cancel is cooperative (a threading.Event the checks poll). The
worker never touches widgets.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence

from app.checks.base import Check, CheckResult
from app.checks.history import HistoryStore
from app.checks.options import RunOptions
from app.checks.record import RecordedRun, run_and_record
from app.checks.runner import RunOutcome
from app.checks.runstate import RunState
from app.ui.tasks import Task, TaskRunner

_tokens = itertools.count(1)

ProgressSink = Callable[[str, float, str], None]  # check_id, fraction, message
QuestionSink = Callable[[str, int, str, list[str]], None]  # check_id, token, question, choices


def _ignore(*_args: object) -> None:
    pass


class CheckRunWorker:
    def __init__(
        self,
        runner: TaskRunner,
        checks: Sequence[Check],
        options: RunOptions,
        *,
        history: HistoryStore | None = None,
        shown: RunState | None = None,
        before: Callable[[], None] | None = None,
        on_progress: ProgressSink = _ignore,
        on_result: Callable[[CheckResult], None] = _ignore,
        on_question: QuestionSink = _ignore,
        on_finished: Callable[[RecordedRun], None] = _ignore,
    ) -> None:
        """Every ``on_…`` callback runs on the UI thread. *before* runs first, on the worker
        thread (e.g. wait until the live microphone meter has closed the device). *history* and
        *shown* are passed to run_and_record (*shown* is copied now)."""
        self.runner = runner
        self.checks = list(checks)
        self.options = options
        self.history = history
        self.shown = shown.copy() if shown is not None else None
        self.before = before
        self.on_progress = on_progress
        self.on_result = on_result
        self.on_question = on_question
        self.on_finished = on_finished
        self.cancel_event = threading.Event()
        self._pending: dict[int, tuple[threading.Event, list[str | None]]] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
        self.runner.submit(self._run, self.on_finished, self._failed)

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

    def _failed(self, _exc: Exception) -> None:
        # the runner turns check failures into results; this guards against a bug in the run
        self.on_finished(RecordedRun(RunOutcome((), True), None, None))

    # worker thread ------------------------------------------------------------------------
    def _run(self, task: Task) -> RecordedRun:
        def ask(check_id: str, question: str, choices: Sequence[str], seconds: float) -> str | None:
            token = next(_tokens)
            event = threading.Event()
            box: list[str | None] = [None]
            with self._lock:
                self._pending[token] = (event, box)
            task.post(self.on_question, check_id, token, question, list(choices))
            event.wait(max(0.0, seconds - 0.2))
            with self._lock:
                self._pending.pop(token, None)
            return None if self.cancel_event.is_set() else box[0]

        if self.before is not None:
            self.before()
        return run_and_record(
            self.checks,
            self.options,
            self.history,
            shown=self.shown,
            cancel_event=self.cancel_event,
            on_progress=lambda *args: task.post(self.on_progress, *args),
            on_result=lambda result: task.post(self.on_result, result),
            ask=ask if self.options.interactive else None,
        )
