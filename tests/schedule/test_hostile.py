"""Hostile recurrence rules never freeze SessionReady: not when parsed, not through the CLI, and not
at start-up with the calendar already imported or its feed already cached (issue 15 §1).

Each case runs where a hang would be caught: the CLI and the app start in a subprocess with a
timeout (an unbounded expansion would never return to an in-process assertion)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.schedule import expansion
from app.schedule.ics import CalendarError, expand_checked, parse_calendar
from app.schedule.rules import check_rule
from app.schedule.subscription import url_key
from tests.schedule.hostile import EVENT_RULES, TZ_RULES, all_hostile, hostile_calendar

ROOT = Path(__file__).resolve().parents[2]
CHICAGO = ZoneInfo("America/Chicago")
MON = datetime(2025, 3, 3, tzinfo=CHICAGO)
HOSTILE = all_hostile()
BOUND_S = 20  # generous: each case takes milliseconds to about a second; they used to hang


def _expand(data: bytes) -> tuple[list, list[str], list[str]]:  # type: ignore[type-arg]
    parsed = parse_calendar(data)
    sessions, left_out = expand_checked(parsed, MON, MON + timedelta(days=7), CHICAGO)
    return sessions, [*parsed.warnings, *left_out], parsed.problems


@pytest.mark.parametrize("name", sorted(EVENT_RULES))
def test_a_hostile_event_is_left_out_and_named_and_the_rest_is_shown(name: str) -> None:
    started = time.monotonic()
    sessions, warnings, problems = _expand(HOSTILE[name])
    assert time.monotonic() - started < BOUND_S
    assert {s.title for s in sessions} == {"Good group"}  # the good event, every day
    assert len(sessions) == 7
    assert problems and problems[0].startswith("event 2: ")  # by position, for support
    assert "Hostile" not in " ".join(problems)  # calendar text never in what may be logged
    if name != "too-frequent":  # not a session at all: left out without a word
        assert warnings and '"Hostile group"' in warnings[0]  # by title, for the patient


@pytest.mark.parametrize("name", sorted(TZ_RULES))
def test_a_time_zone_with_a_hostile_rule_refuses_the_calendar(name: str) -> None:
    started = time.monotonic()
    with pytest.raises(CalendarError) as err:
        _expand(HOSTILE[name])
    assert time.monotonic() - started < BOUND_S
    assert "time zone" in str(err.value) and err.value.detail.startswith("timezone rule: ")


def test_an_event_over_its_budget_leaves_the_others_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The walk hook: a rule that never matches (not provable from the rule alone) is stopped
    inside dateutil's walk; this fails if dateutil stops reading the hooked attribute."""
    monkeypatch.setattr(expansion, "EVENT_SECONDS", 60.0)  # only the walk count may stop it
    rule = "FREQ=DAILY;BYYEARDAY=100;BYMONTHDAY=1"
    assert check_rule(rule) == ""  # the static check lets it through
    sessions, warnings, problems = _expand(hostile_calendar(rule, good_event=True))
    assert problems == ["event 2: too much work"] and len(warnings) == 1
    assert len(sessions) == 7


def test_a_calendar_over_the_overall_budget_is_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(expansion, "TOTAL_STEPS", 100)
    with pytest.raises(CalendarError) as err:
        _expand(hostile_calendar("FREQ=DAILY", "20200101T100000Z"))
    assert err.value.detail == "budget"


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ("FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2", ""),
        ("FREQ=MONTHLY;BYDAY=-1FR", ""),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", ""),  # leap days happen
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", ""),
        ("FREQ=DAILY;INTERVAL=0", "interval"),
        ("FREQ=DAILY;INTERVAL=-3", "interval"),
        ("FREQ=DAILY;INTERVAL=x", "syntax"),
        ("FREQ=DAILY;BYMONTHDAY=32", "range"),
        ("FREQ=DAILY;BYDAY=XX", "range"),
        ("FREQ=DAILY;BYHOUR=1,2,3,4,5;BYMINUTE=0,10,20,30,40,50", "times-per-day"),
        ("FREQ=DAILY;BYEASTER=0", "syntax"),
        ("FREQ=DAILY;BYMONTH=" + ",".join(["1"] * 100), "syntax"),
        ("FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31", "never"),
        ("FREQ=MINUTELY", "too-frequent"),
    ],
)
def test_rules_that_cannot_make_a_schedule_are_named(rule: str, problem: str) -> None:
    assert check_rule(rule) == problem


