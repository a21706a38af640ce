"""The program profile: what a treatment program tells its patients' app.

A program ships a JSON or TOML file with these keys (all optional, unknown keys are an error)::

    program_name      "Harbor Virtual IOP"
    video_host        "zoom.us" or "video.example.org:443"   (measured for latency)
    join_url          "https://zoom.us/j/123…"               (default session link)
    speedtest_server  "https://speed.example.org/"           (optional; speedtest-cli mini server)
    phone_line        "+1 555 0100"                          (join by phone)
    support_contact   "Tech help: 555-0101, help@example.org"
    crisis_line       "988"                                  (default: 988, US)
    calendar_url      "https://… .ics" or "webcal://…"
    session_minutes   180
    language          "en" or "es"
    checklist         {"add": [...], "remove": [...], "reword": {...}}  (see the checklist docs)
    diary_card        {"rows": [...], "skills": [...], ...}  (the diary card's rows and skills,
                      replacing or extending resources/diary_card.toml; see app/diary/card.py)
    thresholds        {"download": {"pass_mbps": 1.0}, ...}  (keys listed in thresholds.toml
                      [overridable], each within its range there)
    stun_server       "stun.example.org:3478", "turns:turn.example.org:443", a platform named in
                      resources/stun_servers.toml ("twilio"), or {urls = [...], username, credential}

Validation names the offending field; a rejected file never replaces the stored profile. Every
bad file ends in a ProfileError, never another exception: the file is read with a size limit
(regular files only), nesting, list lengths and text lengths are bounded, and text must be
valid Unicode (a lone surrogate would crash printing and saving later).
"""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.atomic import atomic_write_text
from app.i18n import SUPPORTED_LANGUAGES, translate
from app.links import link_allowed
from app.profile.base import ProfileError, shown, split_host_port, valid_address
from app.profile.stun import (
    STUN_SCHEMES,
    StunUri,
    parse_stun_uri,
    stun_platforms,
    stun_uris,
    stun_value,
)
from app.profile.thresholds import validated_thresholds
from app.safe_read import NotAFile, TooLarge, read_limited

__all__ = [
    "DEFAULT_CRISIS_LINE",
    "DEFAULT_SESSION_MINUTES",
    "FIELDS",
    "MAX_PROFILE_BYTES",
    "PROFILE_FILE",
    "STUN_SCHEMES",
    "Profile",
    "ProfileError",
    "ProfileStore",
    "StunUri",
    "load_profile_file",
    "parse_profile_text",
    "parse_stun_uri",
    "split_host_port",
    "stun_platforms",
    "stun_uris",
    "validate_profile",
]

DEFAULT_CRISIS_LINE = "988"
DEFAULT_SESSION_MINUTES = 180
PROFILE_FILE = "profile.json"
MAX_PROFILE_BYTES = 1_000_000
MAX_DEPTH = 6  # checklist > add > [item] > text > {lang: …} is 5
MAX_VALUES = 2_000  # lists, tables and texts in the whole profile
MAX_TEXT = 2_000  # characters in one text (a checklist tip is a few hundred)


@dataclass(frozen=True)
class Profile:
    program_name: str = ""
    video_host: str = ""
    join_url: str = ""
    speedtest_server: str = ""
    phone_line: str = ""
    support_contact: str = ""
    crisis_line: str = DEFAULT_CRISIS_LINE
    calendar_url: str = ""
    session_minutes: int = DEFAULT_SESSION_MINUTES
    language: str = "en"
    checklist: dict[str, Any] = field(default_factory=dict)
    diary_card: dict[str, Any] = field(default_factory=dict)  # app.diary.card.card_for_profile
    thresholds: dict[str, Any] = field(default_factory=dict)
    # The program's STUN/TURN server (the path real calls take): text, or a table with
    # ``urls``, ``username`` and ``credential`` (WebRTC's RTCIceServer shape). See stun_uris().
    stun_server: str | dict[str, Any] = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def replace(self, **changes: Any) -> Profile:
        return validate_profile({**self.to_dict(), **changes})

    @property
    def video_host_port(self) -> tuple[str, int]:
        """The video host split into (host, port); port 443 when not given."""
        return split_host_port(self.video_host)


