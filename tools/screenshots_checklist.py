"""Screenshots of the privacy checklist flow (a step, the summary, the Ready screen) under Xvfb.

    DISPLAY=:45 .venv/bin/python tools/screenshots_checklist.py

Uses a throw-away data dir with a demo profile and a demo check run (no personal data).
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="sr-shots-checklist-"))
    os.environ["SESSIONREADY_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    profile = {
        "program_name": "Harbor Virtual IOP",
        "join_url": "https://zoom.us/j/0000000000",
        "phone_line": "+1 (555) 010-0100",
        "crisis_line": "988",
    }
    (home / "profile.json").write_text(json.dumps(profile))
    from PySide6.QtWidgets import QApplication

    from app.checks.base import CheckResult, Metric, Status
    from app.checks.history import RunRecord
    from app.paths import data_dir
    from app.ui.application import build_window, create_application
    from app.ui.context import AppContext

    app = create_application(["SessionReady"])
    ctx = AppContext(data_dir())
    ctx.record_run(
        RunRecord(
            datetime.now(UTC),
            "warnings",
            (
                CheckResult(
                    "connection",
                    Status.WARN,
                    "Your internet is slow right now. Move closer to your router.",
                    metrics=(Metric("download_mbps", 2.1, "Mbit/s"),),
                ),
                CheckResult(
                    "microphone", Status.PASS, "", metrics=(Metric("noise_floor_dbfs", -58.0),)
                ),
                CheckResult("camera", Status.PASS, "", metrics=(Metric("faces", 1),)),
            ),
        )
    )
    window = build_window(ctx)
    window.resize(1100, 780)
    window.show()
    window.show_page("checklist")
    page = window.pages["checklist"]

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    settle()
    page.go_to(0)
    settle()
    window.grab().save(str(OUT / "checklist-step.png"))
    page.step.yes_button.click()
    page.step.no_button.click()  # alone_in_view: the patient overrides → tip shown
    page.step.next_button.click()
    for _ in range(3):
        page.step.yes_button.click()
    page.step.not_possible_button.click()
    page.show_summary()
    settle()
    window.grab().save(str(OUT / "checklist-summary.png"))
    page.show_ready()
    settle()
    window.grab().save(str(OUT / "ready.png"))
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
