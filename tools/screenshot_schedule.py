"""Screenshot of the Schedule page with a realistic IOP schedule (run under Xvfb).

    Xvfb :47 -screen 0 1280x800x24 &  DISPLAY=:47 .venv/bin/python tools/screenshot_schedule.py

Group Mon/Wed/Thu 6–9 pm and a weekly individual session, served as a calendar link whose cached
copy was updated ten minutes before the (fixed) time shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ZONE = ZoneInfo("America/Chicago")
NOW = datetime(2025, 3, 10, 14, 10, tzinfo=ZONE)  # a Monday afternoon
URL = "https://calendar.harbor-iop.example.org/patient.ics?token=abc123"

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harbor Virtual IOP//EN
BEGIN:VEVENT
UID:group@harbor
DTSTAMP:20250101T000000Z
DTSTART;TZID=America/Chicago:20250303T180000
DTEND;TZID=America/Chicago:20250303T210000
RRULE:FREQ=WEEKLY;BYDAY=MO,WE,TH
SUMMARY:IOP Group — Skills and process
CATEGORIES:Group
LOCATION:https://zoom.us/j/81234567890?pwd=x
DESCRIPTION:Dial in: +1 646 558 8656,,81234567890#
END:VEVENT
BEGIN:VEVENT
UID:group@harbor
DTSTAMP:20250101T000000Z
RECURRENCE-ID;TZID=America/Chicago:20250312T180000
DTSTART;TZID=America/Chicago:20250312T180000
DTEND;TZID=America/Chicago:20250312T210000
STATUS:CANCELLED
SUMMARY:IOP Group — Skills and process
END:VEVENT
BEGIN:VEVENT
UID:group-moved@harbor
DTSTAMP:20250101T000000Z
DTSTART;TZID=America/Chicago:20250313T100000
DTEND;TZID=America/Chicago:20250313T130000
SUMMARY:IOP Group — morning (moved for staff training)
CATEGORIES:Group
LOCATION:https://zoom.us/j/81234567890?pwd=x
END:VEVENT
BEGIN:VEVENT
UID:individual@harbor
DTSTAMP:20250101T000000Z
DTSTART;TZID=America/Chicago:20250304T150000
DURATION:PT50M
RRULE:FREQ=WEEKLY
SUMMARY:Individual session with Dr. Lee
URL:https://harbor.doxy.me/drlee
END:VEVENT
BEGIN:VEVENT
UID:family@harbor
DTSTAMP:20250101T000000Z
DTSTART;TZID=America/Chicago:20250315T110000
DTEND;TZID=America/Chicago:20250315T120000
SUMMARY:Family session
URL:https://harbor.doxy.me/drlee
END:VEVENT
END:VCALENDAR
"""


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="sr-shot-"))
    os.environ["SESSIONREADY_HOME"] = str(home)
    os.environ["TZ"] = "America/Chicago"
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots/schedule.png"

    from PySide6.QtCore import QTimer

    from app.paths import data_dir
    from app.schedule.store import ScheduleStore
    from app.schedule.subscription import CacheMeta, FeedCache
    from app.ui.application import build_window, create_application
    from app.ui.context import AppContext

    app = create_application()
    ctx = AppContext(data_dir())
    if lang != "en":
        ctx.set_profile(ctx.profile.replace(language=lang, program_name="Harbor Virtual IOP"))
    else:
        ctx.set_profile(ctx.profile.replace(program_name="Harbor Virtual IOP"))
    store = ScheduleStore(ctx.data_dir, zone=ZONE)
    store.set_subscription_url(URL)
    cache = FeedCache(store.dir, URL)
    cache.body_path.write_text(ICS, "utf-8")
    cache.save_meta(CacheMeta(last_updated=(NOW - timedelta(minutes=12)).isoformat()))
    store.set_subscription_url(URL)  # reload the cache
    ctx.schedule = store
    window = build_window(ctx)
    page = window.pages["schedule"]
    page.clock = lambda: NOW  # type: ignore[attr-defined]
    window.resize(1100, 800)
    window.show()
    window.show_page("schedule")

    def shoot() -> None:
        page.rebuild()  # type: ignore[attr-defined]
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(out)
        app.quit()

    QTimer.singleShot(800, shoot)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
