"""Discreet mode: window title, tray tooltip and every notification say only "SessionReady";
in any mode notifications never carry a session title or note text."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from app.schedule.model import Session
from app.schedule.reminders import Reminder
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.notices import KINDS, notice, tray_tooltip, window_title
from app.ui.tray import ReminderService, TrayController

PROGRAM = "Riverside Eating Disorder IOP"
TITLE = "Trauma group with Dr. Lee"
PHONE = "+1 646 558 8656"
START = datetime(2025, 3, 3, 17, 0).astimezone()


def session() -> Session:
    return Session(
        uid="s1", title=TITLE, start=START, end=START + timedelta(hours=3), dial_in=PHONE
    )


def reminder(kind: str) -> Reminder:
    at = START - timedelta(minutes=15) if kind == "before" else START
    return Reminder(kind=kind, session=session(), at=at)


@pytest.fixture
def tray(qtbot: Any, app_ctx: AppContext) -> TrayController:
    app_ctx.set_profile(app_ctx.profile.replace(program_name=PROGRAM, phone_line=PHONE))
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    return TrayController(app_ctx, window, ReminderService(app_ctx, parent=window), window)


@pytest.mark.parametrize("kind", KINDS)
def test_no_mode_ever_shows_a_session_title_in_a_notification(
    tray: TrayController, kind: str
) -> None:
    for discreet in (False, True):
        tray.ctx.set_setting("discreet", discreet)
        text = " ".join(tray.texts(reminder(kind)))
        assert TITLE not in text and "Trauma" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_discreet_notifications_say_only_sessionready(tray: TrayController, kind: str) -> None:
    tray.ctx.set_setting("discreet", True)
    title, message, _action = tray.texts(reminder(kind))
    assert title == "SessionReady"
    for secret in (PROGRAM, "Riverside", "Eating", "646", TITLE):
        assert secret not in title + message
    if kind == "before":
        assert message == "Your session starts in 15 minutes"


def test_normal_mode_start_notification_offers_the_phone_number(tray: TrayController) -> None:
    _title, message, _a = tray.texts(reminder("start"))
    assert "646 558 8656" in message


def test_discreet_window_title_home_heading_and_tray_tooltip(
    qtbot: Any, main_window: MainWindow, app_ctx: AppContext
) -> None:
    app_ctx.set_profile(app_ctx.profile.replace(program_name=PROGRAM))
    assert PROGRAM in main_window.windowTitle()
    home = main_window.pages["home"]
    assert home.title.text() == PROGRAM
    app_ctx.set_setting("discreet", True)
    assert main_window.windowTitle() == "SessionReady"
    assert PROGRAM not in home.title.text() and "SessionReady" in home.title.text()
    tray = main_window.tray_controller
    assert tray is not None
    if tray.tray is not None:
        assert tray.tray.toolTip() == "SessionReady"
    assert tray_tooltip(PROGRAM, discreet=True) == "SessionReady"
    assert window_title(PROGRAM, discreet=False) == f"SessionReady — {PROGRAM}"


def test_discreet_mode_is_off_by_default_and_set_in_settings(
    qtbot: Any, main_window: MainWindow, app_ctx: AppContext
) -> None:
    from app.ui.settings_dialog import SettingsDialog

    assert app_ctx.settings.get("discreet") is False
    dialog = SettingsDialog(app_ctx, main_window)
    qtbot.addWidget(dialog)
    assert not dialog.discreet.isChecked()
    dialog.discreet.setChecked(True)
    dialog.save()
    assert app_ctx.settings.get("discreet") is True


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        notice("gossip", discreet=False, start=START, now=START)
