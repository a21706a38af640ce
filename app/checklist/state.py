"""Answers remembered per session, and the summary of what is still open.

The key is the next session (its :attr:`Session.key`) when the schedule knows one, else the local date and
hour, so a patient who went through the checklist at 9:50 is not asked again at 9:55. Answers the
patient gives (including overriding a pre-filled answer) are stored in ``checklist_state.json`` in
the data dir (atomic writes); pre-filled answers are not stored, they come from the last check run.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_text
from app.checklist.content import Content, Item
from app.checklist.prefill import NO, NOT_POSSIBLE, YES, Prefill
from app.schedule.model import Session, key_of, parse_key

STATE_FILE = "checklist_state.json"
KEEP_SESSIONS = 30
ANSWERS = (YES, NO, NOT_POSSIBLE)


def session_key(session: Session | None, now: datetime) -> str:
    if session is not None:
        return "session:" + session.key
    return "hour:" + now.astimezone().strftime("%Y-%m-%dT%H")


def _current_key(key: str) -> str:
    """*key* as :func:`session_key` writes it now (files written before kept ``uid@start``)."""
    kind, _, rest = key.partition(":")
    parsed = parse_key(rest) if kind == "session" else None
    return "session:" + key_of(*parsed) if parsed else key


class ChecklistStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / STATE_FILE
        self._data: dict[str, dict[str, Any]] = self._read()

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}  # missing or damaged: start fresh, the checklist is quick to redo
        if not isinstance(raw, dict):
            return {}
        return {_current_key(str(k)): v for k, v in raw.items() if isinstance(v, dict)}

    def answers(self, key: str) -> dict[str, str]:
        entry = self._data.get(key, {})
        answers = entry.get("answers", {})
        if not isinstance(answers, dict):
            return {}
        return {str(k): v for k, v in answers.items() if v in ANSWERS}

    def set_answer(self, key: str, item_id: str, answer: str | None) -> None:
        if answer is not None and answer not in ANSWERS:
            raise ValueError(answer)
        entry = self._data.setdefault(key, {"answers": {}})
        answers = entry.setdefault("answers", {})
        if answer is None:
            answers.pop(item_id, None)
        else:
            answers[item_id] = answer
        entry["updated"] = datetime.now().astimezone().isoformat()
        self._save()

    def mark_done(self, key: str) -> None:
        """The patient reached the summary for this session: do not walk them through again."""
        entry = self._data.setdefault(key, {"answers": {}})
        entry["done"] = True
        entry["updated"] = datetime.now().astimezone().isoformat()
        self._save()

    def is_done(self, key: str) -> bool:
        return bool(self._data.get(key, {}).get("done"))

    def clear(self, key: str) -> None:
        if self._data.pop(key, None) is not None:
            self._save()

    def _save(self) -> None:
        if len(self._data) > KEEP_SESSIONS:
            newest = sorted(self._data, key=lambda k: str(self._data[k].get("updated", "")))
            for old in newest[: len(self._data) - KEEP_SESSIONS]:
                del self._data[old]
        atomic_write_text(self.path, json.dumps(self._data, indent=1, ensure_ascii=False))


@dataclass(frozen=True)
class ItemState:
    item: Item
    answer: str | None  # YES / NO / NOT_POSSIBLE / None (not answered)
    prefill: Prefill | None
    from_patient: bool  # the patient answered (possibly overriding the pre-fill)

    @property
    def is_open(self) -> bool:
        return self.answer != YES


def item_states(
    content: Content, saved: Mapping[str, str], prefills: Mapping[str, Prefill]
) -> list[ItemState]:
    out = []
    for item in content.items:
        pre = prefills.get(item.id)
        if item.id in saved:
            out.append(ItemState(item, saved[item.id], pre, True))
        else:
            out.append(ItemState(item, pre.answer if pre else None, pre, False))
    return out


def open_items(states: list[ItemState]) -> list[ItemState]:
    """Items still open: answered No, not possible today, or not answered."""
    return [s for s in states if s.is_open]
