"""Screenshots of the session monitor (run under Xvfb; writes docs/screenshots/monitor-*.png).

    Xvfb :47 -screen 0 1280x800x24 &  DISPLAY=:47 .venv/bin/python tools/screenshot_monitor.py

A three-hour session (6–9 pm, America/Chicago) is simulated in a second with the monitor's
injectable clock: the Wi-Fi signal falls at 6:42 pm, the round trip climbs above 400 ms at
6:44 pm, data is lost for two minutes at 7:30 pm, a VPN connects at 8:05 pm. Then: the notice
the window shows when there is no tray (Xvfb has none; with a tray it is the same title, text
and action as a tray message), in English and Spanish, and the support view's timeline.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ["TZ"] = "America/Chicago"
time.tzset()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
from screenshots import DEMO_PROFILE  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
START = datetime(2025, 3, 10, 18, 0, tzinfo=ZoneInfo("America/Chicago"))


def simulate(home: Path) -> None:
    from app.monitor.limits import load_limits
    from app.monitor.monitor import Monitor
    from app.monitor.store import MonitorStore
    from tests.fakes.monitor import Conditions, ScriptedSampler, SimClock, good

    def script(t: float) -> Conditions:
        m = t / 60
        return good(
            wifi_dbm=-79.0 if 42 <= m < 46 else -58.0,
            rtt_ms=520.0 if 44 <= m < 47 else 48.0,
            loss=0.3 if 90 <= m < 92 else 0.0,
            vpn=1 if m >= 125 else 0,
            battery_pct=95.0,
            plugged=True,
        )

    clock = SimClock(START)
    Monitor(
        ScriptedSampler(script),
        load_limits(),
        clock,
        MonitorStore(home),
        session_end=START + timedelta(hours=3),
        reason="join",
    ).run(180)


def settle(app: object, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.03)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="sr-monitor-shots-"))
    os.environ["SESSIONREADY_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    (home / "profile.json").write_text(json.dumps(DEMO_PROFILE))
    try:
        from PySide6.QtCore import QRect

        from app.monitor.rules import PHONE, RAISED, MonitorEvent
        from app.paths import data_dir
        from app.ui.application import build_window, create_application
        from app.ui.context import AppContext
        from app.ui.monitor import MonitorNotices

        simulate(data_dir())
        app = create_application(["SessionReady"])
        ctx = AppContext(data_dir())
        window = build_window(ctx)
        window.resize(1040, 720)
        window.move(40, 40)
        window.show()
        settle(app)
        OUT.mkdir(parents=True, exist_ok=True)
        notices = MonitorNotices(ctx, window)  # no tray: the small window
        event = MonitorEvent(RAISED, "slow", START, 0.0, 520.0, True, PHONE)
        for lang, name in (("en", "monitor-notice.png"), ("es", "monitor-notice-es.png")):
            ctx.set_profile(ctx.profile.replace(language=lang))
            settle(app, 0.5)
            notices.show(event)
            assert notices.popup is not None
            notices.popup.move(window.x() + 560, window.y() + 330)
            settle(app)
            app.primaryScreen().grabWindow(0).save(str(OUT / name))  # type: ignore[attr-defined]
            print(f"wrote {OUT / name}")
            notices.popup.close()
        ctx.set_profile(ctx.profile.replace(language="en"))
        ctx.navigate_requested.emit("help")
        settle(app)
        page = window.findChild(object, "supportPanel")
        help_page = page.parentWidget()
        while help_page is not None and not hasattr(help_page, "support_toggle"):
            help_page = help_page.parentWidget()
        help_page.support_toggle.click()  # type: ignore[union-attr]
        end = time.monotonic() + 20
        while (page.report is None or page.is_busy()) and time.monotonic() < end:
            settle(app, 0.2)
        settle(app)
        bottom = page.timeline.geometry().bottom() + 12
        page.grab(QRect(0, 0, page.width(), bottom)).save(str(OUT / "monitor-timeline.png"))
        print(f"wrote {OUT / 'monitor-timeline.png'}")
        window.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
