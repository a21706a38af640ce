"""The monitor in the window: the QTimer drives the core off the UI thread; a sustained problem
becomes one notice with one action, never the session's title; Join starts the watch; the
reminder before a session carries the pre-session check's result."""

from __future__ import annotations

import dataclasses
import threading
import time
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from app.checks.base import CheckResult, Status
from app.monitor.limits import load_limits
from app.monitor.monitor import Monitor
from app.monitor.precheck import PreCheck
from app.monitor.rules import BATTERY, CHARGER, PHONE, RAISED, MonitorEvent
from app.profile import Profile
from app.schedule.model import Session
from app.schedule.reminders import Reminder
from app.ui.monitor import MonitorNotices, SessionMonitor, SessionWatch
from app.ui.monitor_precheck import PreSessionCheck
from tests.fakes.monitor import ScriptedSampler, good

FAST = dataclasses.replace(load_limits(), interval_s=0.05)
NOW = datetime(2025, 3, 4, 18, 0).astimezone()
SECRET_TITLE = "Trauma group with Dr. Rivera"


class SlowSampler(ScriptedSampler):
    """Takes 50 ms per sample (a probe's wait) and remembers which thread sampled."""

    threads: set[str]

    def sample(self, at, t, cancelled):  # type: ignore[no-untyped-def]
        self.threads.add(threading.current_thread().name)
        time.sleep(0.05)
        return super().sample(at, t, cancelled)


def _factory(script, samplers: list) -> Any:  # type: ignore[no-untyped-def]
    def make(ctx, end, reason):  # type: ignore[no-untyped-def]
        sampler = SlowSampler(script)
        sampler.threads = set()
        samplers.append(sampler)
        return Monitor(sampler, FAST, session_end=end, reason=reason)

    return make


