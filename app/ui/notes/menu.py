"""The Notes page's "More" menu: how the notes open, the passphrase, backups and export.

Each action asks what it needs through the page's dialogs (overridable in tests), queues the
work on the page's controller and reports the outcome in the editor's status line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.notes import backup
from app.notes.library import Integrity
from app.ui.notes.dialogs import PassphraseDialog, ProtectionDialog

if TYPE_CHECKING:
    from app.ui.pages.notes import NotesPage


class NotesMenu(QObject):
    def __init__(self, page: NotesPage) -> None:
        super().__init__(page)
        self.page = page
        self.protection_action = QAction(page)
        self.protection_action.triggered.connect(self.change_protection)
        self.passphrase_action = QAction(page)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.export_action = QAction(page)
        self.export_action.triggered.connect(self.export_backup)
        self.import_action = QAction(page)
        self.import_action.triggered.connect(self.import_backup)
        self.markdown_action = QAction(page)
        self.markdown_action.triggered.connect(self.export_markdown)
        self.delete_action = QAction(page)
        self.delete_action.triggered.connect(page.delete_current)
        for a in (self.protection_action, self.passphrase_action, self.export_action, self.import_action,
                  self.markdown_action, self.delete_action):  # fmt: skip
            page.notes_view.more_menu.addAction(a)

    def retranslate(self) -> None:
        self.protection_action.setText(self.tr("How my notes open (keyring or passphrase)…"))
        self.passphrase_action.setText(self.tr("Change passphrase…"))
        self.export_action.setText(self.tr("Save an encrypted backup…"))
        self.import_action.setText(self.tr("Restore from a backup…"))
        self.markdown_action.setText(self.tr("Export as readable text…"))
        self.delete_action.setText(self.tr("Delete this note…"))

    def change_passphrase(self) -> None:
        if not self.page.unlocked:
            return
        # After the recovery code opened the notes, the old passphrase is not asked for.
        has_current = (
            "passphrase" in self.page.controller.methods()
            and not self.page.controller.vault.opened_with_recovery
        )
        dialog = PassphraseDialog(has_current, self.page)
        if not self.page.run_dialog(dialog):
            return
        new, current = dialog.new.text(), dialog.current.text() or None
        if dialog.rotate.isChecked():
            self.rotate_key(new, current)
            return
        self.page.notes_view.set_saved(self.tr("Changing your passphrase…"))
        self.page.controller.change_passphrase(
            new,
            current,
            lambda _r: self.page.notes_view.set_saved(self.tr("Your passphrase was changed.")),
            lambda exc: self.page.notes_view.set_saved(self.page._message(exc)),
        )

    def rotate_key(self, new: str, current: str | None) -> None:
        """New passphrase and a new key for every note, then the new recovery code (shown at
        once, or right after the next unlock when the notes were locked meanwhile)."""
        self.page.flush()
        self.page.notes_view.set_saved(self.tr("Encrypting your notes with a new key…"))

        def progress(done: int, total: int) -> None:
            if self.page.unlocked:
                self.page.notes_view.set_saved(
                    self.tr("Encrypting your notes with a new key… {done} of {total}").format(
                        done=done, total=total
                    )
                )

        def done(code: str) -> None:
            if not self.page.unlocked:  # locked meanwhile: never show a code on a locked page
                self.page.recovery_pending = True
                return
            self.page.show_new_recovery_code(code)

        self.page.controller.rotate_key(
            new,
            current,
            progress,
            done,
            lambda exc: self.page.notes_view.set_saved(self.page._message(exc)),
        )

    def change_protection(self) -> None:
        """Switch keyring <-> passphrase: re-wraps the data key only; notes are untouched."""
        if not self.page.unlocked:
            return
        self.page.notes_view.set_saved(self.tr("Checking this computer's keyring…"))

        def ask(result: tuple[list[str], bool]) -> None:
            self.page.notes_view.set_saved("")
            if not self.page.unlocked:  # locked meanwhile (the queue is ordered: not yet reopened)
                return
            methods, keyring_ok = result
            dialog = ProtectionDialog(methods, keyring_ok, self.page)
            if not self.page.run_dialog(dialog):
                return
            chosen = dialog.chosen()
            if chosen == dialog.current_mode and not (
                chosen == dialog.KEYRING and dialog.has_passphrase
            ):
                return
            to_keyring = chosen == dialog.KEYRING
            if to_keyring:
                ok_text = self.tr("Your notes now open automatically with this computer's keyring.")
            else:
                ok_text = self.tr("Your notes now ask for your passphrase.")
            self.page.notes_view.set_saved(self.tr("Changing how your notes open…"))
            self.page.controller.switch_protection(
                to_keyring,
                dialog.current.text(),
                dialog.new.text(),
                lambda _r: self.page.notes_view.set_saved(ok_text),
                lambda exc: self.page.notes_view.set_saved(self.page._message(exc)),
            )

        self.page.controller.protection(
            ask, lambda exc: self.page.notes_view.set_saved(self.page._message(exc))
        )

    def export_backup(self) -> None:
        if not self.page.unlocked:
            return
        self.page.flush()
        path = self.page.ask_save_path(
            self.tr("Save an encrypted backup"), "sessionready-notes" + backup.SUFFIX
        )
        if not path:
            return
        passphrase = self.page.ask_passphrase(self.tr("Choose a passphrase for this backup"))
        if not passphrase:
            return
        self.page.controller.export_backup(
            Path(path),
            passphrase,
            lambda n: self.page.notes_view.set_saved(
                self.tr("Backup saved with {count} notes.").format(count=n)
            ),
            lambda exc: self.page.notes_view.set_saved(self.page._message(exc)),
        )

    def import_backup(self) -> None:
        if not self.page.unlocked:
            return
        self.page.flush()
        path = self.page.ask_open_path(self.tr("Restore from a backup"))
        if not path:
            return
        passphrase = self.page.ask_passphrase(self.tr("The passphrase of this backup"))
        if not passphrase:
            return

        def done(res: backup.ImportResult, integrity: Integrity) -> None:
            self.page.notes_view.show_integrity(integrity)
            self.page._refresh_filters()
            self.page._refresh_list()
            self.page.notes_view.set_saved(
                self.tr("Restored {added} new and {updated} newer notes.").format(
                    added=res.added, updated=res.updated
                )
            )

        self.page.controller.import_backup(
            Path(path),
            passphrase,
            done,
            lambda exc: self.page.notes_view.set_saved(self.page._message(exc)),
        )

    def export_markdown(self) -> None:
        if not self.page.unlocked:
            return
        ok = self.page.confirm(
            self.tr("Export as readable text?"),
            self.tr(
                "The file will NOT be encrypted. Anyone who opens it can read your notes. "
                "Only do this if you need to, and delete the file when you are done."
            ),
        )
        if not ok:
            return
        self.page.flush()
        path = self.page.ask_save_path(self.tr("Export as readable text"), "notes.md")
        if not path:
            return
        labels = {"tags": self.tr("Tags"), "mood": self.tr("Mood"), "written": self.tr("Written")}
        heading_text = self.tr("My notes")
        self.page.controller.export_markdown(
            Path(path),
            heading_text,
            labels,
            lambda n: self.page.notes_view.set_saved(
                self.tr("Exported {count} notes.").format(count=n)
            ),
            lambda exc: self.page.notes_view.set_saved(self.page._message(exc)),
        )
