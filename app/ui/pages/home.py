"""Home: the program's name, the next session, and the one big "Check my setup" button."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.checks.verdict import level_status, verdict_label
from app.ui import join
from app.ui.context import AppContext
from app.ui.formatting import date_time_text, time_text
from app.ui.history_watch import HistoryWatcher
from app.ui.pages.base import Page
from app.ui.widgets import ButtonRow, PrimaryButton, StatusBadge, body, heading

SOON_S = 30 * 60  # a session this close (or under way) gets a Join button on Home


def countdown_interval_ms(seconds_left: float | None) -> int:
    """How often a countdown must refresh: each second in the last hour, when it shows seconds
    (format_countdown), else every 30 s."""
    return 1000 if seconds_left is not None and seconds_left < 3600 else 30_000


def format_countdown(seconds: float) -> str:
    """ "in 2 h 5 min" / "in 12 min" / "now" — short and plain."""
    if seconds <= 60:
        return QCoreApplication.translate("Countdown", "starting now")
    if seconds < 3600:
        m, s = divmod(int(seconds), 60)
        return QCoreApplication.translate("Countdown", "in {m} min {s:02d} s").format(m=m, s=s)
    minutes = int(seconds // 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return QCoreApplication.translate("Countdown", "in {d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("Countdown", "in {h} h {m} min").format(
            h=hours, m=minutes
        )
    return QCoreApplication.translate("Countdown", "in {m} min").format(m=minutes)


class HomePage(Page):
    page_id = "home"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = heading(level=1)
        self.title.setObjectName("programName")
        self.subtitle = body()
        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName("nextSessionCard")
        card_layout = QVBoxLayout(card)
        self.next_heading = heading(level=3)
        self.next_session = QLabel()
        self.next_session.setObjectName("nextSession")
        self.next_session.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.countdown.setFont(font)
        card_layout.addWidget(self.next_heading)
        card_layout.addWidget(self.next_session)
        card_layout.addWidget(self.countdown)
        # Soon or under way: the way in, right here (link, else phone).
        self.join_button = PrimaryButton()
        self.join_button.setObjectName("homeJoin")
        self.join_button.setMinimumHeight(48)
        self.join_button.clicked.connect(self._join)
        self.join_button.hide()
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_button)
        join_row.addStretch()
        card_layout.addLayout(join_row)
        self.body.addWidget(card)

        self.check_button = PrimaryButton()
        self.check_button.setObjectName("checkMySetup")
        self.check_button.setMinimumHeight(64)
        f = self.check_button.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.check_button.setFont(f)
        self.check_button.clicked.connect(ctx.request_checks)
        self.body.addWidget(ButtonRow(self.check_button))
        self.check_hint = body()
        self.body.addWidget(self.check_hint)
        self.diary_button = QPushButton()  # between sessions: today's diary card (issue 19)
        self.diary_button.setObjectName("homeDiaryCard")
        self.diary_button.clicked.connect(ctx.diary_card_requested)
        self.body.addWidget(ButtonRow(self.diary_button))

        self.last_badge = StatusBadge()
        self.last_when = QLabel()
        self.last_when.setWordWrap(True)
        self.body.addWidget(self.last_badge)
        self.body.addWidget(self.last_when)
        self.body.addStretch()

        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        ctx.profile_changed.connect(self.retranslate)
        ctx.settings_changed.connect(lambda key: self.retranslate() if key == "discreet" else None)
        ctx.check_run_finished.connect(lambda _r: self.refresh())
        ctx.schedule_changed.connect(self.refresh)
        # A check run by the CLI (or another window) updates "Last check" too.
        self.history_watch = HistoryWatcher(ctx, parent=self)
        self.retranslate()

    def retranslate(self) -> None:
        p = self.ctx.profile
        # Discreet mode: the program's name (which may reveal treatment) is not on screen either.
        shown = "" if self.ctx.settings.get("discreet") else p.program_name
        self.title.setText(shown or self.tr("Welcome to SessionReady"))
        self.title.setAccessibleName(self.title.text())
        self.subtitle.setText(
            self.tr("Before each session: check your setup, make your space private, then join.")
        )
        self.next_heading.setText(self.tr("Your next session"))
        self.check_button.setText(self.tr("&Check my setup"))
        self.check_button.setToolTip(
            self.tr("Test your internet, camera, microphone, speakers and battery (Alt+C)")
        )
        self.check_button.setAccessibleName(self.tr("Check my setup"))
        self.diary_button.setText(self.tr("Today's &diary card"))
        self.diary_button.setToolTip(self.tr("Fill in today's diary card (Ctrl+D)"))
        self.diary_button.setAccessibleName(self.tr("Today's diary card"))
        self.check_hint.setText(
            self.tr("It takes about 20 seconds. A problem never stops you from joining.")
        )
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        now = now or datetime.now().astimezone()
        session = self.ctx.next_session(now)
        if session is None and not self.ctx.schedule_ready():
            self.next_session.setText(self.tr("Loading your schedule…"))
            self.countdown.setText("")
        elif session is None:
            self.next_session.setText(
                self.tr(
                    "No session scheduled yet. Add your schedule on the Schedule page (Ctrl+5)."
                )
            )
            self.countdown.setText("")
        else:
            when = date_time_text(session.start)
            self.next_session.setText(f"{session.title}\n{when}")
            if session.start <= now < session.end:
                self.countdown.setText(self.tr("Happening now"))
            else:
                self.countdown.setText(format_countdown((session.start - now).total_seconds()))
        left = (session.start - now).total_seconds() if session is not None else None
        self._timer.setInterval(countdown_interval_ms(left))
        self._show_join(left, now)
        self.countdown.setVisible(bool(self.countdown.text()))  # no empty gap without a session
        self.next_session.setAccessibleName(self.next_session.text())
        run = self.ctx.last_run
        if run is None:
            self.last_badge.hide()
            self.last_when.setText(self.tr("You have not checked your setup yet."))
        else:
            self.last_badge.show()
            self.last_badge.set_status(level_status(run.verdict).value, verdict_label(run.verdict))
            when = time_text(run.timestamp)
            self.last_when.setText(self.tr("Last check at {time}.").format(time=when))
        self.check_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _show_join(self, seconds_left: float | None, now: datetime) -> None:
        """A Join button while the next session starts within 30 minutes or is under way."""
        info = join.join_info(self.ctx, now)
        soon = seconds_left is not None and seconds_left <= SOON_S
        self.join_button.setVisible(soon and bool(info.url or info.phone))
        if info.url:
            self.join_button.setText(self.tr("&Join session"))
            self.join_button.setAccessibleName(self.tr("Join session"))
            self.join_button.setToolTip(
                self.tr("Open your session on {host} (Alt+J)").format(host=info.host)
            )
        else:
            self.join_button.setText(self.tr("Join by &phone"))
            self.join_button.setAccessibleName(self.tr("Join by phone"))
            self.join_button.setToolTip(self.tr("Call in to your session (Alt+P)"))

    def _join(self) -> None:
        if join.join_info(self.ctx).url:
            join.open_join(self.ctx, self)
        else:
            join.open_phone(self.ctx, self)
