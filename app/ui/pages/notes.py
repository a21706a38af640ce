"""Notes page: setup, unlock, list + editor with autosave, search, templates, lock and auto-lock.

The page is the view: it shows what its NotesController (app/ui/notes/controller.py) reports.
The controller runs all vault work on one ordered queue and keeps the in-memory copy of the
unlocked notes (app/notes/library.py), forgotten on lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.notes.errors import VaultError, WrongPassphrase
from app.notes.library import Integrity
from app.ui.context import AppContext
from app.ui.diary.bridge import DiaryBridge
from app.ui.notes.autolock import AutoLock
from app.ui.notes.controller import NotesController
from app.ui.notes.editing import AUTOSAVE_MS, NoteEditing
from app.ui.notes.editor import NotesView
from app.ui.notes.menu import NotesMenu
from app.ui.notes.recovery import RecoveryView, print_recovery_code, save_recovery_code
from app.ui.notes.sessions import session_choices
from app.ui.notes.views import SetupView, UnlockView
from app.ui.pages.base import Page
from app.ui.widgets import heading


class NotesPage(NoteEditing, Page):
    page_id = "notes"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(ctx, parent)
        self.controller = NotesController(ctx.services.vault(ctx.data_dir / "notes"), self)
        self.worker = self.controller.runner  # the vault's ordered queue
        self.notes = self.controller.notes  # the unlocked notes (read-only for the view)
        self.started = False
        self.dirty = False
        self.recovery_pending = False  # a key change ended while locked: new code after unlock

        self.title = heading(level=1)
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("quickHide")
        self.hide_button.setMinimumHeight(40)
        self.hide_button.clicked.connect(ctx.hide_requested)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(title_row)
        self.stack = QStackedWidget()
        self.loading = heading(level=3)
        self.setup_view = SetupView()
        self.recovery_view = RecoveryView()
        self.unlock_view = UnlockView()
        self.notes_view = NotesView()
        for w in (
            self.loading,
            self.setup_view,
            self.recovery_view,
            self.unlock_view,
            self.notes_view,
        ):
            self.stack.addWidget(w)
        self.body.addWidget(self.stack, 1)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush)
        self.autolock = AutoLock(lambda: float(ctx.settings.get("autolock_minutes")), clock, self)
        self.autolock.idle_expired.connect(self.lock)

        self.setup_view.create_requested.connect(self._create)
        self.recovery_view.confirmed.connect(self._enter_notes)
        self.recovery_view.save_requested.connect(lambda: save_recovery_code(self))
        self.recovery_view.print_requested.connect(lambda: print_recovery_code(self))
        vault = self.controller.vault
        self.unlock_view.passphrase_entered.connect(
            lambda p: self._unlock(lambda: vault.unlock_with_passphrase(p))
        )
        self.unlock_view.recovery_entered.connect(
            lambda c: self._unlock(lambda: vault.unlock_with_recovery_code(c), recovered=True)
        )
        self.unlock_view.keyring_requested.connect(lambda: self._unlock(vault.unlock_with_keyring))
        v = self.notes_view
        v.edited.connect(self._edited)
        v.note_selected.connect(self._select)
        v.new_requested.connect(self.new_note)
        v.lock_requested.connect(self.lock)
        v.search.textChanged.connect(self._refresh_list)
        v.filter.currentIndexChanged.connect(self._refresh_list)

        self.new_action = self._action("Ctrl+N", lambda: self.new_note(""))
        self.find_action = self._action("Ctrl+F", self._focus_search)
        self.lock_action = self._action("Ctrl+L", self.lock)
        ctx.checkin_save_requested.connect(self.save_checkin)
        self.diary_bridge = DiaryBridge(ctx, self.controller, self._message, self)
        self.menu = NotesMenu(self)  # the "More" menu: protection, passphrase, backups
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.retranslate()

    @property
    def unlocked(self) -> bool:
        return self.controller.unlocked

    def _action(self, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.title.setText(self.tr("Notes"))
        self.hide_button.setText(self.tr("&Hide"))
        self.hide_button.setToolTip(
            self.tr("Lock your notes and hide SessionReady now (Esc twice, or Ctrl+Shift+H)")
        )
        self.hide_button.setAccessibleName(self.tr("Hide SessionReady now"))
        self.loading.setText(self.tr("Opening your notes…"))
        self.menu.retranslate()
        for view in (self.setup_view, self.recovery_view, self.unlock_view, self.notes_view):
            view.retranslate()
        if self.unlocked:
            self._refresh_filters()

    # lifecycle ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        if not self.started:
            self.started = True
            self.start()

    def start(self) -> None:
        """Find out what exists (off the UI thread) and show setup, unlock or the notes."""
        self.stack.setCurrentWidget(self.loading)
        self.controller.probe(self._on_probe, self._on_probe_error)

    def _on_probe(self, result: tuple[str, bool, list[str]]) -> None:
        state, keyring_ok, methods = result
        if state == "new":
            self.setup_view.set_keyring_available(keyring_ok)
            self.stack.setCurrentWidget(self.setup_view)
        elif state == "header_missing":
            self._show_unlock(
                [],
                QCoreApplication.translate(
                    "Notes",
                    "Your notes are here, but their key file is missing. Restore it from a backup, or ask support for help.",
                ),
            )
        else:
            self._show_unlock(methods, "")
            if "keyring" in methods:
                self._unlock(self.controller.vault.unlock_with_keyring)

    def _on_probe_error(self, exc: Exception) -> None:
        self._show_unlock(["recovery"], self._message(exc))

    def _show_unlock(self, methods: list[str], message: str) -> None:
        had_focus = self._focus_inside()
        self.unlock_view.configure(methods or self.controller.methods())
        self.unlock_view.set_message(message)
        self.unlock_view.set_busy(False)
        self.stack.setCurrentWidget(self.unlock_view)
        if had_focus:  # after Ctrl+L the focused editor is gone: go to the passphrase
            self.unlock_view.focus_first()

    @staticmethod
    def _message(exc: Exception) -> str:
        if isinstance(exc, VaultError):
            return exc.message()
        return QCoreApplication.translate("Notes", "Something went wrong with your private notes.")

    # setup -------------------------------------------------------------------------------
    def _create(self, use_keyring: bool, passphrase: str) -> None:
        self.setup_view.set_busy(True)

        def done(code: str, integrity: Integrity) -> None:
            self.setup_view.set_busy(False)
            self.setup_view.clear()
            self._show_notes(integrity)
            self.autolock.disarm()  # the code screen is part of setup; arm after it
            self.recovery_view.show_code(code)
            self.stack.setCurrentWidget(self.recovery_view)

        def failed(exc: Exception) -> None:
            self.setup_view.set_busy(False)
            self.setup_view.error.setText(self._message(exc))

        self.controller.create(use_keyring, passphrase, done, failed)

    def show_new_recovery_code(self, code: str) -> None:
        """After a key change: the new recovery code, once (the old one no longer works)."""
        self.autolock.disarm()
        self.recovery_view.show_code(code)
        self.recovery_view.set_status(
            self.tr(
                "Your notes now have a new key. This is your NEW recovery code: the old one no longer works."
            )
        )
        self.notes_view.set_saved(
            self.tr("Your passphrase and the key of your notes were changed.")
        )
        self.stack.setCurrentWidget(self.recovery_view)

    def _enter_notes(self) -> None:
        had_focus = self._focus_inside()
        self.stack.setCurrentWidget(self.notes_view)
        self.autolock.arm()
        if had_focus:  # keyboard users land in the list (else the focus would be lost)
            self.notes_view.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_inside(self) -> bool:
        focus = QApplication.focusWidget()
        return self.isVisible() and (focus is None or self.isAncestorOf(focus))

    # unlock / lock -----------------------------------------------------------------------
    def _unlock(self, method: Callable[[], None], recovered: bool = False) -> None:
        self.unlock_view.set_busy(True)
        self.unlock_view.set_message("")

        def done(integrity: Integrity) -> None:
            self.unlock_view.set_busy(False)
            self.unlock_view.clear()
            self._show_notes(integrity)
            self._enter_notes()
            if recovered and "passphrase" in self.controller.methods():
                self.offer_new_passphrase()
            if self.recovery_pending:
                self.recovery_pending = False
                self.controller.replace_recovery_code(self.show_new_recovery_code, failed)

        def failed(exc: Exception) -> None:
            self.unlock_view.set_busy(False)
            if isinstance(exc, WrongPassphrase):
                self.unlock_view.passphrase_failed(self._message(exc))
                return
            self.unlock_view.set_message(self._message(exc))
            if not self.unlock_view.has_passphrase:
                self.unlock_view.show_recovery(True)

        self.controller.unlock(method, done, failed)

    def offer_new_passphrase(self) -> QMessageBox:
        """Opened with the recovery code: the passphrase is likely forgotten. Offer a new one
        (no need to type the old one this time)."""
        box = QMessageBox(self)
        box.setObjectName("offerNewPassphrase")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Your notes are open"))
        box.setText(self.tr("You opened your notes with your recovery code."))
        box.setInformativeText(
            self.tr("Would you like to choose a new passphrase now, so you do not need the code?")
        )
        yes = box.addButton(self.tr("Choose a &new passphrase"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.finished.connect(
            lambda _r: self.menu.change_passphrase() if box.clickedButton() is yes else None
        )
        box.open()
        return box

    def _show_notes(self, integrity: Integrity) -> None:
        """The vault just opened: fill the list and the filters, select the newest note."""
        self.notes_view.show_integrity(integrity)
        self.notes_view.set_sessions(session_choices(self.ctx.schedule))
        self._refresh_filters()
        self._refresh_list()
        ordered = self.notes.ordered()
        if ordered:
            self._select(ordered[0].id)
        self._checkin_changed()

    def lock(self) -> None:
        """Save what is being typed, then forget the key and every note shown."""
        if not self.unlocked:
            return
        self.flush()
        self.controller.lock()
        self.autolock.disarm()
        self.notes_view.clear_editor()
        self._checkin_changed()
        self.recovery_view.show_code("")
        self._show_unlock(self.controller.methods(), "")
        self.unlock_view.set_message(self.tr("Your notes are locked."), error=False)

    def private_texts(self) -> list[str]:
        """(in memory) The text of every unlocked note, including what is being typed."""
        if not self.unlocked:
            return []
        texts = [t for n in self.notes.values() for t in (n.title, n.body)]
        if self.ctx.checkin is not None:
            texts += self.ctx.checkin.values()
        texts += self.diary_bridge.texts()
        if self.notes_view.current_id is not None:
            fields = self.notes_view.edited_fields()
            texts += [str(fields.get("title", "")), str(fields.get("body", ""))]
        return texts

    # safety check-in (app/notes/checkin.py) ---------------------------------------------
    def _checkin_changed(self) -> None:
        """The notes opened or locked (or the check-in changed): tell the other pages."""
        self.ctx.checkin = self.controller.checkin
        self.ctx.checkin_changed.emit()
        self.diary_bridge.publish()

    def edit_checkin(self) -> None:
        from app.ui.notes.checkin_dialog import CheckInDialog

        current = self.controller.checkin
        if current is None:
            return
        dialog = CheckInDialog(current, self)
        if self.run_dialog(dialog):
            self.save_checkin(dialog.result_value())

    def save_checkin(self, value: Any) -> None:
        if not self.unlocked:
            return
        self.controller.save_checkin(
            value,
            self._checkin_changed,
            lambda exc: self.notes_view.set_saved(
                self.tr("Not saved yet: {why}").format(why=self._message(exc))
            ),
        )
        self._checkin_changed()

    def shutdown(self) -> None:
        """On quit: save what is being typed and lock, waiting (bounded) for the queue."""
        if self.unlocked:
            self.lock()
        self.controller.wait(10_000)

    # dialogs (overridable in tests) --------------------------------------------------------
    def ask_save_path(self, title: str, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name))
        return path

    def ask_open_path(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()))
        return path

    def ask_printer(self) -> Any:
        """A QPrinter the patient chose in the print dialog, or None when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def ask_passphrase(self, title: str) -> str:
        text, ok = QInputDialog.getText(self, title, title, QLineEdit.EchoMode.Password)
        return text if ok else ""

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.warning(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted
