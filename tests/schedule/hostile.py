"""Hostile calendars: small files whose recurrence rules would hang or exhaust an unbounded
expansion (each was measured at seconds to forever, memory to GBs, before issue 15)."""

from __future__ import annotations

TZ = (
    "BEGIN:VTIMEZONE\r\nTZID:Custom\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nRRULE:{rule}\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T000000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)
GOOD_EVENT = (
    "BEGIN:VEVENT\r\nUID:good\r\nDTSTART:20250303T230000Z\r\nDURATION:PT1H\r\n"
    "SUMMARY:Good group\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
)


def hostile_calendar(
    rule: str,
    dtstart: str = "20250101T100000Z",
    tz_rule: str = "",
    good_event: bool = False,
    summary: str = "Hostile group",
) -> bytes:
    """A calendar with one event repeating by *rule* (in the custom zone when *tz_rule*)."""
    start = f"DTSTART;TZID=Custom:{dtstart.rstrip('Z')}" if tz_rule else f"DTSTART:{dtstart}"
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n"
        + (TZ.format(rule=tz_rule) if tz_rule else "")
        + (GOOD_EVENT if good_event else "")
        + f"BEGIN:VEVENT\r\nUID:bad\r\n{start}\r\nDURATION:PT1H\r\nSUMMARY:{summary}\r\n"
        + f"RRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return text.encode()


HOURS = ",".join(str(h) for h in range(24))
MINUTES = ",".join(str(m) for m in range(60))
# name → (rule, dtstart, tz rule). Every one of these hung, ran for seconds, or grew to GBs.
EVENT_RULES = {
    "interval-zero": ("FREQ=DAILY;INTERVAL=0", "20250101T100000Z"),
    "byxxx-product": (f"FREQ=DAILY;BYHOUR={HOURS};BYMINUTE={MINUTES};BYSECOND={MINUTES}", ""),
    "feb-31-daily": ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", ""),
    "feb-30-monthly": ("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30,31", ""),
    "setpos-past-the-set": ("FREQ=WEEKLY;BYDAY=MO;BYSETPOS=50", ""),
    "setpos-daily": ("FREQ=DAILY;BYSETPOS=5", ""),
    "yearday-not-in-month": ("FREQ=DAILY;BYYEARDAY=1;BYMONTH=6", ""),
    # Not provably impossible from the rule alone: stopped by the walk budget while it runs.
    "weekno-not-in-month": ("FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6", ""),
    "yearday-never-first": ("FREQ=DAILY;BYYEARDAY=100;BYMONTHDAY=1", ""),
    # Far starts and endless counts: the step budget.
    "daily-since-year-1": ("FREQ=DAILY", "00010101T100000Z"),
    "count-huge-since-1900": ("FREQ=DAILY;COUNT=999999999", "19000101T100000Z"),
    "until-far": ("FREQ=DAILY;BYHOUR=1,2,3;UNTIL=99991231T000000Z", "18000101T100000Z"),
    "too-frequent": ("FREQ=SECONDLY", ""),
}
TZ_RULES = {
    "tz-interval-zero": "FREQ=YEARLY;INTERVAL=0;BYMONTH=10;BYDAY=-1SU",
    "tz-daily": "FREQ=DAILY",
    "tz-secondly": "FREQ=SECONDLY",
    "tz-never": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
}


def all_hostile() -> dict[str, bytes]:
    out = {
        name: hostile_calendar(rule, dtstart or "20250101T100000Z", good_event=True)
        for name, (rule, dtstart) in EVENT_RULES.items()
    }
    for name, tz_rule in TZ_RULES.items():
        out[name] = hostile_calendar("FREQ=WEEKLY", "20250101T100000", tz_rule=tz_rule)
    return out
