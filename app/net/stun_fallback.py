"""When UDP gets no answer: does the same server answer over TCP, or over TLS (port 443)?

Video platforms fall back to TCP or TLS on 443 when a network blocks UDP (TURN over TCP/TLS,
RFC 6062 / RFC 8656). One STUN binding request over each (STUN is self-framing on a stream,
RFC 8489 §6.2.2) tells whether that way is open and whether it really reaches a STUN server (a
middlebox that accepts the connection but answers nonsense is "not open"). TLS verifies the
server's certificate as a browser would; tests pass their own context.
"""

from __future__ import annotations

import socket
import ssl
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from app.net.problems import NetProblem, classify_error
from app.net.stun_wire import HEADER, binding_request, framed_length, parse_answer


@dataclass(frozen=True)
class StreamTry:
    """One binding request over TCP or TLS."""

    transport: str  # "tcp" or "tls"
    host: str
    port: int
    ok: bool
    rtt_ms: float | None = None  # request → answer (the connect and handshake not counted)
    problem: NetProblem | None = None

    @property
    def target(self) -> str:
        return f"{self.host}:{self.port}"


def _read_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionResetError("closed before a full STUN message")
        data += chunk
    return data


def stream_binding(
    host: str, port: int, tls: bool, timeout_s: float, context: ssl.SSLContext | None = None
) -> StreamTry:
    """Connect (and shake hands) to host:port, send one binding request, read the answer."""
    transport = "tls" if tls else "tcp"
    end = time.monotonic() + timeout_s
    try:
        sock = socket.create_connection((host, port), timeout=timeout_s)
    except OSError as exc:
        return StreamTry(transport, host, port, False, problem=classify_error(exc))
    try:
        if tls:
            ctx = context or ssl.create_default_context()
            sock.settimeout(max(0.05, end - time.monotonic()))
            sock = ctx.wrap_socket(sock, server_hostname=host)
        sock.settimeout(max(0.05, end - time.monotonic()))
        tid, request = binding_request()
        t0 = time.perf_counter()
        sock.sendall(request)
        header = _read_exact(sock, HEADER)
        body = _read_exact(sock, min(framed_length(header), 4096))
        rtt = (time.perf_counter() - t0) * 1000.0
        answer = parse_answer(header + body)
        if answer is None or answer.transaction_id != tid:
            return StreamTry(transport, host, port, False, problem=NetProblem.GARBAGE)
        return StreamTry(transport, host, port, True, rtt)
    except (OSError, ValueError) as exc:
        return StreamTry(transport, host, port, False, problem=classify_error(exc))
    finally:
        sock.close()


def try_fallbacks(
    tcp: tuple[str, int] | None,
    tls: tuple[str, int] | None,
    timeout_s: float,
    context: ssl.SSLContext | None = None,
) -> list[StreamTry]:
    """TCP and TLS side by side (each bounded by *timeout_s*); the ones given, in that order."""
    jobs = [(t, secure) for t, secure in ((tcp, False), (tls, True)) if t is not None]
    if not jobs:
        return []
    with ThreadPoolExecutor(len(jobs), thread_name_prefix="stun-fallback") as pool:
        futures = [
            pool.submit(stream_binding, host, port, secure, timeout_s, context)
            for (host, port), secure in jobs
        ]
        return [f.result() for f in futures]
