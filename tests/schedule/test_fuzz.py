"""Thousands of malformed calendars: always a parsed result or a clear CalendarError, bounded."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.schedule.ics import CalendarError, parse_calendar, sessions_from_ics

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
ZONE = ZoneInfo("America/Chicago")
START = datetime(2025, 3, 1, tzinfo=ZONE)
SEED_LINES = [
    line
    for name in ("iop_weekly.ics", "other_zone.ics", "dst_week.ics")
    for line in (FIX / name).read_text("utf-8").splitlines()
]
NAMES = [
    "DTSTART",
    "DTEND",
    "RRULE",
    "EXDATE",
    "RDATE",
    "RECURRENCE-ID",
    "DURATION",
    "TZID",
    "BEGIN",
    "END",
    "UID",
    "SUMMARY",
    "STATUS",
    "URL",
    "LOCATION",
    "DESCRIPTION",
]
VALUES = [
    "VEVENT",
    "VCALENDAR",
    "VTIMEZONE",
    "20250310T180000",
    "20250310",
    "20251340T999999",
    "FREQ=WEEKLY;BYDAY=MO",
    "FREQ=DAILY;COUNT=-1",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MONTHLY;BYSETPOS=0",
    "FREQ=SECONDLY",
    "FREQ=WEEKLY;UNTIL=19000101",
    "PT-5H",
    "P99999D",
    "CANCELLED",
    "Nowhere/Zone",
    "https://zoom.us/j/1",
    "",
    ";;;",
    "\\n",
]


def generated_line() -> st.SearchStrategy[str]:
    param = st.sampled_from(
        ["", ";TZID=America/New_York", ";VALUE=DATE", ";TZID=Bogus/Zone", ";X="]
    )
    return st.builds(
        lambda n, p, v: f"{n}{p}:{v}", st.sampled_from(NAMES), param, st.sampled_from(VALUES)
    )


calendars = st.lists(
    st.one_of(st.sampled_from(SEED_LINES), generated_line(), st.text(max_size=40)),
    max_size=60,
).map(lambda lines: "\r\n".join(["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]))


def check(data: bytes | str) -> None:
    try:
        sessions = sessions_from_ics(data, START, START + timedelta(days=14), ZONE)
    except CalendarError as err:
        assert str(err) and err.detail is not None
        return
    for s in sessions:
        assert s.start.tzinfo is not None and s.end >= s.start


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendars)
def test_structured_garbage_never_crashes(data: str) -> None:
    check(data)


@settings(max_examples=800, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    check(b"BEGIN:VCALENDAR\r\n" + data)
    check(data)


@settings(max_examples=700, deadline=None)
@given(st.data())
def test_mutated_real_calendar_never_crashes(data: st.DataObject) -> None:
    raw = bytearray((FIX / "iop_weekly.ics").read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["flip", "delete", "dup"]))
        if op == "flip":
            raw[i] = data.draw(st.integers(0, 255))
        elif op == "delete":
            del raw[i : i + data.draw(st.integers(1, 50))]
        else:
            raw[i:i] = raw[i : i + data.draw(st.integers(1, 80))]
        if not raw:
            break
    check(bytes(raw))


def test_parse_is_bounded_for_a_huge_event_count() -> None:
    event = "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20250310T180000Z\r\nEND:VEVENT\r\n"
    data = "BEGIN:VCALENDAR\r\n" + event * 25_000 + "END:VCALENDAR\r\n"
    try:
        parse_calendar(data)
    except CalendarError as err:
        assert "too large" in str(err)
