"""The notes vault: key management (keyring / passphrase / recovery code) and sealed notes.

Files in ``<data dir>/notes/``: ``vault.json`` (the header: wrapped data key slots and their KDF
parameters, written atomically) and ``notes.db`` (SQLite, sealed records). See DESIGN.md, Notes
vault. All methods are thread-safe; the UI calls them from one worker thread at a time.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_text
from app.notes import crypto
from app.notes.crypto import KdfParams, NoteCipher, WrappedKey, WrongSlotSecret
from app.notes.errors import (
    ChangedOutside,
    KeyringChanged,
    KeyringEntryMissing,
    KeyringUnavailable,
    NotesListChanged,
    TamperedHeader,
    TamperedRecord,
    VaultError,
    VaultExists,
    VaultHeaderMissing,
    VaultLocked,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.notes.keystore import KeyStore, OsKeyring
from app.notes.model import Note, utcnow
from app.notes.storage import ManifestRow, ManifestUpdate, NoteStore, Record, count_notes

log = logging.getLogger(__name__)

HEADER_FILE = "vault.json"
DB_FILE = "notes.db"
FORMAT = "sessionready-notes-vault"
HEADER_VERSION = 1

KEYRING = "keyring"
PASSPHRASE = "passphrase"
RECOVERY = "recovery"

_DETECT: Any = object()


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="microseconds")


class Vault:
    def __init__(
        self,
        directory: Path,
        keystore: KeyStore | None = _DETECT,
        kdf_params: KdfParams | None = None,
    ) -> None:
        """*keystore*: the OS keyring (detected when omitted; None = no usable keyring).

        *kdf_params*: Argon2id parameters for new passphrase/recovery slots (default 64 MiB,
        3 iterations). Tests pass ``KdfParams.floor()`` explicitly to stay fast; anything below
        the OWASP floor is refused.
        """
        self.directory = Path(directory)
        self._keystore_arg = keystore
        self._keystore: KeyStore | None = None
        self._keystore_resolved = False
        self.kdf_params = (kdf_params or KdfParams()).validate()
        self._lock = threading.RLock()
        self._store: NoteStore | None = None
        self._cipher: NoteCipher | None = None
        self._data_key: bytes | None = None
        self._cache: dict[str, Note] = {}
        self._damaged: dict[str, TamperedRecord] = {}
        self._header: dict[str, Any] | None = None
        # The authenticated manifest (note id -> current version) and its sequence number.
        self._manifest: dict[str, int] = {}
        self._manifest_seq = 0
        self._missing: list[str] = []
        self._list_problem: NotesListChanged | None = None
        self._pending_manifest: tuple[dict[str, int], int] = ({}, 0)

    # paths and state ------------------------------------------------------------------------
    @property
    def header_path(self) -> Path:
        return self.directory / HEADER_FILE

    @property
    def db_path(self) -> Path:
        return self.directory / DB_FILE

    @property
    def keystore(self) -> KeyStore | None:
        if not self._keystore_resolved:
            self._keystore = (
                OsKeyring.detect() if self._keystore_arg is _DETECT else self._keystore_arg
            )
            self._keystore_resolved = True
        return self._keystore

    def keyring_available(self) -> bool:
        return self.keystore is not None

    def state(self) -> str:
        """ "new" (nothing yet), "locked", "unlocked" or "header_missing" (notes without a key)."""
        with self._lock:
            if self._cipher is not None:
                return "unlocked"
            if self.header_path.exists():
                return "locked"
            if count_notes(self.db_path) > 0:
                return "header_missing"
            return "new"

    @property
    def is_unlocked(self) -> bool:
        return self._cipher is not None

    def methods(self) -> list[str]:
        """The unlock methods the header offers, in the order the UI tries them."""
        slots = self._read_header().get("slots", {})
        return [m for m in (KEYRING, PASSPHRASE, RECOVERY) if m in slots]

    @property
    def vault_id(self) -> str:
        return str(self._read_header()["vault_id"])

    # header ---------------------------------------------------------------------------------
    def _read_header(self) -> dict[str, Any]:
        if self._header is not None:
            return self._header
        if not self.header_path.exists():
            if count_notes(self.db_path) > 0:
                raise VaultHeaderMissing("vault header missing while notes exist")
            raise VaultError("no vault yet")
        try:
            data = json.loads(self.header_path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise TamperedHeader("vault header unreadable") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise TamperedHeader("not a vault header")
        if not isinstance(data.get("version"), int) or data["version"] > HEADER_VERSION:
            raise VaultTooNew("vault header from a newer version")
        if not isinstance(data.get("vault_id"), str) or not isinstance(data.get("slots"), dict):
            raise TamperedHeader("vault header incomplete")
        self._header = data
        return data

    def _write_header(self, data: dict[str, Any]) -> None:
        atomic_write_text(self.header_path, json.dumps(data, indent=2, sort_keys=True))
        self._header = data

    @staticmethod
    def _label(kind: str, vault_id: str, params: KdfParams | None = None) -> bytes:
        extra = json.dumps(params.to_json(), sort_keys=True) if params else ""
        return f"sessionready-vault|v1|{kind}|{vault_id}|{extra}".encode()

    def _make_slot(
        self, kind: str, vault_id: str, data_key: bytes, secret: str | bytes
    ) -> dict[str, Any]:
        if isinstance(secret, bytes):  # keyring: a random key
            wrapped = crypto.wrap_key(data_key, secret, self._label(kind, vault_id))
            slot: dict[str, Any] = {}
        else:
            params = self.kdf_params
            salt = crypto.new_salt()
            slot_key = crypto.derive_passphrase_key(secret, salt, params)
            wrapped = crypto.wrap_key(data_key, slot_key, self._label(kind, vault_id, params))
            slot = {"kdf": {"alg": "argon2id", **params.to_json()}, "salt": crypto.b64e(salt)}
        slot.update(
            nonce=crypto.b64e(wrapped.nonce),
            wrapped=crypto.b64e(wrapped.ciphertext),
            check=crypto.b64e(wrapped.check),
        )
        return slot

    def _open_slot(self, kind: str, secret: str | bytes) -> bytes:
        header = self._read_header()
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
            return crypto.unwrap_key(wrapped, secret, self._label(kind, vault_id))
        kdf = slot.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id":
            raise TamperedHeader("unknown key derivation")
        params = KdfParams.from_json(kdf)  # raises WeakKdfParameters below the floor
        slot_key = crypto.derive_passphrase_key(secret, crypto.b64d(slot.get("salt")), params)
        return crypto.unwrap_key(wrapped, slot_key, self._label(kind, vault_id, params))

    # setup ----------------------------------------------------------------------------------
    def create(self, *, use_keyring: bool, passphrase: str | None = None) -> str:
        """Create a new vault and unlock it. Returns the recovery code (show it once)."""
        with self._lock:
            if self.header_path.exists():
                raise VaultExists("vault header already exists")
            if count_notes(self.db_path) > 0:
                raise VaultHeaderMissing("notes exist without a header; refusing a new key")
            if use_keyring and self.keystore is None:
                raise KeyringUnavailable("no usable keyring")
            if not use_keyring and not passphrase:
                raise ValueError("a passphrase is needed when the keyring is not used")
            self.directory.mkdir(parents=True, exist_ok=True)
            data_key = crypto.new_key()
            vault_id = uuid.uuid4().hex
            code = crypto.new_recovery_code()
            slots: dict[str, Any] = {
                RECOVERY: self._make_slot(
                    RECOVERY, vault_id, data_key, crypto.recovery_secret(code)
                )
            }
            if passphrase:
                slots[PASSPHRASE] = self._make_slot(PASSPHRASE, vault_id, data_key, passphrase)
            if use_keyring:
                assert self.keystore is not None
                slot_key = crypto.new_key()
                self.keystore.set(vault_id, slot_key)
                slots[KEYRING] = self._make_slot(KEYRING, vault_id, data_key, slot_key)
            header = {
                "format": FORMAT,
                "version": HEADER_VERSION,
                "vault_id": vault_id,
                "created": _iso(utcnow()),
                "slots": slots,
            }
            self._write_header(header)
            self._open_with_key(data_key)
            log.info("notes vault created (methods: %s)", ",".join(sorted(slots)))
            return code

    # unlock / lock --------------------------------------------------------------------------
    def unlock_with_keyring(self) -> None:
        with self._lock:
            header = self._read_header()
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
                data_key = self._open_slot(KEYRING, key)
            except WrongSlotSecret as exc:
                raise KeyringChanged("keyring entry does not match this vault") from exc
            self._open_with_key(data_key)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        with self._lock:
            if PASSPHRASE not in self._read_header()["slots"]:
                raise WrongPassphrase("this vault has no passphrase")
            try:
                data_key = self._open_slot(PASSPHRASE, passphrase)
            except WrongSlotSecret as exc:
                raise WrongPassphrase("wrong passphrase") from exc
            self._open_with_key(data_key)

    def unlock_with_recovery_code(self, code: str) -> None:
        with self._lock:
            if not crypto.recovery_code_is_well_formed(code):
                raise WrongRecoveryCode("recovery code malformed")
            try:
                data_key = self._open_slot(RECOVERY, crypto.recovery_secret(code))
            except WrongSlotSecret as exc:
                raise WrongRecoveryCode("wrong recovery code") from exc
            self._open_with_key(data_key)

    def _open_with_key(self, data_key: bytes) -> None:
        self._data_key = data_key
        self._cipher = NoteCipher(data_key)
        if self._store is None:
            self._store = NoteStore(self.db_path)
        self._load_all()

    def _load_all(self) -> None:
        """Open every record, then hold them against the sealed manifest.

        A record that authenticates but is not at the manifest's version (an older copy put
        back, or a deleted note resurrected) is reported as ChangedOutside; a note the manifest
        lists without a row is reported missing; the others open normally.
        """
        assert self._store is not None and self._cipher is not None
        self._cache.clear()
        self._damaged.clear()
        self._missing = []
        self._list_problem = None
        records = list(self._store.all())
        header = self._read_header()
        row = self._store.manifest()
        manifest: dict[str, int] | None = None
        if row is not None:
            try:
                manifest = self._open_manifest(row)
                self._manifest_seq = row.seq
            except TamperedRecord:
                self._list_problem = NotesListChanged("manifest failed authentication")
                self._manifest_seq = row.seq
        elif header.get("manifest") == 1:
            self._list_problem = NotesListChanged("manifest missing")
        for record in records:
            try:
                note = self._open_record(record, self._cipher)
            except TamperedRecord as exc:
                self._damaged[record.id] = exc
                continue
            if manifest is not None and manifest.get(record.id) != record.version:
                self._damaged[record.id] = ChangedOutside(record.id)
                continue
            self._cache[record.id] = note
        if manifest is not None:
            present = {r.id for r in records}
            self._missing = sorted(i for i in manifest if i not in present)
            self._manifest = dict(manifest)
        else:
            # First unlock since the manifest came in (or after it was lost): start it from what
            # authenticates now. Trust on first use; once sealed, the header records that it
            # exists, so removing the manifest row later is reported, not silently accepted.
            self._manifest = {nid: n.version for nid, n in self._cache.items()}
            if row is None and self._list_problem is None:
                self._store.commit((), (), self._manifest_update({}, ()))
                header = dict(header)
                header["manifest"] = 1
                self._write_header(header)
        if self._damaged or self._missing or self._list_problem:
            log.warning(
                "notes integrity: %d record(s) damaged or changed outside, %d missing, list %s",
                len(self._damaged),
                len(self._missing),
                "changed" if self._list_problem else "ok",
            )

    # the manifest ----------------------------------------------------------------------------
    def _manifest_aad(self, seq: int) -> bytes:
        return b"sessionready-manifest|v1|%s|%d" % (
            str(self._read_header()["vault_id"]).encode("utf-8"),
            seq,
        )

    def _open_manifest(self, row: ManifestRow) -> dict[str, int]:
        assert self._cipher is not None
        raw = self._cipher.open(row.nonce, row.sealed, self._manifest_aad(row.seq), "manifest")
        try:
            data = json.loads(raw.decode("utf-8"))
            entries = data["notes"]
            if not isinstance(entries, dict):
                raise ValueError("manifest entries")
            return {str(k): int(v) for k, v in entries.items()}
        except (ValueError, KeyError, TypeError) as exc:
            raise TamperedRecord("manifest") from exc

    def _manifest_update(
        self, changed: dict[str, int], removed: tuple[str, ...] | list[str]
    ) -> ManifestUpdate:
        """The ManifestUpdate for one transaction: our manifest plus *changed*, minus *removed*.

        Runs inside the write transaction. When another process (another Vault on the same
        files) wrote since we last did, its sealed manifest is the base instead of ours.
        """
        assert self._cipher is not None
        cipher = self._cipher

        def update(current: ManifestRow | None) -> ManifestRow:
            base = self._manifest
            if current is not None and current.seq != self._manifest_seq:
                try:
                    base = self._open_manifest(current)
                except TamperedRecord:
                    log.warning("notes manifest failed authentication; rewriting it")
            entries = dict(base)
            entries.update(changed)
            for note_id in removed:
                entries.pop(note_id, None)
            seq = max(self._manifest_seq, current.seq if current else 0) + 1
            payload = json.dumps({"notes": entries}, separators=(",", ":")).encode("utf-8")
            nonce, sealed = cipher.seal(payload, self._manifest_aad(seq))
            self._pending_manifest = (entries, seq)
            return ManifestRow(seq, nonce, sealed)

        return update

    def _manifest_committed(self) -> None:
        self._manifest, self._manifest_seq = self._pending_manifest

    @staticmethod
    def _open_record(record: Record, cipher: NoteCipher) -> Note:
        aad = crypto.note_aad(record.id, record.version, record.session_id)
        raw = cipher.open(record.nonce, record.sealed, aad, record.id)
        try:
            fields = Note.payload_fields(raw)
            created = datetime.fromisoformat(record.created)
            updated = datetime.fromisoformat(record.updated)
        except ValueError as exc:
            raise TamperedRecord(record.id) from exc
        return Note(
            id=record.id,
            session_id=record.session_id,
            created=created,
            updated=updated,
            version=record.version,
            **fields,  # type: ignore[arg-type]
        )

    def lock(self) -> None:
        """Forget the data key and every decrypted note; close the database."""
        with self._lock:
            self._cache.clear()
            self._damaged.clear()
            self._manifest = {}
            self._manifest_seq = 0
            self._missing = []
            self._list_problem = None
            self._cipher = None
            self._data_key = None
            self._header = None
            if self._store is not None:
                self._store.close()
                self._store = None

    close = lock

    # notes ----------------------------------------------------------------------------------
    def _require_unlocked(self) -> tuple[NoteStore, NoteCipher]:
        if self._cipher is None or self._store is None:
            raise VaultLocked("vault is locked")
        return self._store, self._cipher

    def notes(self) -> list[Note]:
        """Every readable note, newest first."""
        with self._lock:
            self._require_unlocked()
            return sorted(self._cache.values(), key=lambda n: (n.updated, n.id), reverse=True)

    def damaged(self) -> dict[str, TamperedRecord]:
        """Records that failed authentication (each hidden alone; the others open)."""
        with self._lock:
            self._require_unlocked()
            return dict(self._damaged)

    def missing(self) -> list[str]:
        """Ids the sealed manifest lists but whose row is gone (deleted outside SessionReady)."""
        with self._lock:
            self._require_unlocked()
            return list(self._missing)

    def list_problem(self) -> NotesListChanged | None:
        """Set when the manifest itself was missing or failed authentication at unlock."""
        with self._lock:
            self._require_unlocked()
            return self._list_problem

    def get(self, note_id: str) -> Note:
        with self._lock:
            self._require_unlocked()
            if note_id in self._damaged:
                raise self._damaged[note_id]
            return self._cache[note_id]

    def search(self, query: str) -> list[Note]:
        return [n for n in self.notes() if n.matches(query)]

    @staticmethod
    def new_note(**fields: Any) -> Note:
        return Note(id=uuid.uuid4().hex, **fields)

    def save(self, note: Note) -> Note:
        """Seal and store *note* durably (one transaction, fsynced); returns the saved note."""
        with self._lock:
            store, cipher = self._require_unlocked()
            version = store.current_version(note.id) + 1
            now = utcnow()
            saved = note.with_changes(version=version, updated=now)
            store.put(self._seal(saved, cipher), self._manifest_update({note.id: version}, ()))
            self._manifest_committed()
            self._cache[note.id] = saved
            self._damaged.pop(note.id, None)
            if note.id in self._missing:
                self._missing.remove(note.id)
            return saved

    def _seal(self, note: Note, cipher: NoteCipher) -> Record:
        aad = crypto.note_aad(note.id, note.version, note.session_id)
        nonce, sealed = cipher.seal(note.payload(), aad)
        return Record(
            note.id, note.version, _iso(note.created), _iso(note.updated), note.session_id,
            nonce, sealed,
        )  # fmt: skip

    def save_many(self, notes: list[Note]) -> list[Note]:
        """Store several notes (already versioned) in one transaction (imports, benchmarks)."""
        with self._lock:
            store, cipher = self._require_unlocked()
            store.put_many(
                [self._seal(n, cipher) for n in notes],
                self._manifest_update({n.id: n.version for n in notes}, ()),
            )
            self._manifest_committed()
            for n in notes:
                self._cache[n.id] = n
                self._damaged.pop(n.id, None)
                if n.id in self._missing:
                    self._missing.remove(n.id)
            return notes

    def delete(self, note_id: str) -> None:
        with self._lock:
            store, _ = self._require_unlocked()
            store.delete(note_id, self._manifest_update({}, (note_id,)))
            self._manifest_committed()
            if note_id in self._missing:
                self._missing.remove(note_id)
            self._cache.pop(note_id, None)
            self._damaged.pop(note_id, None)

    def store(self) -> NoteStore:
        with self._lock:
            return self._require_unlocked()[0]

    def data_key(self) -> bytes:
        with self._lock:
            self._require_unlocked()
            assert self._data_key is not None
            return self._data_key

    # key management: re-wrap the data key only ----------------------------------------------
    def change_passphrase(self, new_passphrase: str, current: str | None = None) -> None:
        """Set or change the passphrase. When one exists, *current* must match it."""
        if not new_passphrase:
            raise ValueError("empty passphrase")
        with self._lock:
            self._require_unlocked()
            header = dict(self._read_header())
            slots = dict(header["slots"])
            if PASSPHRASE in slots:
                try:
                    self._open_slot(PASSPHRASE, current or "")
                except WrongSlotSecret as exc:
                    raise WrongPassphrase("current passphrase wrong") from exc
            slots[PASSPHRASE] = self._make_slot(
                PASSPHRASE, header["vault_id"], self.data_key(), new_passphrase
            )
            header["slots"] = slots
            self._write_header(header)
            log.info("notes passphrase changed")

    def use_keyring(self, enabled: bool) -> None:
        """Keep (or stop keeping) a key in the OS keyring. Re-wraps the data key only."""
        with self._lock:
            self._require_unlocked()
            header = dict(self._read_header())
            slots = dict(header["slots"])
            vault_id = header["vault_id"]
            if enabled:
                if self.keystore is None:
                    raise KeyringUnavailable("no usable keyring")
                slot_key = crypto.new_key()
                self.keystore.set(vault_id, slot_key)
                slots[KEYRING] = self._make_slot(KEYRING, vault_id, self.data_key(), slot_key)
                header["slots"] = slots
                self._write_header(header)
            else:
                if PASSPHRASE not in slots:
                    raise ValueError("set a passphrase before leaving the keyring")
                slots.pop(KEYRING, None)
                header["slots"] = slots
                self._write_header(header)
                if self.keystore is not None:
                    try:
                        self.keystore.delete(vault_id)
                    except VaultError:  # locked / gone: the slot is already out of the header
                        log.warning("could not remove the notes key from the keyring")
            log.info("notes keyring use set to %s", enabled)

    def verify_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless *passphrase* opens this vault's passphrase slot."""
        with self._lock:
            if PASSPHRASE not in self._read_header()["slots"]:
                raise WrongPassphrase("this vault has no passphrase")
            try:
                self._open_slot(PASSPHRASE, passphrase)
            except WrongSlotSecret as exc:
                raise WrongPassphrase("wrong passphrase") from exc

    def keyring_opens_vault(self) -> bool:
        """True when the keyring answers now and its entry unwraps this vault's data key."""
        with self._lock:
            self._require_unlocked()
            header = self._read_header()
            store = self.keystore
            if store is None or KEYRING not in header["slots"]:
                return False
            try:
                key = store.get(header["vault_id"])
                if not key or len(key) != crypto.KEY_BYTES:
                    return False
                return self._open_slot(KEYRING, key) == self.data_key()
            except (VaultError, WrongSlotSecret):
                return False

    def remove_passphrase(self) -> None:
        """Keyring-only from now on (the recovery code always stays).

        Only while a real keyring is available *and* its entry, read back now, opens the data
        key: otherwise the passphrase stays (KeyringUnavailable), so a keyring that lost or never
        kept the entry can never leave the patient with the recovery code alone by surprise.
        """
        with self._lock:
            self._require_unlocked()
            header = dict(self._read_header())
            slots = dict(header["slots"])
            if KEYRING not in slots:
                raise ValueError("keep the passphrase: the keyring is not in use")
            if not self.keyring_opens_vault():
                raise KeyringUnavailable("keyring not usable now; keeping the passphrase")
            slots.pop(PASSPHRASE, None)
            header["slots"] = slots
            self._write_header(header)
            log.info("notes passphrase removed (keyring and recovery code remain)")
