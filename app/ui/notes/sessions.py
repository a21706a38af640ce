"""Which sessions a note can be linked to, and the name a linked session is shown by.

A note stores its session as ``Session.key``; the schedule may no longer list
that session, so its label falls back to the start date and time.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.schedule.model import SessionSource, parse_key
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
    return [(s.key, f"{s.title} · {date_time_text(s.start)}") for s in sessions]


def session_label(session_id: str) -> str:
    parsed = parse_key(session_id)
    return date_time_text(parsed[1]) if parsed else session_id
