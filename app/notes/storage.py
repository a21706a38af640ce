"""SQLite storage for sealed notes: WAL, synchronous=FULL, versioned schema with migrations.

Only ids, timestamps and versions are plaintext (format 2: the timestamps are bound into the
record's associated data); everything the patient wrote, and the session a note is linked to, is
in ``sealed`` (AES-GCM ciphertext + tag), next to its ``nonce``. Format-1 rows (before schema 4)
kept the session id in plaintext; the first unlock re-seals them (``vault``). ``next_nonce`` /
``next_sealed`` hold a record re-sealed under a new data key while a key change runs
(``rotation``). The file is created owner-only (0600; SQLite gives ``-wal``/``-shm`` the same).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from app.notes.errors import DatabaseDamaged, VaultTooNew

FORMAT_V1 = 1  # session id in plaintext, timestamps unauthenticated (read only)
FORMAT_V2 = 2  # session sealed, timestamps in the associated data
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


class Record(NamedTuple):
    """One row of the notes table (a named tuple: 10,000 of them are made at every unlock)."""

    id: str
    version: int
    created: str  # ISO 8601, UTC
    updated: str
    session_id: str | None  # format 1 only; None for format 2
    nonce: bytes
    sealed: bytes
    format: int = FORMAT_V2


@contextlib.contextmanager
def damage_named() -> Iterator[None]:
    """Turn SQLite's "not a database" / "malformed" into DatabaseDamaged (its own message)."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        text = str(exc).lower()
        if (
            code in (SQLITE_CORRUPT, SQLITE_NOTADB)
            or "malformed" in text
            or "not a database" in text
        ):
            raise DatabaseDamaged(f"notes database unreadable: {exc}") from exc
        raise


