"""Schedule: upcoming sessions by day, with Run checks / Join, and the ways to add a calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from app.schedule.model import Session
from app.ui.context import AppContext
from app.ui.join import open_join_link
from app.ui.pages.base import Page
from app.ui.schedule.session_list import SessionList
from app.ui.schedule.sources import ScheduleSources
from app.ui.widgets import ButtonRow, body, heading
from app.ui.wrapping import WrapCheckBox

DAYS_SHOWN = 7
AUTO_REFRESH_CHECK_MS = 5 * 60 * 1000
CALENDAR_SUFFIXES = (".ics", ".ical")


class SchedulePage(Page):
    page_id = "schedule"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.store = ctx.schedule
        self.clock = clock or (lambda: datetime.now(self.store.zone))
        self.setAcceptDrops(True)

        self.title = heading(level=1)
        self.intro = body()
        self.sources = ScheduleSources(ctx, self.store, self.clock)
        self.sessions = SessionList(ctx.request_checks, self.join)
        for w in (self.title, self.intro, self.sources, self.sessions):
            self.body.addWidget(w)
        self._add_settings()
        self.body.addStretch()

        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_REFRESH_CHECK_MS)
        self._timer.timeout.connect(self.sources.maybe_refresh)
        self._timer.start()
        ctx.schedule_changed.connect(self.rebuild)
        ctx.profile_changed.connect(self.sources.maybe_refresh)
        self.retranslate()
        QTimer.singleShot(0, self.sources.maybe_refresh)

    def _add_settings(self) -> None:
        """Reminders, staying in the tray, starting at login."""
        settings = self.ctx.settings
        self.reminder_heading = heading(level=2)
        self.body.addWidget(self.reminder_heading)
        rem_row = ButtonRow()
        self.reminder_label = QLabel()
        self.reminder_minutes = QSpinBox()
        self.reminder_minutes.setObjectName("reminderMinutes")
        self.reminder_minutes.setRange(0, 120)
        self.reminder_minutes.setSingleStep(5)
        self.reminder_minutes.setValue(int(settings.get("reminder_minutes")))
        self.reminder_label.setBuddy(self.reminder_minutes)
        self.reminder_minutes.valueChanged.connect(
            lambda v: self.ctx.set_setting("reminder_minutes", int(v))
        )
        self.reminder_label.setWordWrap(True)
        rem_row.add_flexible(self.reminder_label, min_chars=20)
        rem_row.add(self.reminder_minutes)
        self.body.addWidget(rem_row)
        self.keep_in_tray = WrapCheckBox()
        self.keep_in_tray.setObjectName("keepInTray")
        self.keep_in_tray.setChecked(bool(settings.get("keep_in_tray")))
        self.keep_in_tray.toggled.connect(lambda v: self.ctx.set_setting("keep_in_tray", bool(v)))
        self.start_at_login = WrapCheckBox()
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setChecked(bool(settings.get("start_at_login")))
        self.start_at_login.toggled.connect(self._start_at_login)
        self.body.addWidget(self.keep_in_tray)
        self.body.addWidget(self.start_at_login)
        from app.ui.monitor_settings import MonitorSettings

        self.monitor_settings = MonitorSettings(self.ctx)
        self.body.addWidget(self.monitor_settings)

    # texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Your schedule"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(
            self.tr(
                "Your sessions for the next 7 days. Check your setup before each one. "
                "You can also drop an .ics calendar file here."
            )
        )
        self.sources.retranslate()
        self.reminder_heading.setText(self.tr("Reminders"))
        self.reminder_label.setText(self.tr("&Remind me this many minutes before a session:"))
        self.reminder_minutes.setSuffix(self.tr(" min"))
        self.reminder_minutes.setSpecialValueText(self.tr("Only at the start"))
        self.reminder_minutes.setAccessibleName(self.tr("Reminder minutes before a session"))
        self.keep_in_tray.setText(
            self.tr("&Keep SessionReady running in the tray when I close the window")
        )
        self.keep_in_tray.setAccessibleName(self.keep_in_tray.text().replace("&", ""))
        self.start_at_login.setText(self.tr("S&tart SessionReady when I log in"))
        self.start_at_login.setAccessibleName(self.start_at_login.text().replace("&", ""))
        self.rebuild()

    def rebuild(self) -> None:
        now = self.clock()
        self.sessions.show_sessions(self.store.upcoming(now, DAYS_SHOWN), now)
        self.sources.update_status()

    def join(self, session: Session) -> None:
        open_join_link(self, session.join_url, self.ctx)

    def _start_at_login(self, enabled: bool) -> None:
        from app.ui.schedule.autostart import set_start_at_login

        try:
            set_start_at_login(enabled)
        except OSError:
            self.sources.show_error(
                self.tr("Could not change the start-at-login setting on this computer.")
            )
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(not enabled)
            self.start_at_login.blockSignals(False)
            return
        self.ctx.set_setting("start_at_login", bool(enabled))

    # drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(CALENDAR_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.sources.import_path(path)

    def page_shown(self) -> None:
        self.rebuild()
