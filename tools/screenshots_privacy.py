"""Screenshots of issue 18 under Xvfb: the safety check-in on the Ready screen, and discreet mode.

    Xvfb :48 -screen 0 1280x800x24 &
    DISPLAY=:48 .venv/bin/python tools/screenshots_privacy.py [es]

Writes docs/screenshots/ready_checkin[_es].png, checklist_checkin[_200|_locked][_es].png (the
location step) and discreet_mode[_es].png. Invented sample data in a temporary data dir (removed
afterwards); the demo vault uses the floor KDF. `make screenshots` runs it for en and es.
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
from typing import Any

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
    checklist_step(app, ctx, w, page, suffix)
    discreet_mode(app, ctx, w, suffix)
    page.lock()
    page.controller.wait(10_000)
    shutil.rmtree(home, ignore_errors=True)


def checklist_step(app: Any, ctx: Any, w: Any, page: Any, suffix: str) -> None:
    """checklist_checkin*.png: the location step with the check-in shown (default size; also
    960x600 at 200 % text), then locked (asks to unlock)."""
    from PySide6.QtCore import QPoint

    checklist = w.pages["checklist"]
    items = checklist.content.items
    checklist.go_to(next(n for n, i in enumerate(items) if i.shows == "checkin"))
    w.resize(1040, 720)
    wait_for(app, lambda: True, 0.5)
    w.grab().save(str(OUT / f"checklist_checkin{suffix}.png"))
    ctx.set_setting("text_scale", 200)
    w.resize(960, 600)
    wait_for(app, lambda: True, 1.5)
    box = checklist.step.extras["checkin"]
    area = checklist.scroll_area
    area.verticalScrollBar().setValue(box.mapTo(area.widget(), QPoint(0, 0)).y() - 8)
    wait_for(app, lambda: True, 0.5)
    w.grab().save(str(OUT / f"checklist_checkin_200{suffix}.png"))
    ctx.set_setting("text_scale", 100)
    page.lock()
    page.controller.wait(10_000)
    w.resize(1040, 720)
    wait_for(app, lambda: not page.unlocked, 5)
    wait_for(app, lambda: True, 0.5)
    w.grab().save(str(OUT / f"checklist_checkin_locked{suffix}.png"))


def discreet_mode(app: Any, ctx: Any, w: Any, suffix: str) -> None:
    """discreet_mode*.png: the Settings dialog with discreet mode on, over the main window, with
    the window titles, a reminder and the tray tooltip drawn as a desktop shows them (Xvfb has no
    window manager to draw them); every text comes from the program (app/ui/notices.py)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QTabWidget

    from app.ui.notices import notice, tray_tooltip
    from app.ui.settings_dialog import SettingsDialog

    ctx.set_setting("discreet", True)
    w.show_page("home")
    w.resize(1040, 720)
    dialog = SettingsDialog(ctx, w)
    dialog.findChild(QTabWidget).setCurrentIndex(1)  # Display: discreet mode is there
    dialog.resize(560, 320)
    dialog.show()
    wait_for(app, lambda: True, 0.5)
    start = datetime.now().astimezone() + timedelta(minutes=15)
    n = notice("before", discreet=True, start=start, now=start - timedelta(minutes=15))
    bar, panel = 30, 40
    height = 720 + bar + panel + 30
    canvas = QImage(1040, height, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#3b4252"))
    p = QPainter(canvas)
    p.setPen(QColor("white"))
    p.drawText(QRect(12, 0, 1000, bar), Qt.AlignmentFlag.AlignVCenter, w.windowTitle())
    p.drawImage(0, bar, w.grab().toImage())
    x, y = 240, 170
    p.fillRect(x, y, dialog.width(), bar, QColor("#4c566a"))
    p.drawText(QRect(x + 12, y, 500, bar), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle())
    p.drawImage(x, y + bar, dialog.grab().toImage())
    p.setPen(QColor("#4c566a"))
    p.drawRect(x, y, dialog.width() - 1, dialog.height() + bar - 1)
    dialog.close()
    p.setPen(QColor("white"))
    top = 720 + bar  # the desktop's panel: the tray icon at the right, its tooltip above it
    p.fillRect(1040 - 34, top + 8, 24, 24, QColor("#5e81ac"))
    tip = tray_tooltip(ctx.profile.program_name, discreet=True)
    tip_box = QRect(1040 - 240, top + 6, 190, 28)
    p.fillRect(tip_box, QColor("#fffbe6"))
    p.setPen(QColor("black"))
    p.drawText(tip_box, Qt.AlignmentFlag.AlignCenter, tip)
    bubble = QRect(1040 - 380, top - 200, 360, 90)  # a notification, above the panel
    p.fillRect(bubble, QColor("#2e3440"))
    p.setPen(QColor("white"))
    font = p.font()
    font.setBold(True)
    p.setFont(font)
    p.drawText(bubble.adjusted(14, 10, -14, -50), Qt.AlignmentFlag.AlignLeft, n.title)
    font.setBold(False)
    p.setFont(font)
    p.drawText(bubble.adjusted(14, 38, -14, -8), Qt.TextFlag.TextWordWrap, n.message)
    p.setPen(QColor("#c0c8d8"))
    p.drawText(
        QRect(12, top + panel, 1016, 26),
        Qt.AlignmentFlag.AlignLeft,
        "(title bars, the notification and the tray tooltip are drawn around real screenshots;"
        " their texts are the program's own)",
    )
    p.end()
    canvas.save(str(OUT / f"discreet_mode{suffix}.png"))
    ctx.set_setting("discreet", False)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
