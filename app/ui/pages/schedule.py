"""Schedule: upcoming sessions by day, with Run checks / Join, and the ways to add a calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.schedule.ics import CalendarError
from app.schedule.links import host_of
from app.schedule.model import Session
from app.schedule.store import ScheduleStore
from app.schedule.subscription import FetchResult
from app.schedule.zones import zone_name
from app.ui.context import AppContext
from app.ui.join import open_join_link
from app.ui.pages.base import Page
from app.ui.schedule.fmt import wall_date_text as date_text
from app.ui.schedule.fmt import wall_time_text as time_text
from app.ui.schedule.manual_dialog import ManualEntryDialog
from app.ui.schedule.worker import TaskOutcome, TaskWorker, ensure_store
from app.ui.theme import styled
from app.ui.widgets import PrimaryButton, body, heading

DAYS_SHOWN = 7
AUTO_REFRESH_CHECK_MS = 5 * 60 * 1000


def kind_text(kind: str) -> str:
    return {
        "group": QCoreApplication.translate("SchedulePage", "Group"),
        "individual": QCoreApplication.translate("SchedulePage", "Individual"),
        "family": QCoreApplication.translate("SchedulePage", "Family"),
        "psychiatry": QCoreApplication.translate("SchedulePage", "Psychiatry"),
        "all_day": QCoreApplication.translate("SchedulePage", "All day"),
    }.get(kind, QCoreApplication.translate("SchedulePage", "Session"))


def length_text(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if h and m:
        return QCoreApplication.translate("SchedulePage", "{h} h {m} min").format(h=h, m=m)
    if h:
        return QCoreApplication.translate("SchedulePage", "{h} h").format(h=h)
    return QCoreApplication.translate("SchedulePage", "{m} min").format(m=m)


def day_heading(day: datetime, today: datetime) -> str:
    delta = (day.date() - today.date()).days
    when = date_text(day)
    if delta == 0:
        return QCoreApplication.translate("SchedulePage", "Today · {date}").format(date=when)
    if delta == 1:
        return QCoreApplication.translate("SchedulePage", "Tomorrow · {date}").format(date=when)
    return when


class SessionCard(QFrame):
    """One session: time, length, kind, title, how to join; Run checks and Join buttons."""

    def __init__(
        self, session: Session, on_checks: Callable[[], None], on_join: Callable[[Session], None]
    ) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("sessionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        info = QVBoxLayout()
        s = session
        if s.kind == "all_day":
            when = self.tr("All day")
        else:
            when = self.tr("{start} – {end}").format(start=time_text(s.start), end=time_text(s.end))
        minutes = round((s.end.timestamp() - s.start.timestamp()) / 60)
        self.when = QLabel(
            f"<b>{when}</b>"
            + ("" if s.kind == "all_day" else f" · {length_text(minutes)} · {kind_text(s.kind)}")
        )
        self.when.setObjectName("sessionWhen")
        self.title = QLabel(s.title or self.tr("Session"))
        self.title.setObjectName("sessionTitle")
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        info.addWidget(self.when)
        info.addWidget(self.title)
        ways = []
        if s.join_url:
            ways.append(self.tr("Video: {host}").format(host=host_of(s.join_url)))
        if s.dial_in:
            ways.append(self.tr("By phone: {number}").format(number=s.dial_in))
        self.ways = QLabel(" · ".join(ways))
        self.ways.setObjectName("sessionWays")
        self.ways.setWordWrap(True)
        if ways:
            info.addWidget(self.ways)
        row.addLayout(info, 1)
        self.checks_button = QPushButton(self.tr("Run checks"))
        self.checks_button.setObjectName("runChecks")
        self.checks_button.setAccessibleName(
            self.tr("Run checks before {title}").format(title=s.title)
        )
        self.checks_button.setMinimumHeight(40)
        self.checks_button.clicked.connect(on_checks)
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setObjectName("join")
        self.join_button.setAccessibleName(self.tr("Join {title}").format(title=s.title))
        self.join_button.setMinimumHeight(40)
        self.join_button.setEnabled(bool(s.join_url))
        if not s.join_url:
            self.join_button.setToolTip(self.tr("This session has no video link."))
        self.join_button.clicked.connect(lambda: on_join(self.session))
        if s.kind != "all_day":
            row.addWidget(self.checks_button)
            row.addWidget(self.join_button)
        else:
            self.checks_button.hide()
            self.join_button.hide()
        self.setAccessibleName(f"{when}. {s.title}. {' '.join(ways)}")


class SchedulePage(Page):
    page_id = "schedule"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.store: ScheduleStore = ensure_store(ctx)
        self.clock = clock or (lambda: datetime.now(self.store.zone))
        self.pool = QThreadPool.globalInstance()
        self._workers: set[TaskWorker] = set()
        self.setAcceptDrops(True)

        self.title = heading(level=1)
        self.intro = body()
        self.status = QLabel()
        self.status.setObjectName("scheduleStatus")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("scheduleError")
        self.error.setWordWrap(True)
        styled(self.error, "QLabel { color: $caution; font-weight: bold; }")
        self.error.hide()
        for w in (self.title, self.intro, self.status, self.error):
            self.body.addWidget(w)

        actions = QHBoxLayout()
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
            actions.addWidget(b)
        actions.addStretch()
        self.body.addLayout(actions)

        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 8, 0, 0)
        self.list_layout.setSpacing(8)
        self.body.addWidget(self.list_host)

        self.reminder_heading = heading(level=2)
        self.body.addWidget(self.reminder_heading)
        rem_row = QHBoxLayout()
        self.reminder_label = QLabel()
        self.reminder_minutes = QSpinBox()
        self.reminder_minutes.setObjectName("reminderMinutes")
        self.reminder_minutes.setRange(0, 120)
        self.reminder_minutes.setSingleStep(5)
        self.reminder_minutes.setValue(int(ctx.settings.get("reminder_minutes")))
        self.reminder_label.setBuddy(self.reminder_minutes)
        self.reminder_minutes.valueChanged.connect(
            lambda v: ctx.set_setting("reminder_minutes", int(v))
        )
        rem_row.addWidget(self.reminder_label)
        rem_row.addWidget(self.reminder_minutes)
        rem_row.addStretch()
        self.body.addLayout(rem_row)
        self.keep_in_tray = QCheckBox()
        self.keep_in_tray.setObjectName("keepInTray")
        self.keep_in_tray.setChecked(bool(ctx.settings.get("keep_in_tray")))
        self.keep_in_tray.toggled.connect(lambda v: ctx.set_setting("keep_in_tray", bool(v)))
        self.start_at_login = QCheckBox()
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setChecked(bool(ctx.settings.get("start_at_login")))
        self.start_at_login.toggled.connect(self._start_at_login)
        self.body.addWidget(self.keep_in_tray)
        self.body.addWidget(self.start_at_login)
        self.body.addStretch()
        self.cards: list[SessionCard] = []

        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_REFRESH_CHECK_MS)
        self._timer.timeout.connect(self.maybe_refresh)
        self._timer.start()
        ctx.schedule_changed.connect(self.rebuild)
        ctx.profile_changed.connect(self.maybe_refresh)
        self.retranslate()
        QTimer.singleShot(0, self.maybe_refresh)

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

    def update_status(self) -> None:
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
            local = st.last_updated.astimezone(self.store.zone)
            today = self.clock().date() == local.date()
            when = (
                time_text(local) if today else f"{date_text(local, long=False)} {time_text(local)}"
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

    # list -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.cards = []
        now = self.clock()
        sessions = self.store.upcoming(now, DAYS_SHOWN)
        if not sessions:
            empty = body(
                self.tr(
                    "No sessions yet. Import the calendar file or link your program gave you, "
                    "or add your sessions yourself."
                )
            )
            empty.setObjectName("scheduleEmpty")
            self.list_layout.addWidget(empty)
        current_day = None
        for s in sessions:
            day = max(s.start, now) if s.kind != "all_day" else s.start
            if day.date() != current_day:
                current_day = day.date()
                h = heading(day_heading(day, now), level=3)
                h.setObjectName("dayHeading")
                self.list_layout.addWidget(h)
            card = SessionCard(s, self.run_checks, self.join)
            self.cards.append(card)
            self.list_layout.addWidget(card)
        self.update_status()

    def run_checks(self) -> None:
        self.ctx.request_checks()

    def join(self, session: Session) -> None:
        open_join_link(self, session.join_url)

    # sources ----------------------------------------------------------------------------
    def _start(
        self, fn: Callable[[Callable[[], bool]], object], done: Callable[[TaskOutcome], None]
    ) -> TaskWorker:
        worker = TaskWorker(fn)
        self._workers.add(worker)

        def finished(outcome: TaskOutcome) -> None:
            self._workers.discard(worker)
            done(outcome)

        worker.signals.finished.connect(finished)
        self.pool.start(worker)
        return worker

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your calendar file"),
            str(Path.home()),
            self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> TaskWorker:
        self.error.hide()
        return self._start(lambda _c: self.store.import_file(path), self._imported)

    def _imported(self, outcome: TaskOutcome) -> None:
        if outcome.error is not None:
            if isinstance(outcome.error, CalendarError):
                self.show_error(str(outcome.error))
            else:
                self.show_error(self.tr("This file could not be opened."))
            return
        self.error.hide()
        self.ctx.schedule_changed.emit()

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

    def subscribe(self, url: str) -> TaskWorker | None:
        url = url.strip()
        if url and not url.lower().startswith(("https://", "http://", "webcal://")):
            self.show_error(self.tr("The calendar link should start with https:// or webcal://."))
            return None
        self.error.hide()
        self.store.set_subscription_url(url)
        self.ctx.schedule_changed.emit()
        return self.refresh_now() if url else None

    def refresh_now(self) -> TaskWorker | None:
        if not self.store.subscription_url:
            return None
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Updating your calendar…"))
        return self._start(self.store.refresh_subscription, self._refreshed)

    def maybe_refresh(self) -> None:
        if self.store.needs_refresh(self.clock()) and self.refresh_button.isEnabled():
            self.refresh_now()

    def _refreshed(self, outcome: TaskOutcome) -> None:
        self.refresh_button.setEnabled(True)
        result = outcome.value
        if isinstance(result, FetchResult) and result.ok:
            self.error.hide()
        self.ctx.schedule_changed.emit()

    def add_manual(self) -> None:
        dialog = ManualEntryDialog(zone_name(self.store.zone), self)
        if dialog.exec() and dialog.entry is not None:
            self.store.add_manual(dialog.entry)
            self.ctx.schedule_changed.emit()

    def _start_at_login(self, enabled: bool) -> None:
        from app.ui.schedule.autostart import set_start_at_login

        try:
            set_start_at_login(enabled)
        except OSError:
            self.show_error(
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
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".ics", ".ical")):
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
            self.import_path(path)

    def page_shown(self) -> None:
        self.rebuild()

    def shutdown(self) -> None:
        for w in list(self._workers):
            w.cancel()
