"""The notes vault: one data key, opened by a key slot, sealing every note.

Files in ``<data dir>/notes/`` (owner-only): ``vault.json`` (the header: the data key wrapped
once per unlock method, see ``keyslots``, and the rollback ``anchor``) and ``notes.db`` (SQLite,
sealed records and the sealed manifest, see ``storage`` and ``manifest``). See DESIGN.md, Notes
vault. All methods are thread-safe; the UI calls them from one worker thread at a time.
"""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path
from typing import Any

from app.notes import anchor, crypto, files, rotation
from app.notes.crypto import KdfParams, NoteCipher, zero
from app.notes.errors import (
    KeyringUnavailable,
    NotesListChanged,
    TamperedRecord,
    VaultError,
    VaultExists,
    VaultHeaderMissing,
    VaultLocked,
)
from app.notes.keyslots import DETECT, KeySlots
from app.notes.keystore import KeyStore
from app.notes.manifest import Manifest, no_collection, open_all, seal_note
from app.notes.model import NEWEST, Note, utcnow
from app.notes.rekey import KeyChanges
from app.notes.storage import FORMAT_V1, FORMAT_V2, NoteStore, Record, count_notes

log = logging.getLogger(__name__)

HEADER_FILE = "vault.json"
DB_FILE = "notes.db"


