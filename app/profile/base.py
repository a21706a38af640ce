"""What every part of the profile's validation shares: the error, and host addresses."""

from __future__ import annotations

import re

_HOST = re.compile(r"^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.?$")
_IP = re.compile(r"^[0-9a-fA-F:.]+$")


class ProfileError(ValueError):
    """A profile value is wrong. ``field`` names the key; ``str(err)`` is a message for people."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


def split_host_port(value: str) -> tuple[str, int]:
    value = value.strip()
    if value.startswith("["):  # [IPv6]:port
        host, _, rest = value[1:].partition("]")
        port = rest.lstrip(":")
        return host, int(port) if port else 443
    if value.count(":") == 1:
        host, port = value.split(":")
        return host, int(port)
    return value, 443


def valid_address(host: str, port: int) -> bool:
    """A host name or IP address, and a port a server can listen on."""
    return bool(_HOST.match(host) or _IP.match(host)) and 0 < port < 65536


def shown(name: object) -> str:
    """A key as it may appear in a message: valid text, and short."""
    text = str(name).encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= 40 else text[:40] + "…"
