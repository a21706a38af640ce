"""STUN messages on the wire (RFC 5389/8489, RFC 5780 attributes), through aioice's codec.

Why aioice (``aioice.stun``): it is the STUN/ICE layer of aiortc, maintained by the aiortc
project, pure Python, typed, and it encodes and parses every attribute this check needs
(XOR-MAPPED-ADDRESS, MAPPED-ADDRESS, RESPONSE-ORIGIN, OTHER-ADDRESS, ERROR-CODE, FINGERPRINT and
MESSAGE-INTEGRITY, checked on parse). The alternatives looked at: ``pystun3`` / ``pynat`` speak
the older RFC 3489 (no XOR-MAPPED-ADDRESS, no FINGERPRINT) and do their own blocking I/O;
``stun-protocol`` (0.0.x) is young and little used. We only build and read messages with it;
the timing loop (app.net.stun) is ours, because aioice's transactions retransmit (RFC 5389 RTO),
which would hide the very loss we measure.

``aioice`` imports its ICE layer (dnspython, ifaddr) with it: ~0.2–0.4 s, so it is imported
here on first use, on the check's worker thread, never at start-up.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import Any

HEADER = 20
MAGIC_COOKIE = b"\x21\x12\xa4\x42"


def _codec() -> Any:
    from aioice import stun

    return stun


@dataclass(frozen=True)
class BindingAnswer:
    """What a server said to one binding request."""

    transaction_id: bytes
    mapped: tuple[str, int] | None  # our address as the server saw it (XOR-MAPPED-ADDRESS)
    other: tuple[str, int] | None  # RFC 5780 OTHER-ADDRESS: the server's second address
    origin: tuple[str, int] | None  # RFC 5780 RESPONSE-ORIGIN: where the answer came from
    error: int | None = None  # ERROR-CODE of an error response


def binding_request(transaction_id: bytes | None = None) -> tuple[bytes, bytes]:
    """A binding request with FINGERPRINT: (transaction id, bytes to send)."""
    stun = _codec()
    tid = transaction_id or os.urandom(12)
    msg = stun.Message(stun.Method.BINDING, stun.Class.REQUEST, transaction_id=tid)
    msg.add_fingerprint()
    return tid, bytes(msg)


def parse_answer(data: bytes) -> BindingAnswer | None:
    """A binding response or error response, or None for anything else (not STUN, a bad
    FINGERPRINT, another method, a request)."""
    if len(data) < HEADER or data[4:8] != MAGIC_COOKIE:
        return None
    stun = _codec()
    try:
        msg = stun.parse_message(data)
    except (ValueError, struct.error, UnicodeDecodeError, IndexError):
        return None
    if msg.message_method != stun.Method.BINDING or msg.message_class not in (
        stun.Class.RESPONSE,
        stun.Class.ERROR,
    ):
        return None
    attrs = msg.attributes
    return BindingAnswer(
        msg.transaction_id,
        attrs.get("XOR-MAPPED-ADDRESS") or attrs.get("MAPPED-ADDRESS"),
        attrs.get("OTHER-ADDRESS"),
        attrs.get("RESPONSE-ORIGIN"),
        msg.error_code if msg.message_class == stun.Class.ERROR else None,
    )


def framed_length(header: bytes) -> int:
    """The body length announced by a STUN header (STUN over TCP/TLS is self-framing)."""
    return int.from_bytes(header[2:4], "big")


def cut_address(ip: str) -> str:
    """An address cut for showing: the network part only, never a person's full public IP
    (203.0.113.45 → 203.0.x.x; 2001:db8:1:2::5 → 2001:db8:…)."""
    if ":" in ip:
        groups = [g for g in ip.split(":") if g]
        return ":".join(groups[:2]) + ":…" if groups else "…"
    parts = ip.split(".")
    return ".".join(parts[:2] + ["x", "x"]) if len(parts) == 4 else "…"
