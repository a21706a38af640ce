"""Encrypted backup files and the explicit plaintext (Markdown) export.

A backup is one file: ``MAGIC | len(meta) | meta (JSON: Argon2id params, salt, nonce, check,
size) | AES-GCM`` sealing ``data key || SQLite database``. The database comes from ``VACUUM
INTO`` (a consistent copy, never a raw copy of the live file) into a temporary file inside the
private vault folder; it holds only sealed records and is removed at once (a crash leaves it to
``files.tidy``). The meta is bound as associated data. ``check`` (an HMAC under a subkey of the
passphrase key) tells a wrong passphrase apart from a damaged file, ``size`` a truncated one;
backups written before they existed get the general message. The Argon2id settings are checked
against the accepted range before anything is derived.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_bytes, atomic_write_text
from app.notes import crypto
from app.notes.crypto import KdfParams, NoteCipher
from app.notes.errors import (
    BackupDamaged,
    BackupError,
    BackupTruncated,
    BackupWrongPassphrase,
    NotABackup,
    TamperedRecord,
    VaultError,
)
from app.notes.files import temp_db
from app.notes.manifest import open_record
from app.notes.model import Note
from app.notes.storage import NoteStore, create_private
from app.notes.vault import Vault

MAGIC = b"SESSIONREADY-NOTES-BACKUP\x001\n"
SUFFIX = ".srbackup"
MAX_META_BYTES = 64 * 1024
MAX_BACKUP_BYTES = 512 * 1024 * 1024  # 10,000 notes make about 8 MB


def _check(key: bytes, salt: bytes) -> bytes:
    return crypto.mac(crypto.subkey(key, b"backup-check"), b"sessionready-backup|" + salt)[:16]


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
    tmp = temp_db(vault.directory, "backup")
    try:
        create_private(tmp)  # VACUUM INTO accepts an empty file: owner-only from the start
        store.vacuum_into(tmp)
        db_bytes = tmp.read_bytes()
    finally:
        _remove_db_files(tmp)
    params = vault.kdf_params
    salt = crypto.new_salt()
    nonce = crypto.new_nonce()
    key = crypto.derive_passphrase_key(passphrase, salt, params)
    payload = vault.data_key() + db_bytes
    meta = json.dumps(
        {
            "kdf": {"alg": "argon2id", **params.to_json()},
            "salt": crypto.b64e(salt),
            "nonce": crypto.b64e(nonce),
            "check": crypto.b64e(_check(key, salt)),
            "size": len(payload) + 16,  # ciphertext + GCM tag
        },
        sort_keys=True,
    ).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, payload, MAGIC + meta)
    atomic_write_bytes(Path(destination), MAGIC + struct.pack(">I", len(meta)) + meta + sealed)
    return store.count()


def _read_bounded(source: Path) -> bytes:
    """The file's bytes, refusing devices, pipes and anything larger than a backup can be."""
    try:
        if not stat.S_ISREG(os.stat(source).st_mode):  # stat first: opening a pipe would block
            raise NotABackup("not a regular file")
        with source.open("rb") as fh:
            blob = fh.read(MAX_BACKUP_BYTES + 1)
    except OSError as exc:
        raise BackupError("backup unreadable") from exc
    if len(blob) > MAX_BACKUP_BYTES:
        raise NotABackup("too large for a backup")
    return blob


def _parse(blob: bytes) -> tuple[bytes, dict[str, Any], bytes]:
    """(meta bytes, meta, sealed part); names a file that is not a backup or is cut short."""
    if not blob.startswith(MAGIC):
        if MAGIC.startswith(blob):
            raise BackupTruncated("cut inside the magic")
        raise NotABackup("not a SessionReady backup")
    if len(blob) < len(MAGIC) + 4:
        raise BackupTruncated("cut before the header length")
    (meta_len,) = struct.unpack(">I", blob[len(MAGIC) : len(MAGIC) + 4])
    if meta_len > MAX_META_BYTES:
        raise BackupDamaged("backup header too large")
    end = len(MAGIC) + 4 + meta_len
    if len(blob) < end:
        raise BackupTruncated("cut inside the header")
    meta_bytes = blob[len(MAGIC) + 4 : end]
    try:
        meta = json.loads(meta_bytes.decode("utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("meta is not an object")
    except (ValueError, RecursionError) as exc:
        raise BackupDamaged("backup header unreadable") from exc
    return meta_bytes, meta, blob[end:]


def open_backup(source: Path, passphrase: str) -> tuple[bytes, bytes]:
    """(the backup's data key, its database bytes). Raises NotABackup, BackupTruncated,
    BackupWrongPassphrase, BackupDamaged (or BackupError for an old backup that fails)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    meta_bytes, meta, sealed = _parse(_read_bounded(source))
    try:
        params = KdfParams.from_json(meta.get("kdf"))  # range-checked before any allocation
        salt = crypto.b64d(meta.get("salt"))
        nonce = crypto.b64d(meta.get("nonce"))
        check = crypto.b64d(meta["check"]) if "check" in meta else None
        size = meta.get("size")
    except VaultError as exc:
        raise BackupDamaged("backup header unreadable") from exc
    if type(size) is int and len(sealed) < size:
        raise BackupTruncated(f"{len(sealed)} of {size} bytes")
    key = crypto.derive_passphrase_key(passphrase, salt, params)
    if check is not None and not hmac.compare_digest(check, _check(key, salt)):
        raise BackupWrongPassphrase("wrong backup passphrase")
    try:
        payload = AESGCM(key).decrypt(nonce, sealed, MAGIC + meta_bytes)
    except (InvalidTag, ValueError) as exc:
        if check is not None:
            raise BackupDamaged("backup failed authentication") from exc
        raise BackupError("wrong passphrase or damaged backup") from exc
    if len(payload) < crypto.KEY_BYTES:
        raise BackupDamaged("backup payload too short")
    return payload[: crypto.KEY_BYTES], payload[crypto.KEY_BYTES :]


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    damaged: int


def import_backup(vault: Vault, source: Path, passphrase: str) -> ImportResult:
    """Merge a backup into the unlocked vault (newer copy of a note wins: the timestamps are
    authenticated), re-sealed under the vault's own key with fresh nonces."""
    backup_key, db_bytes = open_backup(Path(source), passphrase)
    tmp = temp_db(vault.directory, "import")
    try:
        create_private(tmp)
        tmp.write_bytes(db_bytes)  # ciphertext only, inside the private vault folder
        source_store = NoteStore(tmp)
        try:
            records = list(source_store.all())
        finally:
            source_store.close()
    except VaultError as exc:  # a database that does not open, inside an authentic backup
        raise BackupDamaged("backup database unreadable") from exc
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
    notes = [n for n in notes if n.kind == "note"]  # nor do diary entries (app.diary; issue 19)
    atomic_write_text(Path(destination), render_markdown(notes, heading, labels or {}))
    return len(notes)
