"""Sessions the patient types in: one-off or weekly, turned into iCalendar so one code path
(recurring-ical-events) expands every source."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from app.atomic import atomic_write_text
from app.schedule.ics import ParsedCalendar
from app.schedule.zones import zone_named

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@dataclass
class ManualEntry:
    title: str
    start: str  # local wall time, ISO "2025-03-10T18:00"
    zone: str  # IANA zone of that wall time
    duration_minutes: int = 60
    weekdays: list[int] = field(default_factory=list)  # 0 = Monday; empty = once
    until: str = ""  # ISO date, inclusive; "" = no end
    join_url: str = ""
    dial_in: str = ""
    kind: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def start_dt(self) -> datetime:
        zone = zone_named(self.zone)
        naive = datetime.fromisoformat(self.start).replace(tzinfo=None)
        return naive.replace(tzinfo=zone) if zone else naive.astimezone()


def to_calendar(entries: list[ManualEntry]) -> ParsedCalendar:
    import icalendar  # lazily: not needed at the app's start-up

    cal = icalendar.Calendar()
    cal.add("PRODID", "-//SessionReady//manual//EN")
    cal.add("VERSION", "2.0")
    for e in entries:
        ev = icalendar.Event()
        start = e.start_dt()
        ev.add("UID", f"manual-{e.id}")
        ev.add("SUMMARY", e.title)
        ev.add("DTSTART", start)
        ev.add("DTEND", start + timedelta(minutes=max(1, e.duration_minutes)))
        if e.join_url:
            ev.add("URL", e.join_url)
        if e.dial_in:
            ev.add("LOCATION", f"tel:{e.dial_in.replace(' ', '')}")
        if e.kind:
            ev.add("CATEGORIES", [e.kind])
        if e.weekdays:
            rule: dict[str, object] = {
                "FREQ": "WEEKLY",
                "BYDAY": [WEEKDAY_CODES[d] for d in sorted(set(e.weekdays)) if 0 <= d < 7],
            }
            if e.until:
                last = date.fromisoformat(e.until)
                rule["UNTIL"] = datetime.combine(last, datetime.max.time()).replace(
                    microsecond=0, tzinfo=start.tzinfo
                )
            ev.add("RRULE", rule)
        cal.add_component(ev)
    return ParsedCalendar(calendar=cal, events=len(entries))


class ManualStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> list[ManualEntry]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return []
        out = []
        for item in data if isinstance(data, list) else []:
            try:
                entry = ManualEntry(**item)
                entry.start_dt()
                out.append(entry)
            except (TypeError, ValueError):
                continue
        return out

    def save(self, entries: list[ManualEntry]) -> None:
        atomic_write_text(self.path, json.dumps([asdict(e) for e in entries], indent=2))
