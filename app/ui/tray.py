"""Reminders in the system tray: "Run checks now" N minutes before a session, "Join" at its start.

ReminderService decides *when* (app.schedule.reminders, time from an injectable clock) and
emits ``reminder_due``. Its timer never waits more than a minute (and never beyond QTimer's
2**31-1 ms limit), so a laptop waking from sleep or a clock change is noticed within a minute.
TrayController shows the reminder: a tray notification when a tray exists, otherwise a small
window; clicking it runs the checks or joins.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from app.schedule.reminders import Reminder, ReminderPlanner, timer_interval_ms
from app.ui.context import AppContext
from app.ui.join import dial_text, open_join_link
from app.ui.monitor_precheck import PreSessionCheck
from app.ui.notices import notice, tray_tooltip

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
            # a bound method, not a lambda: Qt drops the connection when this object is deleted
            app.applicationStateChanged.connect(self._on_application_state)

    def _on_application_state(self, _state: Qt.ApplicationState) -> None:
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
        self.precheck: PreSessionCheck | None = None  # set by build_window: the check by itself
        self._on_click: Callable[[], None] | None = None  # a monitor notice's action
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
            self.diary_action = self.menu.addAction("")
            self.diary_action.triggered.connect(self.diary_card)
            self.menu.addSeparator()
            self.quit_action = self.menu.addAction("")
            self.quit_action.triggered.connect(QCoreApplication.quit)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self._message_clicked)
            self.retranslate()
            self.tray.show()
        service.reminder_due.connect(self.notify)
        ctx.language_changed.connect(self._on_language)
        ctx.profile_changed.connect(self.retranslate)
        ctx.settings_changed.connect(self._on_setting)

    def _on_language(self, _language: str) -> None:
        self.retranslate()

    def _on_setting(self, key: str) -> None:
        if key == "discreet":
            self.retranslate()

    @property
    def available(self) -> bool:
        return self.tray is not None

    def retranslate(self) -> None:
        if self.tray is None:
            return
        discreet = bool(self.ctx.settings.get("discreet"))
        self.tray.setToolTip(tray_tooltip(self.ctx.profile.program_name, discreet=discreet))
        self.open_action.setText(self.tr("Open SessionReady"))
        self.checks_action.setText(self.tr("Run checks now"))
        self.join_action.setText(self.tr("Join next session"))
        self.diary_action.setText(self.tr("Today's diary card"))
        self.quit_action.setText(self.tr("Quit"))

    def texts(self, r: Reminder) -> tuple[str, str, str]:
        """(title, message, action button) for a reminder (built by app.ui.notices)."""
        phone = r.session.dial_in or self.ctx.profile.phone_line
        n = notice(
            r.kind,
            discreet=bool(self.ctx.settings.get("discreet")),
            start=r.session.start,
            now=r.at,
            phone=dial_text(phone) if phone else "",
        )
        return n.title, n.message, n.action

    def notify(self, r: Reminder) -> None:
        """Show *r*; a "before" reminder first runs the pre-session check (in the background)
        and carries its result."""
        if r.kind == "before" and self.precheck is not None:
            self.precheck.run(r, functools.partial(self._show, r))
            return
        self._show(r)

    def show_notice(self, title: str, message: str, on_click: Callable[[], None]) -> bool:
        """A session monitor notice in the tray; False when there is no tray."""
        if self.tray is None:
            return False
        self._on_click = on_click
        self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 60_000)
        return True

    def _show(self, r: Reminder, extra: str = "") -> None:
        self.last = r
        self._on_click = None
        title, message, action = self.texts(r)
        if extra:
            message = f"{message} {extra}"
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
            open_join_link(self.window, r.session.join_url, self.ctx)
        else:
            self.ctx.navigate_requested.emit("schedule")

    def run_checks(self) -> None:
        self.show_window()
        self.ctx.request_checks()

    def join_next(self) -> None:
        s = self.ctx.next_session()
        self.show_window()
        if s is not None and s.join_url:
            open_join_link(self.window, s.join_url, self.ctx)
        else:
            self.ctx.navigate_requested.emit("schedule")

    def diary_card(self) -> None:
        """Today's diary card (unlocking the notes first when they are locked)."""
        self.show_window()
        self.ctx.diary_card_requested.emit()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _message_clicked(self) -> None:
        if self._on_click is not None:
            on_click, self._on_click = self._on_click, None
            on_click()
        elif self.last is not None:
            self.act(self.last)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()
