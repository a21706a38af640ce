"""Screenshots of the Diary page (issue 19) from a throw-away demo vault with invented entries.

    Xvfb :44 -screen 0 1280x900x24 &
    DISPLAY=:44 .venv/bin/python tools/screenshots_diary.py

Also called by tools/screenshots.py (make screenshots). Writes docs/screenshots/
diary-card-<mode>.png, diary-thought-<mode>.png and diary-practice-<mode>.png for the modes en,
es (default window size) and en-min, es-min (the minimum size, 960 x 600); diary-week-es-200.png
and diary-chart-high-contrast.png (the views inside the page). Nothing personal: the
entries are sample text, the data dir is temporary and removed afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "demo passphrase for screenshots"
PROFILE = {"program_name": "Harbor Virtual IOP", "crisis_line": "988"}
# mode -> (language, window size)
MODES = {
    "en": ("en", (1040, 720)),
    "es": ("es", (1040, 720)),
    "en-min": ("en", (960, 600)),
    "es-min": ("es", (960, 600)),
}


def pump(seconds: float = 0.6) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.02)


def wait_for(condition: Any, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        pump(0.05)
        if condition():
            return
    raise SystemExit("timed out waiting for the Diary page")


def demo_entries() -> list[Any]:
    from app.diary.entries import DiaryCard, ThoughtRecord

    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    yesterday = date.today() - timedelta(days=1)
    return [
        DiaryCard(
            day=yesterday,
            ratings={"urge_self_harm": 1, "sadness": 3, "anger": 1, "joy": 2},
            acted={"urge_self_harm": False},
            skills=(),
            note="Long day at work; the walk helped.",
        ),
        ThoughtRecord(
            when=now - timedelta(days=2, hours=3),
            situation="My friend did not answer my text all afternoon.",
            thought="She is tired of me.",
            emotion="Sad, worried",
            intensity=70,
            evidence_for="She answered late last week too.",
            evidence_against="She said she had a busy week. She asked me to dinner on Sunday.",
            balanced="She is busy; she still wants to see me.",
            intensity_after=30,
        ),
        ThoughtRecord(
            when=now - timedelta(days=5),
            situation="Group started without me while I fixed my camera.",
            thought="Everyone noticed I was late.",
            emotion="Embarrassed",
            intensity=60,
        ),
    ]


def demo_practice(skills: list[str]) -> list[Any]:
    from app.diary.entries import SkillPractice

    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    notes = ["Before bed; it slowed my breathing.", "At the store, when the line was long.", ""]
    return [
        SkillPractice(when=now - timedelta(days=n, hours=2 * n), skill=s, rating=4 - n, note=t)
        for n, (s, t) in enumerate(zip(skills, notes, strict=False))
    ]


def make_vault(home: Path) -> None:
    from app.diary.card import load_card
    from app.diary.entries import to_note
    from app.notes.vault import Vault

    vault = Vault(home / "notes", keystore=None)
    vault.create(use_keyring=False, passphrase=PASSPHRASE)
    skills = [s.id for s in load_card().skills[:3]]
    for entry in [*demo_entries(), *demo_practice(skills)]:
        vault.save(to_note(entry))
    vault.close()


def fill_today(page: Any) -> None:
    """A card half filled in, as the patient would see it while typing."""
    editor = page.card
    for n, w in enumerate(editor.rows[:6]):
        w.scale.set_value((n * 2) % 6)
    boxes = list(editor.skill_boxes.values())
    for box in boxes[:2]:
        box.setChecked(True)


def shoot_diary(out: Path = OUT) -> None:
    from app.notes.vault import Vault
    from app.ui.application import build_window, create_application
    from app.ui.context import AppContext
    from app.ui.services import Services

    home = Path(tempfile.mkdtemp(prefix="sr-shots-diary-"))
    try:
        (home / "profile.json").write_text(json.dumps(PROFILE))
        make_vault(home)
        create_application(["SessionReady"])
        ctx = AppContext(home, services=Services(vault=lambda d: Vault(d, keystore=None)))
        window = build_window(ctx)
        window.resize(1040, 720)
        window.show()
        notes = window.notes_page()
        window.show_page("notes")
        wait_for(lambda: notes.stack.currentWidget() is notes.unlock_view)
        notes.unlock_view.passphrase.setText(PASSPHRASE)
        notes.unlock_view.unlock_button.click()
        wait_for(lambda: notes.unlocked)
        ctx.diary_card_requested.emit()
        page = window.pages["diary"]
        wait_for(lambda: window.current_page_id() == "diary")
        fill_today(page)
        out.mkdir(parents=True, exist_ok=True)
        for mode, (language, size) in MODES.items():
            if language != ctx.profile.language:
                ctx.set_profile(ctx.profile.replace(language=language))
            window.resize(*size)
            for tab, name in ((page.card, "card"), (page.thoughts, "thought"),
                              (page.practice, "practice")):  # fmt: skip
                page.tabs.setCurrentWidget(tab)
                if tab is page.thoughts:
                    page.thoughts.load(ctx.diary.thoughts[0])
                if tab is page.practice:
                    page.practice.load(None)
                page.scroll_to_top()
                pump()
                path = out / f"diary-{name}-{mode}.png"
                window.grab().save(str(path))
                print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
        # the views inside the page: the week at the minimum size, Spanish, 200 % text; the
        # chart in high contrast
        for tab, name, language, setting, size in (
            (page.chart, "chart-high-contrast", "en", ("high_contrast", True), (1040, 720)),
            (page.week, "week-es-200", "es", ("text_scale", 200), (960, 600)),
        ):
            ctx.set_profile(ctx.profile.replace(language=language))
            ctx.set_setting(*setting)
            window.resize(*size)
            page.tabs.setCurrentWidget(tab)
            page.scroll_to_top()
            pump()
            path = out / f"diary-{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
            ctx.set_setting(setting[0], {"text_scale": 100, "high_contrast": False}[setting[0]])
        ctx.set_profile(ctx.profile.replace(language="en"))
        notes.shutdown()
        window.close()
        pump(0.2)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        sys.exit("Run under Xvfb: DISPLAY=:44 .venv/bin/python tools/screenshots_diary.py")
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["SESSIONREADY_HOME"] = tempfile.mkdtemp(prefix="sr-shots-home-")
    shoot_diary()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