def test_a_sustained_problem_becomes_one_notice_and_the_ui_never_waits(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    samplers: list = []
    monitor = SessionMonitor(app_ctx, _factory(lambda t: good(rtt_ms=900.0), samplers))
    notices: list[MonitorEvent] = []
    monitor.notice.connect(notices.append)
    with qtbot.waitSignal(monitor.notice, timeout=10_000):
        started = time.monotonic()
        monitor.start("join", datetime.now().astimezone() + timedelta(minutes=5))
        assert time.monotonic() - started < 0.05  # start() does no I/O and waits for nothing
    qtbot.wait(400)  # more samples: the problem is not told again
    monitor.stop()
    monitor.wait()
    assert [(e.kind, e.problem, e.action) for e in notices] == [(RAISED, "slow", PHONE)]
    assert threading.main_thread().name not in samplers[0].threads
    assert samplers[0].closed and not monitor.running


def test_the_watch_stops_at_the_end_of_the_session(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    samplers: list = []
    monitor = SessionMonitor(app_ctx, _factory(lambda t: good(), samplers))
    monitor.start("schedule", datetime.now().astimezone() + timedelta(seconds=0.6))
    assert monitor.running
    qtbot.waitUntil(lambda: not monitor.running, timeout=10_000)
    monitor.wait()
    assert samplers[0].taken >= 2 and samplers[0].closed


def test_join_starts_the_watch_unless_switched_off(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    samplers: list = []
    monitor = SessionMonitor(app_ctx, _factory(lambda t: good(), samplers))
    watch = SessionWatch(app_ctx, QWidget(), monitor=monitor)
    app_ctx.set_setting("watch_sessions", False)
    app_ctx.session_joined.emit()
    assert not monitor.running
    app_ctx.set_setting("watch_sessions", True)
    app_ctx.session_joined.emit()
    assert monitor.running
    # the scheduled start watches until that session's end
    monitor.stop()
    monitor.wait()
    end = datetime.now().astimezone() + timedelta(hours=2)
    s = Session("uid", SECRET_TITLE, end - timedelta(hours=3), end)
    watch.on_reminder(Reminder("before", s, s.start))
    assert not monitor.running
    watch.on_reminder(Reminder("start", s, s.start))
    assert monitor.running and monitor.end == end
    monitor.stop()
    monitor.wait()


def _notice(problem: str, action: str) -> MonitorEvent:
    return MonitorEvent(RAISED, problem, NOW, 0.0, 700.0, True, action)


def _popup(name: str) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert boxes, name
    return boxes[-1]  # type: ignore[return-value]


def test_without_a_tray_the_notice_is_a_small_window_with_join_by_phone(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    app_ctx.set_profile(Profile(phone_line="+1 555 0100"))
    window = QWidget()
    qtbot.addWidget(window)
    notices = MonitorNotices(app_ctx, window, show_tray=lambda *_a: False)
    notices.show(_notice("slow", PHONE))
    box = _popup("monitorNotice")
    shown = box.text() + box.informativeText() + box.windowTitle()
    assert "Your internet is slow right now" in shown and "your session" in shown
    assert SECRET_TITLE not in shown
    phone = next(b for b in box.findChildren(QPushButton) if b.text() == "Join by phone")
    phone.click()
    number = _popup("monitorPhone")
    assert "+1 555 0100" in number.text()
    number.close()
    box.close()


def test_battery_notice_says_plug_in_and_the_tray_gets_it_when_there_is_one(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    clicks: list = []

    def tray(title: str, text: str, on_click) -> bool:  # type: ignore[no-untyped-def]
        shown.append((title, text))
        clicks.append(on_click)
        return True

    notices = MonitorNotices(app_ctx, QWidget(), show_tray=tray)
    notices.show(_notice(BATTERY, CHARGER))
    assert shown == [
        (
            "Your battery is running low",
            "It may run out before your session ends.\nPlug in your charger",
        )
    ]


def _before_reminder() -> Reminder:
    start = datetime.now().astimezone() + timedelta(minutes=15)
    s = Session("u1", SECRET_TITLE, start, start + timedelta(hours=3), dial_in="+1 555 0199")
    return Reminder("before", s, start - timedelta(minutes=15))


def _result(check_id: str, status: Status) -> CheckResult:
    return CheckResult(check_id, status, "", (), ())


@pytest.mark.parametrize(
    ("connection", "expected"),
    [
        (Status.PASS, "Your internet looks good."),
        (Status.FAIL, "Your internet is slow right now — join by phone: +1 555 0199"),
    ],
)
def test_the_reminder_carries_the_pre_session_check(qtbot, app_ctx, connection, expected) -> None:  # type: ignore[no-untyped-def]
    asked: list = []

    def run(options, allow_metered, cancel):  # type: ignore[no-untyped-def]
        asked.append((options.session_minutes, allow_metered, threading.current_thread().name))
        return PreCheck(
            results=(_result("connection", connection), _result("battery", Status.PASS))
        )

    check = PreSessionCheck(app_ctx, run)
    got: list[str] = []
    check.run(_before_reminder(), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [expected]
    assert asked[0][:2] == (180.0, False)
    assert asked[0][2] != threading.main_thread().name


def test_switched_off_the_reminder_comes_at_once_with_nothing_run(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    app_ctx.set_setting("precheck_before_session", False)
    ran: list = []
    check = PreSessionCheck(app_ctx, lambda *a: ran.append(a))
    got: list[str] = []
    check.run(_before_reminder(), got.append)
    assert got == [""] and ran == []


def test_tray_reminder_shows_the_pre_check_result_and_never_the_title_in_the_notice(
    qtbot, app_ctx
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.tray import ReminderService, TrayController

    window = QWidget()
    qtbot.addWidget(window)
    tray = TrayController(app_ctx, window, ReminderService(app_ctx))
    tray.precheck = PreSessionCheck(
        app_ctx, lambda *a: PreCheck(results=(_result("connection", Status.PASS),))
    )
    tray.notify(_before_reminder())
    qtbot.waitUntil(lambda: tray.popup is not None or tray.last is not None, timeout=10_000)
    if tray.popup is not None:  # no tray under offscreen: the small window
        assert "Your internet looks good." in tray.popup.text()


def test_the_settings_turn_the_check_and_the_watch_off(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.monitor_settings import MonitorSettings

    w = MonitorSettings(app_ctx)
    qtbot.addWidget(w)
    assert w.boxes["precheck_before_session"].isChecked()
    assert not w.boxes["precheck_on_metered"].isChecked()
    w.boxes["precheck_on_metered"].setChecked(True)
    assert app_ctx.settings.get("precheck_on_metered") is True
    w.boxes["precheck_before_session"].setChecked(False)
    assert app_ctx.settings.get("precheck_before_session") is False
    assert not w.boxes["precheck_on_metered"].isEnabled()
    w.boxes["watch_sessions"].setChecked(False)
    assert app_ctx.settings.get("watch_sessions") is False
