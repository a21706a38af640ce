"""Build a vault as older versions wrote it: format-1 records (session id in plaintext,
timestamps unauthenticated), schema 2 or 3, no rollback anchor in vault.json."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from app.notes import crypto
from app.notes.crypto import NoteCipher
from app.notes.keyslots import iso
from app.notes.manifest import manifest_aad
from app.notes.model import Note
from app.notes.storage import MIGRATIONS
from app.notes.vault import Vault


def make_legacy(
    vault: Vault, notes: list[Note], schema: int = 3, key: bytes | None = None
) -> bytes:
    """Replace *vault*'s files (unlocked, or give its data *key*; it is closed) by a
    schema-*schema* vault holding *notes* as format-1 records, under the same data key and
    passphrase. Returns the data key."""
    key = key or vault.data_key()
    vault_id = vault.vault_id
    vault.close()
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(vault.db_path) + suffix).unlink()
    cipher = NoteCipher(key)
    conn = sqlite3.connect(vault.db_path)
    for migration in MIGRATIONS[:schema]:
        migration(conn)
    conn.execute(f"PRAGMA user_version={schema}")
    for n in notes:
        payload = json.dumps(
            {"title": n.title, "body": n.body, "tags": list(n.tags), "mood": n.mood}
        ).encode()
        nonce, sealed = cipher.seal(payload, crypto.note_aad(n.id, n.version, n.session_id))
        conn.execute(
            "INSERT INTO notes (id, version, created, updated, session_id, nonce, sealed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (n.id, n.version, iso(n.created), iso(n.updated), n.session_id, nonce, sealed),
        )
    if schema >= 3:
        entries = json.dumps({"notes": {n.id: n.version for n in notes}}).encode()
        nonce, sealed = cipher.seal(entries, manifest_aad(vault_id, 1))
        conn.execute("INSERT INTO manifest VALUES (1, 1, ?, ?)", (nonce, sealed))
    conn.commit()
    conn.close()
    header = json.loads(vault.header_path.read_text())
    header.pop("anchor", None)
    if schema < 3:
        header.pop("manifest", None)
    vault.header_path.write_text(json.dumps(header))
    return key
