"""Screenshots of the Notes page under Xvfb, from throw-away demo vaults with harmless notes.

    Xvfb :56 -screen 0 1280x800x24 &
    DISPLAY=:56 .venv/bin/python tools/screenshots_notes.py

Writes docs/screenshots/notes_setup.png (first run: the plain-words choice),
notes_recovery.png (the recovery-code screen, with a made-up code), notes_unlock.png and
notes.png (the list and editor). Nothing personal: every note below is invented sample text, the
data dirs are temporary and removed afterwards, and the demo "keyring" lives only in memory.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "demo passphrase for screenshots"
PROFILE = {
    "program_name": "Harbor Virtual IOP",
    "join_url": "https://zoom.us/j/0000000000",
    "phone_line": "+1 (555) 010-0100",
    "crisis_line": "988",
}
SAMPLE_NOTES = [
    ("Skills I learned", "Skill: box breathing (4 in, 4 hold, 4 out, 4 hold)\n\n"
     "What it helps with: when my chest gets tight before group\n\n"
     "When I will practise it: every morning with coffee", ("skills",), None, 1),
    ("Homework", "What to do: write three things that went OK each evening\n\n"
     "By when: Thursday's session\n\nHow it went: did it 4 nights out of 5", ("homework",), None, 2),
    ("Bring up next time", "Ask about a plan for the family dinner on Sunday.\n"
     "Sleep has been better since I stopped screens at 10.", ("bring up",), None, 3),
    ("Mood check-in", "Tired after work, but the walk helped. Felt calmer by the evening.",
     ("mood",), 6, 4),
    ("Mood check-in", "Good day. Called my sister and we laughed a lot.", ("mood",), 8, 6),
]  # fmt: skip


class DemoKeyring:
    """An in-memory stand-in for the OS keyring, so the setup screen shows both choices."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def describe(self) -> str:
        return "demo"

    def get(self, account: str) -> bytes | None:
        return self.items.get(account)

    def set(self, account: str, key: bytes) -> None:
        self.items[account] = key

    def delete(self, account: str) -> None:
        self.items.pop(account, None)


def pump(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def wait_for(app: object, condition: object, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise SystemExit("timed out waiting for the Notes page")


def shoot(window: object, name: str) -> None:
    path = OUT / name
    window.grab().save(str(path))  # type: ignore[attr-defined]
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def main() -> int:
    if not os.environ.get("DISPLAY"):
        sys.exit("Run under Xvfb: DISPLAY=:56 .venv/bin/python tools/screenshots_notes.py")
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    home = Path(tempfile.mkdtemp(prefix="sr-shots-notes-"))
    os.environ["SESSIONREADY_HOME"] = str(home / "first")
    try:
        from app.notes.vault import Vault
        from app.ui.application import build_window, create_application
        from app.ui.context import AppContext
        from app.ui.services import Services

        app = create_application(["SessionReady"])
        OUT.mkdir(parents=True, exist_ok=True)

        # 1. First run: the choice, then the recovery code (a fresh, empty data dir).
        first = home / "first"
        first.mkdir()
        (first / "profile.json").write_text(json.dumps(PROFILE))
        ctx = AppContext(first, services=Services(vault=lambda d: Vault(d, keystore=DemoKeyring())))
        window = build_window(ctx)
        window.resize(1100, 760)
        page = window.pages["notes"]
        window.show()
        window.show_page("notes")
        wait_for(app, lambda: page.stack.currentWidget() is page.setup_view)  # type: ignore[attr-defined]
        pump(app)
        shoot(window, "notes_setup.png")
        page.setup_view.create_button.click()  # type: ignore[attr-defined]
        wait_for(app, lambda: page.stack.currentWidget() is page.recovery_view)  # type: ignore[attr-defined]
        page.recovery_view.show_code("7KQ2-M9XD-4TWA-H3RZ-PB6E-1NCV-Y8FJ-5GS0")  # type: ignore[attr-defined]
        page.recovery_view.status.setText("")  # type: ignore[attr-defined]
        pump(app)
        shoot(window, "notes_recovery.png")
        page.shutdown()  # type: ignore[attr-defined]
        window.close()

        # 2. A vault in use: passphrase unlock, then the list and editor.
        used = home / "used"
        used.mkdir()
        (used / "profile.json").write_text(json.dumps(PROFILE))
        vault = Vault(used / "notes", keystore=None)
        vault.create(use_keyring=False, passphrase=PASSPHRASE)
        now = datetime.now(UTC).replace(hour=18, minute=30, second=0, microsecond=0)
        notes = []
        for title, body, tags, mood, days_ago in SAMPLE_NOTES:
            when = now - timedelta(days=days_ago, minutes=days_ago * 7)
            notes.append(vault.new_note(title=title, body=body, tags=tags, mood=mood)
                         .with_changes(created=when, updated=when, version=1))  # fmt: skip
        vault.save_many(notes)
        vault.close()
        ctx = AppContext(used, services=Services(vault=lambda d: Vault(d, keystore=None)))
        window = build_window(ctx)
        window.resize(1100, 760)
        page = window.pages["notes"]
        window.show()
        window.show_page("notes")
        wait_for(app, lambda: page.stack.currentWidget() is page.unlock_view)  # type: ignore[attr-defined]
        pump(app)
        shoot(window, "notes_unlock.png")
        page.unlock_view.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
        page.unlock_view.unlock_button.click()  # type: ignore[attr-defined]
        wait_for(app, lambda: page.stack.currentWidget() is page.notes_view)  # type: ignore[attr-defined]
        pump(app)
        shoot(window, "notes.png")
        page.shutdown()  # type: ignore[attr-defined]
        window.close()
        app.processEvents()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
