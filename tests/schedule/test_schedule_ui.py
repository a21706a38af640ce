"""pytest-qt: the Schedule page, the live countdown, reminders firing (time injected, no sleeps)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from app.schedule.store import ScheduleStore
from tests.harness.calendar_server import CalendarServer

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
CHICAGO = ZoneInfo("America/Chicago")
MON_NOON = datetime(2025, 3, 3, 12, 0, tzinfo=CHICAGO)


@pytest.fixture
def store(app_ctx, sr_home: Path) -> ScheduleStore:  # type: ignore[no-untyped-def]
    # The calendar link lives in the profile, as in the app (AppContext.schedule).
    s = ScheduleStore(sr_home, zone=CHICAGO, default_url=lambda: app_ctx.profile.calendar_url)
    app_ctx.schedule = s
    return s


def make_page(qtbot, app_ctx, now=MON_NOON):  # type: ignore[no-untyped-def]
    from app.ui.pages.schedule import SchedulePage

    page = SchedulePage(app_ctx, clock=lambda: now)
    qtbot.addWidget(page)
    return page


def texts(page, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.text() for w in page.findChildren(QLabel, name)]


def test_page_groups_sessions_by_day_with_times_and_actions(qtbot, app_ctx, store) -> None:  # type: ignore[no-untyped-def]
    store.import_file(FIX / "iop_weekly.ics")
    page = make_page(qtbot, app_ctx)
    days = texts(page, "dayHeading")
    assert days[0].startswith("Today") and days[1].startswith("Tomorrow")
    assert len(days) == 4  # Mon, Tue, Wed, Thu within the next 7 days
    whens = texts(page, "sessionWhen")
    assert "5:00\u202fPM" in whens[0] or "5:00 PM" in whens[0] or "17:00" in whens[0]
    assert "3 h" in whens[0] and "Group" in whens[0]
    assert "50 min" in whens[1] and "Individual" in whens[1]
    ways = texts(page, "sessionWays")
    assert "zoom.us" in ways[0] and "SECRETTOKEN" not in " ".join(ways)
    assert "+1 646 558 8656" in ways[0]
    with qtbot.waitSignal(app_ctx.navigate_requested) as nav:
        page.sessions.cards[0].checks_button.click()
    assert nav.args == ["checks"]
    assert page.sessions.cards[0].join_button.isEnabled()


def test_join_shows_host_then_opens_link(qtbot, app_ctx, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store.import_file(FIX / "iop_weekly.ics")
    page = make_page(qtbot, app_ctx)
    opened: list[str] = []
    monkeypatch.setattr(
        "app.ui.join.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "joinConfirm")
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        join = next(b for b in box.findChildren(QPushButton) if "Join" in b.text())
        join.click()

    QTimer.singleShot(0, answer)
    page.sessions.cards[0].join_button.click()
    assert seen and "zoom.us" in seen[0] and "SECRETTOKEN" not in seen[0]
    assert opened and opened[0].startswith("https://zoom.us/j/81234567890")


def test_import_bad_file_shows_message_and_keeps_schedule(qtbot, app_ctx, store) -> None:  # type: ignore[no-untyped-def]
    store.import_file(FIX / "iop_weekly.ics")
    page = make_page(qtbot, app_ctx)
    before = len(page.sessions.cards)
    worker = page.sources.import_path(FIX / "not_calendar.html")
    qtbot.waitUntil(lambda: page.sources.error.isVisibleTo(page), timeout=10_000)
    assert "not a calendar" in page.sources.error.text()
    assert len(page.sessions.cards) == before > 0
    del worker


def test_dropping_an_ics_file_imports_it(qtbot, app_ctx, store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, app_ctx)
    assert texts(page, "scheduleEmpty")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIX / "iop_weekly.ics"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(app_ctx.schedule_changed, timeout=10_000):
        page.dropEvent(event)
    qtbot.waitUntil(lambda: len(page.sessions.cards) > 0, timeout=10_000)


@pytest.mark.harness
def test_link_with_server_down_shows_cache_and_message(qtbot, app_ctx, store) -> None:  # type: ignore[no-untyped-def]
    server = CalendarServer((FIX / "iop_weekly.ics").read_bytes())
    try:
        page = make_page(qtbot, app_ctx)
        with qtbot.waitSignal(app_ctx.schedule_changed, timeout=10_000):
            page.sources.subscribe(server.url())
        qtbot.waitUntil(lambda: page.sources.refresh_button.isEnabled(), timeout=10_000)
        qtbot.waitUntil(lambda: len(page.sessions.cards) > 0, timeout=10_000)
        assert "last updated" in page.sources.status.text()
        assert "127.0.0.1" in page.sources.status.text()
        server.stop()
        with qtbot.waitSignal(app_ctx.schedule_changed, timeout=15_000):
            page.sources.refresh_now()
        assert page.sources.error.isVisibleTo(page)
        assert (
            "internet" in page.sources.error.text() and "last calendar" in page.sources.error.text()
        )
        assert len(page.sessions.cards) > 0
    finally:
        server.stop()


def test_home_countdown_ticks_every_second_in_the_last_hour(qtbot, app_ctx, store) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.home import HomePage

    store.import_file(FIX / "iop_weekly.ics")
    home = HomePage(app_ctx)
    qtbot.addWidget(home)
    home.refresh(datetime(2025, 3, 3, 16, 47, 55, tzinfo=CHICAGO))
    assert home.countdown.text() == "in 12 min 05 s"
    assert home._timer.interval() == 1000
    home.refresh(datetime(2025, 3, 3, 16, 47, 56, tzinfo=CHICAGO))
    assert home.countdown.text() == "in 12 min 04 s"
    home.refresh(datetime(2025, 3, 3, 9, 0, tzinfo=CHICAGO))
    assert home.countdown.text() == "in 8 h 0 min"
    assert home._timer.interval() == 30_000
    home.refresh(datetime(2025, 3, 3, 17, 30, tzinfo=CHICAGO))
    assert home.countdown.text() == "Happening now"
    # The battery check gets the remaining length of the session in progress.
    assert app_ctx.session_minutes_remaining(datetime(2025, 3, 3, 17, 30, tzinfo=CHICAGO)) == 150


def test_reminders_fire_before_and_at_start(qtbot, app_ctx, store) -> None:  # type: ignore[no-untyped-def]
    from app.ui.tray import ReminderService, TrayController

    store.import_file(FIX / "iop_weekly.ics")
    clock = SimpleNamespace(now=datetime(2025, 3, 3, 16, 40, tzinfo=CHICAGO))
    window = QWidget()
    qtbot.addWidget(window)
    service = ReminderService(app_ctx, clock=lambda: clock.now)
    tray = TrayController(app_ctx, window, service)
    assert service.rearm() == 60_000  # 5 min to go: capped at a minute
    assert service.check() == []
    clock.now = datetime(2025, 3, 3, 16, 45, tzinfo=CHICAGO)
    with qtbot.waitSignal(service.reminder_due) as due:
        service.timer.timeout.emit()
    assert due.args[0].kind == "before"
    if not tray.available:
        assert tray.popup is not None and tray.popup.isVisible()
        assert "5:00" in tray.popup.windowTitle() or "17:00" in tray.popup.windowTitle()
        button = next(b for b in tray.popup.findChildren(QPushButton) if "Run checks" in b.text())
        with qtbot.waitSignal(app_ctx.navigate_requested) as nav:
            button.click()
        assert nav.args == ["checks"]
    clock.now = datetime(2025, 3, 3, 17, 0, 30, tzinfo=CHICAGO)
    with qtbot.waitSignal(service.reminder_due) as due:
        service.timer.timeout.emit()
    assert due.args[0].kind == "start"
    assert tray.texts(due.args[0])[2] == "Join"
    assert service.check() == []  # each fires once


def test_reminder_minutes_setting_moves_the_reminder(qtbot, app_ctx, store) -> None:  # type: ignore[no-untyped-def]
    from app.ui.tray import ReminderService

    store.import_file(FIX / "iop_weekly.ics")
    now = datetime(2025, 3, 3, 16, 31, tzinfo=CHICAGO)
    service = ReminderService(app_ctx, clock=lambda: now)
    assert service.check() == []
    app_ctx.set_setting("reminder_minutes", 30)
    assert [r.kind for r in service.check()] == ["before"]


def test_close_hides_to_tray_when_setting_and_tray(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.tray_controller = SimpleNamespace(available=True)
    main_window.ctx.set_setting("keep_in_tray", True)
    assert main_window.close() is False  # the close was refused: the window only hid
    assert not main_window.isVisible()
    main_window.show()
    main_window.ctx.set_setting("keep_in_tray", False)
    assert main_window.close() is True  # without the setting, closing closes


def test_start_at_login_entries(tmp_path: Path) -> None:
    from app.ui.schedule.autostart import is_enabled, set_start_at_login

    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    set_start_at_login(True, ["/opt/sr/session-ready-gui"], "linux", tmp_path, env)
    desktop = tmp_path / "cfg" / "autostart" / "org.sessionready.SessionReady.desktop"
    assert "Exec=/opt/sr/session-ready-gui" in desktop.read_text()
    assert is_enabled("linux", tmp_path, env)
    set_start_at_login(False, ["x"], "linux", tmp_path, env)
    assert not desktop.exists()
    set_start_at_login(True, ["/Applications/SessionReady.app/x"], "darwin", tmp_path, env)
    plist = tmp_path / "Library" / "LaunchAgents" / "org.sessionready.SessionReady.plist"
    assert b"RunAtLoad" in plist.read_bytes()


def test_cli_lists_sessions_with_offsets_and_host_only(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    monkeypatch.setenv("TZ", "America/Chicago")
    assert main(["schedule", "--ics", str(FIX / "iop_weekly.ics"), "--days", "8", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["zone"] == "America/Chicago"
    [first, *_] = out["sessions"]
    assert first["start"][-6:] in ("-06:00", "-05:00")
    assert first["join_host"] == "harbor.doxy.me"
    assert main(["schedule", "--ics", str(FIX / "not_calendar.html")]) == 1
    assert "not a calendar" in capsys.readouterr().err


@pytest.mark.harness
def test_cli_url_never_prints_the_token(capsys, calendar_server) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    calendar_server.feed = (FIX / "iop_weekly.ics").read_bytes()
    assert main(["schedule", "--url", calendar_server.url(), "--days", "8"]) == 0
    out = capsys.readouterr().out
    assert "SECRETTOKEN" not in out and "harbor.doxy.me" in out


def test_manual_entry_dialog_validates_and_builds_a_weekly_entry(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.schedule.manual_dialog import ManualEntryDialog

    dialog = ManualEntryDialog("America/Chicago")
    qtbot.addWidget(dialog)
    dialog._accept()
    assert "title" in dialog.error.text() and dialog.entry is None
    dialog.title_edit.setText("Individual session")
    dialog.join_edit.setText("zoom.us/j/1")
    dialog._accept()
    assert "https://" in dialog.error.text() and dialog.entry is None
    dialog.join_edit.setText("https://zoom.us/j/1")
    dialog.day_boxes[1].setChecked(True)
    dialog.length.setValue(50)
    dialog._accept()
    entry = dialog.entry
    assert entry is not None
    assert entry.weekdays == [1] and entry.duration_minutes == 50
    assert entry.zone == "America/Chicago" and entry.start.endswith("18:00")
