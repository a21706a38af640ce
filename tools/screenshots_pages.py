"""Every page at the default window size in English and Spanish, at 200 % text and in high
contrast: docs/screenshots/<page>-<mode>.png (called by tools/screenshots.py).

The window shows a recorded check run (a warning, so the cards, the banner and the Ready screen
have something to say) and the demo profile; nothing touches a camera or the network.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

# mode name -> (language, text size %, high contrast)
MODES = {
    "en": ("en", 100, False),
    "es": ("es", 100, False),
    "200": ("en", 200, False),
    "high-contrast": ("en", 100, True),
}


def settle(seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        # no event loop runs here: deleteLater() would otherwise never delete anything
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.03)


def demo_run() -> Any:
    from app.checks.base import CheckResult, Metric, Status
    from app.checks.history import RunRecord

    return RunRecord(
        datetime.now(UTC),
        "warnings",
        (
            CheckResult(
                "connection",
                Status.PASS,
                "Your connection is good for video.",
                (),
                (Metric("download_mbps", 48.2, "Mbps"), Metric("rtt_ms", 23.0, "ms")),
            ),
            CheckResult(
                "camera",
                Status.WARN,
                "Your camera works, but the room is dark.",
                ("Turn on a light in front of you.",),
            ),
            CheckResult("microphone", Status.PASS, "Your microphone works."),
            CheckResult("battery", Status.PASS, "Your charger is plugged in."),
        ),
    )


def views(window: Any) -> dict[str, Callable[[], None]]:
    """Screen name -> how to show it."""
    checklist = window.pages["checklist"]

    def page(pid: str) -> Callable[[], None]:
        return lambda: window.show_page(pid)

    def checklist_view(show: Callable[[], None]) -> Callable[[], None]:
        def go() -> None:
            window.show_page("checklist")
            show()

        return go

    out = {pid: page(pid) for pid in window.pages if pid != "checklist"}
    out["checklist"] = checklist_view(lambda: checklist.go_to(0))
    out["checklist-summary"] = checklist_view(checklist.show_summary)
    out["checklist-ready"] = checklist_view(checklist.show_ready)
    return out


def save(window: Any, path: Path) -> None:
    window.grab().save(str(path), "PNG", 9)  # 9: the smallest file
    print(f"wrote {path}")


def every_page(ctx: Any, window: Any, out: Path) -> None:
    ctx.record_run(demo_run())
    checks = window.pages["checks"]
    for result in demo_run().results:
        if result.check_id in checks.cards:
            checks.cards[result.check_id].set_result(result)
    for mode, (language, scale, high) in MODES.items():
        ctx.set_profile(ctx.profile.replace(language=language))
        ctx.set_setting("text_scale", scale)
        ctx.set_setting("high_contrast", high)
        settle()
        for name, show in views(window).items():
            show()
            settle(0.4)
            checks.devices_panel.stop()  # no live camera in a screenshot
            window.pages[window.current_page_id()].scroll_area.verticalScrollBar().setValue(0)
            settle(0.2)
            save(window, out / f"{name}-{mode}.png")
    ctx.set_profile(ctx.profile.replace(language="en"))
    ctx.set_setting("text_scale", 100)
    ctx.set_setting("high_contrast", False)
    settle()
