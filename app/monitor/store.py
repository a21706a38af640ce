"""What the monitor saw, kept locally: one row per watch, its events and its samples — statuses
and figures only (no host, no network name, no session title), like the check history."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.monitor.rules import MonitorEvent
from app.monitor.sample import Sample

MONITOR_FILE = "monitor.sqlite3"
KEEP_WATCHES = 20

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS watches (id INTEGER PRIMARY KEY, started TEXT NOT NULL,"
    " ended TEXT, planned_end TEXT, reason TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS events (watch INTEGER NOT NULL, ts TEXT NOT NULL, t REAL NOT NULL,"
    " kind TEXT NOT NULL, problem TEXT NOT NULL, figure REAL, notified INTEGER NOT NULL,"
    " action TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS samples (watch INTEGER NOT NULL, ts TEXT NOT NULL, t REAL NOT NULL,"
    " figures TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS samples_watch ON samples (watch)",
    "CREATE INDEX IF NOT EXISTS events_watch ON events (watch)",
)


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class WatchRecord:
    id: int
    started: datetime
    ended: datetime | None  # None: still running, or the app stopped without saying
    planned_end: datetime | None
    reason: str  # "join", "schedule", "cli"
    events: tuple[MonitorEvent, ...]
    samples: tuple[Sample, ...]


class MonitorStore:
    """SQLite file in the data dir (WAL; a connection per call, so any thread may use it)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / MONITOR_FILE
        with self._connect() as db:
            for statement in SCHEMA:
                db.execute(statement)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def start(self, started: datetime, planned_end: datetime | None, reason: str) -> int:
        with self._connect() as db:
            cur = db.execute(
                "INSERT INTO watches (started, planned_end, reason) VALUES (?, ?, ?)",
                (_utc(started), _utc(planned_end) if planned_end else None, reason),
            )
            watch = int(cur.lastrowid or 0)
            old = "SELECT id FROM watches ORDER BY id DESC LIMIT -1 OFFSET ?"
            for table, column in (("samples", "watch"), ("events", "watch"), ("watches", "id")):
                db.execute(f"DELETE FROM {table} WHERE {column} IN ({old})", (KEEP_WATCHES,))
        return watch

    def add_samples(self, watch: int, samples: Iterable[Sample]) -> None:
        rows = [(watch, _utc(s.at), s.t, json.dumps(s.figures())) for s in samples]
        if rows:
            with self._connect() as db:
                db.executemany("INSERT INTO samples VALUES (?, ?, ?, ?)", rows)

    def add_events(self, watch: int, events: Iterable[MonitorEvent]) -> None:
        rows = [
            (watch, _utc(e.at), e.t, e.kind, e.problem, e.figure, int(e.notify), e.action)
            for e in events
        ]
        if rows:
            with self._connect() as db:
                db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def finish(self, watch: int, ended: datetime) -> None:
        with self._connect() as db:
            db.execute("UPDATE watches SET ended = ? WHERE id = ?", (_utc(ended), watch))

    def last_watch(self) -> WatchRecord | None:
        """The newest watch with what it saw; None when there is none (or it cannot be read)."""
        with self._connect() as db:
            row = db.execute(
                "SELECT id, started, ended, planned_end, reason FROM watches"
                " ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            events = db.execute(
                "SELECT ts, t, kind, problem, figure, notified, action FROM events"
                " WHERE watch = ? ORDER BY rowid",
                (row[0],),
            ).fetchall()
            samples = db.execute(
                "SELECT ts, t, figures FROM samples WHERE watch = ? ORDER BY rowid", (row[0],)
            ).fetchall()
        try:
            return WatchRecord(
                id=row[0],
                started=datetime.fromisoformat(row[1]),
                ended=_parse(row[2]),
                planned_end=_parse(row[3]),
                reason=row[4],
                events=tuple(
                    MonitorEvent(k, p, datetime.fromisoformat(ts), t, f, bool(n), a)
                    for ts, t, k, p, f, n, a in events
                ),
                samples=tuple(
                    Sample.from_figures(datetime.fromisoformat(ts), t, json.loads(fig))
                    for ts, t, fig in samples
                ),
            )
        except (ValueError, TypeError):
            return None
