"""Reminder timing (time injected), manual entries and the combined store."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.schedule.manual import ManualEntry
from app.schedule.model import Session, next_session
from app.schedule.reminders import MAX_TIMER_MS, ReminderPlanner, timer_interval_ms
from app.schedule.store import ScheduleStore

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
CHICAGO = ZoneInfo("America/Chicago")
T0 = datetime(2025, 3, 10, 18, 0, tzinfo=CHICAGO)


def session(start: datetime = T0, minutes: int = 180) -> Session:
    return Session("g/1", "Group", start, start + timedelta(minutes=minutes), kind="group")


def test_reminder_fires_n_minutes_before_then_at_start_once_each() -> None:
    planner = ReminderPlanner(15)
    s = [session()]
    assert planner.due(s, T0 - timedelta(minutes=16)) == []
    assert planner.next_at(s, T0 - timedelta(minutes=16)) == T0 - timedelta(minutes=15)
    [before] = planner.due(s, T0 - timedelta(minutes=15))
    assert before.kind == "before"
    assert planner.due(s, T0 - timedelta(minutes=14)) == []  # only once
    assert planner.next_at(s, T0 - timedelta(minutes=14)) == T0
    [start] = planner.due(s, T0)
    assert start.kind == "start"
    assert planner.next_at(s, T0) is None


def test_after_sleep_only_the_still_useful_reminder_fires() -> None:
    planner = ReminderPlanner(15)
    # Lid closed at 5:30, opened at 6:05: "run checks" is moot, "join" still helps.
    due = planner.due([session()], T0 + timedelta(minutes=5))
    assert [r.kind for r in due] == ["start"]
    # Opened at 8 pm: nothing (the session is well under way).
    planner = ReminderPlanner(15)
    assert planner.due([session()], T0 + timedelta(hours=2)) == []


def test_all_day_entries_never_remind() -> None:
    day = Session("h", "Closed", T0, T0 + timedelta(days=1), kind="all_day")
    assert ReminderPlanner(15).due([day], T0 + timedelta(minutes=1)) == []


def test_timer_interval_is_bounded() -> None:
    assert timer_interval_ms(T0, T0 + timedelta(days=400)) == 60_000
    assert timer_interval_ms(T0, T0 + timedelta(seconds=5)) == 5_000
    assert timer_interval_ms(T0, T0 - timedelta(hours=1)) == 0
    assert timer_interval_ms(T0, None) <= MAX_TIMER_MS


def test_manual_weekly_entry_repeats_and_survives_restart(sr_home: Path) -> None:
    store = ScheduleStore(sr_home, zone=CHICAGO)
    store.add_manual(
        ManualEntry(
            title="Individual",
            start="2025-03-04T15:00",
            zone="America/Chicago",
            duration_minutes=50,
            weekdays=[1],
            until="2025-03-18",
            join_url="https://zoom.us/j/9",
            dial_in="+1 555 0100",
            kind="individual",
        )
    )
    again = ScheduleStore(sr_home, zone=CHICAGO)
    sessions = again.upcoming(datetime(2025, 3, 1, tzinfo=CHICAGO), 30)
    assert [s.start.day for s in sessions] == [4, 11, 18]
    assert sessions[1].start.hour == 15  # across the 9 March DST change
    assert sessions[0].kind == "individual" and sessions[0].dial_in == "+15550100"
    assert sessions[0].source == "manual"
    again.remove_manual(again.manual_entries()[0].id)
    assert again.upcoming(datetime(2025, 3, 1, tzinfo=CHICAGO), 30) == []


def test_import_file_then_bad_file_keeps_the_first(sr_home: Path) -> None:
    store = ScheduleStore(sr_home, zone=CHICAGO)
    store.import_file(FIX / "iop_weekly.ics")
    week = datetime(2025, 3, 3, tzinfo=CHICAGO)
    n = len(store.upcoming(week, 7))
    try:
        store.import_file(FIX / "not_calendar.html")
    except Exception as err:
        assert "not a calendar" in str(err)
    assert len(store.upcoming(week, 7)) == n > 0


def test_next_session_skips_all_day_notes(sr_home: Path) -> None:
    store = ScheduleStore(sr_home, zone=CHICAGO)
    store.import_file(FIX / "iop_weekly.ics")
    nxt = next_session(store, datetime(2025, 5, 26, 8, 0, tzinfo=CHICAGO))
    assert nxt is not None and nxt.kind == "individual"  # Tuesday, not Monday's closure
    assert nxt.start == datetime(2025, 5, 27, 14, 0, tzinfo=CHICAGO)


def test_an_imported_calendar_is_expanded_once_for_todays_window(
    sr_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trial expansion that accepts a file is what the next preparation shows: the calendar
    is not expanded a second time (a big calendar used to cost twice its expansion)."""
    import app.schedule.store as store_module

    calls: list[str] = []
    real = store_module.expand_checked

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[-1] if len(args) > 4 else kwargs.get("source", "file"))
        return real(*args, **kwargs)

    monkeypatch.setattr(store_module, "expand_checked", counting)
    store = ScheduleStore(sr_home, zone=CHICAGO)
    store.import_file(FIX / "iop_weekly.ics")
    now = datetime.now(CHICAGO)
    prepared = store.prepare(now)
    assert calls.count("file") == 1  # the trial only
    again = ScheduleStore(sr_home, zone=CHICAGO)  # read from disk: expanded once, by prepare
    assert [s.start for s in again.prepare(now).sessions] == [s.start for s in prepared.sessions]
    assert calls.count("file") == 2
    store.prepare(now + timedelta(days=3))  # another window: expanded again, as it must be
    assert calls.count("file") == 3
