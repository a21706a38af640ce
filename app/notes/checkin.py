"""The safety check-in clinicians ask for every session, kept sealed in the notes vault.

The patient's usual location (address), a local emergency contact (name, phone) and, for one
session only, "I'm somewhere else today". Stored through the vault's public note API as one
note with the reserved id ``CHECKIN_ID`` (its JSON in the sealed body), so it is encrypted,
backed up and checked like every note, and never in settings, logs, history, the report or a
notification. The notes list, search and the readable export leave it out (``split``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from app.notes.model import Note

CHECKIN_ID = "sessionready-safety-checkin"
FIELDS = ("address", "contact_name", "contact_phone", "today_session", "today_location")


@dataclass(frozen=True)
class CheckIn:
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    today_session: str = ""  # Session.key the "somewhere else today" location belongs to
    today_location: str = ""

    def location_for(self, session_key: str | None) -> tuple[str, bool]:
        """(where the patient is, whether it is today's own location) for *session_key*."""
        if session_key and self.today_session == session_key and self.today_location:
            return self.today_location, True
        return self.address, False

    def with_today(self, session_key: str, location: str) -> CheckIn:
        return replace(self, today_session=session_key, today_location=location.strip())

    def is_empty(self) -> bool:
        return not (self.address or self.contact_name or self.contact_phone)

    def values(self) -> list[str]:
        return [v for v in (self.address, self.contact_name, self.contact_phone,
                            self.today_location) if v]  # fmt: skip

    def to_note(self, previous: Note | None = None) -> Note:
        body = json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))
        base = previous or Note(id=CHECKIN_ID)
        return base.with_changes(title="", body=body, tags=(), mood=None, session_id=None)

    @classmethod
    def from_note(cls, note: Note | None) -> CheckIn:
        if note is None:
            return cls()
        try:
            data = json.loads(note.body)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(**{k: str(data.get(k, "")) for k in FIELDS})


def is_checkin(note: Note) -> bool:
    return note.id == CHECKIN_ID


def split(notes: list[Note]) -> tuple[list[Note], Note | None]:
    """(the patient's notes, the check-in record if any)."""
    found = next((n for n in notes if is_checkin(n)), None)
    return [n for n in notes if not is_checkin(n)], found
