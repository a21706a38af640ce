"""The main window: side navigation, the page stack, and the footer with the crisis line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.i18n import QT_TRANSLATE_NOOP
from app.ui.context import AppContext
from app.ui.diary.page import DiaryPage
from app.ui.footer import Footer
from app.ui.keyboard import install_enter_presses_buttons
from app.ui.pages.base import Page
from app.ui.pages.checklist import ChecklistPage
from app.ui.pages.checks import ChecksPage
from app.ui.pages.help import HelpPage
from app.ui.pages.home import HomePage
from app.ui.pages.notes import NotesPage
from app.ui.pages.schedule import SchedulePage

if TYPE_CHECKING:
    from app.ui.diary.reminder import DiaryReminder
    from app.ui.screenlock import ScreenLockWatcher
    from app.ui.tray import TrayController

# (page id, page class, navigation label). Order = navigation order = Ctrl+1 … Ctrl+7.
PAGES: list[tuple[str, type[Page], str]] = [
    ("home", HomePage, QT_TRANSLATE_NOOP("Navigation", "Home")),
    ("checks", ChecksPage, QT_TRANSLATE_NOOP("Navigation", "Check my setup")),
    ("checklist", ChecklistPage, QT_TRANSLATE_NOOP("Navigation", "Privacy checklist")),
    ("notes", NotesPage, QT_TRANSLATE_NOOP("Navigation", "Notes")),
    ("diary", DiaryPage, QT_TRANSLATE_NOOP("Navigation", "Diary card")),
    ("schedule", SchedulePage, QT_TRANSLATE_NOOP("Navigation", "Schedule")),
    ("help", HelpPage, QT_TRANSLATE_NOOP("Navigation", "Help & support")),
]


# The smallest window: it must fit a 1280x720 laptop screen with a taskbar. Such a screen leaves
# about 720 - 48 (a tall taskbar) - 32 (the title bar) = 640 px of height for the window's
# contents, and the full 1280 px of width less a side dock; 960 x 600 leaves room for thicker
# window frames and docks. Every page and dialog fits it at 200 % text, in English and
# Spanish (tests/test_layout_fits.py).
MIN_WIDTH, MIN_HEIGHT = 960, 600
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1040, 720  # made smaller on a screen with less room
NAV_MIN_WIDTH = 220
NAV_STYLE = (
    "QListWidget#navigation { border: none; padding-top: 12px; }"
    " QListWidget#navigation::item { padding: 12px 14px; }"
)


def default_size(screen: QScreen | None) -> tuple[int, int]:
    """1040 x 720, or less on a screen with less room (never below the minimum)."""
    if screen is None:
        return DEFAULT_WIDTH, DEFAULT_HEIGHT
    room = screen.availableGeometry()
    return (
        max(MIN_WIDTH, min(DEFAULT_WIDTH, room.width() - 40)),
        max(MIN_HEIGHT, min(DEFAULT_HEIGHT, room.height() - 40)),
    )


def nav_label(page_id: str) -> str:
    label = next(lbl for pid, _cls, lbl in PAGES if pid == page_id)
    return QCoreApplication.translate("Navigation", label)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.resize(*default_size(self.screen()))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        row = QHBoxLayout()
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_MIN_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for page_id, cls, _label in PAGES:
            page = cls(ctx)
            page.setObjectName(f"page_{page_id}")
            self.pages[page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.nav.addItem(item)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.footer = Footer(ctx)
        outer.addWidget(self.footer)
        self.setCentralWidget(central)

        self._current: str | None = None
        self.tray_controller: TrayController | None = None  # set by build_window
        self.screen_lock: ScreenLockWatcher | None = None  # set by build_window
        self.diary_reminder: DiaryReminder | None = None  # set by build_window
        self.nav.currentRowChanged.connect(self._on_row_changed)
        ctx.navigate_requested.connect(self.show_page)
        ctx.profile_changed.connect(self._update_title)
        ctx.settings_changed.connect(
            lambda key: self._update_title() if key == "discreet" else None
        )
        self._build_menus()
        from app.ui.quickhide import QuickHide

        self.quick_hide = QuickHide(self)
        self._app_wide_keys()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    # navigation -------------------------------------------------------------------------
    def show_page(self, page_id: str) -> None:
        ids = [pid for pid, _c, _l in PAGES]
        if page_id in ids:
            self.nav.setCurrentRow(ids.index(page_id))

    def notes_page(self) -> NotesPage:
        page = self.pages["notes"]
        assert isinstance(page, NotesPage)
        return page

    def current_page_id(self) -> str:
        return PAGES[self.stack.currentIndex()][0]

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self._current is not None:
            self.pages[self._current].page_hidden()
        self.stack.setCurrentIndex(row)
        self._current = PAGES[row][0]
        # A page hidden while the text size changed keeps stale label heights: measure again.
        self.pages[self._current].relayout()
        self.pages[self._current].page_shown()

    # menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit_app)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.go_menu = bar.addMenu("")
        self.page_actions: list[QAction] = []
        for i, (page_id, _cls, _label) in enumerate(PAGES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            action.triggered.connect(lambda _checked=False, pid=page_id: self.show_page(pid))
            self.go_menu.addAction(action)
            self.page_actions.append(action)

        self.go_menu.addSeparator()
        self.diary_action = QAction(self)  # today's diary card from anywhere (issue 19)
        self.diary_action.setShortcut(QKeySequence("Ctrl+D"))
        self.diary_action.triggered.connect(self.ctx.diary_card_requested)
        self.go_menu.addAction(self.diary_action)

        self.help_menu = bar.addMenu("")
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(lambda: self.show_page("help"))
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)
        self.addActions(
            [
                self.settings_action,
                self.quit_action,
                self.help_action,
                self.diary_action,
                *self.page_actions,
            ]
        )
        help_page = self.pages["help"]
        assert isinstance(help_page, HelpPage)
        help_page.settings_button.clicked.connect(self.open_settings)

    def _app_wide_keys(self) -> None:
        """Enter presses the focused button everywhere; Ctrl+L locks the notes from any page
        (the page's own action, also given to the window: a hidden page's shortcuts sleep)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_enter_presses_buttons(app)
        notes = self.pages["notes"]
        assert isinstance(notes, NotesPage)
        notes.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(notes.lock_action)

    def retranslate(self) -> None:
        for i, (page_id, _cls, _label) in enumerate(PAGES):
            item = self.nav.item(i)
            item.setText(nav_label(page_id))
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=nav_label(page_id), n=i + 1))
            self.page_actions[i].setText(f"&{i + 1} " + nav_label(page_id))
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr("Use the arrow keys to choose a page."))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.diary_action.setText(self.tr("Today's &diary card"))
        self.diary_action.setToolTip(self.tr("Today's diary card (Ctrl+D)"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setToolTip(self.tr("Settings (Ctrl+,)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_action.setText(self.tr("&Help and support"))
        self.help_action.setToolTip(self.tr("Help and support (F1)"))
        self.about_action.setText(self.tr("&About SessionReady"))
        self._update_title()
        self._fit_nav()

    def theme_changed(self) -> None:
        """Called by app.ui.theme.apply_theme: the styled navigation list would otherwise keep
        the old colours and text size."""
        self.nav.setStyleSheet("")
        self.nav.setStyleSheet(NAV_STYLE)
        QTimer.singleShot(0, self, self._fit_nav)

    def _fit_nav(self) -> None:
        """Widen the navigation so no label is cut off (large text, longer Spanish labels)."""
        need = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, need))

    def _update_title(self) -> None:
        from app.ui.notices import window_title

        discreet = bool(self.ctx.settings.get("discreet"))
        self.setWindowTitle(window_title(self.ctx.profile.program_name, discreet=discreet))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_nav)  # after the list has its new font
        super().changeEvent(event)

    # actions ----------------------------------------------------------------------------
    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SessionReady"),
            self.tr(
                "SessionReady {version}\n\nGets you ready for your virtual treatment sessions: "
                "checks your setup, helps you make your space private, keeps your notes safe."
            ).format(version=__version__),
        )

    def quit_app(self) -> None:
        QCoreApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window keeps reminders running in the tray when the setting says so."""
        tray = self.tray_controller
        if bool(self.ctx.settings.get("keep_in_tray")) and tray is not None and tray.available:
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)
        app = QCoreApplication.instance()
        if app is None or app.property("sr_tray_keeps_running") is not True:
            return
        QCoreApplication.quit()  # the tray kept the app alive; closing for good means quit
