"""Runs vault work (Argon2id, SQLite, AES-GCM) off the UI thread, one job at a time, in order.

A single-thread pool makes jobs a queue: a save submitted before a lock always lands first.
Results come back through signals (queued to the UI thread); the jobs never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the UI as a typed error, never printed
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class VaultWorker(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals: set[_Signals] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        signals = _Signals(self)
        self._signals.add(signals)

        def finished() -> None:
            self._signals.discard(signals)
            signals.deleteLater()

        if on_done is not None:
            signals.done.connect(on_done)
        if on_error is not None:
            signals.failed.connect(on_error)
        signals.done.connect(finished)
        signals.failed.connect(finished)
        self.pool.start(_Job(fn, signals))

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0
