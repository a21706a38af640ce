"""Reminders in the system tray: "Run checks now" N minutes before a session, "Join" at its start.

ReminderService decides *when* (app.schedule.reminders, time from an injectable clock) and
emits ``reminder_due``. Its timer never waits more than a minute (and never beyond QTimer's
2**31-1 ms limit), so a laptop waking from sleep or a clock change is noticed within a minute.
TrayController shows the reminder: a tray notification when a tray exists, otherwise a small
window; clicking it runs the checks or joins.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from app.schedule.reminders import Reminder, ReminderPlanner, timer_interval_ms
from app.ui.context import AppContext
from app.ui.formatting import time_text
from app.ui.join import open_join_link

log = logging.getLogger("app.ui.tray")
CLOCK_JUMP_S = 30.0


class ReminderService(QObject):
    reminder_due = Signal(object)  # Reminder

    def __init__(
        self,
        ctx: AppContext,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.planner = ReminderPlanner(int(ctx.settings.get("reminder_minutes")))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        self._last_wall = time.time()
        self._last_mono = time.monotonic()
        ctx.schedule_changed.connect(self.rearm)
        ctx.settings_changed.connect(self._on_setting)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # a method, not a lambda: Qt drops the connection when this service is deleted
            app.applicationStateChanged.connect(self._on_app_state)

    def _on_app_state(self, _state: object) -> None:
        self.check()

    def _on_setting(self, key: str) -> None:
        if key == "reminder_minutes":
            self.planner.minutes_before = int(self.ctx.settings.get("reminder_minutes"))
            self.rearm()

    def _sessions(self, now: datetime) -> list:  # type: ignore[type-arg]
        source = self.ctx.schedule
        return source.upcoming(now, days=2) if source is not None else []

    def check(self) -> list[Reminder]:
        """Show what is due now, then arm the timer for the next one."""
        wall, mono = time.time(), time.monotonic()
        if abs((wall - self._last_wall) - (mono - self._last_mono)) > CLOCK_JUMP_S:
            log.info("clock jump or resume from sleep detected; re-planning reminders")
        self._last_wall, self._last_mono = wall, mono
        now = self.clock()
        due = self.planner.due(self._sessions(now), now)
        for r in due:
            log.info("reminder due: %s", r.kind)  # never the title
            self.reminder_due.emit(r)
        self.rearm()
        return due

    def rearm(self) -> int:
        now = self.clock()
        interval = timer_interval_ms(now, self.planner.next_at(self._sessions(now), now))
        self.timer.start(interval)
        return interval


class TrayController(QObject):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        service: ReminderService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.service = service
        self.last: Reminder | None = None
        self.popup: QMessageBox | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.menu = QMenu()
            self.open_action = self.menu.addAction("")
            self.open_action.triggered.connect(self.show_window)
            self.checks_action = self.menu.addAction("")
            self.checks_action.triggered.connect(lambda: self.run_checks())
            self.join_action = self.menu.addAction("")
            self.join_action.triggered.connect(self.join_next)
            self.menu.addSeparator()
            self.quit_action = self.menu.addAction("")
            self.quit_action.triggered.connect(QCoreApplication.quit)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self._message_clicked)
            self.retranslate()
            self.tray.show()
        service.reminder_due.connect(self.notify)
        ctx.language_changed.connect(lambda _l: self.retranslate())

    @property
    def available(self) -> bool:
        return self.tray is not None

    def retranslate(self) -> None:
        if self.tray is None:
            return
        self.tray.setToolTip("SessionReady")
        self.open_action.setText(self.tr("Open SessionReady"))
        self.checks_action.setText(self.tr("Run checks now"))
        self.join_action.setText(self.tr("Join next session"))
        self.quit_action.setText(self.tr("Quit"))

    def texts(self, r: Reminder) -> tuple[str, str, str]:
        """(title, message, action button) for a reminder."""
        when = time_text(r.session.start)
        if r.kind == "before":
            return (
                self.tr("Your session starts at {time}").format(time=when),
                self.tr("{title} starts soon. Run your checks now so you are ready.").format(
                    title=r.session.title
                ),
                self.tr("Run checks now"),
            )
        return (
            self.tr("Your session is starting"),
            self.tr("{title} is starting now. Join when you are in a private spot.").format(
                title=r.session.title
            ),
            self.tr("Join"),
        )

    def notify(self, r: Reminder) -> None:
        self.last = r
        title, message, action = self.texts(r)
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 60_000)
            return
        # No tray (some desktops): a small non-blocking window instead.
        if self.popup is not None:
            self.popup.close()
        box = QMessageBox(self.window)
        box.setObjectName("reminderPopup")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(message)
        act = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        act.clicked.connect(lambda: self.act(r))
        self.popup = box
        box.show()

    def act(self, r: Reminder) -> None:
        self.show_window()
        if r.kind == "before":
            self.run_checks()
        elif r.session.join_url:
            open_join_link(self.window, r.session.join_url)
        else:
            self.ctx.navigate_requested.emit("schedule")

    def run_checks(self) -> None:
        self.show_window()
        self.ctx.request_checks()

    def join_next(self) -> None:
        s = self.ctx.next_session()
        self.show_window()
        if s is not None and s.join_url:
            open_join_link(self.window, s.join_url)
        else:
            self.ctx.navigate_requested.emit("schedule")

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _message_clicked(self) -> None:
        if self.last is not None:
            self.act(self.last)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()
