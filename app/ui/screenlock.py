"""Lock the notes when the screen locks or the computer goes to sleep, not only after idle minutes.

``ScreenLockWatcher`` emits ``lock_requested(reason)``; the platform part sits behind
``LockSource`` (``start(on_lock) -> bool``):

- Linux: ``DBusLockSource`` listens with QtDBus to login1's ``PrepareForSleep(true)`` and a
  session's ``Lock`` (system bus), and ``ActiveChanged(true)`` of org.freedesktop.ScreenSaver and
  org.gnome.ScreenSaver (session bus). Either bus may be missing; nothing is sent on them.
- macOS (planned): ``MacLockSource.handle`` maps NSWorkspace / distributed notifications
  (``NSWorkspaceScreensDidSleepNotification``, ``NSWorkspaceWillSleepNotification``,
  ``com.apple.screenIsLocked``); the observer that calls it needs PyObjC and is not wired yet.
- Windows (planned): ``WindowsLockSource.handle`` maps ``WM_WTSSESSION_CHANGE``/
  ``WTS_SESSION_LOCK`` and ``WM_POWERBROADCAST``/``PBT_APMSUSPEND`` from the window's native
  event filter (after ``WTSRegisterSessionNotification``), not wired yet.

Only the event's kind is ever logged.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger("app.ui.screenlock")

OnLock = Callable[[str], None]  # the reason: "sleep", "screen_locked"


class LockSource(Protocol):
    def start(self, on_lock: OnLock) -> bool:
        """Begin listening; False when this platform part cannot listen here."""
        ...


class NullLockSource:
    def start(self, on_lock: OnLock) -> bool:
        return False


class DBusLockSource(QObject):
    """login1 and the screensavers' signals, through QtDBus (connections injectable)."""

    SYSTEM = (
        ("org.freedesktop.login1.Manager", "PrepareForSleep", "sleeping(bool)"),
        ("org.freedesktop.login1.Session", "Lock", "session_locked()"),
    )
    SESSION = (
        ("org.freedesktop.ScreenSaver", "ActiveChanged", "screensaver(bool)"),
        ("org.gnome.ScreenSaver", "ActiveChanged", "screensaver(bool)"),
    )

    def __init__(self, session: Any = None, system: Any = None) -> None:
        super().__init__()
        self.session = session
        self.system = system
        self.on_lock: OnLock | None = None

    def start(self, on_lock: OnLock) -> bool:
        from PySide6.QtDBus import QDBusConnection

        self.on_lock = on_lock
        session = self.session if self.session is not None else QDBusConnection.sessionBus()
        system = self.system if self.system is not None else QDBusConnection.systemBus()
        listening = False
        for conn, signals in ((system, self.SYSTEM), (session, self.SESSION)):
            if not conn.isConnected():
                continue
            for interface, name, slot in signals:
                target: Any = SLOT(slot)  # PySide takes the str SLOT() gives (stubs say bytes)
                listening |= bool(conn.connect("", "", interface, name, self, target))
        return listening

    def _fire(self, reason: str) -> None:
        if self.on_lock is not None:
            self.on_lock(reason)

    @Slot(bool)
    def sleeping(self, start: bool) -> None:
        if start:
            self._fire("sleep")

    @Slot()
    def session_locked(self) -> None:
        self._fire("screen_locked")

    @Slot(bool)
    def screensaver(self, active: bool) -> None:
        if active:
            self._fire("screen_locked")


class MacLockSource:
    """(planned) NSWorkspace / distributed notification names that mean "lock now"."""

    LOCKING = {
        "NSWorkspaceScreensDidSleepNotification": "sleep",
        "NSWorkspaceWillSleepNotification": "sleep",
        "NSWorkspaceSessionDidResignActiveNotification": "screen_locked",
        "com.apple.screenIsLocked": "screen_locked",
    }

    def __init__(self) -> None:
        self.on_lock: OnLock | None = None

    def start(self, on_lock: OnLock) -> bool:
        self.on_lock = on_lock
        return False  # the PyObjC observer that calls handle() is not wired yet

    def handle(self, name: str) -> bool:
        reason = self.LOCKING.get(name)
        if reason and self.on_lock is not None:
            self.on_lock(reason)
        return reason is not None


class WindowsLockSource:
    """(planned) The window messages that mean "lock now"."""

    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x0004
    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7

    def __init__(self) -> None:
        self.on_lock: OnLock | None = None

    def start(self, on_lock: OnLock) -> bool:
        self.on_lock = on_lock
        return False  # WTSRegisterSessionNotification + a native event filter: not wired yet

    def handle(self, message: int, wparam: int) -> bool:
        reason = None
        if message == self.WM_WTSSESSION_CHANGE and wparam == self.WTS_SESSION_LOCK:
            reason = "screen_locked"
        elif message == self.WM_POWERBROADCAST and wparam == self.PBT_APMSUSPEND:
            reason = "sleep"
        if reason and self.on_lock is not None:
            self.on_lock(reason)
        return reason is not None


def platform_source() -> LockSource:
    if sys.platform.startswith("linux"):
        return DBusLockSource()
    if sys.platform == "darwin":
        return MacLockSource()
    if sys.platform == "win32":
        return WindowsLockSource()
    return NullLockSource()


class ScreenLockWatcher(QObject):
    lock_requested = Signal(str)

    def __init__(self, source: LockSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source if source is not None else platform_source()
        self.listening = self.source.start(self._on_lock)

    def _on_lock(self, reason: str) -> None:
        log.info("locking the notes: %s", reason)
        self.lock_requested.emit(reason)
