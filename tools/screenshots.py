"""Screenshots for the README, taken from a real window under Xvfb.

    make screenshots            # starts its own Xvfb when DISPLAY is not set

Uses a throw-away data dir with a demo program profile; writes docs/screenshots/*.png.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.fakes.checks for checks-es.png
OUT = ROOT / "docs" / "screenshots"
DEMO_PROFILE = {
    "program_name": "Harbor Virtual IOP",
    "video_host": "zoom.us",
    "join_url": "https://zoom.us/j/0000000000",
    "phone_line": "+1 (555) 010-0100",
    "support_contact": "Tech help 555-0101 (weekdays 8 am–8 pm)",
    "crisis_line": "988",
    "session_minutes": 180,
    "language": "en",
}


def ensure_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        sys.exit("Xvfb is needed for screenshots (apt-get install xvfb)")
    display = os.environ.get("SR_SHOTS_DISPLAY", ":87")
    proc = subprocess.Popen([xvfb, display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    return proc


def checks_in_spanish(app: object, ctx: object, window: object) -> None:
    """checks-es.png: the check page in Spanish after a run with fake (instant) results."""
    from PySide6.QtWidgets import QApplication

    from app.checks.base import CheckContext, CheckResult, Status
    from app.i18n import translate
    from tests.fakes.checks import FakeCheck

    # what the real checks say (their own catalogue entries), without touching any device
    said = {
        "connection": ("Connection", "Your connection is good for video.", ()),
        "camera": ("CameraCheck", "Your camera works and we can see you clearly.", ()),
        "microphone": ("MicrophoneCheck", "Your microphone works.", ()),
        "speakers": (
            "SpeakersCheck",
            "We could not confirm that your speakers work.",
            ("Use headphones: they keep the group private and stop echo.",),
        ),
        "battery": ("BatteryCheck", "Your charger is plugged in.", ()),
    }

    class SaysLikeTheRealCheck(FakeCheck):
        def run(self, c: CheckContext) -> CheckResult:
            result = super().run(c)
            context, headline, advice = said[self.id]
            return CheckResult(
                self.id,
                self.status,
                translate(context, headline),
                tuple(translate("SpeakersCheck", a) for a in advice),
                result.metrics,
            )

    ctx.set_profile(ctx.profile.replace(language="es"))  # type: ignore[attr-defined]
    window.show_page("checks")  # type: ignore[attr-defined]
    page = window.pages["checks"]  # type: ignore[attr-defined]
    page.devices_panel.stop()
    fakes = [
        SaysLikeTheRealCheck("connection"),
        SaysLikeTheRealCheck("camera"),
        SaysLikeTheRealCheck("microphone"),
        SaysLikeTheRealCheck("speakers", status=Status.WARN),
        SaysLikeTheRealCheck("battery"),
    ]
    page.set_checks(fakes)
    deadline = time.monotonic() + 20
    while page.is_running() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    page.devices_panel.stop()
    for _ in range(20):
        QApplication.processEvents()
        time.sleep(0.05)
    window.grab().save(str(OUT / "checks-es.png"))  # type: ignore[attr-defined]
    print(f"wrote {OUT / 'checks-es.png'}")
    ctx.set_profile(ctx.profile.replace(language="en"))  # type: ignore[attr-defined]


def main() -> int:
    xvfb = ensure_display()
    home = Path(tempfile.mkdtemp(prefix="sr-shots-"))
    os.environ["SESSIONREADY_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    (home / "profile.json").write_text(json.dumps(DEMO_PROFILE))
    try:
        from PySide6.QtWidgets import QApplication

        from app.paths import data_dir
        from app.ui.application import build_window, create_application
        from app.ui.context import AppContext

        app = create_application(["SessionReady"])
        ctx = AppContext(data_dir())
        window = build_window(ctx)
        window.resize(1040, 720)  # the default size (MainWindow.DEFAULT_WIDTH x HEIGHT)
        window.show()
        OUT.mkdir(parents=True, exist_ok=True)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.05)
        window.grab().save(str(OUT / "home.png"))
        print(f"wrote {OUT / 'home.png'}")
        # Accessibility: 200 % text, then high contrast (issue 9).
        for name, key, value in (
            ("home-200.png", "text_scale", 200),
            ("home-high-contrast.png", "high_contrast", True),
        ):
            ctx.set_setting(key, value)
            for _ in range(20):
                app.processEvents()
                time.sleep(0.05)
            window.grab().save(str(OUT / name))
            print(f"wrote {OUT / name}")
            ctx.set_setting(key, {"text_scale": 100, "high_contrast": False}[key])
        checks_in_spanish(app, ctx, window)
        from tools.screenshots_pages import every_page

        every_page(ctx, window, OUT)
        from tools.screenshots_diary_views import shoot

        shoot(OUT)  # issue 19: the week view, the chart, the PDF preview (and a PDF page)
        window.close()
        QApplication.processEvents()
        from tools.screenshots_diary import shoot_diary

        shoot_diary(OUT)  # the Diary page unlocked, from its own demo vault (issue 19)
        for lang in ("en", "es"):  # issue 18: the check-in (Ready, checklist step), discreet mode
            subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots_privacy.py"), lang],
                           check=True)  # fmt: skip
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
