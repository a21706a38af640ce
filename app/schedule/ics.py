"""Read iCalendar data into Sessions: recurrence, exceptions, cancellations and time zones.

Recurrence (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) is expanded by recurring-ical-events
through app/schedule/expansion.py, which bounds the work while it runs; every time is converted
to the patient's local zone (a ``tzinfo`` passed in, so tests can pin it). Rules that cannot make
a sane schedule are refused before any library reads them (app/schedule/rules.py). Hostile or
broken input ends in :class:`CalendarError` with a plain message, or in an event left out with a
warning naming it, never in a crash or a hang. Call these from a worker thread: parsing a large
calendar takes seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import translate
from app.links import find_dial_in, find_join_url
from app.schedule.model import Session
from app.schedule.rules import scan

if TYPE_CHECKING:  # icalendar is imported when a calendar is parsed (not at app start-up)
    import icalendar

MAX_CALENDAR_BYTES = 5 * 1024 * 1024  # a year of a busy program's calendar is ~200 KB
MAX_EVENTS = 20_000  # VEVENTs in one calendar
MAX_INSTANCES = 10_000  # in one window (the app prepares 40 days; a busy program has ~800)
# (the time and step budgets of expansion are in app/schedule/expansion.py)


class CalendarError(Exception):
    """A calendar could not be read. ``str(err)`` is a message for the patient; ``detail`` is
    for support staff (never event text)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


@dataclass
class ParsedCalendar:
    calendar: icalendar.Calendar
    default_zone: tzinfo | None = None  # X-WR-TIMEZONE, for floating times
    skipped: int = 0  # events we could not use (too frequent, broken dates, hostile rules)
    events: int = 0
    name: str = ""
    warnings: list[str] = field(default_factory=list)  # for the patient: may hold event titles
    problems: list[str] = field(default_factory=list)  # for support and logs: "event 3: interval"
    positions: dict[int, int] = field(default_factory=dict)  # id(VEVENT) → its place, from 1


def left_out(title: str, position: int) -> str:
    """The patient's message for an event that is not shown (titles never go to the log)."""
    if title:
        return translate(
            "Schedule",
            'The event "{title}" repeats in a way SessionReady cannot follow, so it is not '
            "shown. Ask your program for a new copy of the calendar.",
        ).format(title=title[:80])
    return translate(
        "Schedule",
        "Event {n} in this calendar repeats in a way SessionReady cannot follow, so it is not "
        "shown. Ask your program for a new copy of the calendar.",
    ).format(n=position)


def _too_big() -> CalendarError:
    return CalendarError(
        translate("Schedule", "This calendar file is too large to be a session schedule."),
        "size",
    )


def read_calendar_file(path: Path) -> bytes:
    """A calendar file's bytes, read with the size limit (never a device, pipe or folder)."""
    from app.safe_read import NotAFile, TooLarge, read_limited

    try:
        return read_limited(path, MAX_CALENDAR_BYTES)
    except TooLarge:
        raise _too_big() from None
    except NotAFile:
        raise _not_calendar("not a regular file") from None
    except OSError:
        raise CalendarError(translate("Schedule", "This file could not be opened."), "os") from None


def _not_calendar(detail: str) -> CalendarError:
    return CalendarError(
        translate(
            "Schedule",
            "This is not a calendar file. Ask your program for the calendar link or .ics file.",
        ),
        detail,
    )


