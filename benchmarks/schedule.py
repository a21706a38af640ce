"""Schedule timings: parse + expand a busy calendar; feed refresh 200 vs 304 on 127.0.0.1.

.venv/bin/python benchmarks/schedule.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.schedule.ics import CalendarError, expand, expand_checked, parse_calendar
from app.schedule.store import ScheduleStore
from benchmarks.common import Row, table
from tests.harness.calendar_server import CalendarServer
from tests.schedule.hostile import all_hostile

ZONE = ZoneInfo("America/Chicago")


def busy_calendar(n_events: int) -> bytes:
    """Weekly series plus one-off events with overrides: a large program's year."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"]
    for i in range(n_events):
        day = 1 + i % 28
        lines += [
            "BEGIN:VEVENT",
            f"UID:e{i}@bench",
            "DTSTAMP:20250101T000000Z",
            f"DTSTART;TZID=America/New_York:202503{day:02d}T180000",
            f"DTEND;TZID=America/New_York:202503{day:02d}T210000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,TH" if i % 3 == 0 else "",
            f"SUMMARY:Session {i}",
            "LOCATION:https://zoom.us/j/1",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(line for line in lines if line).encode()


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs) * 1000


def run(sizes: tuple[int, ...] = (50, 500, 2000)) -> list[Row]:
    rows: list[Row] = []
    start = datetime(2025, 3, 10, tzinfo=ZONE)
    for n in sizes:
        data = busy_calendar(n)
        parse_ms = timed(lambda data=data: parse_calendar(data))
        parsed = parse_calendar(data)
        exp_ms = timed(lambda parsed=parsed: expand(parsed, start, start + timedelta(days=7), ZONE))
        what = f"{n} events ({len(data) // 1024} KB)"
        rows.append(Row("schedule", f"parse {what}", f"{parse_ms:.1f} ms", note="median of 5"))
        rows.append(
            Row("schedule", f"7-day expand, {what}", f"{exp_ms:.1f} ms", note="median of 5")
        )
    rows.extend(hostile_rows(start))
    server = CalendarServer(busy_calendar(500))
    try:
        with tempfile.TemporaryDirectory(prefix="sr-bench-") as home:
            store = ScheduleStore(Path(home), zone=ZONE)
            store.set_subscription_url(server.url())
            urls = iter(f"{server.url()}?run={i}" for i in range(10))
            first = timed(
                lambda: (store.set_subscription_url(next(urls)), store.refresh_subscription()), 3
            )
            store.set_subscription_url(server.url())
            store.refresh_subscription()
            again = timed(store.refresh_subscription, 5)
    finally:
        server.stop()
    where = "500 events, 127.0.0.1"
    rows.append(
        Row(
            "schedule",
            "feed refresh, changed (200)",
            f"{first:.1f} ms",
            note=f"{where}; median of 3",
        )
    )
    rows.append(
        Row(
            "schedule",
            "feed refresh, unchanged (304)",
            f"{again:.1f} ms",
            note=f"{where}; median of 5",
        )
    )
    return rows


def hostile_rows(start: datetime) -> list[Row]:
    """Parse + 7-day expansion of each hostile calendar (tests/schedule/hostile.py): before
    issue 15 these hung or ran for seconds with memory growing to GBs."""
    times: dict[str, float] = {}
    for name, data in all_hostile().items():

        def once(data: bytes = data) -> None:
            try:
                expand_checked(parse_calendar(data), start, start + timedelta(days=7), ZONE)
            except CalendarError:
                pass

        times[name] = timed(once, 3)
    worst = max(times, key=lambda k: times[k])
    return [
        Row(
            "schedule",
            f"hostile calendars, worst of {len(times)} ({worst})",
            f"{times[worst]:.0f} ms",
            note="parse + 7-day expansion; median of 3",
        ),
        Row(
            "schedule",
            "hostile calendars, median",
            f"{statistics.median(times.values()):.0f} ms",
            note=f"{len(times)} kinds",
        ),
    ]


if __name__ == "__main__":
    print(table(run()))