def test_a_very_deep_calendar_is_refused_before_parsing() -> None:
    data = b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X\r\n" * 50_000 + b"END:VCALENDAR\r\n"
    with pytest.raises(CalendarError) as err:
        parse_calendar(data)
    assert err.value.detail == "nesting"


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SESSIONREADY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_cli_lists_a_hostile_calendar_in_bounded_time(
    name: str, tmp_path: Path, sr_home: Path
) -> None:
    ics = tmp_path / f"{name}.ics"
    ics.write_bytes(HOSTILE[name])
    out = _run(["-m", "app", "schedule", "--ics", str(ics), "--json"], sr_home)
    if name in TZ_RULES:
        assert out.returncode == 1 and "time zone" in out.stderr
        return
    assert out.returncode == 0, out.stderr
    titles = {s["title"] for s in json.loads(out.stdout)["sessions"]}
    assert titles <= {"Good group"}  # (the good event may have ended before today)
    if name != "too-frequent":
        assert "Hostile group" in out.stderr  # the staff member sees which event was left out


START_SCRIPT = """
import sys, time
from datetime import datetime
t0 = time.monotonic()
from PySide6.QtCore import QTimer
from app.paths import data_dir
from app.ui.application import build_window, create_application
from app.ui.context import AppContext
app = create_application()
ctx = AppContext(data_dir())
window = build_window(ctx)
window.show()
print("window", round(time.monotonic() - t0, 2), "ready", ctx.schedule.ready, flush=True)
ticks = []
tick = QTimer(); tick.setInterval(20); tick.timeout.connect(lambda: ticks.append(1)); tick.start()
def finish():
    if ctx.schedule.ready and len(ticks) >= 3:
        page = window.pages["schedule"]
        page.rebuild()
        print("ticks", len(ticks), flush=True)
        print("problems", page.sources.problems.text().replace("\\n", " | "), flush=True)
        print("sessions", len(ctx.schedule.upcoming(datetime.now().astimezone(), 7)), flush=True)
        app.quit()
poll = QTimer(); poll.timeout.connect(finish); poll.start(50)
QTimer.singleShot(90_000, app.quit)
app.exec()
"""


def _start_app(home: Path) -> dict[str, str]:
    started = time.monotonic()
    out = _run(["-c", START_SCRIPT], home)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = {line.split(" ", 1)[0]: line for line in out.stdout.splitlines() if " " in line}
    assert set(lines) >= {"window", "ticks", "problems", "sessions"}, out.stdout
    window_s = float(lines["window"].split()[1])
    assert window_s < BOUND_S and time.monotonic() - started < 90
    # The window came up before the schedule was read: reading happens on the TaskRunner.
    assert lines["window"].endswith("ready False")
    return lines


def _hostile_now(rule: str) -> bytes:
    """A calendar whose good event repeats around today (so the app has sessions to show)."""
    today = datetime.now().strftime("%Y%m%d")
    data = hostile_calendar(rule, good_event=True).decode()
    return data.replace("20250303T230000Z", f"{today}T230000Z").encode()


@pytest.mark.parametrize("rule", ["FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;BYYEARDAY=100;BYMONTHDAY=1"])
def test_app_starts_with_a_hostile_calendar_already_imported(rule: str, sr_home: Path) -> None:
    (sr_home / "schedule").mkdir(parents=True)
    (sr_home / "schedule" / "imported.ics").write_bytes(_hostile_now(rule))
    lines = _start_app(sr_home)
    assert "Hostile group" in lines["problems"]  # named on the Schedule page
    assert lines["sessions"] != "sessions 0"  # the rest of the schedule is shown


