"""RunState: what the Check my setup page shows, kept apart from its widgets.

One slot per check, in the order shown, with its latest result (or none yet), and which checks
are running. Qt-free: the page updates it on the UI thread and its cards only display it; a
copy goes with a run so that the run can record every result shown (app.checks.record).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.checks.base import CheckResult


class RunState:
    def __init__(self) -> None:
        self._results: dict[str, CheckResult | None] = {}
        self._running: set[str] = set()

    def add(self, check_id: str) -> bool:
        """Give *check_id* a slot (after the others); False if it had one."""
        if check_id in self._results:
            return False
        self._results[check_id] = None
        return True

    def result(self, check_id: str) -> CheckResult | None:
        return self._results.get(check_id)

    def is_running(self, check_id: str) -> bool:
        return check_id in self._running

    def start(self, check_ids: Iterable[str]) -> None:
        """These checks run now: their old results are gone."""
        for check_id in check_ids:
            self.add(check_id)
            self._results[check_id] = None
            self._running.add(check_id)

    def set_result(self, result: CheckResult) -> bool:
        """Keep *result* in its check's slot; False for a check that has none."""
        if result.check_id not in self._results:
            return False
        self._results[result.check_id] = result
        self._running.discard(result.check_id)
        return True

    def finish(self) -> list[str]:
        """The run is over: the checks still running never reported (returned, in order)."""
        unreported = [c for c in self._results if c in self._running]
        self._running.clear()
        return unreported

    def results(self) -> list[CheckResult]:
        """Every result shown, in order."""
        return [r for r in self._results.values() if r is not None]

    def merged(self, results: Sequence[CheckResult]) -> list[CheckResult]:
        """The results shown once *results* have arrived (this state is left as it is)."""
        after = self.copy()
        for result in results:
            after.set_result(result)
        return after.results()

    def copy(self) -> RunState:
        other = RunState()
        other._results = dict(self._results)
        other._running = set(self._running)
        return other
