"""The vault header (``vault.json``): the data key wrapped once per way of opening the vault.

A slot wraps the one data key under a keyring key, a passphrase (Argon2id) or the recovery code.
Changing how the notes open re-wraps the data key only; the sealed notes are never touched. The
header is written atomically. Not thread-safe on its own: the Vault calls it under its lock.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_text
from app.notes import crypto
from app.notes.crypto import KdfParams, WrappedKey, WrongSlotSecret
from app.notes.errors import (
    KeyringChanged,
    KeyringEntryMissing,
    KeyringUnavailable,
    TamperedHeader,
    VaultError,
    VaultHeaderMissing,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.notes.keystore import KeyStore, OsKeyring
from app.notes.model import utcnow

log = logging.getLogger(__name__)

FORMAT = "sessionready-notes-vault"
HEADER_VERSION = 1

KEYRING = "keyring"
PASSPHRASE = "passphrase"
RECOVERY = "recovery"

DETECT: Any = object()  # "find the OS keyring" (the default keystore)
MAX_HEADER_BYTES = 256 * 1024  # a real header is about 2 KB


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="microseconds")


def _label(kind: str, vault_id: str, params: KdfParams | None = None) -> bytes:
    extra = json.dumps(params.to_json(), sort_keys=True) if params else ""
    return f"sessionready-vault|v1|{kind}|{vault_id}|{extra}".encode()


def make_slot(
    kind: str, vault_id: str, data_key: bytes, secret: str | bytes, params: KdfParams
) -> dict[str, Any]:
    """Wrap *data_key* under *secret*: a random key (bytes, keyring) or a passphrase (str)."""
    if isinstance(secret, bytes):  # keyring: a random key
        wrapped = crypto.wrap_key(data_key, secret, _label(kind, vault_id))
        slot: dict[str, Any] = {}
    else:
        salt = crypto.new_salt()
        slot_key = crypto.derive_passphrase_key(secret, salt, params)
        wrapped = crypto.wrap_key(data_key, slot_key, _label(kind, vault_id, params))
        slot = {"kdf": {"alg": "argon2id", **params.to_json()}, "salt": crypto.b64e(salt)}
    slot.update(
        nonce=crypto.b64e(wrapped.nonce),
        wrapped=crypto.b64e(wrapped.ciphertext),
        check=crypto.b64e(wrapped.check),
    )
    return slot


def open_slot(header: dict[str, Any], kind: str, secret: str | bytes) -> bytes:
    """The data key from slot *kind* of *header*; raises WrongSlotSecret for a wrong secret."""
    slot = header["slots"].get(kind)
    if not isinstance(slot, dict):
        raise TamperedHeader(f"no {kind} slot")
    wrapped = WrappedKey(
        crypto.b64d(slot.get("nonce")),
        crypto.b64d(slot.get("wrapped")),
        crypto.b64d(slot.get("check")),
    )
    vault_id = header["vault_id"]
    if isinstance(secret, bytes):
        return crypto.unwrap_key(wrapped, secret, _label(kind, vault_id))
    kdf = slot.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id":
        raise TamperedHeader("unknown key derivation")
    params = KdfParams.from_json(kdf)  # raises WeakKdfParameters below the floor
    slot_key = crypto.derive_passphrase_key(secret, crypto.b64d(slot.get("salt")), params)
    return crypto.unwrap_key(wrapped, slot_key, _label(kind, vault_id, params))


class KeySlots:
    def __init__(
        self,
        path: Path,
        keystore: KeyStore | None,
        kdf_params: KdfParams,
        notes_exist: Callable[[], bool],
    ) -> None:
        """*keystore*: the OS keyring (DETECT: find it when first needed; None: no keyring).

        *notes_exist* tells a missing header apart from no vault yet.
        """
        self.path = path
        self.kdf_params = kdf_params
        self._keystore_arg = keystore
        self._keystore: KeyStore | None = None
        self._keystore_resolved = False
        self._notes_exist = notes_exist
        self._header: dict[str, Any] | None = None

    @property
    def keystore(self) -> KeyStore | None:
        if not self._keystore_resolved:
            self._keystore = (
                OsKeyring.detect() if self._keystore_arg is DETECT else self._keystore_arg
            )
            self._keystore_resolved = True
        return self._keystore

    # the header file ------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def read(self) -> dict[str, Any]:
        if self._header is not None:
            return self._header
        if not self.path.exists():
            if self._notes_exist():
                raise VaultHeaderMissing("vault header missing while notes exist")
            raise VaultError("no vault yet")
        try:
            with self.path.open("rb") as fh:
                raw = fh.read(MAX_HEADER_BYTES + 1)  # bounded: never read a huge file whole
            if len(raw) > MAX_HEADER_BYTES:
                raise ValueError("vault header too large")
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            raise TamperedHeader("vault header unreadable") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise TamperedHeader("not a vault header")
        if not isinstance(data.get("version"), int) or data["version"] > HEADER_VERSION:
            raise VaultTooNew("vault header from a newer version")
        if not isinstance(data.get("vault_id"), str) or not isinstance(data.get("slots"), dict):
            raise TamperedHeader("vault header incomplete")
        self._header = data
        return data

    def write(self, data: dict[str, Any]) -> None:
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True))
        self._header = data

    def forget(self) -> None:
        """Drop the cached header (read again from disk next time)."""
        self._header = None

    def methods(self) -> list[str]:
        """The unlock methods the header offers, in the order the UI tries them."""
        slots = self.read().get("slots", {})
        return [m for m in (KEYRING, PASSPHRASE, RECOVERY) if m in slots]

    @property
    def vault_id(self) -> str:
        return str(self.read()["vault_id"])

    def manifest_expected(self) -> bool:
        """True once a sealed manifest was written (its absence is then reported)."""
        return self.read().get("manifest") == 1

    def expect_manifest(self) -> None:
        self.write({**self.read(), "manifest": 1})

    def anchor_entry(self) -> object:
        """The header's rollback anchor entry as stored (see ``anchor``), None when absent."""
        return self.read().get("anchor")

    def write_anchor(self, entry: dict[str, Any]) -> None:
        self.write({**self.read(), "anchor": entry})

    def _with_slots(self, slots: dict[str, Any]) -> None:
        self.write({**self.read(), "slots": slots})

    # creating and opening -------------------------------------------------------------------
    def create(self, data_key: bytes, *, use_keyring: bool, passphrase: str | None) -> str:
        """Write a new header for *data_key*. Returns the recovery code (shown once)."""
        vault_id = uuid.uuid4().hex
        code = crypto.new_recovery_code()
        secret = crypto.recovery_secret(code)
        slots = {RECOVERY: make_slot(RECOVERY, vault_id, data_key, secret, self.kdf_params)}
        if passphrase:
            slots[PASSPHRASE] = make_slot(
                PASSPHRASE, vault_id, data_key, passphrase, self.kdf_params
            )
        if use_keyring:
            assert self.keystore is not None
            slot_key = crypto.new_key()
            self.keystore.set(vault_id, slot_key)
            slots[KEYRING] = make_slot(KEYRING, vault_id, data_key, slot_key, self.kdf_params)
        self.write(
            {
                "format": FORMAT,
                "version": HEADER_VERSION,
                "vault_id": vault_id,
                "created": iso(utcnow()),
                "slots": slots,
            }
        )
        log.info("notes vault created (methods: %s)", ",".join(sorted(slots)))
        return code

    def open_with_keyring(self) -> bytes:
        header = self.read()
        if KEYRING not in header["slots"]:
            raise KeyringEntryMissing("this vault does not use the keyring")
        store = self.keystore
        if store is None:
            raise KeyringUnavailable("no usable keyring")
        key = store.get(header["vault_id"])  # raises KeyringLocked / KeyringUnavailable
        if key is None:
            raise KeyringEntryMissing("keyring entry missing")
        if len(key) != crypto.KEY_BYTES:
            raise KeyringChanged("keyring entry is not ours")
        try:
            return open_slot(header, KEYRING, key)
        except WrongSlotSecret as exc:
            raise KeyringChanged("keyring entry does not match this vault") from exc

    def open_with_passphrase(self, passphrase: str) -> bytes:
        """The data key; raises WrongPassphrase (also when the vault has no passphrase)."""
        header = self.read()
        if PASSPHRASE not in header["slots"]:
            raise WrongPassphrase("this vault has no passphrase")
        try:
            return open_slot(header, PASSPHRASE, passphrase)
        except WrongSlotSecret as exc:
            raise WrongPassphrase("wrong passphrase") from exc

    def open_with_recovery_code(self, code: str) -> bytes:
        if not crypto.recovery_code_is_well_formed(code):
            raise WrongRecoveryCode("recovery code malformed")
        try:
            return open_slot(self.read(), RECOVERY, crypto.recovery_secret(code))
        except WrongSlotSecret as exc:
            raise WrongRecoveryCode("wrong recovery code") from exc

    def keyring_opens(self, data_key: bytes) -> bool:
        """True when the keyring answers now and its entry unwraps *data_key*."""
        header = self.read()
        store = self.keystore
        if store is None or KEYRING not in header["slots"]:
            return False
        try:
            key = store.get(header["vault_id"])
            if not key or len(key) != crypto.KEY_BYTES:
                return False
            return open_slot(header, KEYRING, key) == data_key
        except (VaultError, WrongSlotSecret):
            return False

    def keyring_key(self, data_key: bytes | bytearray) -> bytes:
        """The keyring's slot key, checked to open *data_key* (before a key change)."""
        header = self.read()
        store = self.keystore
        if store is None:
            raise KeyringUnavailable("no usable keyring")
        key = store.get(header["vault_id"])
        if key is None:
            raise KeyringEntryMissing("keyring entry missing")
        try:
            if len(key) == crypto.KEY_BYTES and open_slot(header, KEYRING, key) == data_key:
                return key
        except WrongSlotSecret:
            pass
        raise KeyringChanged("keyring entry does not match this vault")

    def check_passphrase(self, current: str | None) -> None:
        """Raises WrongPassphrase unless *current* opens the passphrase slot (when there is one)."""
        header = self.read()
        if PASSPHRASE in header["slots"]:
            try:
                open_slot(header, PASSPHRASE, current or "")
            except WrongSlotSecret as exc:
                raise WrongPassphrase("current passphrase wrong") from exc

    def rekey(
        self,
        new_key: bytes | bytearray,
        passphrase: str | None,
        keyring_key: bytes | None,
        anchor: dict[str, Any],
    ) -> str:
        """Wrap *new_key* in every slot and write it with its *anchor*: one atomic write, the
        switch of a key change. Returns the new recovery code (the old one stops working)."""
        header = self.read()
        vault_id = header["vault_id"]
        key = bytes(new_key)
        code = crypto.new_recovery_code()
        secret = crypto.recovery_secret(code)
        slots = {RECOVERY: make_slot(RECOVERY, vault_id, key, secret, self.kdf_params)}
        if passphrase:
            slots[PASSPHRASE] = make_slot(PASSPHRASE, vault_id, key, passphrase, self.kdf_params)
        if keyring_key is not None:
            slots[KEYRING] = make_slot(KEYRING, vault_id, key, keyring_key, self.kdf_params)
        self.write({**header, "slots": slots, "anchor": anchor, "rekeyed": iso(utcnow())})
        log.info("notes data key replaced (methods: %s)", ",".join(sorted(slots)))
        return code

    def replace_recovery_code(self, data_key: bytes) -> str:
        """A new recovery code for *data_key* (the old one stops working). Returns it."""
        header = self.read()
        code = crypto.new_recovery_code()
        slots = dict(header["slots"])
        slots[RECOVERY] = make_slot(
            RECOVERY, header["vault_id"], data_key, crypto.recovery_secret(code), self.kdf_params
        )
        self._with_slots(slots)
        log.info("notes recovery code replaced")
        return code

    # re-wrapping the data key ---------------------------------------------------------------
    def change_passphrase(
        self, data_key: bytes, new: str, current: str | None, verify: bool = True
    ) -> None:
        """*current* must open the passphrase slot, unless *verify* is off (the data key was
        just opened with the recovery code)."""
        header = self.read()
        slots = dict(header["slots"])
        if verify:
            self.check_passphrase(current)
        slots[PASSPHRASE] = make_slot(
            PASSPHRASE, header["vault_id"], data_key, new, self.kdf_params
        )
        self._with_slots(slots)
        log.info("notes passphrase changed")

    def use_keyring(self, data_key: bytes, enabled: bool) -> None:
        header = self.read()
        slots = dict(header["slots"])
        vault_id = header["vault_id"]
        if enabled:
            if self.keystore is None:
                raise KeyringUnavailable("no usable keyring")
            slot_key = crypto.new_key()
            self.keystore.set(vault_id, slot_key)
            slots[KEYRING] = make_slot(KEYRING, vault_id, data_key, slot_key, self.kdf_params)
            self._with_slots(slots)
        else:
            if PASSPHRASE not in slots:
                raise ValueError("set a passphrase before leaving the keyring")
            slots.pop(KEYRING, None)
            self._with_slots(slots)
            if self.keystore is not None:
                try:
                    self.keystore.delete(vault_id)
                except VaultError:  # locked / gone: the slot is already out of the header
                    log.warning("could not remove the notes key from the keyring")
        log.info("notes keyring use set to %s", enabled)

    def remove_passphrase(self, data_key: bytes) -> None:
        slots = dict(self.read()["slots"])
        if KEYRING not in slots:
            raise ValueError("keep the passphrase: the keyring is not in use")
        if not self.keyring_opens(data_key):
            raise KeyringUnavailable("keyring not usable now; keeping the passphrase")
        slots.pop(PASSPHRASE, None)
        self._with_slots(slots)
        log.info("notes passphrase removed (keyring and recovery code remain)")

    def switch_to_keyring(self, data_key: bytes, current: str) -> None:
        """Check the passphrase, keep a key in the keyring, read it back, drop the passphrase.

        If the keyring does not give the key back, the vault goes back to how it was.
        """
        methods = self.methods()
        if PASSPHRASE in methods:
            self.open_with_passphrase(current)
        if KEYRING not in methods:
            self.use_keyring(data_key, True)
        try:
            self.remove_passphrase(data_key)
        except VaultError:
            if KEYRING not in methods and PASSPHRASE in self.methods():
                self.use_keyring(data_key, False)  # back to how it was: passphrase only
            raise

    def switch_to_passphrase(self, data_key: bytes, new: str, current: str) -> None:
        """Set the new passphrase first (when given), then stop using the keyring."""
        if new:
            self.change_passphrase(data_key, new, current or None)
        self.use_keyring(data_key, False)
