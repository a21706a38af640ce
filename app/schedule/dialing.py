"""Dial-in strings as a person dials them.

Calendars carry dial-in numbers the way phones store them: ``tel:+16465588656,,81234567890#``
or ``+1 646 558 8656,,812 3456 7890#`` (each comma is a pause before the tones that follow).
A person at a phone needs the parts apart: the number to call, then the meeting ID to key in,
then a passcode if there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAUSES = re.compile(r"[,;]+")


@dataclass(frozen=True)
class DialString:
    number: str  # "+1 646 558 8656", grouped for reading
    meeting_id: str = ""  # "812 3456 7890 #", the tones after the first pause
    passcode: str = ""  # "*123456 #", tones after a second pause, if any

    def __bool__(self) -> bool:
        return bool(self.number)


def _digits(text: str) -> str:
    return re.sub(r"[^0-9+*#]", "", text)


def _group_number(raw: str) -> str:
    """Group a phone number for reading: a North American number as +1 646 558 8656; a number
    the calendar already spaced keeps its spacing; any other in groups of three or four."""
    raw = raw.strip()
    digits = _digits(raw)
    if re.fullmatch(r"\+?1\d{10}", digits):
        d = digits.lstrip("+")
        return f"+1 {d[1:4]} {d[4:7]} {d[7:]}"
    if re.fullmatch(r"\d{10}", digits):  # a national number without the country code
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    spaced = re.sub(r"[^0-9+*# ]", " ", raw)
    if " " in spaced.strip():
        return re.sub(r"\s+", " ", spaced).strip()
    plus, rest = ("+", digits[1:]) if digits.startswith("+") else ("", digits)
    return plus + _chunks(rest)


def _chunks(digits: str) -> str:
    """Meeting IDs as the video platforms print them: 11 digits 3-4-4, 10 digits 3-3-4, 9
    digits 3-3-3; anything else in threes."""
    sizes = {11: (3, 4, 4), 10: (3, 3, 4), 9: (3, 3, 3)}.get(len(digits))
    if sizes is None:
        return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    return " ".join(out)


def _group_tones(raw: str) -> str:
    """ "81234567890#" → "812 3456 7890 #"; "*123456#" → "*123456 #"."""
    tones = _digits(raw)
    star = "*" if tones.startswith("*") else ""
    body = tones.lstrip("*")
    hashes = "#" if body.endswith("#") else ""
    body = body.rstrip("#")
    grouped = body if star else _chunks(body)
    return (star + grouped + (" " + hashes if hashes else "")).strip()


def parse_dial(text: str) -> DialString:
    """Split a dial-in string into the number, the meeting ID and the passcode."""
    text = (text or "").strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    text = text.split("?", 1)[0]  # tel: parameters are not for people
    parts = [p for p in _PAUSES.split(text) if _digits(p)]
    if not parts or not re.search(r"\d", parts[0]):
        return DialString("")
    number = _group_number(parts[0])
    meeting = _group_tones(parts[1]) if len(parts) > 1 else ""
    passcode = _group_tones("".join(parts[2:])) if len(parts) > 2 else ""
    return DialString(number, meeting, passcode)
