"""Loss of our own upload's segments from the kernel's TCP retransmission counters (Linux
TCP_INFO; None elsewhere)."""

from __future__ import annotations

import math
import socket
from dataclasses import dataclass

# struct tcp_info (linux/tcp.h), fields we read, by byte offset. Older kernels return a shorter
# struct: a field is read only when the kernel's answer covers it.
_TCPI_FIELDS: dict[str, tuple[int, str]] = {
    "state": (0, "B"),
    "snd_mss": (16, "I"),
    "rtt_us": (68, "I"),
    "total_retrans": (100, "I"),
    "bytes_acked": (120, "Q"),
    "bytes_received": (128, "Q"),
    "segs_out": (136, "I"),
    "data_segs_out": (156, "I"),
    "bytes_sent": (200, "Q"),
    "bytes_retrans": (208, "Q"),
    "dsack_dups": (216, "I"),
}
TCP_INFO_BUFLEN = 256


def parse_tcp_info(raw: bytes) -> dict[str, int]:
    """Decode the fields of Linux's ``struct tcp_info`` we use from getsockopt's bytes."""
    import struct

    out: dict[str, int] = {}
    for name, (offset, fmt) in _TCPI_FIELDS.items():
        size = struct.calcsize("=" + fmt)
        if len(raw) >= offset + size:
            out[name] = int(struct.unpack_from("=" + fmt, raw, offset)[0])
    return out


def tcp_info(sock: socket.socket) -> dict[str, int] | None:
    """TCP_INFO of a connected socket, or None where the platform has no TCP_INFO (macOS,
    Windows) or the socket is gone."""
    opt = getattr(socket, "TCP_INFO", None)
    if opt is None:
        return None
    try:
        raw = sock.getsockopt(socket.IPPROTO_TCP, opt, TCP_INFO_BUFLEN)
    except (OSError, ValueError):
        return None
    info = parse_tcp_info(raw)
    return info if "data_segs_out" in info else None


@dataclass(frozen=True)
class RetransLoss:
    """Loss of our own data segments, from the kernel's retransmission counters summed over
    the test's sockets: retransmitted segments minus those the receiver reported as duplicates
    (DSACK: the retransmission was spurious), over data segments sent."""

    segments: int  # data segments sent (first transmissions)
    retransmitted: int  # net of spurious (DSACK) ones
    sockets: int

    @property
    def loss_pct(self) -> float:
        return 100.0 * self.retransmitted / self.segments if self.segments else math.nan

    def interval_pct(self, z: float = 1.96) -> tuple[float, float]:
        """Wilson score interval (95 % by default) for the loss rate, in percent."""
        n, k = self.segments, self.retransmitted
        if n <= 0:
            return (0.0, 100.0)
        p = k / n
        den = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / den
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
        return (100.0 * max(0.0, centre - half), 100.0 * min(1.0, centre + half))

    @property
    def confidence(self) -> str:
        """high: the 95 % interval is narrower than ±0.5 points (enough to tell 0.5 % from
        1.5 % loss); medium: ±1.5 points (tells 1 % from 5 %); low otherwise."""
        lo, hi = self.interval_pct()
        half = (hi - lo) / 2
        if half <= 0.5:
            return "high"
        if half <= 1.5:
            return "medium"
        return "low"


class RetransCounter:
    """Collects TCP_INFO from sockets as they finish (thread-safe). ``record`` takes a socket
    (or anything with one inside, see ``socket_of``) and keeps its latest counters."""

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._done: list[dict[str, int]] = []
        self.supported = getattr(socket, "TCP_INFO", None) is not None

    def record(self, sock: socket.socket | None) -> None:
        if sock is None or not self.supported:
            return
        info = tcp_info(sock)
        if info is None:
            return
        with self._lock:
            self._done.append(info)

    def add_info(self, info: dict[str, int]) -> None:
        with self._lock:
            self._done.append(info)

    def result(self) -> RetransLoss | None:
        with self._lock:
            infos = list(self._done)
        if not infos:
            return None
        sent = retrans = 0
        for info in infos:
            total = info.get("total_retrans", 0)
            spurious = min(info.get("dsack_dups", 0), total)
            data_out = info.get("data_segs_out", 0)
            retrans += total - spurious
            sent += max(0, data_out - total)  # data_segs_out counts retransmissions too
        if sent <= 0:
            return None
        return RetransLoss(sent, retrans, len(infos))


def socket_of(resp: object) -> socket.socket | None:
    """The socket under an http.client / urllib response (``resp.fp.raw._sock``), if any."""
    fp = getattr(resp, "fp", None)
    raw = getattr(fp, "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None
