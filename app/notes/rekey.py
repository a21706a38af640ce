"""Changing how the vault opens: a new data key for every note, or only its slots re-wrapped.

A part of Vault (app/notes/vault.py), kept here so each module stays small. Every method holds
the vault's lock and needs it unlocked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.notes import anchor, crypto, rotation
from app.notes.crypto import NoteCipher, zero
from app.notes.keyslots import KEYRING, KeySlots
from app.notes.manifest import Manifest
from app.notes.storage import NoteStore


class KeyChanges:
    """Mixed into Vault, which sets these up."""

    _lock: threading.RLock
    slots: KeySlots
    _data_key: bytearray | None
    _cipher: NoteCipher | None
    opened_with_recovery: bool
    _require_unlocked: Callable[[], tuple[NoteStore, NoteCipher, Manifest]]
    methods: Callable[[], list[str]]
    data_key: Callable[[], bytes]

    # a new data key --------------------------------------------------------------------------
    def rotate_key(
        self,
        new_passphrase: str | None,
        current: str | None = None,
        progress: rotation.Progress | None = None,
    ) -> str:
        """Replace the data key: every note re-sealed under a new one (crash-safe, see
        ``rotation``), every slot re-wrapped, *new_passphrase* set (when given; *current* must
        match an existing one). Old copies of vault.json or backups, with the old passphrase or
        recovery code, no longer open notes written from now on. Returns the NEW recovery code
        (the old one stops working)."""
        with self._lock:
            store, cipher, manifest = self._require_unlocked()
            old_key = self._data_key
            assert old_key is not None
            self.slots.forget()
            if not self.opened_with_recovery:  # after the recovery code: a forgotten one resets
                self.slots.check_passphrase(current)
            keyring_key = self.slots.keyring_key(old_key) if KEYRING in self.methods() else None
            new_key = bytearray(crypto.new_key())
            new_cipher = NoteCipher(new_key)
            vault_id = self.slots.vault_id
            try:
                rotation.stage_all(store, cipher, new_cipher, vault_id, progress)
                code = self.slots.rekey(
                    new_key,
                    new_passphrase,
                    keyring_key,
                    anchor.make(new_key, vault_id, manifest.seq),
                )  # the switch
            except BaseException:
                self.slots.forget()
                store.end_staging(promote=False)
                zero(new_key)
                raise
            self._data_key, self._cipher = new_key, new_cipher
            manifest.cipher = new_cipher
            zero(old_key)
            store.end_staging(promote=True)  # if cut here, the next unlock finishes it
            return code

    # how the vault opens: re-wrap the data key only -----------------------------------------
    def change_passphrase(self, new_passphrase: str, current: str | None = None) -> None:
        """Set or change the passphrase. When one exists, *current* must match it, unless the
        vault was opened with the recovery code (the patient forgot it: that is the point)."""
        if not new_passphrase:
            raise ValueError("empty passphrase")
        with self._lock:
            self.slots.change_passphrase(
                self.data_key(), new_passphrase, current, verify=not self.opened_with_recovery
            )

    def replace_recovery_code(self) -> str:
        """A new recovery code (show it once); the old one stops working."""
        with self._lock:
            return self.slots.replace_recovery_code(self.data_key())

    def use_keyring(self, enabled: bool) -> None:
        """Keep (or stop keeping) a key in the OS keyring. Re-wraps the data key only."""
        with self._lock:
            self.slots.use_keyring(self.data_key(), enabled)

    def remove_passphrase(self) -> None:
        """Keyring-only from now on (the recovery code always stays).

        Only while a real keyring is available *and* its entry, read back now, opens the data
        key: otherwise the passphrase stays (KeyringUnavailable), so a keyring that lost or never
        kept the entry can never leave the patient with the recovery code alone by surprise.
        """
        with self._lock:
            self.slots.remove_passphrase(self.data_key())

    def switch_to_keyring(self, current_passphrase: str) -> None:
        """Open with this computer's keyring instead of a passphrase.

        Checks *current_passphrase* (when the vault has one), keeps a key in the keyring, reads
        it back, then drops the passphrase. If the keyring does not give the key back, the vault
        stays as it was (the passphrase still opens it) and the error is raised.
        """
        with self._lock:
            self.slots.switch_to_keyring(self.data_key(), current_passphrase)

    def switch_to_passphrase(self, new_passphrase: str, current: str = "") -> None:
        """Open with a passphrase instead of the keyring: sets *new_passphrase* first (when
        given; *current* must match an existing one), then stops using the keyring."""
        with self._lock:
            self.slots.switch_to_passphrase(self.data_key(), new_passphrase, current)