class Vault(KeyChanges):
    def __init__(
        self,
        directory: Path,
        keystore: KeyStore | None = DETECT,
        kdf_params: KdfParams | None = None,
    ) -> None:
        """*keystore*: the OS keyring (detected when omitted; None = no usable keyring).

        *kdf_params*: Argon2id parameters for new passphrase/recovery slots (default 64 MiB,
        3 iterations). Tests pass ``KdfParams.floor()`` explicitly to stay fast; anything below
        the OWASP floor is refused.
        """
        self.directory = Path(directory)
        self.kdf_params = (kdf_params or KdfParams()).validate()
        self.slots = KeySlots(
            self.directory / HEADER_FILE,
            keystore,
            self.kdf_params,
            lambda: count_notes(self.db_path) > 0,
        )
        self._lock = threading.RLock()
        self._tidied = False
        self._store: NoteStore | None = None
        self._cipher: NoteCipher | None = None
        self._data_key: bytearray | None = None  # zeroed on lock
        self.opened_with_recovery = False  # unlocked with the recovery code this time
        self._manifest: Manifest | None = None
        self._cache: dict[str, Note] = {}
        self._damaged: dict[str, TamperedRecord] = {}
        self._missing: list[str] = []
        self._list_problem: NotesListChanged | None = None

    # paths and state ------------------------------------------------------------------------
    @property
    def header_path(self) -> Path:
        return self.slots.path

    @property
    def db_path(self) -> Path:
        return self.directory / DB_FILE

    @property
    def keystore(self) -> KeyStore | None:
        return self.slots.keystore

    def keyring_available(self) -> bool:
        return self.keystore is not None

    def state(self) -> str:
        """ "new" (nothing yet), "locked", "unlocked" or "header_missing" (notes without a key)."""
        with self._lock:
            if self._cipher is not None:
                return "unlocked"
            self._tidy()
            if self.slots.exists():
                return "locked"
            if count_notes(self.db_path) > 0:
                return "header_missing"
            return "new"

    @property
    def is_unlocked(self) -> bool:
        return self._cipher is not None

    def methods(self) -> list[str]:
        """The unlock methods the header offers, in the order the UI tries them."""
        return self.slots.methods()

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    def _tidy(self) -> None:
        """Once per start: remove temporary files a crash left behind; owner-only modes."""
        if not self._tidied:
            self._tidied = True
            files.tidy(self.directory)

    # setup, unlock, lock --------------------------------------------------------------------
    def create(self, *, use_keyring: bool, passphrase: str | None = None) -> str:
        """Create a new vault and unlock it. Returns the recovery code (show it once)."""
        with self._lock:
            if self.slots.exists():
                raise VaultExists("vault header already exists")
            if count_notes(self.db_path) > 0:
                raise VaultHeaderMissing("notes exist without a header; refusing a new key")
            if use_keyring and self.keystore is None:
                raise KeyringUnavailable("no usable keyring")
            if not use_keyring and not passphrase:
                raise ValueError("a passphrase is needed when the keyring is not used")
            files.private_dir(self.directory)
            data_key = crypto.new_key()
            code = self.slots.create(data_key, use_keyring=use_keyring, passphrase=passphrase)
            self._open_with_key(data_key)
            return code

    def unlock_with_keyring(self) -> None:
        with self._lock:
            self.slots.forget()  # read the header as it is on disk now
            self._open_with_key(self.slots.open_with_keyring())

    def unlock_with_passphrase(self, passphrase: str) -> None:
        with self._lock:
            self.slots.forget()  # read the header as it is on disk now
            self._open_with_key(self.slots.open_with_passphrase(passphrase))
            self.opened_with_recovery = False

    def unlock_with_recovery_code(self, code: str) -> None:
        with self._lock:
            self.slots.forget()  # read the header as it is on disk now
            self._open_with_key(self.slots.open_with_recovery_code(code))
            self.opened_with_recovery = True  # the passphrase may be forgotten: it may be reset

    def _open_with_key(self, data_key: bytes) -> None:
        self._tidy()
        files.private_dir(self.directory)
        store = self._store or NoteStore(self.db_path)  # DatabaseDamaged when unreadable
        self._store = store
        self._data_key = bytearray(data_key)
        self._cipher = NoteCipher(self._data_key)
        try:
            rotation.settle(store, self._cipher, self.slots.vault_id)
            self._load_all()
        except BaseException:
            self.lock()
            raise

    def _load_all(self) -> None:
        """Open every record against the sealed manifest (see ``manifest.open_all``) and the
        manifest against the anchor in the header (see ``anchor``); then bring old records to
        format 2 and the anchor up to date."""
        assert self._store is not None and self._cipher is not None
        assert self._data_key is not None
        with no_collection():  # 10,000s of new objects, none garbage (see no_collection)
            records = list(self._store.all())
        anchored, problem = anchor.read(
            self.slots.anchor_entry(), self._data_key, self.slots.vault_id
        )
        if anchored is None and problem is None and any(r.format == FORMAT_V2 for r in records):
            problem = NotesListChanged("anchor missing")  # removed from the header
        manifest = Manifest(self._cipher, self.slots.vault_id)
        opened = open_all(
            records,
            self._store.manifest(),
            manifest,
            self.slots.manifest_expected(),
            anchored,
            problem,
        )
        self._manifest = manifest
        self._cache = opened.notes
        self._damaged = opened.damaged
        self._missing = opened.missing
        self._list_problem = opened.list_problem
        if opened.start_manifest:
            self._store.commit((), (), manifest.update({}, ()))
            manifest.committed()
            self.slots.expect_manifest()
        self._upgrade_records(records)
        if manifest.seq != anchored:
            self._anchor_after_write(manifest.seq)
        if self._damaged or self._missing or self._list_problem:
            log.warning(
                "notes integrity: %d record(s) damaged or changed outside, %d missing, list %s",
                len(self._damaged),
                len(self._missing),
                "changed" if self._list_problem else "ok",
            )

    def _upgrade_records(self, records: list[Record]) -> None:
        """Format-1 records that opened are re-sealed as format 2 (session sealed, timestamps
        authenticated) at the next version, so an old copy of them is "changed outside"; then
        no row keeps a session id in plaintext. One transaction."""
        old = [self._cache[r.id] for r in records if r.format == FORMAT_V1 and r.id in self._cache]
        if not any(r.format == FORMAT_V1 or r.session_id for r in records):
            return
        assert self._store is not None and self._manifest is not None
        if old:
            self.save_many([n.with_changes(version=n.version + 1) for n in old], anchor=False)
        self._store.forget_plaintext_links()
        log.info("notes: %d record(s) brought to format 2", len(old))

    def _anchor_after_write(self, seq: int) -> None:
        """The anchor after a committed write: if vault.json cannot be written now (disk full,
        read-only), the note is still saved; notes.db ahead of the anchor is accepted and the
        anchor catches up at the next write or unlock."""
        try:
            self._anchor(seq)
        except (OSError, VaultError) as exc:
            log.warning("notes anchor not written: %s", type(exc).__name__)

    def _anchor(self, seq: int) -> None:
        """Vouch for manifest *seq* in the header (never lowering a valid anchor there)."""
        assert self._data_key is not None
        self.slots.forget()  # another Vault on the same files may have written since
        vault_id = self.slots.vault_id
        there, _problem = anchor.read(self.slots.anchor_entry(), self._data_key, vault_id)
        if there is None or there < seq:
            self.slots.write_anchor(anchor.make(self._data_key, vault_id, seq))

    def lock(self) -> None:
        """Forget the data key (zeroed) and every decrypted note; close the database.

        Python cannot overwrite the note strings themselves: dropping every reference (CPython
        frees them at once) is as far as it goes (see docs/sections/notes.md)."""
        with self._lock:
            self._cache = {}
            self._damaged = {}
            self._manifest = None
            self._missing = []
            self._list_problem = None
            self._cipher = None
            if self._data_key is not None:
                zero(self._data_key)
            self._data_key = None
            self.opened_with_recovery = False
            self.slots.forget()
            if self._store is not None:
                self._store.close()
                self._store = None

    close = lock

    # notes ----------------------------------------------------------------------------------
    def _require_unlocked(self) -> tuple[NoteStore, NoteCipher, Manifest]:
        if self._cipher is None or self._store is None or self._manifest is None:
            raise VaultLocked("vault is locked")
        return self._store, self._cipher, self._manifest

    def notes(self) -> list[Note]:
        """Every readable note, newest first."""
        with self._lock:
            self._require_unlocked()
            return sorted(self._cache.values(), key=NEWEST, reverse=True)

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
        """Seal and store *note* durably (one transaction, fsynced), then anchor the new
        manifest sequence number in the header; returns the saved note."""
        with self._lock:
            store, cipher, manifest = self._require_unlocked()
            version = store.current_version(note.id) + 1
            saved = note.with_changes(version=version, updated=utcnow())
            store.put(seal_note(saved, cipher), manifest.update({note.id: version}, ()))
            manifest.committed()
            self._stored(saved)
            self._anchor_after_write(manifest.seq)
            return saved

    def save_many(self, notes: list[Note], *, anchor: bool = True) -> list[Note]:
        """Store several notes (already versioned) in one transaction (imports, benchmarks)."""
        with self._lock:
            store, cipher, manifest = self._require_unlocked()
            store.put_many(
                [seal_note(n, cipher) for n in notes],
                manifest.update({n.id: n.version for n in notes}, ()),
            )
            manifest.committed()
            for n in notes:
                self._stored(n)
            if anchor:
                self._anchor_after_write(manifest.seq)
            return notes

    def _stored(self, note: Note) -> None:
        self._cache[note.id] = note
        self._damaged.pop(note.id, None)
        if note.id in self._missing:
            self._missing.remove(note.id)

    def delete(self, note_id: str) -> None:
        with self._lock:
            store, _cipher, manifest = self._require_unlocked()
            store.delete(note_id, manifest.update({}, (note_id,)))
            manifest.committed()
            self._anchor_after_write(manifest.seq)
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
            return bytes(self._data_key)
