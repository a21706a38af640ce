"""A session's identity has one form (Session.key); identities already on disk still read."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.checklist.state import ChecklistStore, session_key
from app.schedule.model import Session, parse_key
from app.schedule.reminders import ReminderPlanner

CHICAGO = ZoneInfo("America/Chicago")
START = datetime(2025, 3, 10, 18, 0, tzinfo=CHICAGO)


def group(uid: str = "abc@program.example/2025-03-11T00:00:00+00:00") -> Session:
    return Session(uid, "Group", START, START + timedelta(hours=3), kind="group")


def test_the_key_names_the_occurrence_and_reads_back() -> None:
    s = group()
    assert s.key == f"{s.uid}|{START.isoformat()}"
    assert parse_key(s.key) == (s.uid, START)
    later = Session(s.uid, s.title, START + timedelta(days=7), s.end + timedelta(days=7))
    assert later.key != s.key


def test_the_checklist_keys_answers_by_the_session_key() -> None:
    s = group()
    assert session_key(s, START) == "session:" + s.key


def test_checklist_answers_saved_under_the_old_uid_at_start_key_are_still_found(
    tmp_path: Path,
) -> None:
    s = group()  # the uid itself holds an "@", as calendar uids often do
    old_key = f"session:{s.uid}@{s.start.isoformat()}"
    state = {old_key: {"answers": {"private_space": "yes"}, "done": True, "updated": "x"}}
    (tmp_path / "checklist_state.json").write_text(json.dumps(state), "utf-8")
    store = ChecklistStore(tmp_path)
    key = session_key(s, START)
    assert store.answers(key) == {"private_space": "yes"}
    assert store.is_done(key)
    store.set_answer(key, "camera", "no")  # written back under the one current form
    saved = json.loads((tmp_path / "checklist_state.json").read_text("utf-8"))
    assert list(saved) == [key]


def test_keys_that_are_not_sessions_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "checklist_state.json").write_text(
        json.dumps({"hour:2025-03-10T17": {"answers": {"camera": "yes"}}}), "utf-8"
    )
    assert ChecklistStore(tmp_path).answers("hour:2025-03-10T17") == {"camera": "yes"}
    assert parse_key("not a session") is None


def test_a_reminder_fires_once_per_session_occurrence() -> None:
    planner = ReminderPlanner(15)
    s = group()
    next_week = Session(s.uid, s.title, START + timedelta(days=7), s.end + timedelta(days=7))
    before = timedelta(minutes=15)
    assert [r.session for r in planner.due([s, next_week], START - before)] == [s]
    assert planner.due([s, next_week], START - before) == []  # once
    assert [r.session for r in planner.due([next_week], next_week.start - before)] == [next_week]