def parse_calendar(data: bytes | str) -> ParsedCalendar:
    """Parse iCalendar text, or raise CalendarError."""
    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    if len(data) > MAX_CALENDAR_BYTES:
        raise _too_big()
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    if not head.startswith(b"BEGIN:VCALENDAR"):
        raise _not_calendar("no BEGIN:VCALENDAR")
    found = scan(data)
    if found.too_deep:
        raise _damaged("nesting")
    if found.bad_timezone:
        raise CalendarError(
            translate(
                "Schedule",
                "A time zone in this calendar is broken, so its times cannot be trusted. "
                "Ask your program for a new copy of the calendar.",
            ),
            f"timezone rule: {found.bad_timezone}",
        )
    import icalendar  # here, not at module level: ~100 ms the app's start-up does not need

    try:
        cals = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError, … on junk
        raise _damaged(f"parse: {type(exc).__name__}") from None
    if not cals:
        raise _not_calendar("empty")
    cal = cals[0]
    if not isinstance(cal, icalendar.Calendar) or cal.name != "VCALENDAR":
        raise _not_calendar("not VCALENDAR")
    parsed = ParsedCalendar(calendar=cal)
    parsed.name = _text(cal.get("X-WR-CALNAME"))
    parsed.default_zone = _zone(_text(cal.get("X-WR-TIMEZONE")))
    kept = []
    for comp in cal.subcomponents:
        if getattr(comp, "name", "") != "VEVENT":
            kept.append(comp)
            continue
        parsed.events += 1
        if parsed.events > MAX_EVENTS:
            raise _too_big()
        problem = found.bad_events.get(parsed.events - 1, "")
        if problem:
            parsed.problems.append(f"event {parsed.events}: {problem}")
            if problem != "too-frequent":  # not a session schedule's event: no message
                parsed.warnings.append(left_out(_text(comp.get("SUMMARY")), parsed.events))
        if not problem and _usable_event(comp):
            kept.append(comp)
            parsed.positions[id(comp)] = parsed.events
        else:
            parsed.skipped += 1
    cal.subcomponents[:] = kept
    parsed.calendar = _standard(cal)
    return parsed


def _standard(cal: icalendar.Calendar) -> icalendar.Calendar:
    """X-WR-TIMEZONE applied once (recurring-ical-events would redo it at every expansion)."""
    import x_wr_timezone

    try:
        return x_wr_timezone.to_standard(cal)
    except Exception:  # an unknown zone name: times stay as written
        return cal


def _damaged(detail: str) -> CalendarError:
    return CalendarError(
        translate(
            "Schedule",
            "This calendar file is damaged and could not be read. Ask your program for a new copy.",
        ),
        detail,
    )


def _zone(name: str) -> tzinfo | None:
    if not name:
        return None
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (ValueError, KeyError, OSError, Exception):
        return None


def _usable_event(comp: Any) -> bool:
    """Drop events recurring-ical-events would choke on, or that no session schedule has."""
    try:
        start = comp.get("DTSTART")
        if start is None or not isinstance(start.dt, date):
            return False
        end = comp.get("DTEND")
        return not (end is not None and not isinstance(end.dt, date))
    except Exception:
        return False


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    try:
        return str(value)
    except Exception:
        return ""


def _categories(comp: Any) -> list[str]:
    cats = comp.get("CATEGORIES")
    out: list[str] = []
    for c in cats if isinstance(cats, list) else [cats] if cats is not None else []:
        try:
            out.extend(str(x) for x in c.cats)
        except Exception:
            out.append(_text(c))
    return out


KIND_WORDS = {
    "group": ("group", "grupo", "iop", "process", "skills", "habilidades"),
    "individual": ("individual", "1:1", "one-on-one", "therapist", "terapeuta", "counsel"),
    "family": ("family", "familia", "familiar"),
    "psychiatry": ("psychiatr", "psiquiatr", "medication", "medicación"),
}


def infer_kind(title: str, categories: list[str]) -> str:
    """ "group" / "individual" / "family" / "psychiatry" from CATEGORIES, else the title; or ""."""
    for text in ([*categories], [title]):
        low = " ".join(text).lower()
        for kind in ("family", "individual", "psychiatry", "group"):
            if any(w in low for w in KIND_WORDS[kind]):
                return kind
    return ""


def _as_local(value: date | datetime, zone: tzinfo, floating: tzinfo) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=floating)
        return value.astimezone(zone)
    return datetime(value.year, value.month, value.day, tzinfo=zone)