def test_app_starts_offline_with_a_hostile_feed_already_cached(sr_home: Path) -> None:
    url = "https://calendar.invalid/feed.ics"
    schedule = sr_home / "schedule"
    schedule.mkdir(parents=True)
    (schedule / "config.json").write_text(json.dumps({"subscription_url": url}))
    (schedule / f"feed-{url_key(url)}.ics").write_bytes(_hostile_now("FREQ=DAILY;INTERVAL=0"))
    lines = _start_app(sr_home)
    assert "Hostile group" in lines["problems"]
    assert lines["sessions"] != "sessions 0"


def test_app_starts_with_a_cached_feed_whose_time_zone_is_hostile(sr_home: Path) -> None:
    url = "https://calendar.invalid/feed.ics"
    schedule = sr_home / "schedule"
    schedule.mkdir(parents=True)
    (schedule / "config.json").write_text(json.dumps({"subscription_url": url}))
    body = hostile_calendar("FREQ=WEEKLY", "20250101T100000", tz_rule="FREQ=SECONDLY")
    (schedule / f"feed-{url_key(url)}.ics").write_bytes(body)
    (schedule / "imported.ics").write_bytes(_hostile_now("FREQ=WEEKLY"))
    lines = _start_app(sr_home)
    assert "time zone" in lines["problems"]  # the feed is named as the problem …
    assert lines["sessions"] != "sessions 0"  # … and the imported file still shows


# Bounded reads (issue 15 §2): a device, a pipe or a huge file is refused before it is read.


def _special(kind: str, tmp_path: Path) -> Path:
    if kind == "fifo":
        path = tmp_path / "calendar.ics"
        os.mkfifo(path)  # nobody writes: reading it would wait forever
        return path
    if kind == "huge":
        path = tmp_path / "huge.ics"
        with path.open("wb") as fh:
            fh.write(b"BEGIN:VCALENDAR\r\n")
            fh.truncate(3 * 1024**3)  # 3 GB, sparse
        return path
    return Path("/dev/zero") if kind == "dev-zero" else tmp_path


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "huge", "folder"])
def test_cli_refuses_a_device_pipe_huge_file_or_folder(
    kind: str, tmp_path: Path, sr_home: Path
) -> None:
    out = _run(["-m", "app", "schedule", "--ics", str(_special(kind, tmp_path))], sr_home)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and "MemoryError" not in out.stderr
    word = "too large" if kind == "huge" else "not a calendar"
    assert word in out.stderr


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "huge"])
def test_import_refuses_a_device_pipe_or_huge_file(
    kind: str, tmp_path: Path, sr_home: Path
) -> None:
    from app.schedule.store import ScheduleStore

    store = ScheduleStore(sr_home, zone=CHICAGO)
    with pytest.raises(CalendarError):
        store.import_file(_special(kind, tmp_path))
    assert not store.imported_path.exists()


def test_bounded_read_takes_the_limit_and_not_a_byte_more(tmp_path: Path) -> None:
    from app.safe_read import NotAFile, TooLarge, read_limited

    path = tmp_path / "x"
    path.write_bytes(b"a" * 100)
    assert read_limited(path, 100) == b"a" * 100
    with pytest.raises(TooLarge):
        read_limited(path, 99)
    with pytest.raises(NotAFile):
        read_limited(Path("/dev/zero"), 100)
    with pytest.raises(FileNotFoundError):
        read_limited(tmp_path / "missing", 100)


def test_a_big_calendar_is_never_cut_by_the_per_event_budget(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each event's time starts at its own first step, not when all series were built (under
    load, building 2,000 series took longer than one event's budget and cut every event)."""
    monkeypatch.setattr(expansion, "EVENT_SECONDS", 0.3)
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:202502{1 + i % 28:02d}T180000Z\r\n"
        f"DURATION:PT1H\r\nSUMMARY:S{i}\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
        for i in range(1500)
    )
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n".encode()
    parsed = parse_calendar(data)
    sessions, left_out = expand_checked(parsed, MON, MON + timedelta(days=7), CHICAGO)
    assert left_out == [] and parsed.problems == []
    assert len(sessions) == 1500  # every weekly event once in a week
