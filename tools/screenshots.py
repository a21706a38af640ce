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
    display = ":87"
    proc = subprocess.Popen([xvfb, display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    return proc


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
        window.resize(1040, 720)
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
        window.close()
        QApplication.processEvents()
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
