"""Screenshots of issue 18 under Xvfb: the safety check-in on the Ready screen, and discreet mode.

    Xvfb :48 -screen 0 1280x800x24 &
    DISPLAY=:48 .venv/bin/python tools/screenshots_privacy.py [es]

Writes docs/screenshots/ready_checkin[_es].png and discreet_mode[_es].png. Invented sample data in
a temporary data dir (removed afterwards); the demo vault uses the floor KDF.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PASS = "demo passphrase for screenshots"


def wait_for(app: object, condition: object, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise SystemExit("timed out")


def main(lang: str) -> None:
    home = Path(tempfile.mkdtemp(prefix="sr-shots-"))
    os.environ["SESSIONREADY_HOME"] = str(home)
    (home / "profile.json").write_text(json.dumps({
        "program_name": "Harbor Virtual IOP", "join_url": "https://zoom.us/j/0000000000",
        "phone_line": "+1 (555) 010-0100", "language": lang,
    }))  # fmt: skip
    from app.notes.checkin import CheckIn
    from app.notes.crypto import KdfParams
    from app.notes.vault import Vault
    from app.ui.application import build_window, create_application
    from app.ui.context import AppContext
    from app.ui.notices import notice, tray_tooltip, window_title
    from app.ui.services import Services

    def fast_vault(folder: Path) -> Vault:
        return Vault(folder, keystore=None, kdf_params=KdfParams.floor())

    v = fast_vault(home / "notes")
    v.create(use_keyring=False, passphrase=PASS)
    v.save(CheckIn("48 Maple Street, Apt 2, Springfield", "Jordan Lee", "(555) 010-0142").to_note())
    v.close()
    app = create_application(["SessionReady"])
    ctx = AppContext(home, services=Services(vault=fast_vault, live_devices=False))
    suffix = "" if lang == "en" else f"_{lang}"
    w = build_window(ctx)
    w.resize(1040, 900)
    w.show()
    page = w.notes_page()
    w.show_page("notes")
    wait_for(app, lambda: page.stack.currentWidget() is page.unlock_view)
    page.unlock_view.passphrase_entered.emit(PASS)
    wait_for(app, lambda: page.unlocked)
    w.show_page("checklist")
    checklist = w.pages["checklist"]
    checklist.show_ready()  # type: ignore[attr-defined]
    wait_for(app, lambda: True, 0.5)
    w.grab().save(str(OUT / f"ready_checkin{suffix}.png"))

    from PySide6.QtWidgets import QLabel

    ctx.set_setting("discreet", True)
    start = datetime.now().astimezone() + timedelta(minutes=15)
    n = notice("before", discreet=True, start=start, now=start - timedelta(minutes=15))
    panel = QLabel(
        f"<p><b>Window title:</b> {w.windowTitle()}</p>"
        f"<p><b>Tray tooltip:</b> {tray_tooltip(ctx.profile.program_name, discreet=True)}</p>"
        f"<p><b>Reminder:</b> {n.title} — {n.message}</p>"
        f"<p style='color:gray'>(normal mode title: "
        f"{window_title(ctx.profile.program_name, discreet=False)})</p>"
    )
    panel.setMargin(20)
    panel.resize(640, 200)
    panel.show()
    wait_for(app, lambda: True, 0.3)
    panel.grab().save(str(OUT / f"discreet_mode{suffix}.png"))
    page.lock()
    page.controller.wait(10_000)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
