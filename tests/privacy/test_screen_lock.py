"""The notes lock when the screen locks or the computer sleeps: D-Bus signals on a private bus
(Linux); the Windows native event filter fed ctypes MSG structs and the macOS observer fed by a
fake CoreFoundation (their boundaries, on any platform); the source picked by sys.platform."""

from __future__ import annotations

import ctypes
import os
import subprocess
from collections.abc import Iterator
from ctypes import wintypes
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui import screenlock
from app.ui.application import build_window
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.screenlock import (
    DBusLockSource,
    MacLockSource,
    NullLockSource,
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


class FakeCoreFoundation:
    """CoreFoundation's distributed centre at its boundary: the observers added, by name."""

    def __init__(self) -> None:
        self.observers: dict[str, Any] = {}

    def CFNotificationCenterGetDistributedCenter(self) -> int:
        return 0xC0FFEE

    def CFStringCreateWithCString(self, _alloc: Any, text: bytes, _enc: int) -> str:
        return text.decode()

    def CFNotificationCenterAddObserver(
        self, center: int, _observer: int, callback: Any, name: str, _obj: Any, _how: int
    ) -> None:
        assert center == 0xC0FFEE
        self.observers[name] = callback


def test_macos_observes_the_distributed_lock_notifications() -> None:
    got: list[str] = []
    cf = FakeCoreFoundation()
    source = MacLockSource(cf)
    assert source.start(got.append)
    assert set(cf.observers) == {"com.apple.screenIsLocked", "com.apple.screensaver.didstart"}
    cf.observers["com.apple.screenIsLocked"](None, None, None, None, None)  # as CF calls it
    cf.observers["com.apple.screensaver.didstart"](None, None, None, None, None)
    assert got == ["screen_locked", "screen_locked"]
    assert source.handle("NSWorkspaceWillSleepNotification")  # mapped (needs PyObjC to observe)
    assert not source.handle("com.apple.screenIsUnlocked")
    assert got == ["screen_locked", "screen_locked", "sleep"]


def test_macos_without_core_foundation_does_not_listen() -> None:
    assert not MacLockSource().start(lambda _r: None)  # no CoreFoundation on this machine


def _msg(message: int, wparam: int) -> wintypes.MSG:
    return wintypes.MSG(hWnd=None, message=message, wParam=wparam, lParam=0, time=0)


def test_windows_native_event_filter_reads_the_messages_that_mean_lock(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    registered: list[int] = []
    got: list[str] = []
    w = WindowsLockSource(window, register=lambda hwnd: registered.append(hwnd) or True)
    try:
        assert w.start(got.append)
        assert registered == [int(window.winId())]  # WTSRegisterSessionNotification(hwnd)
        kind = QByteArray(b"windows_generic_MSG")
        feed = [
            (kind, _msg(w.WM_WTSSESSION_CHANGE, w.WTS_SESSION_LOCK)),
            (kind, _msg(w.WM_WTSSESSION_CHANGE, 0x8)),  # WTS_SESSION_UNLOCK
            (kind, _msg(w.WM_POWERBROADCAST, w.PBT_APMSUSPEND)),
            (kind, _msg(w.WM_POWERBROADCAST, 0x12)),  # PBT_APMRESUMEAUTOMATIC
            (kind, _msg(0x0112, w.WTS_SESSION_LOCK)),  # WM_SYSCOMMAND: another message
            (QByteArray(b"xcb_generic_event_t"), _msg(w.WM_POWERBROADCAST, w.PBT_APMSUSPEND)),
        ]
        for event_type, msg in feed:
            assert w.nativeEventFilter(event_type, ctypes.addressof(msg)) == (False, 0)
        assert w.nativeEventFilter(kind, 0) == (False, 0)  # a null message pointer
        assert got == ["screen_locked", "sleep"]
    finally:
        QCoreApplication.instance().removeNativeEventFilter(w)


def test_windows_registration_failing_still_hears_sleep(qtbot: Any) -> None:
    def fails(_hwnd: int) -> bool:
        raise OSError("wtsapi32 missing")

    window = QWidget()
    qtbot.addWidget(window)
    got: list[str] = []
    w = WindowsLockSource(window, register=fails)
    try:
        assert w.start(got.append)
        msg = _msg(w.WM_POWERBROADCAST, w.PBT_APMSUSPEND)
        w.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
        assert got == ["sleep"]
    finally:
        QCoreApplication.instance().removeNativeEventFilter(w)


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", DBusLockSource),
        ("darwin", MacLockSource),
        ("win32", WindowsLockSource),
        ("sunos5", NullLockSource),
    ],
)
def test_the_watcher_picks_the_source_by_platform(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, platform: str, kind: type
) -> None:
    monkeypatch.setattr(screenlock.sys, "platform", platform)
    window = QWidget()
    qtbot.addWidget(window)
    if platform == "win32":
        monkeypatch.setattr(screenlock, "_wts_register", lambda _hwnd: True)
    watcher = ScreenLockWatcher(parent=window)
    try:
        assert type(watcher.source) is kind
        if platform == "win32":
            assert watcher.listening and watcher.source.window is window
        if platform in ("darwin", "sunos5"):
            assert not watcher.listening  # no CoreFoundation here; nothing to listen to
    finally:
        if platform == "win32":
            QCoreApplication.instance().removeNativeEventFilter(watcher.source)


def test_no_bus_means_no_listening_and_no_error(qtbot: Any) -> None:
    from PySide6.QtDBus import QDBusConnection

    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "sr-test-dead")
    watcher = ScreenLockWatcher(DBusLockSource(session=dead, system=dead))
    assert not watcher.listening
