"""Screenshots of Check my setup after a real run, under Xvfb, against the local stand-ins:
the speed-test server on 127.0.0.1 (20/8 Mbit/s), a video file as the camera, and a private
PulseAudio daemon (sine-wave microphone, null-sink speakers).

    DISPLAY=:N .venv/bin/python tools/screenshot_checks.py [en|es]

Writes docs/screenshots/checks.png (verdict and cards) and checks-devices.png (the live camera
mirror and microphone meter below the cards); with "es", checks-run-es.png.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    home = Path(tempfile.mkdtemp(prefix="sr-checks-shot-"))
    os.environ["SESSIONREADY_HOME"] = str(home / "data")
    from tests.harness import video
    from tests.harness.pulse import private_pulse
    from tests.harness.speedserver import SpeedServer

    server = SpeedServer(down_bps=20e6, up_bps=8e6).start()
    clip = video.write_video(home / "camera.avi", video.one_face, frames=45, fps=15)
    profile = {
        "program_name": "Harbor Virtual IOP",
        "video_host": server.host_port,
        "speedtest_server": server.url,
        "phone_line": "+1 555 010 0100",
        "join_url": "https://zoom.us/j/0000000000",
        "language": lang,
    }
    data = Path(os.environ["SESSIONREADY_HOME"])
    data.mkdir(parents=True)
    (data / "profile.json").write_text(json.dumps(profile))
    with private_pulse():
        from app.paths import data_dir
        from app.ui.application import build_window, create_application
        from app.ui.context import AppContext

        app = create_application(["SessionReady"])
        ctx = AppContext(data_dir())
        ctx.settings.set("camera", str(clip))
        ctx.settings.set("orientation_done", True)
        window = build_window(ctx)
        window.resize(1100, 900)
        window.show()

        def pump(seconds: float) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.02)

        pump(1.0)
        page = window.pages["checks"]
        # the patient answers "Yes, I heard it" to the speaker question
        shown = page._on_question
        page._on_question = lambda c, tok, q, ch: (shown(c, tok, q, ch), page._answer(tok, ch[0]))
        ctx.request_checks()
        assert page.worker is not None
        deadline = time.monotonic() + 90
        while page.worker is not None and time.monotonic() < deadline:
            pump(0.2)
        pump(2.5)  # the mirror and meter start again
        suffix = "" if lang == "en" else "-run-es"
        window.grab().save(str(OUT / f"checks{suffix}.png"))
        if lang == "en":
            page.scroll_area.verticalScrollBar().setValue(
                page.scroll_area.verticalScrollBar().maximum()
            )
            pump(1.0)
            window.grab().save(str(OUT / "checks-devices.png"))
        window.close()
        pump(0.5)
    server.close()
    print("screenshots written to", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
