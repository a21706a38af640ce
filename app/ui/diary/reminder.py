"""The daily reminder to fill in the diary card (setting ``diary_reminder``: "HH:MM", "" = off).

Fires once a day at that local time while the app runs. Like the session reminders
(app/ui/tray.py) its timer never waits more than a minute (``timer_interval_ms``), so sleep,
resume and clock or time-zone changes are noticed; a reminder missed while the laptop slept
still fires within GRACE, later it waits for the next day. The text comes from
app.ui.notices.diary_notice (no diary content ever; discreet mode: not even the word "diary").
Clicking it emits ``open_today_card``, which the Diary page answers by opening today's card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.schedule.reminders import timer_interval_ms
from app.ui.context import AppContext
from app.ui.notices import Notice, diary_notice

log = logging.getLogger("app.ui.diary.reminder")
SETTING = "diary_reminder"
GRACE = timedelta(hours=1)  # a reminder missed by up to this (asleep) still comes

ShowNotice = Callable[[str, str, Callable[[], None]], bool]  # TrayController.show_notice


def parse_time(text: str) -> time | None:
    """ "21:00" -> 21:00; "" or anything else -> None (off)."""
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        return None


def local_time(naive: datetime, tz: tzinfo | None) -> datetime:
    """*naive* wall-clock time as an aware time in *tz* (None: the machine's own rules). A time
    skipped by a DST change (2:30 on the spring-forward night) becomes the hour after it."""
    if tz is None:
        return naive.astimezone()
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def next_reminder(now: datetime, at: time, tz: tzinfo | None = None) -> datetime:
    """The first moment after *now* when the wall clock shows *at*."""
    today = (now.astimezone(tz) if tz is not None else now.astimezone()).date()
    for offset in range(3):
        candidate = local_time(datetime.combine(today + timedelta(days=offset), at), tz)
        if candidate > now:
            return candidate
    raise AssertionError("unreachable: a day has a time after now within two days")


class DiaryReminder(QObject):
    due = Signal(object)  # Notice: shown now
    open_today_card = Signal()  # the patient clicked the reminder

    def __init__(
        self,
        ctx: AppContext,
        show_notice: ShowNotice | None = None,
        *,
        window: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_notice = show_notice
        self.window = window
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.tz = tz
        self.next_at: datetime | None = None
        self.popup: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        ctx.settings_changed.connect(self._on_setting)

    def at(self) -> time | None:
        return parse_time(str(self.ctx.settings.get(SETTING) or ""))

    def _on_setting(self, key: str) -> None:
        if key == SETTING:
            self.next_at = None
            self.rearm()

    def rearm(self) -> int:
        """Plan the next reminder and arm the timer; -1 when the reminder is off."""
        at = self.at()
        if at is None:
            self.timer.stop()
            self.next_at = None
            return -1
        now = self.clock()
        if self.next_at is None or self.next_at - now > timedelta(days=1, hours=2):
            self.next_at = next_reminder(now, at, self.tz)  # (also after the clock went back)
        interval = timer_interval_ms(now, self.next_at)
        self.timer.start(interval)
        return interval

    def check(self) -> bool:
        """Show the reminder when its time has come; True when it was shown."""
        shown = False
        at = self.at()
        now = self.clock()
        if at is not None and self.next_at is not None and now >= self.next_at:
            if now - self.next_at <= GRACE:
                self.notify()
                shown = True
            else:
                log.info("diary reminder missed by more than the grace period; next one tomorrow")
            self.next_at = next_reminder(now, at, self.tz)
        self.rearm()
        return shown

    def notice(self) -> Notice:
        return diary_notice(discreet=bool(self.ctx.settings.get("discreet")))

    def notify(self) -> None:
        n = self.notice()
        log.info("diary reminder due")
        self.due.emit(n)
        if self.show_notice is not None and self.show_notice(
            n.title, n.message, self.open_today_card.emit
        ):
            return
        # No tray (some desktops): a small window that does not take the focus.
        if self.popup is not None:
            self.popup.close()
        box = QMessageBox(self.window)
        box.setObjectName("diaryReminderPopup")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(n.title)
        box.setText(n.message)
        act = box.addButton(n.action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        act.clicked.connect(self.open_today_card.emit)
        self.popup = box
        box.show()
