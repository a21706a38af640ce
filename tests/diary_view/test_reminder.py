"""The daily diary card reminder: the next time across midnight and DST, once a day, and words
that never carry anything the patient wrote."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.ui.context import AppContext
from app.ui.diary.reminder import DiaryReminder, next_reminder, parse_time
from app.ui.notices import diary_notice

NY = ZoneInfo("America/New_York")


def test_the_next_reminder_is_today_or_after_midnight_tomorrow() -> None:
    at = time(21, 0)
    assert next_reminder(datetime(2025, 3, 14, 20, 59, tzinfo=NY), at, NY) == datetime(
        2025, 3, 14, 21, 0, tzinfo=NY
    )
    assert next_reminder(datetime(2025, 3, 14, 21, 0, tzinfo=NY), at, NY) == datetime(
        2025, 3, 15, 21, 0, tzinfo=NY
    )
    late = datetime(2025, 3, 14, 23, 59, tzinfo=NY)
    assert next_reminder(late, time(0, 5), NY) == datetime(2025, 3, 15, 0, 5, tzinfo=NY)


def test_dst_keeps_the_wall_clock_time_and_a_skipped_time_comes_an_hour_later() -> None:
    # 2025-03-09: clocks jump from 2:00 to 3:00 in New York
    before = datetime(2025, 3, 8, 22, 0, tzinfo=NY)
    nine = next_reminder(before + timedelta(hours=1), time(21, 0), NY)
    assert nine.hour == 21 and nine.utcoffset() == timedelta(hours=-4)
    skipped = next_reminder(before, time(2, 30), NY)
    assert (skipped.date().day, skipped.hour, skipped.minute) == (9, 3, 30)
    # 2025-11-02: 1:30 happens twice; the reminder comes at the first, and only once
    first = next_reminder(datetime(2025, 11, 1, 23, 0, tzinfo=NY), time(1, 30), NY)
    assert first.utcoffset() == timedelta(hours=-4)
    after = next_reminder(first + timedelta(minutes=1), time(1, 30), NY)
    assert after.date().day == 3


def test_a_bad_setting_is_off() -> None:
    assert parse_time("21:30") == time(21, 30)
    for bad in ("", "9pm", "25:00", "12"):
        assert parse_time(bad) is None


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_it_fires_once_a_day_and_a_click_opens_today_card(qtbot, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2025, 3, 14, 20, 58, tzinfo=NY))
    shown: list[tuple[str, str]] = []
    clicks: list[object] = []

    def show(title: str, message: str, on_click) -> bool:  # type: ignore[no-untyped-def]
        shown.append((title, message))
        clicks.append(on_click)
        return True

    reminder = DiaryReminder(app_ctx, show, clock=clock, tz=NY)
    assert reminder.rearm() == -1  # off by default
    app_ctx.set_setting("diary_reminder", "21:00")
    assert reminder.next_at == datetime(2025, 3, 14, 21, 0, tzinfo=NY)
    assert 0 < reminder.timer.interval() <= 60_000  # never waits more than a minute
    assert not reminder.check()
    clock.now = datetime(2025, 3, 14, 21, 0, 30, tzinfo=NY)
    assert reminder.check() and len(shown) == 1
    clock.now += timedelta(minutes=5)
    assert not reminder.check()  # once a day
    assert reminder.next_at == datetime(2025, 3, 15, 21, 0, tzinfo=NY)
    with qtbot.waitSignal(reminder.open_today_card):
        clicks[0]()  # type: ignore[operator]
    clock.now = datetime(2025, 3, 16, 1, 0, tzinfo=NY)  # asleep through the 15th's: too late
    assert not reminder.check() and len(shown) == 1
    clock.now = datetime(2025, 3, 16, 21, 40, tzinfo=NY)  # woke 40 minutes late: still useful
    assert reminder.check() and len(shown) == 2
    app_ctx.set_setting("diary_reminder", "")
    assert reminder.next_at is None and not reminder.timer.isActive()


def test_the_words_never_carry_content_and_discreet_mode_says_only_sessionready(
    qtbot, app_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    plain = diary_notice(discreet=False)
    assert "diary card" in plain.title
    quiet = diary_notice(discreet=True)
    assert quiet.title == "SessionReady"
    for text in (quiet.title, quiet.message, quiet.action):
        assert "diary" not in text.lower() and "card" not in text.lower()
    app_ctx.set_setting("discreet", True)
    reminder = DiaryReminder(app_ctx, lambda *_a: True, tz=NY)
    assert reminder.notice() == quiet


def test_without_a_tray_a_small_window_offers_today_card(qtbot, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    reminder = DiaryReminder(app_ctx, lambda *_a: False, tz=NY)
    reminder.notify()
    assert reminder.popup is not None and reminder.popup.isVisible()
    qtbot.addWidget(reminder.popup)
    button = reminder.popup.buttons()[0]
    with qtbot.waitSignal(reminder.open_today_card):
        button.click()
