"""Recurrence rules checked before any library sees them: a rule that cannot make a sane session
schedule is refused here, whatever component it sits in.

dateutil (under icalendar and recurring-ical-events) walks a rule from its DTSTART period by
period. A rule that never advances (``INTERVAL=0``), never matches (``BYMONTH=2;BYMONTHDAY=31``,
``BYSETPOS`` past the end of the set), or matches thousands of times a day
(``BYHOUR×BYMINUTE×BYSECOND``) keeps it busy for minutes or forever, and memory grows with every
date it caches. :func:`scan` reads the raw calendar text once (so a rule inside a custom
VTIMEZONE is caught before icalendar builds a time zone from it) and says which events have such
a rule and whether a time zone has one. What it cannot prove impossible is bounded while the
schedule is expanded (app/schedule/expansion.py).

Problems are short codes (for support staff and logs); the text for the patient is made by the
caller, which knows the event's title.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field

MAX_DEPTH = 6  # VCALENDAR > VEVENT > VALARM is 3; VTIMEZONE > STANDARD is 3
MAX_LIST = 64  # values in one BYxxx part
MAX_TIMES_PER_DAY = 24  # BYHOUR × BYMINUTE × BYSECOND
MAX_INTERVAL = 1000
EVENT_FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
TOO_FREQUENT = {"SECONDLY", "MINUTELY", "HOURLY"}  # sessions never repeat more than daily
_RANGES = {
    "BYSECOND": (0, 60, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTH": (1, 12, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYSETPOS": (1, 366, True),
}
_KNOWN = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY", *_RANGES}
_WEEKDAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
_PERIOD_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}
# Day-of-year ranges of each month in a leap year (the widest case).
_MONTH_DAYS = [_calendar.monthrange(2024, m)[1] for m in range(1, 13)]
_MONTH_START = [sum(_MONTH_DAYS[:i]) + 1 for i in range(12)]


def _ints(values: list[str], lo: int, hi: int, signed: bool) -> list[int] | None:
    out = []
    for v in values:
        try:
            n = int(v)
        except ValueError:
            return None
        if not (lo <= abs(n) <= hi if signed and n else lo <= n <= hi):
            return None
        out.append(n)
    return out


def _byday(values: list[str]) -> list[int] | None:
    """The ordinals of BYDAY (0 for "every"), or None when a value is not a weekday."""
    out = []
    for v in values:
        day, num = v[-2:], v[:-2]
        if day not in _WEEKDAYS:
            return None
        if num in ("", "+", "-"):
            out.append(0)
            continue
        try:
            n = int(num)
        except ValueError:
            return None
        if not 1 <= abs(n) <= 53:
            return None
        out.append(n)
    return out


def _parts(value: str) -> dict[str, list[str]] | None:
    parts: dict[str, list[str]] = {}
    for item in value.strip().upper().split(";"):
        if not item:
            continue
        key, sep, val = item.partition("=")
        if not sep or key in parts or key not in _KNOWN:
            return None
        vals = val.split(",")
        if len(vals) > MAX_LIST or any(not v for v in vals):
            return None
        parts[key] = vals
    return parts


def _month_day_possible(months: list[int], days: list[int]) -> bool:
    return any(abs(d) <= _MONTH_DAYS[m - 1] for m in months for d in days)


def _year_day_possible(months: list[int], ydays: list[int]) -> bool:
    for y in ydays:
        day = y if y > 0 else 367 + y  # -1 is 31 Dec in a leap year (366); close enough
        for m in months:
            first = _MONTH_START[m - 1] - 1  # one day of slack for common years
            if first <= day <= _MONTH_START[m - 1] + _MONTH_DAYS[m - 1]:
                return True
    return False


def _most_per_period(freq: str, parts: dict[str, list[str]], times: int) -> int:
    """An upper bound on the dates one period can hold (for BYSETPOS)."""
    days = _PERIOD_DAYS[freq]
    if "BYMONTHDAY" in parts and freq in ("MONTHLY", "YEARLY"):
        days = min(days, len(parts["BYMONTHDAY"]) * (12 if freq == "YEARLY" else 1))
    if "BYDAY" in parts:
        days = min(days, len(parts["BYDAY"]) * (53 if freq == "YEARLY" else 5))
    if "BYYEARDAY" in parts:
        days = min(days, len(parts["BYYEARDAY"]))
    return max(1, days) * times


def check_rule(value: str, in_timezone: bool = False) -> str:
    """ "" for a rule that can make a sane schedule, else a short problem code."""
    parts = _parts(value)
    if parts is None:
        return "syntax"
    freq = parts.get("FREQ", [""])
    if len(freq) != 1:
        return "syntax"
    if freq[0] in TOO_FREQUENT:
        return "too-frequent"
    if freq[0] not in EVENT_FREQS:
        return "syntax"
    if in_timezone and freq[0] != "YEARLY":
        return "timezone-freq"
    try:
        interval = int(parts.get("INTERVAL", ["1"])[0])
        count = int(parts.get("COUNT", ["1"])[0])
    except ValueError:
        return "syntax"
    if not 1 <= interval <= MAX_INTERVAL or (in_timezone and interval != 1):
        return "interval"
    if count < 0:
        return "count"
    nums: dict[str, list[int]] = {}
    for key, (lo, hi, signed) in _RANGES.items():
        if key in parts:
            got = _ints(parts[key], lo, hi, signed)
            if got is None:
                return "range"
            nums[key] = got
    if "BYDAY" in parts and _byday(parts["BYDAY"]) is None:
        return "range"
    if "WKST" in parts and parts["WKST"][0] not in _WEEKDAYS:
        return "syntax"
    times = 1
    for key in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        times *= len(nums.get(key, [0]))
    if times > (1 if in_timezone else MAX_TIMES_PER_DAY):
        return "times-per-day"
    months = nums.get("BYMONTH", list(range(1, 13)))
    if "BYMONTHDAY" in nums and not _month_day_possible(months, nums["BYMONTHDAY"]):
        return "never"
    if (
        "BYYEARDAY" in nums
        and "BYMONTH" in nums
        and not _year_day_possible(months, nums["BYYEARDAY"])
    ):
        return "never"
    most = _most_per_period(freq[0], parts, times)
    if any(abs(p) > most for p in nums.get("BYSETPOS", [])):
        return "never"
    return ""


@dataclass
class Scan:
    """What :func:`scan` found in the first VCALENDAR of a calendar text."""

    bad_events: dict[int, str] = field(default_factory=dict)  # VEVENT position (0-based) → code
    bad_timezone: str = ""  # a code when a VTIMEZONE holds a rule that cannot be used
    too_deep: bool = False


def _unfolded(data: bytes) -> list[str]:
    lines: list[str] = []
    for raw in data.decode("utf-8", "replace").splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def scan(data: bytes) -> Scan:
    """Every RRULE and EXRULE of the first calendar in *data*, checked (see :func:`check_rule`)."""
    result = Scan()
    stack: list[str] = []
    event = -1
    for line in _unfolded(data):
        head, sep, value = line.partition(":")
        if not sep:
            continue
        name = head.split(";", 1)[0].strip().upper()
        if name == "BEGIN":
            stack.append(value.strip().upper())
            if len(stack) > MAX_DEPTH:
                result.too_deep = True
                return result
            if len(stack) == 2 and stack[1] == "VEVENT":
                event += 1
        elif name == "END":
            if stack:
                stack.pop()
            if not stack:
                return result  # only the first VCALENDAR is used
        elif name in ("RRULE", "EXRULE") and len(stack) >= 2:
            in_tz = stack[1] == "VTIMEZONE"
            problem = check_rule(value, in_timezone=in_tz)
            if not problem:
                continue
            if in_tz:
                result.bad_timezone = result.bad_timezone or problem
            elif stack[1] == "VEVENT":
                result.bad_events.setdefault(event, problem)
    return result
