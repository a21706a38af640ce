"""Idle tracking for auto-lock: any key, click or wheel in the app counts as activity.

The clock is injectable and ``check()`` is public, so tests advance time without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class AutoLock(QObject):
    idle_expired = Signal()

    def __init__(
        self,
        minutes: Callable[[], float],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.clock = clock
        self.last_activity = clock()
        self.armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def arm(self) -> None:
        self.armed = True
        self.touch()
        self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def touch(self) -> None:
        self.last_activity = self.clock()

    def check(self) -> None:
        limit = max(1.0, float(self.minutes())) * 60
        if self.armed and self.clock() - self.last_activity >= limit:
            self.disarm()
            self.idle_expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() in _ACTIVITY:
            self.last_activity = self.clock()
        return False
