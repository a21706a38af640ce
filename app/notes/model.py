"""A note as the patient sees it (plaintext lives only in memory, while unlocked)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from operator import attrgetter

_scan = json.JSONDecoder().raw_decode
# the notes' order everywhere they are listed: sort by it with reverse=True for newest first
# (ties by id, so the order is stable)
NEWEST = attrgetter("updated", "id")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Note:
    id: str
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    mood: int | None = None  # 1–10 for a mood check-in (0: not chosen yet), else None
    session_id: str | None = None
    created: datetime = field(default_factory=utcnow)
    updated: datetime = field(default_factory=utcnow)
    version: int = 0  # stored version; 0 = never saved
    # "note" for the patient's own notes; structured entries (app.diary.entries) have their own
    # kind and keep their fields as JSON in the body. Sealed with the rest of the payload.
    kind: str = "note"

    def payload(self) -> bytes:
        """The encrypted part: title, body, tags, the mood score, the linked session, the kind."""
        data: dict[str, object] = {
            "title": self.title,
            "body": self.body,
            "tags": list(self.tags),
            "mood": self.mood,
            "session": self.session_id,
        }
        if self.kind != "note":
            data["kind"] = self.kind
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @staticmethod
    def trusted(fields: dict[str, object]) -> Note:
        """The note with exactly these *fields* (every field, already checked, as
        ``payload_fields`` and the record give them), made without the frozen dataclass's
        ``__init__``: a sixth of the time, which counts at 10,000 notes per unlock."""
        note = object.__new__(Note)
        note.__dict__.update(fields)
        return note

    @staticmethod
    def payload_fields(raw: bytes) -> dict[str, object]:
        text = raw.decode("utf-8")
        try:  # our own compact JSON: the scanner alone, without json.loads' whitespace checks
            data, end = _scan(text)
            if end != len(text):
                raise ValueError("extra data")
        except ValueError:
            data = json.loads(text)  # raises the same ValueError for what is not JSON
        if not isinstance(data, dict):
            raise ValueError("payload is not an object")
        get = data.get  # runs for every note at unlock: kept lean
        tags, mood, session, kind = get("tags"), get("mood"), get("session"), get("kind")
        title, body = get("title", ""), get("body", "")
        return {
            "kind": kind if isinstance(kind, str) and kind else "note",
            "session_id": session if isinstance(session, str) and session else None,
            "title": title if isinstance(title, str) else str(title),
            "body": body if isinstance(body, str) else str(body),
            "tags": tuple(map(str, tags)) if isinstance(tags, list) else (),
            "mood": mood if isinstance(mood, int) and 0 <= mood <= 10 else None,
        }

    def matches(self, query: str) -> bool:
        q = query.casefold().strip()
        if not q:
            return True
        return (
            q in self.title.casefold()
            or q in self.body.casefold()
            or any(q in t.casefold() for t in self.tags)
        )

    def with_changes(self, **changes: object) -> Note:
        return replace(self, **changes)  # type: ignore[arg-type]


def parse_tags(text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for part in text.replace(";", ",").split(","):
        tag = part.strip()
        if tag and tag.casefold() not in (s.casefold() for s in seen):
            seen.append(tag)
    return tuple(seen)
