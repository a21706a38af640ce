"""The Ready screen: verdict, what is still open, time until the session, and the ways in."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.checks.base import Status
from app.checks.verdict import level_status, verdict_label
from app.ui import join
from app.ui.context import AppContext
from app.ui.formatting import time_text
from app.ui.pages.home import countdown_interval_ms, format_countdown
from app.ui.widgets import ButtonRow, PrimaryButton, StatusBadge, body, heading


class ReadyView(QWidget):
    run_checks_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_texts: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = heading(level=2)
        self.title.setObjectName("readyTitle")
        layout.addWidget(self.title)

        verdict_row = ButtonRow()
        self.verdict = StatusBadge()
        self.verdict.setObjectName("readyVerdict")
        self.run_checks_button = QPushButton()
        self.run_checks_button.setObjectName("readyRunChecks")
        self.run_checks_button.setMinimumHeight(40)
        self.run_checks_button.clicked.connect(self.run_checks_requested)
        verdict_row.add_flexible(self.verdict, min_chars=16)
        verdict_row.add(self.run_checks_button)
        layout.addWidget(verdict_row)
        self.verdict_hint = body()
        self.verdict_hint.setObjectName("readyVerdictHint")
        layout.addWidget(self.verdict_hint)

        self.when = QLabel()
        self.when.setObjectName("readyWhen")
        self.when.setWordWrap(True)
        font = self.when.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.when.setFont(font)
        layout.addWidget(self.when)

        # The two ways in. Their order flips when the connection is poor.
        self._build_join_box()
        self._build_phone_box()
        self.ways = QVBoxLayout()
        layout.addLayout(self.ways)
        self.never_blocks = body()
        layout.addWidget(self.never_blocks)
        from app.ui.checklist.checkin_box import CheckInBox

        self.checkin = CheckInBox(ctx)
        layout.addWidget(self.checkin)
        self.open_heading = heading(level=3)
        self.open_list = body()
        self.open_list.setObjectName("readyOpen")
        self.open_list.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.open_heading)
        layout.addWidget(self.open_list)
        layout.addStretch()

        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)
        self.phone_first = False
        self._arrange(False)
        self.retranslate()

    def _build_join_box(self) -> None:
        """Join by link: the button, and which site it opens."""
        self.join_box = QFrame()
        self.join_box.setObjectName("joinBox")
        jb = QVBoxLayout(self.join_box)
        jb.setContentsMargins(0, 8, 0, 8)
        self.join_button = PrimaryButton()
        self.join_button.setObjectName("joinSession")
        self.join_button.setMinimumHeight(60)
        self.join_button.clicked.connect(lambda: join.open_join(self.ctx, self))
        self.join_host = QLabel()
        self.join_host.setObjectName("joinHost")
        self.join_host.setWordWrap(True)
        row = ButtonRow()
        row.add(self.join_button)
        row.add_flexible(self.join_host)
        jb.addWidget(row)

    def _build_phone_box(self) -> None:
        """Join by phone: the button, the number (large, selectable), and Copy."""
        self.phone_box = QFrame()
        self.phone_box.setObjectName("phoneBox")
        pb = QVBoxLayout(self.phone_box)
        pb.setContentsMargins(0, 8, 0, 8)
        self.phone_button = PrimaryButton()
        self.phone_button.setObjectName("joinByPhone")
        self.phone_button.setMinimumHeight(60)
        self.phone_button.clicked.connect(lambda: join.open_phone(self.ctx, self))
        self.phone_number = QLabel()
        self.phone_number.setObjectName("joinPhoneNumber")
        self.phone_number.setWordWrap(True)
        self.phone_number.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        nfont = self.phone_number.font()
        nfont.setPointSizeF(nfont.pointSizeF() * 1.8)
        nfont.setBold(True)
        self.phone_number.setFont(nfont)
        self.phone_number.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyPhone")
        self.copy_button.setMinimumHeight(44)
        self.copy_button.clicked.connect(self._copy)
        prow = ButtonRow()
        prow.add(self.phone_button)
        prow.add_flexible(self.phone_number, min_chars=12)
        prow.add(self.copy_button)
        pb.addWidget(prow)
        self.copied = QLabel()
        self.copied.setObjectName("phoneCopied")
        pb.addWidget(self.copied)

    def start_timer(self) -> None:
        self._timer.start()

    def stop_timer(self) -> None:
        self._timer.stop()

    def set_open_items(self, texts: list[str]) -> None:
        self._open_texts = texts
        self.refresh()

    def _copy(self) -> None:
        if join.copy_phone(self.ctx):
            self.copied.setText(
                self.tr("Number copied on this computer. To call, type it into your phone.")
            )

    def _arrange(self, phone_first: bool) -> None:
        self.phone_first = phone_first
        for box in (self.join_box, self.phone_box):
            self.ways.removeWidget(box)
        first, second = (
            (self.phone_box, self.join_box) if phone_first else (self.join_box, self.phone_box)
        )
        self.ways.addWidget(first)
        self.ways.addWidget(second)
        self.phone_button.set_primary(phone_first)
        self.join_button.set_primary(not phone_first)
        a, b = (
            (self.phone_button, self.join_button)
            if phone_first
            else (self.join_button, self.phone_button)
        )
        QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self.phone_button, self.copy_button)

    def primary_button(self) -> QPushButton:
        return self.phone_button if self.phone_first else self.join_button

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ready to join"))
        self.title.setAccessibleName(self.title.text())
        self.run_checks_button.setText(self.tr("Check my &setup"))
        self.run_checks_button.setAccessibleName(self.tr("Check my setup"))
        self.run_checks_button.setToolTip(self.tr("Run the checks now (Alt+S)"))
        self.join_button.setText(self.tr("&Join session"))
        self.join_button.setAccessibleName(self.tr("Join session"))
        self.join_button.setToolTip(self.tr("Open your session link (Alt+J)"))
        self.phone_button.setText(self.tr("Join by &phone"))
        self.phone_button.setAccessibleName(self.tr("Join by phone"))
        self.phone_button.setToolTip(self.tr("Call in to your session (Alt+P)"))
        self.copy_button.setText(self.tr("C&opy number"))
        self.copy_button.setAccessibleName(self.tr("Copy the phone number"))
        self.copy_button.setToolTip(self.tr("Copy the phone number (Alt+O)"))
        self.open_heading.setText(self.tr("Still open"))
        self.never_blocks.setText(
            self.tr("Nothing here stops you from joining. Your group is glad you came.")
        )
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        now = now or datetime.now().astimezone()
        ctx = self.ctx
        run = ctx.last_run
        problems: list[str] = []
        if run is None:
            self.verdict.set_status("unavailable", verdict_label(None))
            self.verdict_hint.setText(
                self.tr("Checking takes about 20 seconds. You can also join without it.")
            )
            self.run_checks_button.show()
        else:
            self.verdict.set_status(level_status(run.verdict).value, verdict_label(run.verdict))
            self.verdict_hint.setText(
                self.tr("Checked at {time}.").format(time=time_text(run.timestamp))
                if run.verdict == "ready"
                else self.tr("Checked at {time}. You can still join.").format(
                    time=time_text(run.timestamp)
                )
            )
            self.run_checks_button.setVisible(run.verdict != "ready")
            problems = [
                r.headline
                for r in run.results
                if r.status in (Status.FAIL, Status.WARN, Status.ERROR) and r.headline
            ]
        self.verdict.setAccessibleName(self.verdict.word.text())

        session = ctx.next_session(now)
        # The countdown shows seconds in the last hour: then it must tick each second.
        left = (session.start - now).total_seconds() if session is not None else None
        self._timer.setInterval(countdown_interval_ms(left))
        if session is None:
            self.when.setText(self.tr("No session scheduled."))
        elif session.start <= now < session.end:
            self.when.setText(self.tr("Your session is happening now."))
        else:
            self.when.setText(
                self.tr("Your session starts {countdown} ({time}).").format(
                    countdown=format_countdown((session.start - now).total_seconds()),
                    time=time_text(session.start),
                )
            )
        self.when.setAccessibleName(self.when.text())

        items = [*problems, *self._open_texts]
        self.open_heading.setVisible(bool(items))
        self.open_list.setVisible(bool(items))
        self.open_list.setText(
            "<ul>" + "".join(f"<li>{_escape(t)}</li>" for t in items) + "</ul>" if items else ""
        )

        info = join.join_info(ctx, now)
        self.join_button.setEnabled(bool(info.url))
        if info.url:
            self.join_host.setText(
                self.tr("Opens {host} in your browser or video app.").format(host=info.host)
            )
        else:
            self.join_host.setText(
                self.tr("No session link yet. Ask your program, or join by phone.")
            )
        self.join_host.setAccessibleName(self.join_host.text())
        self.phone_button.setEnabled(bool(info.phone))
        self.copy_button.setEnabled(bool(info.phone))
        self.phone_number.setText(
            join.dial_text(info.phone)
            if info.phone
            else self.tr("Ask your program for the number.")
        )
        self.phone_number.setAccessibleName(
            self.tr("Phone number: {number}").format(number=join.dial_text(info.phone))
            if info.phone
            else self.phone_number.text()
        )
        self._arrange(join.connection_is_poor(ctx) or not info.url)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
