"""The notes lock when the screen locks or the computer sleeps: D-Bus signals on a private bus
(Linux), and the planned macOS/Windows mappings at their boundary."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from app.ui.application import build_window
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.screenlock import (
    DBusLockSource,
    MacLockSource,
    ScreenLockWatcher,
    WindowsLockSource,
)
from app.ui.services import Services
from tests.fakes.notes import FastVault
from tests.harness import require, require_tool
from tests.harness.secret_service import _stop

PASS = "long passphrase"


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A private ``dbus-daemon --session``: its address (nothing shared with the desktop)."""
    dbus = require_tool("dbus-daemon")
    require_tool("dbus-send")
    proc = subprocess.Popen(
        [dbus, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        require(bool(address), "a D-Bus session bus (dbus-daemon --session)")
        yield address
    finally:
        _stop(proc)


def send(address: str, path: str, member: str, *args: str) -> None:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)
    subprocess.run(
        ["dbus-send", "--session", "--type=signal", path, member, *args],
        env=env,
        check=True,
        timeout=10,
    )


@pytest.fixture
def unlocked_window(qtbot: Any, app_ctx: AppContext, private_bus: str) -> MainWindow:
    from PySide6.QtDBus import QDBusConnection

    app_ctx.services = Services(vault=FastVault, live_devices=False)
    vault = FastVault(app_ctx.data_dir / "notes")
    vault.create(use_keyring=False, passphrase=PASS)
    vault.close()
    w = build_window(app_ctx)
    qtbot.addWidget(w)
    conn = QDBusConnection.connectToBus(private_bus, f"sr-test-{id(w)}")
    assert conn.isConnected()
    # The private bus plays both buses: the system bus's login1 and the session's screensaver.
    w.screen_lock = ScreenLockWatcher(DBusLockSource(session=conn, system=conn), parent=w)
    assert w.screen_lock.listening
    w.screen_lock.lock_requested.connect(lambda _r: w.notes_page().lock())
    page = w.notes_page()
    w.show_page("notes")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.unlock_view, timeout=20_000)
    page.unlock_view.passphrase_entered.emit(PASS)
    qtbot.waitUntil(lambda: page.unlocked, timeout=20_000)
    return w


SIGNALS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"),
    ("/org/freedesktop/login1/session/c1", "org.freedesktop.login1.Session.Lock", ""),
]


@pytest.mark.harness
@pytest.mark.parametrize(("path", "member", "arg"), SIGNALS)
def test_a_screen_lock_or_sleep_signal_on_dbus_locks_the_notes(
    qtbot: Any, unlocked_window: MainWindow, private_bus: str, path: str, member: str, arg: str
) -> None:
    page = unlocked_window.notes_page()
    send(private_bus, path, member, *([arg] if arg else []))
    qtbot.waitUntil(lambda: not page.unlocked, timeout=10_000)
    assert page.worker.wait(20_000)
    assert not page.controller.vault.is_unlocked


@pytest.mark.harness
def test_screensaver_ending_or_waking_up_does_not_lock(
    qtbot: Any, unlocked_window: MainWindow, private_bus: str
) -> None:
    page = unlocked_window.notes_page()
    locks: list[str] = []
    unlocked_window.screen_lock.lock_requested.connect(locks.append)
    send(
        private_bus,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:false",
    )
    send(
        private_bus,
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager.PrepareForSleep",
        "boolean:false",
    )
    # A final locking signal proves the two before it were delivered (and ignored).
    send(
        private_bus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"
    )
    qtbot.waitUntil(lambda: bool(locks), timeout=10_000)
    assert locks == ["screen_locked"]
    assert not page.unlocked


def test_macos_notifications_that_mean_lock() -> None:
    got: list[str] = []
    source = MacLockSource()
    source.start(got.append)
    assert source.handle("NSWorkspaceScreensDidSleepNotification")
    assert source.handle("com.apple.screenIsLocked")
    assert not source.handle("NSWorkspaceDidWakeNotification")
    assert not source.handle("com.apple.screenIsUnlocked")
    assert got == ["sleep", "screen_locked"]


def test_windows_messages_that_mean_lock() -> None:
    got: list[str] = []
    w = WindowsLockSource()
    w.start(got.append)
    assert w.handle(w.WM_WTSSESSION_CHANGE, w.WTS_SESSION_LOCK)
    assert not w.handle(w.WM_WTSSESSION_CHANGE, 0x8)  # WTS_SESSION_UNLOCK
    assert w.handle(w.WM_POWERBROADCAST, w.PBT_APMSUSPEND)
    assert not w.handle(w.WM_POWERBROADCAST, 0x12)  # PBT_APMRESUMEAUTOMATIC
    assert got == ["screen_locked", "sleep"]


def test_no_bus_means_no_listening_and_no_error(qtbot: Any) -> None:
    from PySide6.QtDBus import QDBusConnection

    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "sr-test-dead")
    watcher = ScreenLockWatcher(DBusLockSource(session=dead, system=dead))
    assert not watcher.listening
