"""Which sessions a note can be linked to, and the name a linked session is shown by.

A note stores its session as "uid|start" (start in ISO 8601); the schedule may no longer list
that session, so its label falls back to the start date and time.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.schedule.model import SessionSource
from app.ui.formatting import date_time_text


def session_choices(schedule: SessionSource | None) -> list[tuple[str, str]]:
    """(session id, label) for the sessions of the past week and the next one; [] without a
    schedule or when it cannot be read."""
    if schedule is None:
        return []
    now = datetime.now().astimezone()
    try:
        sessions = schedule.upcoming(now - timedelta(days=7), days=14)
    except Exception:
        return []
    return [
        (f"{s.uid}|{s.start.isoformat()}", f"{s.title} · {date_time_text(s.start)}")
        for s in sessions
    ]


def session_label(session_id: str) -> str:
    _uid, _sep, start = session_id.rpartition("|")
    try:
        return date_time_text(datetime.fromisoformat(start))
    except ValueError:
        return session_id
