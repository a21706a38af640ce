"""`session-ready schedule [--ics FILE | --url URL] [--days N] [--json]`: list upcoming sessions.

For support staff checking a patient's calendar during onboarding. Join links are shown as their
host only (links can carry meeting passwords); titles are printed because staff need them, but
never logged.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from app.cli.common import common_parser, effective_profile
from app.i18n import translate
from app.links import host_of
from app.paths import data_dir
from app.schedule.ics import CalendarError, expand_checked, parse_calendar, read_calendar_file
from app.schedule.model import Session
from app.schedule.store import ScheduleStore
from app.schedule.subscription import download
from app.schedule.zones import local_zone


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "schedule",
        parents=[common_parser()],
        help="list upcoming sessions from the calendar sources (or a given .ics file or URL)",
        description="List upcoming sessions with local start and end times (with UTC offsets), "
        "title, the join link's host and the dial-in number. Without --ics/--url the saved "
        "sources are used: imported file, calendar link (cached copy if offline), manual entries.",
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("--ics", metavar="FILE", type=Path, help="read this .ics file")
    src.add_argument("--url", metavar="URL", help="fetch this https:// or webcal:// calendar")
    p.add_argument("--days", type=int, default=7, help="how many days ahead (default 7)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def session_dict(s: Session) -> dict[str, object]:
    return {
        "start": s.start.isoformat(),
        "end": s.end.isoformat(),
        "title": s.title,
        "kind": s.kind,
        "join_host": host_of(s.join_url),
        "dial_in": s.dial_in,
        "source": s.source,
    }


def run(args: argparse.Namespace) -> int:
    zone = local_zone()
    now = datetime.now(zone)
    days = max(1, min(int(args.days), 366))
    end = now + timedelta(days=days)
    warning = ""
    try:
        if args.ics is not None or args.url:
            if args.ics is not None:
                try:
                    data = read_calendar_file(args.ics)
                except CalendarError as err:
                    print(str(err), file=sys.stderr)
                    return 2
                source = "file"
            else:
                _status, _h, data = download(args.url)
                source = "subscription"
            parsed = parse_calendar(data)
            sessions, left_out = expand_checked(parsed, now, end, zone, source)
            warning = "\n".join(dict.fromkeys([*parsed.warnings, *left_out]))
        else:
            profile = effective_profile(args)
            store = ScheduleStore(data_dir(), zone=zone, default_url=lambda: profile.calendar_url)
            if store.subscription_url:
                result = store.refresh_subscription()
                if not result.ok:
                    warning = result.error
            store.prepare(now)
            sessions = store.between(now, end)
            warning = "\n".join([warning, *store.problems()]).strip()
    except CalendarError as err:
        print(str(err), file=sys.stderr)
        return 1
    if warning:
        print(warning, file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                {
                    "zone": getattr(zone, "key", str(zone)),
                    "sessions": [session_dict(s) for s in sessions],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    if not sessions:
        print(translate("Schedule", "No sessions in the next {days} days.").format(days=days))
        return 0
    for s in sessions:
        line = f"{s.start.isoformat(timespec='minutes')} → {s.end.isoformat(timespec='minutes')}  {s.title}"
        extras = []
        if s.join_url:
            extras.append(host_of(s.join_url))
        if s.dial_in:
            extras.append(translate("Schedule", "phone {number}").format(number=s.dial_in))
        print(line + (f"  [{', '.join(extras)}]" if extras else ""))
    return 0
