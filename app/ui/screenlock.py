"""Lock the notes when the screen locks or the computer goes to sleep, not only after idle minutes.

``ScreenLockWatcher`` emits ``lock_requested(reason)``; the platform part sits behind
``LockSource`` (``start(on_lock) -> bool``), picked by ``platform_source(window)`` from
``sys.platform`` when the watcher is built (app/ui/application.py):

- Linux: ``DBusLockSource`` listens with QtDBus to login1's ``PrepareForSleep(true)`` and a
  session's ``Lock`` (system bus), and ``ActiveChanged(true)`` of org.freedesktop.ScreenSaver and
  org.gnome.ScreenSaver (session bus). Either bus may be missing; nothing is sent on them.
- Windows: ``WindowsLockSource`` is a ``QAbstractNativeEventFilter`` installed on the
  application; it registers the main window with ``WTSRegisterSessionNotification(hwnd,
  NOTIFY_FOR_THIS_SESSION)`` (wtsapi32, through ctypes) and reads each ``windows_generic_MSG``:
  ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (Win+L, the lock screen) and
  ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` (sleep; sent to every top-level window). Its
  parsing is tested with a ctypes ``MSG`` on any platform; it has not run on Windows here.
- macOS: ``MacLockSource`` observes CoreFoundation's distributed notification centre
  (``CFNotificationCenterGetDistributedCenter`` + ``CFNotificationCenterAddObserver``, through
  ctypes; Qt's Cocoa event loop runs the main run loop that delivers them) for
  ``com.apple.screenIsLocked`` and ``com.apple.screensaver.didstart``. Sleep
  (``NSWorkspaceWillSleepNotification``) is posted only on NSWorkspace's own notification
  centre, an Objective-C object that needs PyObjC (not a dependency): on a Mac the notes lock on
  sleep only when the Mac locks its screen for it (the default "require password" setting
  posts screenIsLocked on wake), and after the idle minutes. The observer is tested with a fake
  CoreFoundation; it has not run on macOS here.

Only the event's kind is ever logged.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable
from ctypes import wintypes
from typing import Any, Protocol

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

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
    """CoreFoundation's distributed notifications that mean "lock now" (see the module text)."""

    LOCKING = {
        "com.apple.screenIsLocked": "screen_locked",
        "com.apple.screensaver.didstart": "screen_locked",
        # posted on NSWorkspace's centre only (needs PyObjC): mapped, not observed
        "NSWorkspaceScreensDidSleepNotification": "sleep",
        "NSWorkspaceWillSleepNotification": "sleep",
        "NSWorkspaceSessionDidResignActiveNotification": "screen_locked",
    }
    OBSERVED = ("com.apple.screenIsLocked", "com.apple.screensaver.didstart")

    def __init__(self, cf: Any = None) -> None:
        self.cf = cf  # the CoreFoundation library (ctypes); injectable for tests
        self.on_lock: OnLock | None = None
        self._callbacks: list[Any] = []  # the ctypes callbacks must outlive the observation

    def start(self, on_lock: OnLock) -> bool:
        self.on_lock = on_lock
        try:
            cf = self.cf if self.cf is not None else _core_foundation()
            center = cf.CFNotificationCenterGetDistributedCenter()
            for name in self.OBSERVED:
                callback = _CF_CALLBACK(lambda *_a, n=name: self.handle(n))
                self._callbacks.append(callback)
                cf.CFNotificationCenterAddObserver(
                    center, id(self), callback, _cf_string(cf, name), None, _DELIVER_IMMEDIATELY
                )
        except (OSError, AttributeError) as exc:
            log.info("macOS lock notifications unavailable: %s", type(exc).__name__)
            return False
        return True

    def handle(self, name: str) -> bool:
        reason = self.LOCKING.get(name)
        if reason and self.on_lock is not None:
            self.on_lock(reason)
        return reason is not None


_CF_CALLBACK = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
)  # CFNotificationCallback(center, observer, name, object, userInfo)
_DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately
_UTF8 = 0x08000100  # kCFStringEncodingUTF8


def _core_foundation() -> Any:
    path = ctypes.util.find_library("CoreFoundation")
    if not path:
        raise OSError("no CoreFoundation")
    cf = ctypes.CDLL(path)
    cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFNotificationCenterAddObserver.restype = None
    cf.CFNotificationCenterAddObserver.argtypes = [
        ctypes.c_void_p, ctypes.c_void_p, _CF_CALLBACK, ctypes.c_void_p, ctypes.c_void_p,
        ctypes.c_long,
    ]  # fmt: skip
    return cf


def _cf_string(cf: Any, text: str) -> Any:
    return cf.CFStringCreateWithCString(None, text.encode(), _UTF8)


class WindowsLockSource(QAbstractNativeEventFilter):
    """The window messages that mean "lock now", read by an application native event filter."""

    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x0004
    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    NOTIFY_FOR_THIS_SESSION = 0
    EVENT_TYPE = b"windows_generic_MSG"

    def __init__(
        self,
        window: QWidget | None = None,
        register: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__()
        self.window = window
        self.register = register if register is not None else _wts_register
        self.on_lock: OnLock | None = None

    def start(self, on_lock: OnLock) -> bool:
        self.on_lock = on_lock
        app = QCoreApplication.instance()
        if app is None:
            return False
        app.installNativeEventFilter(self)
        if self.window is not None:  # the lock screen reaches only registered windows
            try:
                if not self.register(int(self.window.winId())):
                    log.info("WTSRegisterSessionNotification failed")
            except (OSError, AttributeError) as exc:
                log.info("session notifications unavailable: %s", type(exc).__name__)
        return True

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type) == self.EVENT_TYPE and message:
            msg = wintypes.MSG.from_address(int(message))
            self.handle(int(msg.message), int(msg.wParam))
        return False, 0  # never swallow the message: Qt and Windows still see it

    def handle(self, message: int, wparam: int) -> bool:
        reason = None
        if message == self.WM_WTSSESSION_CHANGE and wparam == self.WTS_SESSION_LOCK:
            reason = "screen_locked"
        elif message == self.WM_POWERBROADCAST and wparam == self.PBT_APMSUSPEND:
            reason = "sleep"
        if reason and self.on_lock is not None:
            self.on_lock(reason)
        return reason is not None


def _wts_register(hwnd: int) -> bool:
    wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]  # Windows
    return bool(
        wtsapi32.WTSRegisterSessionNotification(
            ctypes.c_void_p(hwnd), WindowsLockSource.NOTIFY_FOR_THIS_SESSION
        )
    )


def platform_source(window: QWidget | None = None, platform: str | None = None) -> LockSource:
    """The lock source for *platform* (default: this one); *window*: the main window."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        return DBusLockSource()
    if platform == "darwin":
        return MacLockSource()
    if platform == "win32":
        return WindowsLockSource(window)
    return NullLockSource()


class ScreenLockWatcher(QObject):
    lock_requested = Signal(str)

    def __init__(self, source: LockSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        window = parent if isinstance(parent, QWidget) else None
        self.source = source if source is not None else platform_source(window)
        self.listening = self.source.start(self._on_lock)

    def _on_lock(self, reason: str) -> None:
        log.info("locking the notes: %s", reason)
        self.lock_requested.emit(reason)
