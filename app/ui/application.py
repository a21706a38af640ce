"""Start the window: QApplication, theme, translations, logging, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.logs import redact_links, setup_logging
from app.paths import data_dir, resource
from app.qt_i18n import use_language_in_app
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.theme import apply_theme

log = logging.getLogger("app.ui")


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or [APP_NAME]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("org.sessionready.SessionReady")
    icon = resource("icons", "sessionready.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(ctx: AppContext) -> MainWindow:
    """Apply language and theme from *ctx*, wire live changes, and build the main window."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_language_in_app(ctx.profile.language)
    apply_theme(app, bool(ctx.settings.get("high_contrast")), int(ctx.settings.get("text_scale")))
    ctx.language_changed.connect(use_language_in_app)

    def on_setting(key: str) -> None:
        if key in ("high_contrast", "text_scale"):
            apply_theme(
                app, bool(ctx.settings.get("high_contrast")), int(ctx.settings.get("text_scale"))
            )

    ctx.settings_changed.connect(on_setting)
    from app.ui.tray import ReminderService, TrayController

    window = MainWindow(ctx)
    service = ReminderService(ctx, parent=window)
    window.tray_controller = TrayController(ctx, window, service, parent=window)
    from app.ui.monitor import SessionWatch
    from app.ui.monitor_precheck import PreSessionCheck

    window.tray_controller.precheck = PreSessionCheck(ctx, parent=window)
    watch = SessionWatch(ctx, window, window.tray_controller.show_notice, parent=window)
    service.reminder_due.connect(watch.on_reminder)
    service.rearm()
    from app.ui.diary.reminder import DiaryReminder

    # the daily diary card reminder: its notification opens today's card (unlocking first)
    window.diary_reminder = DiaryReminder(
        ctx, window.tray_controller.show_notice, window=window, parent=window
    )
    window.diary_reminder.open_today_card.connect(window.tray_controller.show_window)
    window.diary_reminder.open_today_card.connect(ctx.diary_card_requested)
    window.diary_reminder.rearm()
    from app.ui.screenlock import ScreenLockWatcher

    window.screen_lock = ScreenLockWatcher(parent=window)  # screen locked / sleep: lock notes
    window.screen_lock.lock_requested.connect(lambda _reason: window.notes_page().lock())
    if window.tray_controller.available:
        app.setQuitOnLastWindowClosed(False)  # the tray icon keeps reminders running
        app.setProperty("sr_tray_keeps_running", True)
    return window


def run_gui(argv: Sequence[str]) -> int:
    setup_logging()
    install_qt_message_handler()
    app = create_application(argv)

    def excepthook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        # Type and location only: exception messages could carry personal text.
        log.error("unexpected error: %s", exc_type.__name__, exc_info=(exc_type, None, tb))

    sys.excepthook = excepthook
    ctx = AppContext(data_dir())
    window = build_window(ctx)
    window.show()
    if not ctx.settings.get("orientation_done"):
        from app.ui.orientation import maybe_show_orientation

        maybe_show_orientation(ctx, window)  # first start: the welcome tour
    log.info("started %s %s", APP_NAME, __version__)
    return app.exec()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
qt_log = logging.getLogger("app.qt")


def qt_message_handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages (e.g. "could not open https://zoom.us/j/…?pwd=…" when no browser is
    installed) go through the app's log, links cut to their host; warnings and worse also to
    stderr, cut the same way."""
    text = redact_links(message)
    level = _QT_LEVELS.get(kind, logging.WARNING)
    qt_log.log(level, "%s", text)
    if level >= logging.WARNING and sys.stderr is not None:
        try:
            sys.stderr.write(f"Qt: {text}\n")
        except (OSError, ValueError):
            pass


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)
