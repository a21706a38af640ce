"""Encrypted backup files and the explicit plaintext (Markdown) export.

A backup is one file: ``MAGIC | len(meta) | meta (JSON: Argon2id params, salt, nonce) | AES-GCM``
sealing ``data key || SQLite database``. The database comes from ``VACUUM INTO`` (a consistent
copy, never a raw copy of the live file) into a temporary file inside the private vault folder;
it holds only sealed records and is removed at once. The meta is bound as associated data.
"""

from __future__ import annotations

import contextlib
import json
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.atomic import atomic_write_bytes, atomic_write_text
from app.notes import crypto
from app.notes.crypto import KdfParams, NoteCipher
from app.notes.errors import BackupError, TamperedRecord, VaultError, WeakKdfParameters
from app.notes.manifest import open_record
from app.notes.model import Note
from app.notes.storage import NoteStore
from app.notes.vault import Vault

MAGIC = b"SESSIONREADY-NOTES-BACKUP\x001\n"
SUFFIX = ".srbackup"


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def export_backup(vault: Vault, destination: Path, passphrase: str) -> int:
    """Write an encrypted backup of every note. Returns the number of notes in it."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # lazily: not at start-up

    if not passphrase:
        raise ValueError("a backup needs a passphrase")
    store = vault.store()
    tmp = vault.directory / f".backup-{uuid.uuid4().hex}.db"
    try:
        store.vacuum_into(tmp)
        db_bytes = tmp.read_bytes()
    finally:
        _remove_db_files(tmp)
    params = vault.kdf_params
    salt = crypto.new_salt()
    nonce = crypto.new_nonce()
    meta = json.dumps(
        {
            "kdf": {"alg": "argon2id", **params.to_json()},
            "salt": crypto.b64e(salt),
            "nonce": crypto.b64e(nonce),
        },
        sort_keys=True,
    ).encode("utf-8")
    key = crypto.derive_passphrase_key(passphrase, salt, params)
    sealed = AESGCM(key).encrypt(nonce, vault.data_key() + db_bytes, MAGIC + meta)
    atomic_write_bytes(Path(destination), MAGIC + struct.pack(">I", len(meta)) + meta + sealed)
    return store.count()


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    damaged: int


def import_backup(vault: Vault, source: Path, passphrase: str) -> ImportResult:
    """Merge a backup into the unlocked vault (newer copy of a note wins), re-sealed under the
    vault's own key with fresh nonces."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        blob = Path(source).read_bytes()
    except OSError as exc:
        raise BackupError("backup unreadable") from exc
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
        raise BackupError("not a SessionReady backup")
    (meta_len,) = struct.unpack(">I", blob[len(MAGIC) : len(MAGIC) + 4])
    meta_bytes = blob[len(MAGIC) + 4 : len(MAGIC) + 4 + meta_len]
    sealed = blob[len(MAGIC) + 4 + meta_len :]
    try:
        meta = json.loads(meta_bytes.decode("utf-8"))
        params = KdfParams.from_json(meta["kdf"])
        salt = crypto.b64d(meta["salt"])
        nonce = crypto.b64d(meta["nonce"])
    except WeakKdfParameters:
        raise
    except (VaultError, ValueError, KeyError, TypeError) as exc:
        raise BackupError("backup header unreadable") from exc
    key = crypto.derive_passphrase_key(passphrase, salt, params)
    try:
        payload = AESGCM(key).decrypt(nonce, sealed, MAGIC + meta_bytes)
    except (InvalidTag, ValueError) as exc:
        raise BackupError("wrong passphrase or damaged backup") from exc
    backup_key, db_bytes = payload[: crypto.KEY_BYTES], payload[crypto.KEY_BYTES :]
    tmp = vault.directory / f".import-{uuid.uuid4().hex}.db"
    try:
        tmp.write_bytes(db_bytes)  # ciphertext only, inside the private vault folder
        source_store = NoteStore(tmp)
        try:
            records = list(source_store.all())
        finally:
            source_store.close()
    finally:
        _remove_db_files(tmp)
    cipher = NoteCipher(backup_key)
    current = {n.id: n for n in vault.notes()}
    to_save: list[Note] = []
    added = updated = unchanged = damaged = 0
    store = vault.store()
    for record in records:
        try:
            note = open_record(record, cipher)
        except TamperedRecord:
            damaged += 1
            continue
        mine = current.get(note.id)
        if mine is not None and mine.updated >= note.updated:
            unchanged += 1
            continue
        version = store.current_version(note.id) + 1
        to_save.append(note.with_changes(version=version))
        if mine is None:
            added += 1
        else:
            updated += 1
    if to_save:
        vault.save_many(to_save)
    return ImportResult(added, updated, unchanged, damaged)


class PlaintextNotConfirmed(VaultError):
    pass


def render_markdown(notes: list[Note], heading: str, labels: dict[str, str]) -> str:
    """Notes as Markdown. *labels*: translated "Tags", "Mood", "Written" captions."""
    lines = [f"# {heading}", ""]
    for note in notes:
        lines.append(f"## {note.title or '…'}")
        lines.append("")
        lines.append(f"*{labels.get('written', 'Written')}: {note.updated:%Y-%m-%d %H:%M} UTC*")
        if note.tags:
            lines.append(f"*{labels.get('tags', 'Tags')}: {', '.join(note.tags)}*")
        if note.mood:  # 0: a check-in whose mood was never chosen
            lines.append(f"*{labels.get('mood', 'Mood')}: {note.mood}/10*")
        lines.append("")
        lines.append(note.body)
        lines.append("")
    return "\n".join(lines)


def export_markdown(
    vault: Vault,
    destination: Path,
    *,
    confirmed_plaintext: bool,
    heading: str = "Notes",
    labels: dict[str, str] | None = None,
) -> int:
    """Write every note as readable text. Only after the patient confirmed the warning."""
    if not confirmed_plaintext:
        raise PlaintextNotConfirmed("plaintext export needs explicit confirmation")
    from app.notes.checkin import split

    notes, _checkin = split(vault.notes())  # the safety check-in never leaves the vault
    atomic_write_text(Path(destination), render_markdown(notes, heading, labels or {}))
    return len(notes)
