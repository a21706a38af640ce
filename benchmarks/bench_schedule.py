"""Schedule timings: parse + expand a busy calendar; feed refresh 200 vs 304 on 127.0.0.1.

.venv/bin/python benchmarks/bench_schedule.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SESSIONREADY_HOME", tempfile.mkdtemp(prefix="sr-bench-"))

from app.schedule.ics import expand, parse_calendar  # noqa: E402
from app.schedule.store import ScheduleStore  # noqa: E402
from tests.harness.calendar_server import CalendarServer  # noqa: E402

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


def main() -> int:
    start = datetime(2025, 3, 10, tzinfo=ZONE)
    for n in (50, 500, 2000):
        data = busy_calendar(n)
        parse_ms = timed(lambda data=data: parse_calendar(data))
        parsed = parse_calendar(data)
        exp_ms = timed(lambda parsed=parsed: expand(parsed, start, start + timedelta(days=7), ZONE))
        print(
            f"{n:5d} events ({len(data) // 1024} KB): parse {parse_ms:7.1f} ms, 7-day expand {exp_ms:7.1f} ms"
        )
    server = CalendarServer(busy_calendar(500))
    try:
        store = ScheduleStore(Path(os.environ["SESSIONREADY_HOME"]), zone=ZONE)
        store.set_subscription_url(server.url())
        urls = iter(f"{server.url()}?run={i}" for i in range(10))
        first = timed(
            lambda: (store.set_subscription_url(next(urls)), store.refresh_subscription()), 3
        )
        store.set_subscription_url(server.url())
        store.refresh_subscription()
        again = timed(store.refresh_subscription, 5)
        print(f"feed refresh (500 events) on 127.0.0.1: 200 {first:.1f} ms, 304 {again:.1f} ms")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
