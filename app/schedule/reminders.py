"""When to remind: N minutes before a session ("Run checks now") and at its start ("Join").

Pure logic with the time passed in, so the tray (and tests) decide what "now" is. A reminder fires
once; one missed while the computer slept still fires if it is still useful (before the start for
the first, within a grace period after the start for the second).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.schedule.model import Session

START_GRACE = timedelta(minutes=10)
MAX_TIMER_MS = 2**31 - 1  # QTimer's interval is a signed 32-bit int
MAX_WAIT = timedelta(minutes=1)  # re-check at least this often (clock jumps, sleep, new data)


@dataclass(frozen=True)
class Reminder:
    kind: str  # "before" or "start"
    session: Session
    at: datetime

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.session.key)


class ReminderPlanner:
    def __init__(self, minutes_before: int = 15) -> None:
        self.minutes_before = minutes_before
        self._fired: set[tuple[str, str]] = set()

    def _candidates(self, sessions: list[Session]) -> list[Reminder]:
        out: list[Reminder] = []
        for s in sessions:
            if s.kind == "all_day":
                continue
            if self.minutes_before > 0:
                out.append(Reminder("before", s, s.start - timedelta(minutes=self.minutes_before)))
            out.append(Reminder("start", s, s.start))
        return out

    @staticmethod
    def _still_useful(r: Reminder, now: datetime) -> bool:
        if r.kind == "before":
            return now < r.session.start
        return now < min(r.session.start + START_GRACE, r.session.end)

    def due(self, sessions: list[Session], now: datetime) -> list[Reminder]:
        """Reminders to show now (each only once). A "before" reminder superseded by the start
        reminder is dropped."""
        out = []
        for r in self._candidates(sessions):
            if r.key in self._fired or r.at > now:
                continue
            self._fired.add(r.key)
            if self._still_useful(r, now):
                out.append(r)
        return out

    def next_at(self, sessions: list[Session], now: datetime) -> datetime | None:
        times = [
            r.at for r in self._candidates(sessions) if r.key not in self._fired and r.at > now
        ]
        return min(times) if times else None


def timer_interval_ms(now: datetime, target: datetime | None) -> int:
    """Milliseconds to arm a timer for *target*: never negative, never more than a minute (so
    sleep, resume and clock changes are noticed), never over QTimer's 2**31-1 limit."""
    wait = MAX_WAIT if target is None else min(MAX_WAIT, max(timedelta(0), target - now))
    return int(min(MAX_TIMER_MS, max(0, wait.total_seconds() * 1000)))
