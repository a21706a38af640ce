"""Vault errors: one class per thing that can go wrong, each with a plain-language message.

Messages never contain note text: only what happened and what the patient can do.
"""

from __future__ import annotations

from app.i18n import translate


class VaultError(Exception):
    """Base class. ``message()`` is the sentence shown to the patient (translated when shown)."""

    def message(self) -> str:
        return translate("Notes", "Something went wrong with your private notes.")


class WrongPassphrase(VaultError):
    def message(self) -> str:
        return translate("Notes", "That passphrase is not right. Check it and try again.")


class WrongRecoveryCode(VaultError):
    def message(self) -> str:
        return translate(
            "Notes", "That recovery code is not right. Check each group of letters and try again."
        )


class KeyringUnavailable(VaultError):
    """No real keyring on this computer (or only a plaintext/fail/null one)."""

    def message(self) -> str:
        return translate(
            "Notes",
            "This computer has no safe place to keep your key. Use your passphrase or recovery code.",
        )


class KeyringStopped(KeyringUnavailable):
    """The keyring answered before but stopped (its D-Bus connection or daemon went away)."""

    def message(self) -> str:
        return translate(
            "Notes",
            "This computer's keyring stopped answering. Use your passphrase or recovery code to open your notes.",
        )


class KeyringLocked(VaultError):
    def message(self) -> str:
        return translate(
            "Notes",
            "Your computer's keyring is locked. Unlock it, or use your passphrase or recovery code.",
        )


class KeyringEntryMissing(VaultError):
    def message(self) -> str:
        return translate(
            "Notes",
            "The key for your notes is no longer in this computer's keyring. Your notes are still here: open them with your recovery code.",
        )


class KeyringChanged(VaultError):
    def message(self) -> str:
        return translate(
            "Notes",
            "The key in this computer's keyring does not match your notes. Your notes are still here: open them with your recovery code.",
        )


class TamperedRecord(VaultError):
    """A stored note (or a wrapped key) failed authentication: damaged or changed on disk."""

    def __init__(self, note_id: str = "") -> None:
        super().__init__(f"record failed authentication: {note_id or 'key record'}")
        self.note_id = note_id

    def message(self) -> str:
        return translate(
            "Notes", "One note is damaged and cannot be opened. Your other notes are safe."
        )


class ChangedOutside(TamperedRecord):
    """A note row authenticates, but it is not the version the sealed manifest records: an
    older copy was put back (rollback), or a deleted note was put back (resurrected)."""

    def message(self) -> str:
        return translate(
            "Notes",
            "This note was changed outside SessionReady, so it is not shown. Your other notes are safe.",
        )


class NotesListChanged(VaultError):
    """The sealed manifest itself is missing or fails authentication."""

    def message(self) -> str:
        return translate(
            "Notes",
            "The list of your notes was changed outside SessionReady. Check that nothing is missing, or restore a backup.",
        )


class TamperedHeader(VaultError):
    def message(self) -> str:
        return translate(
            "Notes",
            "The key file of your notes is damaged. Try your recovery code, or restore a backup.",
        )


class DamagedKeySlot(TamperedHeader):
    """The secret was right (its check value matched) but the wrapped data key fails."""

    def message(self) -> str:
        return translate(
            "Notes",
            "The part of the key file that this method opens is damaged. Try your recovery code, or restore a backup.",
        )


class WeakKdfParameters(TamperedHeader):
    """Key-derivation settings outside the accepted range (too weak, or absurdly costly)."""

    def message(self) -> str:
        return translate(
            "Notes",
            "The key file of your notes is damaged: it asks for settings SessionReady never uses. Try your recovery code, or restore a backup.",
        )


class DatabaseDamaged(VaultError):
    """notes.db is not a readable SQLite database (overwritten, truncated, corrupt)."""

    def message(self) -> str:
        return translate(
            "Notes",
            "The file that holds your notes is damaged and cannot be read. Restore a backup, or ask support for help.",
        )


class NotesRolledBack(NotesListChanged):
    """notes.db is older than the sequence number anchored in vault.json (put back, or lowered)."""

    def message(self) -> str:
        return translate(
            "Notes",
            "Your notes file was replaced by an older copy outside SessionReady. Notes written since then may be missing: restore a backup to bring them back.",
        )


class VaultExists(VaultError):
    def message(self) -> str:
        return translate(
            "Notes", "Private notes already exist on this computer. Unlock them instead."
        )


class VaultHeaderMissing(VaultError):
    """Notes exist in the database but the key file is gone: never create a new key."""

    def message(self) -> str:
        return translate(
            "Notes",
            "Your notes are here, but their key file is missing. Restore it from a backup, or ask support for help.",
        )


class VaultTooNew(VaultError):
    def message(self) -> str:
        return translate(
            "Notes", "Your notes were saved by a newer version of SessionReady. Please update."
        )


class VaultLocked(VaultError):
    def message(self) -> str:
        return translate("Notes", "Your notes are locked. Unlock them first.")


class BackupError(VaultError):
    """A backup that cannot be opened (the subclasses name why)."""

    def message(self) -> str:
        return translate(
            "Notes", "This backup file cannot be opened. Check the passphrase and the file."
        )


class NotABackup(BackupError):
    def message(self) -> str:
        return translate("Notes", "This file is not a SessionReady notes backup.")


class BackupTruncated(BackupError):
    def message(self) -> str:
        return translate(
            "Notes",
            "This backup file is incomplete: it was cut off, perhaps while copying. Use a complete copy.",
        )


class BackupWrongPassphrase(BackupError):
    def message(self) -> str:
        return translate(
            "Notes", "That passphrase does not open this backup. Check it and try again."
        )


class BackupDamaged(BackupError):
    def message(self) -> str:
        return translate(
            "Notes",
            "This backup file is damaged and cannot be opened. Use another copy if you have one.",
        )
