"""Notes page: setup, unlock, list + editor with autosave, search, templates, lock and auto-lock.

All vault work (Argon2id, SQLite, AES-GCM) runs on a one-thread worker queue; the page keeps an
in-memory copy of the unlocked notes for the list and search, and forgets it on lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.atomic import atomic_write_text
from app.notes import backup
from app.notes.errors import ChangedOutside, VaultError
from app.notes.model import Note
from app.notes.templates import fields_from_template
from app.notes.vault import Vault
from app.schedule.model import parse_key
from app.ui.context import AppContext
from app.ui.formatting import date_time_text
from app.ui.notes.autolock import AutoLock
from app.ui.notes.dialogs import PassphraseDialog, ProtectionDialog
from app.ui.notes.editor import NotesView
from app.ui.notes.views import RecoveryView, SetupView, UnlockView
from app.ui.notes.worker import VaultWorker
from app.ui.pages.base import Page
from app.ui.widgets import heading

AUTOSAVE_MS = 800


class NotesPage(Page):
    page_id = "notes"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        vault: Vault | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(ctx, parent)
        self.vault = vault or Vault(ctx.data_dir / "notes")
        self.worker = VaultWorker(self)
        self.notes: dict[str, Note] = {}
        self.generation = 0  # bumped on lock: results of older jobs are dropped
        self.started = False
        self.unlocked = False
        self.dirty = False

        self.title = heading(level=1)
        self.body.addWidget(self.title)
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
        self.recovery_view.save_requested.connect(self._save_recovery_code)
        self.recovery_view.print_requested.connect(self._print_recovery_code)
        self.unlock_view.passphrase_entered.connect(
            lambda p: self._unlock(lambda: self.vault.unlock_with_passphrase(p))
        )
        self.unlock_view.recovery_entered.connect(
            lambda c: self._unlock(lambda: self.vault.unlock_with_recovery_code(c))
        )
        self.unlock_view.keyring_requested.connect(
            lambda: self._unlock(self.vault.unlock_with_keyring)
        )
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
        self.protection_action = QAction(self)
        self.protection_action.triggered.connect(self.change_protection)
        self.passphrase_action = QAction(self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_backup)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_backup)
        self.markdown_action = QAction(self)
        self.markdown_action.triggered.connect(self.export_markdown)
        self.delete_action = QAction(self)
        self.delete_action.triggered.connect(self.delete_current)
        for a in (self.protection_action, self.passphrase_action, self.export_action, self.import_action,
                  self.markdown_action, self.delete_action):  # fmt: skip
            v.more_menu.addAction(a)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.retranslate()

    def _action(self, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.title.setText(self.tr("Notes"))
        self.loading.setText(self.tr("Opening your notes…"))
        self.protection_action.setText(self.tr("How my notes open (keyring or passphrase)…"))
        self.passphrase_action.setText(self.tr("Change passphrase…"))
        self.export_action.setText(self.tr("Save an encrypted backup…"))
        self.import_action.setText(self.tr("Restore from a backup…"))
        self.markdown_action.setText(self.tr("Export as readable text…"))
        self.delete_action.setText(self.tr("Delete this note…"))
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

        def probe() -> tuple[str, bool, list[str]]:
            state = self.vault.state()
            methods = self.vault.methods() if state == "locked" else []
            return state, self.vault.keyring_available(), methods

        self.worker.submit(probe, self._on_probe, self._on_probe_error)

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
                self._unlock(self.vault.unlock_with_keyring)

    def _on_probe_error(self, exc: Exception) -> None:
        self._show_unlock(["recovery"], self._message(exc))

    def _show_unlock(self, methods: list[str], message: str) -> None:
        had_focus = self._focus_inside()
        self.unlock_view.configure(methods or self.unlock_view_methods())
        self.unlock_view.set_message(message)
        self.unlock_view.set_busy(False)
        self.stack.setCurrentWidget(self.unlock_view)
        if had_focus:  # after Ctrl+L the focused editor is gone: go to the passphrase
            self.unlock_view.focus_first()

    def unlock_view_methods(self) -> list[str]:
        try:
            return self.vault.methods()
        except VaultError:
            return []

    @staticmethod
    def _message(exc: Exception) -> str:
        if isinstance(exc, VaultError):
            return exc.message()
        return QCoreApplication.translate("Notes", "Something went wrong with your private notes.")

    # setup -------------------------------------------------------------------------------
    def _create(self, use_keyring: bool, passphrase: str) -> None:
        self.setup_view.set_busy(True)
        gen = self.generation

        def create() -> tuple[str, list[Note], str]:
            code = self.vault.create(use_keyring=use_keyring, passphrase=passphrase or None)
            return code, self.vault.notes(), self.integrity_notice()

        def done(result: tuple[str, list[Note], str]) -> None:
            self.setup_view.set_busy(False)
            self.setup_view.clear()
            if gen != self.generation:
                return
            code, notes, notice = result
            self._unlocked_with(notes, notice)
            self.autolock.disarm()  # the code screen is part of setup; arm after it
            self.recovery_view.show_code(code)
            self.stack.setCurrentWidget(self.recovery_view)

        def failed(exc: Exception) -> None:
            self.setup_view.set_busy(False)
            self.setup_view.error.setText(self._message(exc))

        self.worker.submit(create, done, failed)

    def _save_recovery_code(self) -> None:
        path = self.ask_save_path(
            self.tr("Save your recovery code"), "sessionready-recovery-code.txt"
        )
        if not path:
            return
        text = self.tr("SessionReady recovery code for your private notes:\n{code}\n").format(
            code=self.recovery_view.code
        )
        self.worker.submit(
            lambda: atomic_write_text(Path(path), text),
            lambda _r: self.recovery_view.set_status(
                self.tr("Saved. Keep that file somewhere private.")
            ),
            lambda exc: self.recovery_view.set_status(
                self.tr("Could not save the file. Try another place.")
            ),
        )

    def _print_recovery_code(self) -> None:
        from PySide6.QtGui import QTextDocument

        printer = self.ask_printer()
        if printer is None:
            return
        doc = QTextDocument()
        doc.setPlainText(
            self.tr("SessionReady recovery code for your private notes:\n{code}\n").format(
                code=self.recovery_view.code
            )
        )
        doc.print_(printer)
        self.recovery_view.set_status(self.tr("Sent to the printer."))

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
    def _unlock(self, method: Callable[[], None]) -> None:
        self.unlock_view.set_busy(True)
        self.unlock_view.set_message("")
        gen = self.generation

        def job() -> tuple[list[Note], str]:
            method()
            return self.vault.notes(), self.integrity_notice()

        def done(result: tuple[list[Note], str]) -> None:
            notes, notice = result
            if gen != self.generation:
                return
            self.unlock_view.set_busy(False)
            self.unlock_view.clear()
            self._unlocked_with(notes, notice)
            self._enter_notes()

        def failed(exc: Exception) -> None:
            self.unlock_view.set_busy(False)
            self.unlock_view.set_message(self._message(exc))
            if not self.unlock_view.has_passphrase:
                self.unlock_view.show_recovery(True)

        self.worker.submit(job, done, failed)

    def _unlocked_with(self, notes: list[Note], notice: str = "") -> None:
        self.unlocked = True
        self.notes = {n.id: n for n in notes}
        v = self.notes_view
        v.notice.setText(notice)
        v.notice.setVisible(bool(notice))
        v.set_sessions(self._sessions())
        self._refresh_filters()
        self._refresh_list()
        ordered = self.ordered()
        if ordered:
            self._select(ordered[0].id)

    def integrity_notice(self) -> str:
        """(worker) What failed the checks at unlock: damaged records, notes changed or removed outside
        SessionReady (the sealed manifest disagrees), or the manifest itself."""
        if not self.vault.is_unlocked:
            return ""
        damaged = self.vault.damaged()
        outside = sum(isinstance(e, ChangedOutside) for e in damaged.values())
        outside += len(self.vault.missing())
        broken = len(damaged) - sum(isinstance(e, ChangedOutside) for e in damaged.values())
        lines = []
        if broken:
            lines.append(
                self.tr(
                    "{count} note(s) are damaged and cannot be opened. Your other notes are safe."
                ).format(count=broken)
            )
        if outside:
            lines.append(
                self.tr(
                    "{count} note(s) were changed or removed outside SessionReady, so they are "
                    "not shown. Your other notes are safe. Restoring a backup brings them back."
                ).format(count=outside)
            )
        problem = self.vault.list_problem()
        if problem is not None:
            lines.append(problem.message())
        return "\n".join(lines)

    def lock(self) -> None:
        """Save what is being typed, then forget the key and every note shown."""
        if not self.unlocked:
            return
        self.flush()
        self.generation += 1
        self.unlocked = False
        self.autolock.disarm()
        self.notes.clear()
        self.notes_view.clear_editor()
        self.recovery_view.show_code("")
        self.worker.submit(self.vault.lock)
        self._show_unlock(self.unlock_view_methods(), "")
        self.unlock_view.set_message(self.tr("Your notes are locked."))

    def shutdown(self) -> None:
        """On quit: save what is being typed and lock, waiting (bounded) for the queue."""
        if self.unlocked:
            self.lock()
        self.worker.wait(10_000)

    # list, filter, search ----------------------------------------------------------------
    def ordered(self) -> list[Note]:
        return sorted(self.notes.values(), key=lambda n: (n.updated, n.id), reverse=True)

    def visible_notes(self) -> list[Note]:
        query = self.notes_view.search.text()
        kind_value = self.notes_view.filter.currentData()
        out = []
        for n in self.ordered():
            if kind_value:
                kind, _sep, value = str(kind_value).partition(":")
                if kind == "tag" and value not in n.tags:
                    continue
                if kind == "session" and n.session_id != value:
                    continue
            if n.matches(query):
                out.append(n)
        return out

    def _refresh_list(self) -> None:
        self.notes_view.show_notes(self.visible_notes(), keep=self.notes_view.current_id)

    def _refresh_filters(self) -> None:
        combo = self.notes_view.filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All notes"), None)
        tags = sorted({t for n in self.notes.values() for t in n.tags}, key=str.casefold)
        sessions = sorted({n.session_id for n in self.notes.values() if n.session_id})
        labels = dict(self._sessions())
        for sid in sessions:
            combo.addItem(
                self.tr("Session: {name}").format(name=labels.get(sid, self._session_label(sid))),
                "session:" + sid,
            )
        for tag in tags:
            combo.addItem(self.tr("Tag: {tag}").format(tag=tag), "tag:" + tag)
        idx = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, idx))
        combo.blockSignals(False)

    def _focus_search(self) -> None:
        if self.unlocked:
            self.notes_view.search.setFocus()
            self.notes_view.search.selectAll()

    # sessions ----------------------------------------------------------------------------
    def _sessions(self) -> list[tuple[str, str]]:
        schedule = self.ctx.schedule
        if schedule is None:
            return []
        now = datetime.now().astimezone()
        try:
            sessions = schedule.upcoming(now - timedelta(days=7), days=14)
        except Exception:
            return []
        return [(s.key, f"{s.title} · {date_time_text(s.start)}") for s in sessions]

    @staticmethod
    def _session_label(session_id: str) -> str:
        parsed = parse_key(session_id)
        return date_time_text(parsed[1]) if parsed else session_id

    # editing and autosave ----------------------------------------------------------------
    def new_note(self, template_id: str = "") -> None:
        if not self.unlocked:
            return
        self.flush()
        fields: dict[str, Any] = fields_from_template(template_id) if template_id else {}
        note = Vault.new_note(**fields)
        self.notes[note.id] = note
        self.notes_view.search.clear()
        self.notes_view.filter.setCurrentIndex(0)
        self.notes_view.load(note)
        self._refresh_list()
        self.dirty = True
        self.flush()
        self.notes_view.title.setFocus()

    def _select(self, note_id: str) -> None:
        if note_id == self.notes_view.current_id or note_id not in self.notes:
            return
        self.flush()
        note = self.notes[note_id]
        self.notes_view.load(note, self._session_label(note.session_id or ""))
        self._refresh_list()

    def _edited(self) -> None:
        self.dirty = True
        self.notes_view.set_saved(self.tr("Saving…"))
        self.autosave.start()

    def flush(self) -> None:
        """Save the note in the editor now, if it changed (queued before any later lock)."""
        self.autosave.stop()
        note_id = self.notes_view.current_id
        if not self.dirty or note_id is None or note_id not in self.notes:
            return
        self.dirty = False
        note = self.notes[note_id].with_changes(**self.notes_view.edited_fields())
        self.notes[note_id] = note
        gen = self.generation

        def done(saved: Note) -> None:
            if gen != self.generation or saved.id not in self.notes:
                return
            self.notes[saved.id] = saved
            self.notes_view.update_item(saved)
            if saved.id == self.notes_view.current_id and not self.dirty:
                self.notes_view.set_saved(
                    self.tr("Saved {when}").format(when=date_time_text(saved.updated.astimezone()))
                )
            self._refresh_filters()

        def failed(exc: Exception) -> None:
            self.dirty = True
            self.notes_view.set_saved(
                self.tr("Not saved yet: {why}").format(why=self._message(exc))
            )

        self.worker.submit(lambda: self.vault.save(note), done, failed)

    def delete_current(self) -> None:
        note_id = self.notes_view.current_id
        if not self.unlocked or note_id is None:
            return
        if not self.confirm(self.tr("Delete this note?"), self.tr("This cannot be undone.")):
            return
        self.autosave.stop()
        self.dirty = False
        self.notes.pop(note_id, None)
        self.notes_view.clear_editor()
        self._refresh_filters()
        self._refresh_list()
        self.worker.submit(lambda: self.vault.delete(note_id))

    # passphrase, backup, export ----------------------------------------------------------
    def change_passphrase(self) -> None:
        if not self.unlocked:
            return
        has_current = "passphrase" in self.unlock_view_methods()
        dialog = PassphraseDialog(has_current, self)
        if not self.run_dialog(dialog):
            return
        new, current = dialog.new.text(), dialog.current.text() or None
        self.notes_view.set_saved(self.tr("Changing your passphrase…"))
        self.worker.submit(
            lambda: self.vault.change_passphrase(new, current),
            lambda _r: self.notes_view.set_saved(self.tr("Your passphrase was changed.")),
            lambda exc: self.notes_view.set_saved(self._message(exc)),
        )

    def change_protection(self) -> None:
        """Switch keyring <-> passphrase: re-wraps the data key only; notes are untouched."""
        if not self.unlocked:
            return
        gen = self.generation
        self.notes_view.set_saved(self.tr("Checking this computer's keyring…"))

        def probe() -> tuple[list[str], bool]:
            return self.vault.methods(), self.vault.keyring_available()

        def ask(result: tuple[list[str], bool]) -> None:
            self.notes_view.set_saved("")
            if gen != self.generation or not self.unlocked:
                return
            methods, keyring_ok = result
            dialog = ProtectionDialog(methods, keyring_ok, self)
            if not self.run_dialog(dialog):
                return
            chosen = dialog.chosen()
            if chosen == dialog.current_mode and not (
                chosen == dialog.KEYRING and dialog.has_passphrase
            ):
                return
            current, new = dialog.current.text(), dialog.new.text()
            if chosen == dialog.KEYRING:
                job: Callable[[], None] = lambda: self._switch_to_keyring(current)  # noqa: E731
                ok_text = self.tr("Your notes now open automatically with this computer's keyring.")
            else:
                job = lambda: self._switch_to_passphrase(new, current)  # noqa: E731
                ok_text = self.tr("Your notes now ask for your passphrase.")
            self.notes_view.set_saved(self.tr("Changing how your notes open…"))
            self.worker.submit(
                job,
                lambda _r: self.notes_view.set_saved(ok_text),
                lambda exc: self.notes_view.set_saved(self._message(exc)),
            )

        self.worker.submit(probe, ask, lambda exc: self.notes_view.set_saved(self._message(exc)))

    def _switch_to_keyring(self, current: str) -> None:
        """(worker) Check the passphrase, keep a key in the keyring, read it back, then drop the
        passphrase. If the keyring does not give the key back, the passphrase stays."""
        methods = self.vault.methods()
        if "passphrase" in methods:
            self.vault.verify_passphrase(current)
        if "keyring" not in methods:
            self.vault.use_keyring(True)
        try:
            self.vault.remove_passphrase()
        except VaultError:
            if "keyring" not in methods and "passphrase" in self.vault.methods():
                self.vault.use_keyring(False)  # back to how it was: passphrase only
            raise

    def _switch_to_passphrase(self, new: str, current: str) -> None:
        """(worker) Set the new passphrase first, then stop using the keyring."""
        if new:
            self.vault.change_passphrase(new, current or None)
        self.vault.use_keyring(False)

    def export_backup(self) -> None:
        if not self.unlocked:
            return
        self.flush()
        path = self.ask_save_path(
            self.tr("Save an encrypted backup"), "sessionready-notes" + backup.SUFFIX
        )
        if not path:
            return
        passphrase = self.ask_passphrase(self.tr("Choose a passphrase for this backup"))
        if not passphrase:
            return
        self.worker.submit(
            lambda: backup.export_backup(self.vault, Path(path), passphrase),
            lambda n: self.notes_view.set_saved(
                self.tr("Backup saved with {count} notes.").format(count=n)
            ),
            lambda exc: self.notes_view.set_saved(self._message(exc)),
        )

    def import_backup(self) -> None:
        if not self.unlocked:
            return
        self.flush()
        path = self.ask_open_path(self.tr("Restore from a backup"))
        if not path:
            return
        passphrase = self.ask_passphrase(self.tr("The passphrase of this backup"))
        if not passphrase:
            return
        gen = self.generation

        def job() -> tuple[backup.ImportResult, list[Note], str]:
            res = backup.import_backup(self.vault, Path(path), passphrase)
            return res, self.vault.notes(), self.integrity_notice()

        def done(result: tuple[backup.ImportResult, list[Note], str]) -> None:
            if gen != self.generation:
                return
            res, notes, notice = result
            self.notes = {n.id: n for n in notes}
            self.notes_view.notice.setText(notice)
            self.notes_view.notice.setVisible(bool(notice))
            self._refresh_filters()
            self._refresh_list()
            self.notes_view.set_saved(
                self.tr("Restored {added} new and {updated} newer notes.").format(
                    added=res.added, updated=res.updated
                )
            )

        self.worker.submit(job, done, lambda exc: self.notes_view.set_saved(self._message(exc)))

    def export_markdown(self) -> None:
        if not self.unlocked:
            return
        ok = self.confirm(
            self.tr("Export as readable text?"),
            self.tr(
                "The file will NOT be encrypted. Anyone who opens it can read your notes. "
                "Only do this if you need to, and delete the file when you are done."
            ),
        )
        if not ok:
            return
        self.flush()
        path = self.ask_save_path(self.tr("Export as readable text"), "notes.md")
        if not path:
            return
        labels = {"tags": self.tr("Tags"), "mood": self.tr("Mood"), "written": self.tr("Written")}
        heading_text = self.tr("My notes")
        self.worker.submit(
            lambda: backup.export_markdown(
                self.vault,
                Path(path),
                confirmed_plaintext=True,
                heading=heading_text,
                labels=labels,
            ),
            lambda n: self.notes_view.set_saved(self.tr("Exported {count} notes.").format(count=n)),
            lambda exc: self.notes_view.set_saved(self._message(exc)),
        )

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
