"""SQLite storage for sealed notes: WAL, synchronous=FULL, versioned schema with migrations.

Only ids, timestamps, versions and the linked session id are plaintext; everything the patient
wrote is in ``sealed`` (AES-GCM ciphertext + tag), next to its ``nonce``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.notes.errors import VaultTooNew


@dataclass(frozen=True)
class Record:
    id: str
    version: int
    created: str  # ISO 8601, UTC
    updated: str
    session_id: str | None
    nonce: bytes
    sealed: bytes


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE notes ("
        " id TEXT PRIMARY KEY,"
        " version INTEGER NOT NULL,"
        " created TEXT NOT NULL,"
        " updated TEXT NOT NULL,"
        " session_id TEXT,"
        " nonce BLOB NOT NULL,"
        " sealed BLOB NOT NULL)"
    )
    conn.execute("CREATE INDEX notes_updated ON notes(updated DESC)")


def _v2(conn: sqlite3.Connection) -> None:
    # Filter by session without a full scan.
    conn.execute("CREATE INDEX notes_session ON notes(session_id)")


def _v3(conn: sqlite3.Connection) -> None:
    # The sealed manifest (note id -> current version of every live note), one row, rewritten in
    # the same transaction as every save/delete. Existing vaults get it on their next unlock
    # (sealing needs the data key, which a migration does not have).
    conn.execute(
        "CREATE TABLE manifest ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " seq INTEGER NOT NULL,"
        " nonce BLOB NOT NULL,"
        " sealed BLOB NOT NULL)"
    )


# MIGRATIONS[i] takes the schema from version i to i + 1 (PRAGMA user_version).
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = "id, version, created, updated, session_id, nonce, sealed"


@dataclass(frozen=True)
class ManifestRow:
    seq: int  # bumped on every write; bound into the manifest's associated data
    nonce: bytes
    sealed: bytes


# Given the manifest row as it is inside the write transaction (None: none yet), the new one.
ManifestUpdate = Callable[[ManifestRow | None], ManifestRow]


class NoteStore:
    """One connection, guarded by a lock, usable from any (one-at-a-time) worker thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self.conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10
        )
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA secure_delete=ON")
        self.migrate()

    # schema --------------------------------------------------------------------------------
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        with self._lock:
            current = self.schema_version()
            if current > SCHEMA_VERSION:
                raise VaultTooNew(f"schema {current} is newer than {SCHEMA_VERSION}")
            for version in range(current, target):
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    MIGRATIONS[version](self.conn)
                    self.conn.execute(f"PRAGMA user_version={version + 1}")
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise

    # reads --------------------------------------------------------------------------------
    def count(self) -> int:
        with self._lock:
            return int(self.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0])

    def all(self) -> Iterator[Record]:
        with self._lock:
            rows = self.conn.execute(
                f"SELECT {_COLUMNS} FROM notes ORDER BY updated DESC, id"
            ).fetchall()
        for row in rows:
            yield Record(*row)

    def get(self, note_id: str) -> Record | None:
        with self._lock:
            row = self.conn.execute(
                f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)
            ).fetchone()
        return Record(*row) if row else None

    def current_version(self, note_id: str) -> int:
        with self._lock:
            row = self.conn.execute("SELECT version FROM notes WHERE id = ?", (note_id,)).fetchone()
        return int(row[0]) if row else 0

    def manifest(self) -> ManifestRow | None:
        with self._lock:
            row = self.conn.execute(
                "SELECT seq, nonce, sealed FROM manifest WHERE id = 1"
            ).fetchone()
        return ManifestRow(int(row[0]), bytes(row[1]), bytes(row[2])) if row else None

    # writes (each call is one durable transaction) -----------------------------------------
    def put(self, record: Record, manifest: ManifestUpdate | None = None) -> None:
        self.commit([record], (), manifest)

    def put_many(self, records: Iterable[Record], manifest: ManifestUpdate | None = None) -> None:
        self.commit(records, (), manifest)

    def delete(self, note_id: str, manifest: ManifestUpdate | None = None) -> None:
        self.commit((), (note_id,), manifest)

    def commit(
        self,
        records: Iterable[Record],
        deleted: Iterable[str] = (),
        manifest: ManifestUpdate | None = None,
    ) -> None:
        """Rows, deletions and the new manifest: all in one fsynced transaction, or none."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(
                    f"INSERT INTO notes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET version=excluded.version,"
                    " updated=excluded.updated, session_id=excluded.session_id,"
                    " nonce=excluded.nonce, sealed=excluded.sealed",
                    [
                        (r.id, r.version, r.created, r.updated, r.session_id, r.nonce, r.sealed)
                        for r in records
                    ],
                )
                self.conn.executemany("DELETE FROM notes WHERE id = ?", [(i,) for i in deleted])
                if manifest is not None:
                    # Read inside the write lock: another process may have saved since.
                    new = manifest(self.manifest())
                    self.conn.execute(
                        "INSERT INTO manifest (id, seq, nonce, sealed) VALUES (1, ?, ?, ?)"
                        " ON CONFLICT(id) DO UPDATE SET seq=excluded.seq,"
                        " nonce=excluded.nonce, sealed=excluded.sealed",
                        (new.seq, new.nonce, new.sealed),
                    )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # maintenance -------------------------------------------------------------------------
    def integrity_ok(self) -> bool:
        with self._lock:
            return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def vacuum_into(self, target: Path) -> None:
        """A consistent copy of the database (ciphertext only) — never a raw file copy."""
        with self._lock:
            self.conn.execute("VACUUM INTO ?", (str(target),))

    def close(self) -> None:
        with self._lock:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
            self.conn.close()


def count_notes(path: Path) -> int:
    """How many notes a database file holds (0 when there is no file), without migrating it."""
    if not Path(path).exists():
        return 0
    conn = sqlite3.connect(path, timeout=10)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='notes'"
        ).fetchone()
        if not row:
            return 0
        return int(conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0])
    finally:
        conn.close()
