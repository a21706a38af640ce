"""Past check runs kept locally (timestamp, verdict, statuses, metrics — no personal data)."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.checks.base import CheckResult

HISTORY_FILE = "history.sqlite3"
KEEP_RUNS = 500


@dataclass(frozen=True)
class RunRecord:
    timestamp: datetime  # aware, UTC
    verdict: str  # "ready" | "warnings" | "not_ready"
    results: tuple[CheckResult, ...]

    def result(self, check_id: str) -> CheckResult | None:
        return next((r for r in self.results if r.check_id == check_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "timestamp": self.timestamp.isoformat(),
            "verdict": self.verdict,
            "results": [r.to_dict() for r in self.results],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunRecord:
        return cls(
            timestamp=datetime.fromisoformat(data["timestamp"]),
            verdict=str(data["verdict"]),
            results=tuple(CheckResult.from_dict(r) for r in data["results"]),
        )


class HistoryStore:
    """SQLite file in the data dir. Headlines and advice are not personal, but details may name
    devices; join links and note text never reach a CheckResult."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / HISTORY_FILE
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, ts TEXT NOT NULL,"
                " verdict TEXT NOT NULL, results TEXT NOT NULL)"
            )

    def _connect(self) -> sqlite3.Connection:
        if os.name == "posix":  # owner-only (SQLite gives -wal/-shm the same mode)
            os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
            os.chmod(self.path, 0o600)
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def add(self, record: RunRecord) -> None:
        payload = json.dumps([r.to_dict() for r in record.results])
        with self._connect() as db:
            db.execute(
                "INSERT INTO runs (ts, verdict, results) VALUES (?, ?, ?)",
                (record.timestamp.astimezone(UTC).isoformat(), record.verdict, payload),
            )
            db.execute(
                "DELETE FROM runs WHERE id NOT IN (SELECT id FROM runs ORDER BY id DESC LIMIT ?)",
                (KEEP_RUNS,),
            )

    def recent(self, limit: int = 20) -> list[RunRecord]:
        """Newest first. Rows that cannot be read are skipped, never fatal."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT ts, verdict, results FROM runs ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        out: list[RunRecord] = []
        for ts, verdict, results in rows:
            try:
                out.append(
                    RunRecord(
                        datetime.fromisoformat(ts),
                        verdict,
                        tuple(CheckResult.from_dict(r) for r in json.loads(results)),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue
        return out

    def last(self) -> RunRecord | None:
        runs = self.recent(1)
        return runs[0] if runs else None
