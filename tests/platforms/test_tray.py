"""Reminders on desktops with a tray (Windows, macOS's menu bar, KDE, …) and without one (GNOME
without the AppIndicator extension): ``QSystemTrayIcon.isSystemTrayAvailable`` is the boundary."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon, QWidget

from app.schedule.model import Session
from app.schedule.reminders import Reminder
from app.ui.formatting import time_text

START = datetime(2025, 3, 3, 17, 0, tzinfo=ZoneInfo("America/Chicago"))
SESSION = Session(
    "uid-1", "Evening group", START, START + timedelta(hours=3), "https://meet.example.org/x"
)


@pytest.fixture
def tray_for(qtbot: Any, app_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from app.ui.tray import ReminderService, TrayController

    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *a: shown.append(a))

    def make(has_tray: bool) -> tuple[Any, list[tuple[Any, ...]]]:
        monkeypatch.setattr(
            QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: has_tray)
        )
        window = QWidget()
        qtbot.addWidget(window)
        service = ReminderService(app_ctx, clock=lambda: START - timedelta(minutes=15))
        controller = TrayController(app_ctx, window, service)
        return controller, shown

    return make


# A tray icon made where offscreen Qt has none (the simulation) says it cannot follow the tray.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_with_a_tray_the_reminder_is_a_notification(
    tray_for: Any, qtbot: Any, app_ctx: Any
) -> None:
    controller, shown = tray_for(True)
    assert controller.available and controller.tray is not None and controller.tray.isVisible()
    actions = [a.text() for a in controller.menu.actions() if a.text()]
    assert actions == [
        "Open SessionReady",
        "Run checks now",
        "Join next session",
        "Today's diary card",
        "Quit",
    ]
    controller.service.reminder_due.emit(Reminder("before", SESSION, START - timedelta(minutes=15)))
    assert len(shown) == 1 and controller.popup is None  # no window pops up over other apps
    title, message, icon, msecs = shown[0]
    assert title == f"Your session starts at {time_text(START)}"
    assert message.startswith("Your session starts soon")
    assert "Evening group" not in title + message  # never the session's title (issue 18)
    assert icon == QSystemTrayIcon.MessageIcon.Information and msecs == 60_000
    with qtbot.waitSignal(app_ctx.navigate_requested) as nav:
        controller.tray.messageClicked.emit()  # clicking the notification runs the checks
    assert nav.args == ["checks"]


def test_without_a_tray_the_reminder_is_a_small_window(
    tray_for: Any, qtbot: Any, app_ctx: Any
) -> None:
    controller, shown = tray_for(False)
    assert not controller.available and controller.tray is None
    controller.service.reminder_due.emit(Reminder("before", SESSION, START - timedelta(minutes=15)))
    assert shown == []
    popup = controller.popup
    assert popup is not None and popup.isVisible()
    assert not popup.isModal()  # never blocks the main window
    button = next(b for b in popup.findChildren(QPushButton) if "Run checks" in b.text())
    with qtbot.waitSignal(app_ctx.navigate_requested) as nav:
        button.click()
    assert nav.args == ["checks"]
    # A second reminder replaces the first window instead of stacking another one.
    controller.service.reminder_due.emit(Reminder("start", SESSION, START))
    assert controller.popup is not popup and not popup.isVisible()
    assert any(b.text() == "Join" for b in controller.popup.findChildren(QPushButton))