def create_private(path: Path) -> None:
    """Create *path* (empty) readable by the owner only, or make an existing one so."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS notes ("
        " id TEXT PRIMARY KEY,"
        " version INTEGER NOT NULL,"
        " created TEXT NOT NULL,"
        " updated TEXT NOT NULL,"
        " session_id TEXT,"
        " nonce BLOB NOT NULL,"
        " sealed BLOB NOT NULL)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS notes_updated ON notes(updated DESC)")


def _v2(conn: sqlite3.Connection) -> None:
    # Filter by session without a full scan.
    conn.execute("CREATE INDEX IF NOT EXISTS notes_session ON notes(session_id)")


def _v3(conn: sqlite3.Connection) -> None:
    # The sealed manifest (note id -> current version of every live note), one row, rewritten in
    # the same transaction as every save/delete. Existing vaults get it on their next unlock
    # (sealing needs the data key, which a migration does not have).
    conn.execute(
        "CREATE TABLE IF NOT EXISTS manifest ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " seq INTEGER NOT NULL,"
        " nonce BLOB NOT NULL,"
        " sealed BLOB NOT NULL)"
    )


def _v4(conn: sqlite3.Connection) -> None:
    # Record format (1: session id in plaintext; 2: sealed, timestamps authenticated), and room
    # for a record re-sealed under a new data key while the key is being changed. The session
    # index goes: filtering by session happens in memory after unlock.
    _add_column(conn, "notes", "format", "INTEGER NOT NULL DEFAULT 1")
    conn.execute("DROP INDEX IF EXISTS notes_session")
    for table in ("notes", "manifest"):
        _add_column(conn, table, "next_nonce", "BLOB")
        _add_column(conn, table, "next_sealed", "BLOB")


def _add_column(conn: sqlite3.Connection, table: str, column: str, declaration: str) -> None:
    # Migrations may run again over a schema already there (user_version lowered by hand).
    if column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


# MIGRATIONS[i] takes the schema from version i to i + 1 (PRAGMA user_version).
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = "id, version, created, updated, session_id, nonce, sealed, format"


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
        create_private(self.path)
        self.conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10
        )
        try:
            with damage_named():
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=FULL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.execute("PRAGMA secure_delete=ON")
                self.migrate()
        except BaseException:
            self.conn.close()
            raise

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
        with self._lock, damage_named():
            # table order: ORDER BY id walks the id index and looks each row up (+70 % time)
            rows = self.conn.execute(f"SELECT {_COLUMNS} FROM notes ORDER BY rowid").fetchall()
        for row in rows:
            yield Record._make(row)

    def get(self, note_id: str) -> Record | None:
        with self._lock, damage_named():
            row = self.conn.execute(
                f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)
            ).fetchone()
        return Record(*row) if row else None

    def current_version(self, note_id: str) -> int:
        with self._lock:
            row = self.conn.execute("SELECT version FROM notes WHERE id = ?", (note_id,)).fetchone()
        return int(row[0]) if row else 0

    def manifest(self) -> ManifestRow | None:
        with self._lock, damage_named():
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
                    f"INSERT INTO notes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET version=excluded.version,"
                    " created=excluded.created, updated=excluded.updated,"
                    " session_id=excluded.session_id, nonce=excluded.nonce,"
                    " sealed=excluded.sealed, format=excluded.format,"
                    " next_nonce=NULL, next_sealed=NULL",
                    [
                        (r.id, r.version, r.created, r.updated, r.session_id, r.nonce, r.sealed,
                         r.format)
                        for r in records
                    ],
                )  # fmt: skip
                self.conn.executemany("DELETE FROM notes WHERE id = ?", [(i,) for i in deleted])
                if manifest is not None:
                    # Read inside the write lock: another process may have saved since.
                    new = manifest(self.manifest())
                    self.conn.execute(
                        "INSERT INTO manifest (id, seq, nonce, sealed) VALUES (1, ?, ?, ?)"
                        " ON CONFLICT(id) DO UPDATE SET seq=excluded.seq,"
                        " nonce=excluded.nonce, sealed=excluded.sealed,"
                        " next_nonce=NULL, next_sealed=NULL",
                        (new.seq, new.nonce, new.sealed),
                    )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def forget_plaintext_links(self) -> None:
        """Clear the format-1 plaintext session column of every row, then drop the old page
        images from the WAL (secure_delete zeroes the freed space in the file itself)."""
        with self._lock:
            self.conn.execute("UPDATE notes SET session_id = NULL WHERE session_id IS NOT NULL")
            self.checkpoint()

    def checkpoint(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # a new data key: re-sealed copies beside the current ones, then one switch (rotation) ----
    def stage(
        self, sealed: Iterable[tuple[str, bytes, bytes]], manifest: tuple[bytes, bytes] | None
    ) -> None:
        """Keep (id, nonce, sealed) under a new key beside each current record: one transaction."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(
                    "UPDATE notes SET next_nonce = ?, next_sealed = ? WHERE id = ?",
                    [(nonce, data, note_id) for note_id, nonce, data in sealed],
                )
                if manifest is not None:
                    self.conn.execute(
                        "UPDATE manifest SET next_nonce = ?, next_sealed = ? WHERE id = 1",
                        manifest,
                    )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def staged(self) -> tuple[list[Record], ManifestRow | None]:
        """Records (with their staged nonce and sealed) and the staged manifest, if any."""
        with self._lock, damage_named():
            rows = self.conn.execute(
                "SELECT id, version, created, updated, session_id, next_nonce, next_sealed,"
                " format FROM notes WHERE next_sealed IS NOT NULL"
            ).fetchall()
            man = self.conn.execute(
                "SELECT seq, next_nonce, next_sealed FROM manifest"
                " WHERE id = 1 AND next_sealed IS NOT NULL"
            ).fetchone()
        records = [Record(*r) for r in rows]
        return records, (ManifestRow(int(man[0]), bytes(man[1]), bytes(man[2])) if man else None)

    def end_staging(self, *, promote: bool) -> None:
        """Make the staged copies current (*promote*), or drop them: one transaction."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for table in ("notes", "manifest"):
                    if promote:
                        self.conn.execute(
                            f"UPDATE {table} SET nonce = next_nonce, sealed = next_sealed"
                            " WHERE next_sealed IS NOT NULL"
                        )
                    self.conn.execute(f"UPDATE {table} SET next_nonce = NULL, next_sealed = NULL")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        self.checkpoint()

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
            self.checkpoint()
            self.conn.close()


def count_notes(path: Path) -> int:
    """How many notes a database file holds (0 when there is no file), without migrating it."""
    if not Path(path).exists():
        return 0
    conn = sqlite3.connect(path, timeout=10)
    try:
        with damage_named():
            row = conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='notes'"
            ).fetchone()
            if not row:
                return 0
            return int(conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0])
    finally:
        conn.close()
