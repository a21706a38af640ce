"""The profile's ``stun_server``: the program's STUN/TURN server (RFC 7064 / RFC 7065 URIs)."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from typing import Any

from app.i18n import translate
from app.paths import resource
from app.profile.base import ProfileError, split_host_port, valid_address

STUN_SCHEMES = {"stun": 3478, "stuns": 5349, "turn": 3478, "turns": 5349}


@dataclass(frozen=True)
class StunUri:
    """One STUN/TURN server address: ``turns:turn.example.org:443?transport=tcp`` and the like."""

    scheme: str  # stun, stuns, turn, turns
    host: str
    port: int
    transport: str = ""  # "", "udp" or "tcp" (?transport=)
    username: str = ""
    credential: str = ""
    platform: str = ""  # the resources/stun_servers.toml entry it came from, if any

    @property
    def secure(self) -> bool:
        return self.scheme in ("stuns", "turns")

    @property
    def udp(self) -> bool:
        """Can this address be tried over UDP (plain scheme, no ?transport=tcp)?"""
        return not self.secure and self.transport != "tcp"


def _stun_error() -> ProfileError:
    return ProfileError(
        "stun_server",
        translate(
            "Profile",
            "“stun_server” should be host:port, a stun:, turn: or turns: address, "
            "or a platform we know.",
        ),
    )


def stun_value(value: Any) -> str | dict[str, Any]:
    """The stun_server value as stored: text, or a table of urls / username / credential."""
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, dict) or set(value) - {"urls", "username", "credential"}:
        raise _stun_error()
    urls = value.get("urls", [])
    urls = [urls] if isinstance(urls, str) else urls
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise _stun_error()
    if not all(isinstance(value.get(k, ""), str) for k in ("username", "credential")):
        raise _stun_error()
    clean: dict[str, Any] = {"urls": [u.strip() for u in urls]}
    for key in ("username", "credential"):
        if value.get(key):
            clean[key] = str(value[key])
    return clean


def stun_platforms() -> dict[str, Any]:
    """Published servers of common platforms (resources/stun_servers.toml), by id."""
    try:
        return tomllib.loads(resource("stun_servers.toml").read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def parse_stun_uri(text: str, username: str = "", credential: str = "") -> StunUri:
    """``stun:host[:port]``, ``turn(s):host[:port][?transport=udp|tcp]`` or plain host[:port]."""
    scheme, sep, rest = text.strip().partition(":")
    if not sep or scheme.lower() not in STUN_SCHEMES or rest.startswith("//"):
        scheme, rest = "stun", text.strip()  # plain host or host:port
    scheme = scheme.lower()
    rest, _, query = rest.partition("?")
    transport = ""
    if query:
        key, _, transport = query.partition("=")
        transport = transport.lower()
        if key.lower() != "transport" or transport not in ("udp", "tcp"):
            raise _stun_error()
    if rest.count(":") > 1 and not rest.startswith("["):
        raise _stun_error()
    try:
        host, port = split_host_port(rest)
    except ValueError:
        raise _stun_error() from None
    if ":" not in rest.replace(f"[{host}]", ""):
        port = STUN_SCHEMES[scheme]
    if not valid_address(host, port):
        raise _stun_error()
    if scheme in ("stuns", "turns") and transport == "udp":
        raise _stun_error()
    return StunUri(scheme, host, port, transport, username, credential)


def stun_uris(value: str | dict[str, Any]) -> list[StunUri]:
    """Every server address in a stun_server value (a platform id expands to its list)."""
    if isinstance(value, str):
        platform = stun_platforms().get(value.strip().lower()) if value.strip() else None
        if isinstance(platform, dict):
            return [
                dataclasses.replace(parse_stun_uri(u), platform=value.strip().lower())
                for u in platform.get("urls", [])
            ]
        return [parse_stun_uri(value)] if value.strip() else []
    clean = stun_value(value)
    assert isinstance(clean, dict)
    user, secret = clean.get("username", ""), clean.get("credential", "")
    return [parse_stun_uri(u, user, secret) for u in clean["urls"]]
