"""The sessions of the next days, under a heading per day: each a card with Run checks and Join."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.links import host_of
from app.schedule.model import Session
from app.ui.formatting import date_text, local, time_text
from app.ui.widgets import ButtonRow, body, heading


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
    delta = (local(day).date() - local(today).date()).days
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
        row = ButtonRow()
        QVBoxLayout(self).addWidget(row)
        info_box = QWidget()
        info = QVBoxLayout(info_box)
        info.setContentsMargins(0, 0, 0, 0)
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
        self.when.setWordWrap(True)
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
        row.add_flexible(info_box, min_chars=24)
        self._add_buttons(row, on_checks, on_join)
        self.setAccessibleName(f"{when}. {s.title}. {' '.join(ways)}")

    def _add_buttons(
        self,
        row: ButtonRow,
        on_checks: Callable[[], None],
        on_join: Callable[[Session], None],
    ) -> None:
        s = self.session
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
            row.add(self.checks_button)
            row.add(self.join_button)
        else:
            self.checks_button.hide()
            self.join_button.hide()


class SessionList(QWidget):
    """The cards, grouped under "Today", "Tomorrow" and the date of each later day."""

    def __init__(self, on_checks: Callable[[], None], on_join: Callable[[Session], None]) -> None:
        super().__init__()
        self._on_checks = on_checks
        self._on_join = on_join
        self.cards: list[SessionCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 8, 0, 0)
        self._layout.setSpacing(8)

    def show_sessions(self, sessions: list[Session], now: datetime) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # gone at once, not only when the deferred delete runs
                w.deleteLater()
        self.cards = []
        if not sessions:
            empty = body(
                self.tr(
                    "No sessions yet. Import the calendar file or link your program gave you, "
                    "or add your sessions yourself."
                )
            )
            empty.setObjectName("scheduleEmpty")
            self._layout.addWidget(empty)
        current_day = None
        for s in sessions:
            # a session under way is listed under today; an all-day entry under its own day
            day = local(max(s.start, now) if s.kind != "all_day" else s.start)
            if day.date() != current_day:
                current_day = day.date()
                h = heading(day_heading(day, now), level=3)
                h.setObjectName("dayHeading")
                self._layout.addWidget(h)
            card = SessionCard(s, self._on_checks, self._on_join)
            self.cards.append(card)
            self._layout.addWidget(card)
