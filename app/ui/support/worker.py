"""Collect the support report off the UI thread (devices and interfaces can be slow)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, qVersion

from app.checks.history import HistoryStore
from app.devices.inventory import DeviceProvider
from app.profile import Profile
from app.report.collect import collect_report


class _Signals(QObject):
    finished = Signal(dict)
    failed = Signal(str)


class ReportJob(QRunnable):
    """Builds the report in the pool; results come back through ``signals``. Touches no widget."""

    def __init__(
        self, profile: Profile, history: HistoryStore, provider: DeviceProvider | None = None
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self._profile = profile
        self._history = history
        self._provider = provider
        self._qt = qVersion()  # read on the creating (UI) thread

    def run(self) -> None:
        try:
            report: dict[str, Any] = collect_report(
                self._profile, self._history, self._qt, self._provider
            )
        except Exception as exc:  # a broken collector must not kill the app
            self.signals.failed.emit(type(exc).__name__)
            return
        self.signals.finished.emit(report)


def start_report_job(
    profile: Profile,
    history: HistoryStore,
    provider: DeviceProvider | None = None,
    pool: QThreadPool | None = None,
    on_finished: Callable[[dict[str, Any]], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> ReportJob:
    """Start collecting in *pool*. Pass the callbacks here: they are connected before the job
    starts, so a job that finishes at once cannot emit into the void."""
    job = ReportJob(profile, history, provider)
    job.setAutoDelete(False)  # the caller keeps it (and its signals) alive
    if on_finished is not None:
        job.signals.finished.connect(on_finished)
    if on_failed is not None:
        job.signals.failed.connect(on_failed)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
