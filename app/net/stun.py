"""The path real calls take: UDP to the program's STUN/TURN server (profile ``stun_server``).

Video platforms send audio and video over UDP and fall back to TCP or TLS on 443 when a network
blocks UDP. StunProbe measures that path to the program's own server, as a call would use it:

1. A voice-like stream of binding requests (50 per second for 3 s, app.net.stun_stream): UDP
   round trip, jitter (RFC 3550) and loss.
2. Whether our public address (the NAT's mapping) stays the same toward a second address of the
   server (RFC 5780 OTHER-ADDRESS, or a second DNS address): when it changes, the NAT is
   "symmetric" and direct media between two homes cannot work (calls go through a relay).
3. When UDP gets no answer within 1 s: whether TCP, or TLS on 443, reaches the same server
   (app.net.stun_fallback).

Bounded (≤ ~4 s with UDP open, ≤ ~2.5 s when it is blocked) and cancellable. Qt-free. The public
address never leaves this module whole: results hold it cut (app.net.stun_wire.cut_address).
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.net.problems import NetProblem, classify_error
from app.net.stun_fallback import StreamTry, try_fallbacks
from app.net.stun_stream import Address, UdpStream, UdpStreamer
from app.net.stun_wire import cut_address
from app.profile import StunUri

Resolver = Callable[..., list[tuple]]


@dataclass(frozen=True)
class StunResult:
    server: str  # the program's server as configured, host:port (the UDP one when there is one)
    udp: str  # "ok", "blocked" (no answer), "untested" (no UDP address given), "error"
    stream: UdpStream | None = None
    problem: NetProblem | None = None  # why nothing could be tried (DNS, offline)
    mapping: str = "unknown"  # "same", "changes", "unknown" (one server address answered)
    public_cut: str = ""  # our public address as the server saw it, cut (203.0.x.x)
    behind_nat: bool | None = None  # the public address differs from this computer's own
    fallbacks: tuple[StreamTry, ...] = field(default_factory=tuple)
    duration_s: float = 0.0

    @property
    def fallback(self) -> str:
        """Which stream ways reach the server: "tcp", "tls", "tcp+tls", "none" ("" untried)."""
        if not self.fallbacks:
            return ""
        ok = [t.transport for t in self.fallbacks if t.ok]
        return "+".join(ok) if ok else "none"


def _pick(uris: list[StunUri]) -> tuple[StunUri | None, Address | None, Address | None]:
    """(UDP target, TCP target, TLS target) from the configured addresses."""
    udp = next((u for u in uris if u.udp), None)
    plain = next((u for u in uris if not u.secure), None)
    tcp = (plain.host, plain.port) if plain is not None else None
    secure = next((u for u in uris if u.secure), None)
    if secure is not None:
        tls: Address | None = (secure.host, secure.port)
    else:
        tls = (uris[0].host, 443) if uris else None
    return udp, tcp, tls


class StunProbe:
    def __init__(
        self,
        streamer: UdpStreamer | None = None,
        fallback_timeout_s: float = 1.5,
        tls_context: ssl.SSLContext | None = None,
        resolve: Resolver = socket.getaddrinfo,
    ) -> None:
        self.streamer = streamer or UdpStreamer()
        self.fallback_timeout_s = fallback_timeout_s
        self.tls_context = tls_context
        self.resolve = resolve

    def measure(
        self, uris: list[StunUri], budget_s: float, cancelled: Callable[[], bool]
    ) -> StunResult:
        start = time.monotonic()
        udp, tcp, tls = _pick(uris)
        server = f"{(udp or uris[0]).host}:{(udp or uris[0]).port}" if uris else ""
        if udp is None:  # only TCP/TLS addresses given: test those ways
            tries = try_fallbacks(
                tcp, tls, min(self.fallback_timeout_s, budget_s), self.tls_context
            )
            return StunResult(server, "untested", fallbacks=tuple(tries), duration_s=_since(start))
        try:
            infos = self.resolve(udp.host, udp.port, type=socket.SOCK_DGRAM)
        except OSError as exc:
            return StunResult(
                server, "error", problem=classify_error(exc), duration_s=_since(start)
            )
        family, addr = infos[0][0], infos[0][4][:2]
        extra = list(dict.fromkeys(i[4][:2] for i in infos if i[0] == family and i[4][:2] != addr))
        left = budget_s - _since(start)
        stream = self.streamer.run(family, addr, extra[:1], left, cancelled)
        if stream.silent and not cancelled():
            timeout = max(0.2, min(self.fallback_timeout_s, budget_s - _since(start)))
            tries = try_fallbacks(tcp, tls, timeout, self.tls_context)
            return StunResult(
                server, "blocked", stream, fallbacks=tuple(tries), duration_s=_since(start)
            )
        mapping, public = _mapping(stream, addr)
        return StunResult(
            server,
            "ok" if stream.received else "blocked",
            stream,
            mapping=mapping,
            public_cut=cut_address(public[0]) if public else "",
            behind_nat=_behind_nat(public, family, addr) if public else None,
            duration_s=_since(start),
        )


def _since(t: float) -> float:
    return time.monotonic() - t


def _mapping(stream: UdpStream, primary: Address) -> tuple[str, Address | None]:
    """ "same" / "changes" across the server addresses that answered, and our public address."""
    seen = {dest: addrs for dest, addrs in stream.mapped.items() if addrs}
    public = next(iter(sorted(seen.get(primary, frozenset()))), None)
    all_mapped = set().union(*seen.values()) if seen else set()
    if len(all_mapped) > 1:
        return "changes", public
    return ("same" if len(seen) > 1 else "unknown"), public


def _behind_nat(public: Address, family: int, server: Address) -> bool:
    """Does the public address differ from the address this computer sends from?"""
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            s.connect(server)  # no packet: only asks the kernel which source it would use
            local = s.getsockname()[0]
    except OSError:
        return True
    try:
        return ipaddress.ip_address(local) != ipaddress.ip_address(public[0])
    except ValueError:
        return True
