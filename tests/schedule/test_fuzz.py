"""Thousands of malformed calendars: always a parsed result or a clear CalendarError, bounded."""

from __future__ import annotations

import time
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


# Generated recurrence rules (issue 15): any rule, in an event or in a custom time zone, ends in
# sessions, a left-out event or a CalendarError within a time budget — never a hang.

CASE_BUDGET_S = 15.0  # generous: a case takes milliseconds to about a second
_BY = {
    "BYSECOND": st.integers(-1, 61),
    "BYMINUTE": st.integers(-1, 60),
    "BYHOUR": st.integers(-1, 24),
    "BYMONTHDAY": st.integers(-32, 32),
    "BYYEARDAY": st.integers(-367, 367),
    "BYWEEKNO": st.integers(-54, 54),
    "BYMONTH": st.integers(0, 13),
    "BYSETPOS": st.integers(-400, 400),
}
_DAY = st.builds(
    lambda n, d: f"{n}{d}",
    st.sampled_from(["", "1", "-1", "2", "5", "-5", "53", "0", "+3"]),
    st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU", "XX"]),
)


@st.composite
def rrules(draw: st.DrawFn) -> str:
    parts = [
        "FREQ="
        + draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "SECONDLY"]))
    ]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(-1, 1200))}")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(st.sampled_from([0, 1, 5, 10**9, -3]))}")
    elif draw(st.booleans()):
        parts.append("UNTIL=" + draw(st.sampled_from(["99991231T000000Z", "20250401", "1900"])))
    for key in draw(st.lists(st.sampled_from(sorted(_BY)), max_size=4, unique=True)):
        values = draw(st.lists(_BY[key], min_size=1, max_size=draw(st.sampled_from([3, 70]))))
        parts.append(f"{key}={','.join(map(str, values))}")
    if draw(st.booleans()):
        parts.append("BYDAY=" + ",".join(draw(st.lists(_DAY, min_size=1, max_size=8))))
    return ";".join(draw(st.permutations(parts)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rrules(),
    st.sampled_from(["20250303T180000Z", "00010101T000000Z", "19000101T000000Z", "20250303"]),
    st.booleans(),
)
def test_generated_rules_end_in_bounded_time(rule: str, dtstart: str, in_zone: bool) -> None:
    from tests.schedule.hostile import hostile_calendar

    started = time.monotonic()
    if in_zone:
        check(hostile_calendar("FREQ=WEEKLY", "20250303T180000", tz_rule=rule))
    else:
        check(hostile_calendar(rule, dtstart, good_event=True))
    assert time.monotonic() - started < CASE_BUDGET_S, rule
