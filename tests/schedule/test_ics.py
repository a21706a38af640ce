"""Calendar fixtures → sessions at the right local times (the local zone is injected)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.links import find_dial_in, find_join_url, host_of
from app.schedule.ics import CalendarError, infer_kind, parse_calendar, sessions_from_ics

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
CHICAGO = ZoneInfo("America/Chicago")
MADRID = ZoneInfo("Europe/Madrid")
UTC = ZoneInfo("UTC")


def load(name: str, start: datetime, days: int, zone: ZoneInfo):  # type: ignore[no-untyped-def]
    return sessions_from_ics((FIX / name).read_bytes(), start, start + timedelta(days=days), zone)


def starts(sessions, title_part: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    return [s.start.strftime("%a %m-%d %H:%M") for s in sessions if title_part in s.title]


def test_weekly_group_shows_in_local_time_mon_wed_thu() -> None:
    week = load("iop_weekly.ics", datetime(2025, 3, 3, tzinfo=CHICAGO), 7, CHICAGO)
    assert starts(week, "IOP Group") == ["Mon 03-03 17:00", "Wed 03-05 17:00", "Thu 03-06 17:00"]
    group = next(s for s in week if s.title == "IOP Group")
    assert group.duration == timedelta(hours=3)
    assert group.kind == "group"
    assert host_of(group.join_url) == "zoom.us"
    assert group.dial_in == "+1 646 558 8656,,81234567890#"
    assert group.start.tzinfo == CHICAGO


def test_individual_session_uses_duration_and_doxy_link() -> None:
    week = load("iop_weekly.ics", datetime(2025, 3, 3, tzinfo=CHICAGO), 7, CHICAGO)
    ind = [s for s in week if s.kind == "individual"]
    assert starts(ind) == ["Tue 03-04 14:00"]
    assert ind[0].duration == timedelta(minutes=50)
    assert ind[0].join_url == "https://harbor.doxy.me/drlee"


def test_moved_instance_replaces_the_original_day() -> None:
    week = load("iop_weekly.ics", datetime(2025, 3, 10, tzinfo=CHICAGO), 7, CHICAGO)
    # Wednesday 12th moved to Thursday 13th at 1 pm New York = noon Chicago.
    assert starts(week, "IOP Group") == [
        "Mon 03-10 17:00",
        "Thu 03-13 12:00",
        "Thu 03-13 17:00",
    ]
    assert any(s.title == "IOP Group (moved)" for s in week)


def test_cancelled_instance_is_left_out() -> None:
    week = load("iop_weekly.ics", datetime(2025, 3, 17, tzinfo=CHICAGO), 7, CHICAGO)
    assert starts(week, "IOP Group") == ["Mon 03-17 17:00", "Wed 03-19 17:00"]


def test_exdate_rdate_and_all_day_holiday() -> None:
    week = load("iop_weekly.ics", datetime(2025, 5, 24, tzinfo=CHICAGO), 7, CHICAGO)
    assert "Sat 05-24 09:00" in starts(week, "IOP Group")  # RDATE extra session
    assert "Mon 05-26 17:00" not in starts(week, "IOP Group")  # EXDATE
    holiday = [s for s in week if s.kind == "all_day"]
    assert len(holiday) == 1
    assert holiday[0].start == datetime(2025, 5, 26, tzinfo=CHICAGO)
    assert holiday[0].end == datetime(2025, 5, 27, tzinfo=CHICAGO)


def test_new_york_group_seen_from_madrid_across_the_us_only_dst_weeks() -> None:
    # US clocks change on 9 March 2025, Spain's on 30 March: the gap shrinks by an hour.
    sessions = load("iop_weekly.ics", datetime(2025, 3, 3, tzinfo=MADRID), 9, MADRID)
    assert starts(sessions, "IOP Group")[:4] == [
        "Tue 03-04 00:00",  # Mon 6 pm EST = midnight in Madrid
        "Thu 03-06 00:00",
        "Fri 03-07 00:00",
        "Mon 03-10 23:00",  # Mon 6 pm EDT = 11 pm in Madrid
    ]
    assert sessions[0].start.utcoffset() == timedelta(hours=1)


def test_dst_change_week_keeps_wall_clock_time_in_program_zone() -> None:
    week = load("dst_week.ics", datetime(2025, 10, 30, tzinfo=CHICAGO), 7, CHICAGO)
    group = [s for s in week if s.title == "IOP Group"]
    assert [s.start.hour for s in group] == [18] * 7
    assert [s.start.utcoffset() for s in group][2:4] == [timedelta(hours=-5), timedelta(hours=-6)]
    assert all(s.duration == timedelta(hours=3) for s in group)


def test_dst_change_week_seen_from_utc_moves_an_hour() -> None:
    week = load("dst_week.ics", datetime(2025, 10, 30, tzinfo=UTC), 8, UTC)
    group = [s for s in week if s.title == "IOP Group"]
    assert starts(group)[:4] == [
        "Thu 10-30 23:00",
        "Fri 10-31 23:00",
        "Sat 11-01 23:00",
        "Mon 11-03 00:00",  # Sunday 6 pm CST
    ]


def test_multi_day_all_day_event_spans_local_midnights_across_dst() -> None:
    week = load("dst_week.ics", datetime(2025, 10, 30, tzinfo=CHICAGO), 7, CHICAGO)
    retreat = next(s for s in week if s.title == "Retreat weekend")
    assert retreat.kind == "all_day"
    assert retreat.start == datetime(2025, 11, 1, tzinfo=CHICAGO)
    assert retreat.end == datetime(2025, 11, 3, tzinfo=CHICAGO)
    elapsed = retreat.end.astimezone(UTC) - retreat.start.astimezone(UTC)
    assert elapsed == timedelta(hours=49)  # the fall-back hour


def test_events_in_another_zone_utc_and_floating_times() -> None:
    week = load("other_zone.ics", datetime(2025, 3, 10, tzinfo=CHICAGO), 3, CHICAGO)
    by_title = {s.title: s for s in week}
    assert by_title["Family session"].start == datetime(2025, 3, 10, 13, 0, tzinfo=CHICAGO)
    assert by_title["Family session"].kind == "family"
    assert host_of(by_title["Family session"].join_url) == "teams.microsoft.com"
    assert by_title["Family session"].dial_in == "+34 91 123 4567"
    assert by_title["Psychiatry check-in"].start == datetime(2025, 3, 11, 12, 0, tzinfo=CHICAGO)
    assert host_of(by_title["Psychiatry check-in"].join_url) == "meet.google.com"
    # Floating times are read as the patient's own wall-clock time.
    assert by_title["Orientation (floating time)"].start == datetime(
        2025, 3, 12, 9, 0, tzinfo=CHICAGO
    )


def test_x_wr_timezone_is_used_for_floating_times() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:America/New_York\r\n"
        b"BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20250310T180000\r\nDTEND:20250310T190000\r\n"
        b"SUMMARY:Group\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    start = datetime(2025, 3, 10, tzinfo=CHICAGO)
    [s] = sessions_from_ics(data, start, start + timedelta(days=1), CHICAGO)
    assert s.start == datetime(2025, 3, 10, 17, 0, tzinfo=CHICAGO)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<html>sign in</html>",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n",
        (FIX / "not_calendar.html").read_bytes(),
        b"BEGIN:VCALENDAR\r\n" + b"X" * (6 * 1024 * 1024),
    ],
)
def test_bad_calendars_give_a_plain_message(data: bytes) -> None:
    with pytest.raises(CalendarError) as err:
        parse_calendar(data)
    assert str(err.value).endswith(".")
    assert "Traceback" not in str(err.value)


def test_too_frequent_rules_are_skipped_not_expanded() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        b"DTSTART:20250310T180000Z\r\nRRULE:FREQ=SECONDLY\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    parsed = parse_calendar(data)
    assert parsed.skipped == 1


def test_join_link_prefers_video_platform_over_other_links() -> None:
    desc = "Handbook: https://harbor.example/handbook.pdf\nJoin: https://us02web.zoom.us/j/1?pwd=x."
    assert find_join_url("", "Room 4", desc) == "https://us02web.zoom.us/j/1?pwd=x"
    assert find_join_url("https://harbor.example/portal", "", "") == "https://harbor.example/portal"
    assert find_join_url("", "", "no links here") == ""


def test_dial_in_from_tel_uri_and_labelled_number() -> None:
    assert find_dial_in("tel:+16465588656,,123#", "") == "+16465588656,,123#"
    assert find_dial_in("", "Teléfono: (555) 010-0123") == "(555) 010-0123"
    assert find_dial_in("", "Meeting ID 812 3456 7890") == ""


def test_kind_from_categories_then_title() -> None:
    assert infer_kind("Session", ["Group"]) == "group"
    assert infer_kind("Sesión de grupo", []) == "group"
    assert infer_kind("Individual therapy", []) == "individual"
    assert infer_kind("Check-in", []) == ""
