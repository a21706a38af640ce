"""The session monitor in the window: from Join (or the scheduled start) until the scheduled
end, a QTimer drives the Qt-free monitor (app.monitor) one sample at a time on a serial
TaskRunner — the UI thread never waits for a probe — and each problem worth telling becomes one
notification with one action: "Join by phone" (shows the number), "Plug in your charger",
"Pause other downloads". Notifications say "your session", never its title. Nothing here opens
a camera or a microphone, and nothing runs a speed test.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.monitor.rules import PHONE, MonitorEvent
from app.ui.context import AppContext
from app.ui.tasks import Task, TaskRunner

log = logging.getLogger("app.ui.monitor")
DEFAULT_INTERVAL_MS = 3000
EARLY = timedelta(minutes=30)  # Join this long before a session's start still watches that one


def _default_monitor(ctx: AppContext, end: datetime, reason: str) -> Any:
    """A real Monitor for the program's video host (built on the worker: it reads files)."""
    from app.monitor.limits import load_limits
    from app.monitor.monitor import Monitor
    from app.monitor.samplers import SystemSampler
    from app.monitor.store import MonitorStore

    limits = load_limits()
    sampler = SystemSampler.for_profile(ctx.profile, count=limits.probes)
    return Monitor(
        sampler, limits, store=MonitorStore(ctx.data_dir), session_end=end, reason=reason
    )


class SessionMonitor(QObject):
    """Runs while a session does. ``changed`` carries every MonitorEvent; ``notice`` those to
    tell the patient now. *factory* (ctx, end, reason) -> Monitor is replaceable in tests."""

    changed = Signal(object)  # MonitorEvent
    notice = Signal(object)  # MonitorEvent with notify=True
    running_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        factory: Callable[[AppContext, datetime, str], Any] | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.factory = factory or _default_monitor
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.runner = TaskRunner(self, serial=True)  # one sample at a time, in order
        self.timer = QTimer(self)
        self.timer.setInterval(DEFAULT_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.end: datetime | None = None
        self._monitor: Any = None  # touched only by tasks on the serial runner
        self._busy = False

    @property
    def running(self) -> bool:
        return self.end is not None

    def session_end(self, now: datetime) -> datetime:
        """The end of the session in progress (or starting soon), else the profile's length."""
        s = self.ctx.next_session(now)
        if s is not None and s.start - EARLY <= now < s.end:
            return s.end
        return now + timedelta(minutes=self.ctx.profile.session_minutes)

    def start(self, reason: str, end: datetime | None = None) -> None:
        """Watch until *end* (default: this session's end). Already watching: a later end
        extends the watch."""
        now = self.clock()
        end = end or self.session_end(now)
        if end <= now:
            return
        if self.running:
            assert self.end is not None
            self.end = max(self.end, end)
            return
        self.end = end
        log.info("session monitor started (%s)", reason)  # never the session's title
        factory, ctx = self.factory, self.ctx

        def build(_task: Task) -> float:
            self._monitor = factory(ctx, end, reason)
            self._monitor.start()
            return float(self._monitor.limits.interval_s)

        self.runner.submit(build, self._started, self._failed)
        self.running_changed.emit(True)

    def _started(self, interval_s: float) -> None:
        if not self.running:
            return
        self.timer.setInterval(max(200, int(interval_s * 1000)))
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        if not self.running:
            return
        assert self.end is not None
        if self.clock() >= self.end:
            self.stop()
            return
        if self._busy:  # the last sample is still out (a slow link): skip, never pile up
            return
        self._busy = True
        self.runner.submit(self._step, self._delivered, self._failed)

    def _step(self, task: Task) -> list[MonitorEvent]:
        return list(self._monitor.step(task.cancelled)) if self._monitor is not None else []

    def _delivered(self, events: list[MonitorEvent]) -> None:
        self._busy = False
        for e in events:
            self.changed.emit(e)
            if e.notify:
                self.notice.emit(e)

    def _failed(self, error: Exception) -> None:
        self._busy = False
        log.warning("session monitor step failed: %s", type(error).__name__)

    def stop(self) -> None:
        if not self.running:
            return
        self.end = None
        self.timer.stop()
        self._busy = False

        def finish(_task: Task) -> None:
            if self._monitor is not None:
                self._monitor.finish()
                self._monitor = None

        self.runner.submit(finish, None, self._failed)
        log.info("session monitor stopped")
        self.running_changed.emit(False)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.runner.wait(msecs)


class MonitorNotices(QObject):
    """Tells the patient: a tray message when a tray exists (*show_tray(title, text, on_click)*),
    else a small window that does not block. One action per notice."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        show_tray: Callable[[str, str, Callable[[], None]], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.show_tray = show_tray
        self.popup: QMessageBox | None = None
        self.last: tuple[str, str, str] | None = None  # title, text, action label (for tests)

    def texts(self, e: MonitorEvent) -> tuple[str, str, str]:
        from app.monitor.problems import action_label, notice

        title, message = notice(e.problem, e.action)
        return title, message, action_label(e.action)

    def show(self, e: MonitorEvent) -> None:
        title, message, action = self.texts(e)
        self.last = (title, message, action)
        if self.show_tray is not None and self.show_tray(
            title, f"{message}\n{action}", lambda: self.act(e.action)
        ):
            return
        if self.popup is not None:
            self.popup.close()
        box = QMessageBox(self.window)
        box.setObjectName("monitorNotice")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(f"<b>{title}</b>")
        if e.action == PHONE:
            box.setInformativeText(message)
            button = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda: self.act(PHONE))
            box.addButton(QMessageBox.StandardButton.Close)
        else:  # the action is advice: say it
            box.setInformativeText(f"{message}\n\n{action}." if action else message)
            box.addButton(QMessageBox.StandardButton.Ok)
        self.popup = box
        box.show()

    def act(self, action: str) -> None:
        if action == PHONE:
            self.show_phone()

    def phone_text(self) -> str:
        from app.ui.join import join_info

        number = join_info(self.ctx).phone
        if number:
            return self.tr("Call {number} to join your session by phone.").format(number=number)
        return self.tr("Ask your program for the number to join your session by phone.")

    def show_phone(self) -> QMessageBox:
        from app.ui.join import copy_phone, join_info

        box = QMessageBox(self.window)
        box.setObjectName("monitorPhone")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Join by phone"))
        box.setText(self.phone_text())
        if join_info(self.ctx).phone:
            copy = box.addButton(self.tr("&Copy number"), QMessageBox.ButtonRole.ActionRole)
            copy.clicked.connect(lambda: copy_phone(self.ctx))
        box.addButton(QMessageBox.StandardButton.Close)
        box.show()
        return box


class SessionWatch(QObject):
    """The wiring: Join or a session's start starts the monitor (unless the ``watch_sessions``
    setting is off); its notices go to the tray (or a small window)."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        show_tray: Callable[[str, str, Callable[[], None]], bool] | None = None,
        monitor: SessionMonitor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionWatch")
        self.ctx = ctx
        self.monitor = monitor or SessionMonitor(ctx, parent=self)
        self.notices = MonitorNotices(ctx, window, show_tray, parent=self)
        self.monitor.notice.connect(self.notices.show)
        ctx.session_joined.connect(self.on_joined)

    def enabled(self) -> bool:
        return bool(self.ctx.settings.get("watch_sessions"))

    def on_joined(self) -> None:
        if self.enabled():
            self.monitor.start("join")

    def on_reminder(self, r: Any) -> None:
        if r.kind == "start" and self.enabled():
            self.monitor.start("schedule", r.session.end)
