"""Run checks and record the run: the one way the window and the CLI run a set of checks.

:func:`run_and_record` runs the checks (app.checks.runner), computes the verdict over the results,
and saves the run in the history, unless it was cancelled. Blocks the calling thread: the window
calls it from a background task, the CLI directly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from app.checks.base import Check, CheckResult
from app.checks.history import HistoryStore, RunRecord
from app.checks.options import RunOptions
from app.checks.runner import ProgressCallback, ResultCallback, RunnerAskFn, RunOutcome, run_checks
from app.checks.runstate import RunState
from app.checks.verdict import Verdict, compute_verdict

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordedRun:
    outcome: RunOutcome
    verdict: Verdict | None  # None when the run was cancelled
    record: RunRecord | None  # the run as recorded; None when it was cancelled

    @property
    def results(self) -> tuple[CheckResult, ...]:
        return self.outcome.results


def run_and_record(
    checks: Sequence[Check],
    options: RunOptions,
    history: HistoryStore | None,
    *,
    shown: RunState | None = None,
    cancel_event: threading.Event | None = None,
    on_progress: ProgressCallback | None = None,
    on_result: ResultCallback | None = None,
    ask: RunnerAskFn | None = None,
) -> RecordedRun:
    """Run *checks* with *options*, then judge and record the run in *history* (if given).

    With *shown* (the results on screen when the run started, the run's own checks cleared) the
    verdict and the record cover every result shown once this run's results are in: running one
    check again judges it together with the others. A cancelled run is neither judged nor
    recorded. A history that cannot be written is skipped (the run still counts).
    """
    outcome = run_checks(
        checks,
        options,
        cancel_event=cancel_event,
        on_progress=on_progress,
        on_result=on_result,
        ask=ask,
    )
    if outcome.cancelled:
        return RecordedRun(outcome, None, None)
    results = list(outcome.results) if shown is None else shown.merged(outcome.results)
    verdict = compute_verdict(results, options.profile.phone_line)
    record = RunRecord(datetime.now(UTC), verdict.level, tuple(results))
    if history is not None:
        try:
            history.add(record)
        except OSError as exc:
            log.warning("could not record the run: %s", type(exc).__name__)
    return RecordedRun(outcome, verdict, record)