FIELDS = {f.name: f for f in dataclasses.fields(Profile)}
_PHONE = re.compile(r"^[0-9+()#*,.;\-\s]{3,40}$|^[A-Za-z0-9 +()#*,.;\-]{3,40}$")


def _msg_type(name: str, kind: str) -> ProfileError:
    return ProfileError(
        name, translate("Profile", "“{field}” should be {kind}.").format(field=name, kind=kind)
    )


def _check_url(name: str, value: str, schemes: tuple[str, ...]) -> None:
    parts = urlsplit(value)
    if name == "calendar_url" and link_allowed(value):  # plain http to this computer only
        return
    if parts.scheme.lower() not in schemes or not parts.netloc:
        raise ProfileError(
            name,
            translate(
                "Profile", "“{field}” should be a web address starting with {schemes}."
            ).format(field=name, schemes=" or ".join(f"{s}://" for s in schemes)),
        )


def _check_shape(data: dict[str, Any]) -> None:
    """Bounded nesting, counts and text, all of it valid Unicode (iterative: no recursion)."""
    stack: list[tuple[str, Any, int]] = [(shown(k), v, 1) for k, v in data.items()]
    seen = 0
    while stack:
        where, value, depth = stack.pop()
        seen += 1
        if depth > MAX_DEPTH or seen > MAX_VALUES:
            raise ProfileError(
                where.split(".")[0],
                translate("Profile", "“{field}” holds too much, or is nested too deeply.").format(
                    field=where.split(".")[0]
                ),
            )
        texts = [value] if isinstance(value, str) else []
        if isinstance(value, dict):
            texts.extend(k for k in value if isinstance(k, str))
            stack.extend((f"{where}.{shown(k)}", v, depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((where, v, depth + 1) for v in value)
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise ProfileError(
                    where.split(".")[0],
                    translate(
                        "Profile", "“{field}” holds characters that are not valid text."
                    ).format(field=where.split(".")[0]),
                ) from None
            if len(text) > MAX_TEXT:
                raise ProfileError(
                    where.split(".")[0],
                    translate("Profile", "“{field}” holds a text that is too long.").format(
                        field=where.split(".")[0]
                    ),
                )


def validate_profile(data: Any) -> Profile:
    """Turn parsed JSON/TOML into a Profile, or raise ProfileError naming the field."""
    if not isinstance(data, dict):
        raise ProfileError("", translate("Profile", "The profile file should hold a set of keys."))
    unknown = sorted((shown(k) for k in set(data) - set(FIELDS)), key=str)
    if unknown:
        raise ProfileError(
            unknown[0],
            translate("Profile", "“{field}” is not a profile setting we know.").format(
                field=unknown[0]
            ),
        )
    _check_shape(data)
    clean: dict[str, Any] = {}
    for name, value in data.items():
        if name == "session_minutes":
            if isinstance(value, bool) or not isinstance(value, int):
                raise _msg_type(name, translate("Profile", "a whole number of minutes"))
            if not 15 <= value <= 600:
                raise ProfileError(
                    name,
                    translate("Profile", "“{field}” should be between 15 and 600 minutes.").format(
                        field=name
                    ),
                )
            clean[name] = value
        elif name == "checklist":
            if not isinstance(value, dict):
                raise _msg_type(name, translate("Profile", "a set of checklist changes"))
            clean[name] = value
        elif name == "diary_card":
            if not isinstance(value, dict):
                raise _msg_type(name, translate("Profile", "a set of diary card changes"))
            clean[name] = value
        elif name == "thresholds":
            clean[name] = validated_thresholds(value)
        elif name == "stun_server":
            clean[name] = stun_value(value)
        else:
            if not isinstance(value, str):
                raise _msg_type(name, translate("Profile", "text"))
            clean[name] = value.strip()
    profile = Profile(**clean)
    _validate_values(profile)
    return profile


def _validate_values(p: Profile) -> None:
    if len(p.program_name) > 120:
        raise ProfileError(
            "program_name",
            translate("Profile", "“program_name” is too long (120 characters at most)."),
        )
    if p.video_host:
        try:
            host, port = split_host_port(p.video_host)
        except ValueError:
            host, port = "", 0
        if not valid_address(host, port):
            raise ProfileError(
                "video_host",
                translate(
                    "Profile",
                    "“video_host” should be a host name like video.example.org or host:port.",
                ),
            )
    if p.join_url:
        _check_url("join_url", p.join_url, ("https", "http"))
    if p.speedtest_server:
        _check_url("speedtest_server", p.speedtest_server, ("https", "http"))
    if p.calendar_url:
        _check_url("calendar_url", p.calendar_url, ("https", "webcal"))
    if p.stun_server:
        stun_uris(p.stun_server)  # raises ProfileError naming the field
    for name in ("phone_line", "crisis_line"):
        value = getattr(p, name)
        if value and not _PHONE.match(value):
            raise ProfileError(
                name,
                translate("Profile", "“{field}” should be a phone number like +1 555 0100.").format(
                    field=name
                ),
            )
    if p.language not in SUPPORTED_LANGUAGES:
        raise ProfileError(
            "language",
            translate("Profile", "“language” should be “en” (English) or “es” (Spanish)."),
        )


def parse_profile_text(text: str, suffix: str = "") -> Profile:
    """Parse a JSON or TOML profile (by file suffix, else by sniffing)."""
    try:
        if suffix.lower() == ".toml" or (
            suffix.lower() != ".json" and not text.lstrip().startswith("{")
        ):
            data = tomllib.loads(text)
        else:
            data = json.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(
            "",
            translate("Profile", "This file is not a valid profile (JSON or TOML): {error}").format(
                error=shown(exc)
            ),
        ) from None
    except RecursionError:  # arrays or tables nested thousands deep
        raise ProfileError(
            "", translate("Profile", "This file is nested too deeply to be a profile.")
        ) from None
    except ValueError:  # e.g. a number with more digits than Python converts
        raise ProfileError(
            "", translate("Profile", "This file is not a valid profile (JSON or TOML).")
        ) from None
    return validate_profile(data)


def load_profile_file(path: Path) -> Profile:
    try:
        raw = read_limited(path, MAX_PROFILE_BYTES)
    except TooLarge:
        raise ProfileError(
            "", translate("Profile", "This file is too large to be a profile.")
        ) from None
    except NotAFile:
        raise ProfileError("", translate("Profile", "This is not a profile file.")) from None
    except OSError as exc:
        raise ProfileError(
            "",
            translate("Profile", "Could not open the profile file: {error}").format(
                error=exc.strerror
            ),
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError("", translate("Profile", "This file is not a text profile.")) from exc
    return parse_profile_text(text, Path(path).suffix)


class ProfileStore:
    """The profile kept in the data directory (profile.json, written atomically)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / PROFILE_FILE

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> Profile:
        if not self.path.exists():
            return Profile()
        try:
            return load_profile_file(self.path)
        except ProfileError:
            # A damaged stored profile must not stop the app: fall back to defaults, keep the file.
            return Profile()

    def save(self, profile: Profile) -> None:
        atomic_write_text(self.path, json.dumps(profile.to_dict(), indent=2, ensure_ascii=False))

    def import_file(self, path: Path) -> Profile:
        """Validate *path* and store it. On any error the stored profile is left as it was."""
        profile = load_profile_file(path)
        self.save(profile)
        return profile