def expand(
    parsed: ParsedCalendar,
    start: datetime,
    end: datetime,
    local_zone: tzinfo,
    source: str = "file",
) -> list[Session]:
    """Every instance overlapping [start, end), in local time, cancelled ones left out."""
    return expand_checked(parsed, start, end, local_zone, source)[0]


def expand_checked(
    parsed: ParsedCalendar,
    start: datetime,
    end: datetime,
    local_zone: tzinfo,
    source: str = "file",
) -> tuple[list[Session], list[str]]:
    """:func:`expand`, and the messages for events left out because they needed too much work
    (their places are added to ``parsed.problems``). Raises CalendarError."""
    from app.schedule.expansion import Budget, OverBudget, occurrences

    floating = parsed.default_zone or local_zone
    budget = Budget()
    out: list[Session] = []
    try:
        # Widen by a day so all-day events and floating times near the edges are not lost.
        comps = occurrences(
            parsed.calendar, start - timedelta(days=1), end + timedelta(days=1), budget
        )
        for comp in comps:
            if len(out) >= MAX_INSTANCES:
                raise OverBudget()
            session = _session(comp, local_zone, floating, source)
            if session is not None and session.end > start and session.start < end:
                out.append(session)
    except OverBudget:
        raise CalendarError(
            translate("Schedule", "This calendar has too many events to show. Ask your program."),
            "budget",
        ) from None
    except CalendarError:
        raise
    except Exception as exc:  # bad RRULE values, impossible dates, … inside the library
        raise CalendarError(
            translate(
                "Schedule",
                "Some dates in this calendar could not be understood. Ask your program for a new copy.",
            ),
            f"expand: {type(exc).__name__}",
        ) from None
    warnings = []
    for comp in budget.over:
        position = parsed.positions.get(id(comp), 0)
        note = f"event {position}: too much work"
        if note not in parsed.problems:
            parsed.problems.append(note)
        warnings.append(left_out(_text(comp.get("SUMMARY")).strip(), position))
    out.sort(key=lambda s: (s.start, s.end, s.title))
    return out, warnings


def _session(comp: Any, zone: tzinfo, floating: tzinfo, source: str) -> Session | None:
    if _text(comp.get("STATUS")).upper() == "CANCELLED":
        return None
    dt_start = comp["DTSTART"].dt
    all_day = not isinstance(dt_start, datetime)
    s = _as_local(dt_start, zone, floating)
    if "DTEND" in comp:
        e = _as_local(comp["DTEND"].dt, zone, floating)
    elif "DURATION" in comp:
        e = s + comp["DURATION"].dt
    else:
        e = s + (timedelta(days=1) if all_day else timedelta(0))
    if all_day:
        # Midnight to midnight in local wall time, whatever the DST change in between.
        days = max(1, (e.date() - s.date()).days)
        last = s.date() + timedelta(days=days)
        e = datetime(last.year, last.month, last.day, tzinfo=zone)
    if e < s:
        e = s
    title = _text(comp.get("SUMMARY")).strip()[:200]
    uid = _text(comp.get("UID")) or f"{title}-{s.isoformat()}"
    rid = comp.get("RECURRENCE-ID")
    anchor = rid.dt if rid is not None else dt_start
    try:
        key = (
            anchor.astimezone(UTC).isoformat()
            if isinstance(anchor, datetime) and anchor.tzinfo
            else str(anchor)
        )
    except Exception:
        key = s.isoformat()
    location = _text(comp.get("LOCATION"))
    description = _text(comp.get("DESCRIPTION"))
    join = find_join_url(_text(comp.get("URL")), location, description)
    dial = find_dial_in(location, description)
    kind = "all_day" if all_day else infer_kind(title, _categories(comp))
    return Session(
        uid=f"{uid}/{key}",
        title=title,
        start=s,
        end=e,
        join_url=join,
        dial_in=dial,
        kind=kind,
        source=source,
    )


def sessions_from_ics(
    data: bytes | str, start: datetime, end: datetime, local_zone: tzinfo, source: str = "file"
) -> list[Session]:
    return expand(parse_calendar(data), start, end, local_zone, source)
