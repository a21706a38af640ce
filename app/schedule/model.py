"""The shape of a scheduled session, shared by the schedule, the home page, checks and reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol


@dataclass(frozen=True)
class Session:
    uid: str
    title: str
    start: datetime  # timezone-aware
    end: datetime  # timezone-aware
    join_url: str = ""
    dial_in: str = ""
    kind: str = ""  # "group", "individual", … when known
    source: str = ""  # "file", "subscription", "manual"

    @property
    def key(self) -> str:
        """Which occurrence of which event this is (``uid|start``): checklist answers, a note's
        session link and fired reminders are kept under it."""
        return key_of(self.uid, self.start)

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def minutes_remaining(self, now: datetime) -> float:
        """Minutes from *now* to the end (the whole length if it has not started)."""
        start = max(now, self.start)
        return max(0.0, (self.end - start).total_seconds() / 60)


def key_of(uid: str, start: datetime) -> str:
    return f"{uid}|{start.isoformat()}"


def parse_key(key: str) -> tuple[str, datetime] | None:
    """(uid, start) of a :attr:`Session.key`; also reads the checklist's older ``uid@start``
    (still in checklist_state.json files written before the key had one form)."""
    for sep in ("|", "@"):
        uid, found, start = key.rpartition(sep)
        if found:
            try:
                return uid, datetime.fromisoformat(start)
            except ValueError:
                continue
    return None


class SessionSource(Protocol):
    def upcoming(self, now: datetime, days: int = 7) -> list[Session]: ...


def next_session(source: SessionSource | None, now: datetime) -> Session | None:
    """The session in progress or the next one to start, if any."""
    if source is None:
        return None
    for s in source.upcoming(now, days=14):
        if s.end > now and s.kind != "all_day":  # all-day entries are notes, not sessions
            return s
    return None
