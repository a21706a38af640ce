"""Where the schedule comes from: import a calendar file, follow a calendar link, add a session by
hand; with the link's status and the last error. File and network work runs on the TaskRunner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.links import host_of, link_allowed
from app.profile import ProfileError
from app.schedule.ics import CalendarError
from app.schedule.store import ScheduleStore
from app.schedule.subscription import FetchResult
from app.schedule.zones import zone_name
from app.ui.context import AppContext
from app.ui.formatting import date_text, local, time_text
from app.ui.schedule.manual_dialog import ManualEntryDialog
from app.ui.tasks import Task, TaskRunner
from app.ui.theme import styled
from app.ui.widgets import ButtonRow, PrimaryButton


class ScheduleSources(QWidget):
    """The link's status, the last error, and the buttons that add or update a calendar."""

    def __init__(
        self, ctx: AppContext, store: ScheduleStore, clock: Callable[[], datetime]
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = store
        self.clock = clock
        self.runner = TaskRunner(self)
        app = QCoreApplication.instance()
        if app is not None:  # a refresh under way stops at its next check, not at its timeout
            app.aboutToQuit.connect(self.runner.cancel_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)  # as the page's column
        self.status = QLabel()
        self.status.setObjectName("scheduleStatus")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("scheduleError")
        self.error.setWordWrap(True)
        styled(self.error, "QLabel { color: $caution; font-weight: bold; }")
        self.error.hide()
        # Why part of the schedule is not shown (a calendar that failed, an event left out):
        # the rest of the schedule, and the last good copy of that calendar, still are.
        self.problems = QLabel()
        self.problems.setObjectName("scheduleProblems")
        self.problems.setWordWrap(True)
        styled(self.problems, "QLabel { color: $caution; }")
        self.problems.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.problems)

        actions = ButtonRow()
        self.import_button = PrimaryButton()
        self.import_button.setObjectName("importIcs")
        self.import_button.clicked.connect(self.choose_file)
        self.subscribe_button = QPushButton()
        self.subscribe_button.setObjectName("subscribe")
        self.subscribe_button.clicked.connect(self.ask_subscription)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addManual")
        self.add_button.clicked.connect(self.add_manual)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshNow")
        self.refresh_button.clicked.connect(self.refresh_now)
        for b in (self.import_button, self.subscribe_button, self.add_button, self.refresh_button):
            if b is not self.import_button:  # a PrimaryButton sizes itself (≥ 48 px)
                b.setMinimumHeight(44)
            actions.add(b)
        layout.addWidget(actions)

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import calendar file…"))
        self.import_button.setToolTip(self.tr("Open an .ics file from your program (Alt+I)"))
        self.import_button.setAccessibleName(self.tr("Import calendar file"))
        self.subscribe_button.setText(self.tr("Calendar &link…"))
        self.subscribe_button.setToolTip(
            self.tr("Follow your program's calendar link so changes show up by themselves (Alt+L)")
        )
        self.subscribe_button.setAccessibleName(self.tr("Calendar link"))
        self.add_button.setText(self.tr("&Add a session…"))
        self.add_button.setToolTip(self.tr("Type in a session yourself (Alt+A)"))
        self.add_button.setAccessibleName(self.tr("Add a session"))
        self.refresh_button.setText(self.tr("&Update now"))
        self.refresh_button.setToolTip(self.tr("Get the latest calendar from the link (Alt+U)"))
        self.refresh_button.setAccessibleName(self.tr("Update now"))

    # status -----------------------------------------------------------------------------
    def update_status(self) -> None:
        self._update_link_status()
        problems = self.store.problems() if hasattr(self.store, "problems") else []
        self.problems.setText("\n".join(f"! {p}" for p in problems[:5]))
        self.problems.setAccessibleName(" ".join(problems[:5]))
        self.problems.setVisible(bool(problems))

    def _update_link_status(self) -> None:
        url = self.store.subscription_url
        self.refresh_button.setVisible(bool(url))
        if not url:
            self.status.setText("")
            self.status.hide()
            return
        st = self.store.subscription_status()
        self.status.show()
        if st.last_updated is None:
            self.status.setText(self.tr("Calendar link: not updated yet."))
        else:
            updated = local(st.last_updated)
            today = local(self.clock()).date() == updated.date()
            when = (
                time_text(updated)
                if today
                else f"{date_text(updated, long=False)} {time_text(updated)}"
            )
            self.status.setText(
                self.tr("Calendar from {host} · last updated {when}").format(
                    host=host_of(url.replace("webcal://", "https://")), when=when
                )
            )
        if st.error:
            kept = self.store.has_cached_feed()
            self.show_error(
                st.error + " " + self.tr("Showing the last calendar we received.")
                if kept
                else st.error
            )
        self.status.setAccessibleName(self.status.text())

    def show_error(self, message: str) -> None:
        self.error.setText("! " + message.strip())
        self.error.setAccessibleName(message)
        self.error.show()

    # a calendar file --------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your calendar file"),
            str(Path.home()),
            self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> Task:
        self.error.hide()
        return self.runner.submit(
            lambda _task: self.store.import_file(path),
            self._imported,
            self._import_failed,
            key="import",
        )

    def _imported(self, _parsed: object) -> None:
        self.error.hide()
        self.ctx.schedule_changed.emit()

    def _import_failed(self, error: Exception) -> None:
        if isinstance(error, CalendarError):
            self.show_error(str(error))
        else:
            self.show_error(self.tr("This file could not be opened."))

    # a calendar link --------------------------------------------------------------------
    def ask_subscription(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Calendar link"),
            self.tr("Paste the calendar link from your program (https:// or webcal://):"),
            QLineEdit.EchoMode.Normal,
            self.store.subscription_url,
        )
        if ok:
            self.subscribe(url)

    def subscribe(self, url: str) -> Task | None:
        url = url.strip()
        if url and not link_allowed(url):
            self.show_error(self.tr("The calendar link should start with https:// or webcal://."))
            return None
        self.error.hide()
        try:
            self.ctx.set_calendar_url(url)  # the profile's link: the one Settings shows
        except ProfileError:
            self.show_error(self.tr("The calendar link should start with https:// or webcal://."))
            return None
        self.ctx.schedule_changed.emit()
        return self.refresh_now() if url else None

    def refresh_now(self) -> Task | None:
        if not self.store.subscription_url:
            return None
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Updating your calendar…"))
        return self.runner.submit(
            lambda task: self.store.refresh_subscription(task.cancelled),
            self._refreshed,
            lambda _error: self._refreshed(None),
            key="refresh",
        )

    def maybe_refresh(self) -> None:
        if self.store.needs_refresh(self.clock()) and self.refresh_button.isEnabled():
            self.refresh_now()

    def _refreshed(self, result: FetchResult | None) -> None:
        self.refresh_button.setEnabled(True)
        if result is not None and result.ok:
            self.error.hide()
        self.ctx.schedule_changed.emit()

    # a session typed in -----------------------------------------------------------------
    def add_manual(self) -> None:
        dialog = ManualEntryDialog(zone_name(self.store.zone), self)
        if dialog.exec() and dialog.entry is not None:
            self.store.add_manual(dialog.entry)
            self.ctx.schedule_changed.emit()
