"""A voice-like stream of STUN binding requests over UDP: round trip, jitter, loss, and the
address the server sees us at, toward each of its addresses.

One request every 20 ms (what a voice call sends: one audio packet per 20 ms frame), each with
its own transaction id and no retransmission: an answer that never comes is a lost packet, as a
lost audio frame would be. A few extra requests go to the server's second address (RFC 5780
OTHER-ADDRESS, or a second address of the same name) to see whether our NAT keeps the same
mapping toward a different destination; they do not count in the figures.
"""

from __future__ import annotations

import itertools
import math
import select
import socket
import statistics
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.net.stun_wire import binding_request, parse_answer

Address = tuple[str, int]
# Linux's SO_TIMESTAMPNS (asm-generic value; Python does not name it): the kernel stamps each
# datagram as it arrives, so a busy computer (this thread scheduled late) does not add jitter.
_SO_TIMESTAMPNS = 35
_KERNEL_STAMPS = sys.platform == "linux" and struct.calcsize("P") == 8


def _enable_kernel_stamps(sock: socket.socket) -> bool:
    if not _KERNEL_STAMPS:
        return False
    try:
        sock.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
    except OSError:
        return False
    return True


def _kernel_stamp(ancillary: list[tuple[int, int, bytes]]) -> float | None:
    """The arrival time (CLOCK_REALTIME seconds) the kernel attached, if any."""
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS and len(data) >= 16:
            sec, nsec = struct.unpack("qq", data[:16])
            return sec + nsec / 1e9
    return None


@dataclass(frozen=True)
class UdpStream:
    """The figures of one stream (answers in arrival order)."""

    sent: int
    rtts_ms: tuple[float, ...]  # one per answered request, in arrival order
    silent: bool = False  # stopped early: nothing came back at all
    mapped: dict[Address, frozenset[Address]] = field(default_factory=dict)  # per destination
    other: Address | None = None  # the server's RFC 5780 OTHER-ADDRESS, if it gave one
    duration_s: float = 0.0

    @property
    def received(self) -> int:
        return len(self.rtts_ms)

    @property
    def loss_pct(self) -> float:
        return 100.0 * (self.sent - self.received) / self.sent if self.sent else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.rtts_ms) if self.rtts_ms else math.nan

    @property
    def jitter_ms(self) -> float:
        """RFC 3550 interarrival jitter, as the mean of |D(i-1, i)| in arrival order.

        For request/answer pairs the transit time of RFC 3550 §6.4.1 is the round trip, so
        D(i-1, i) = RTT_i − RTT_(i-1). RFC 3550's running estimate J (gain 1/16) tends to the
        mean of |D|; over the ~150 answers of one check the plain mean has less noise, so it is
        the figure reported (``jitter_rfc3550_ms`` is J itself)."""
        r = self.rtts_ms
        if len(r) < 2:
            return 0.0
        return sum(abs(b - a) for a, b in itertools.pairwise(r)) / (len(r) - 1)

    @property
    def jitter_rfc3550_ms(self) -> float:
        j = 0.0
        for a, b in itertools.pairwise(self.rtts_ms):
            j += (abs(b - a) - j) / 16.0
        return j


class UdpStreamer:
    """Sends the stream on one UDP socket and reads the answers, in one thread (select)."""

    def __init__(
        self,
        rate_hz: float = 50.0,
        duration_s: float = 3.0,
        silence_s: float = 1.0,
        drain_s: float = 0.4,
        alternate_every: int = 10,
    ) -> None:
        self.rate_hz = rate_hz
        self.duration_s = duration_s
        self.silence_s = silence_s  # no answer at all this long: UDP is blocked, stop
        self.drain_s = drain_s  # wait this long for the last answers (later is lost for voice)
        self.alternate_every = alternate_every
        self._stamped = False
        self._clock: Callable[[], float] = time.perf_counter

    def run(
        self,
        family: int,
        primary: Address,
        extra: list[Address],
        budget_s: float,
        cancelled: Callable[[], bool],
    ) -> UdpStream:
        """Stream to *primary*; *extra* are other addresses of the server (a second DNS
        address); the server's OTHER-ADDRESS is added when it names one."""
        binding_request()  # load the codec now: its import must not eat into the stream
        sock = socket.socket(family, socket.SOCK_DGRAM)
        try:
            sock.setblocking(False)
            sock.bind(("::" if family == socket.AF_INET6 else "0.0.0.0", 0))
            # Kernel arrival stamps are CLOCK_REALTIME: send stamps then use the same clock.
            self._stamped = _enable_kernel_stamps(sock)
            self._clock = time.time if self._stamped else time.perf_counter
            return self._loop(sock, primary, list(extra), budget_s, cancelled)
        finally:
            sock.close()

    def _loop(
        self,
        sock: socket.socket,
        primary: Address,
        alternates: list[Address],
        budget_s: float,
        cancelled: Callable[[], bool],
    ) -> UdpStream:
        start = time.perf_counter()
        end = start + max(0.1, budget_s)
        count = max(1, round(self.rate_hz * self.duration_s))
        interval = 1.0 / self.rate_hz
        pending: dict[bytes, tuple[float, Address, bool]] = {}  # tid → (sent at, to, counted)
        rtts: list[float] = []
        mapped: dict[Address, set[Address]] = {}
        other: Address | None = None
        sent = 0
        next_send = start
        last_send = start
        while not cancelled():
            now = time.perf_counter()
            if sent < count and now >= next_send and now < end:
                self._send(sock, primary, pending, counted=True)
                sent += 1
                last_send = now
                # keep the rhythm; after a stall (a busy computer) go on from now, no burst
                next_send = max(next_send + interval, now + interval / 2)
                if alternates and sent % self.alternate_every == self.alternate_every // 2:
                    target = alternates[(sent // self.alternate_every) % len(alternates)]
                    self._send(sock, target, pending, counted=False)
            if not rtts and sent and now - start > self.silence_s:
                return UdpStream(sent, (), True, {}, None, now - start)
            counted_left = any(c for _t, _a, c in pending.values())
            done_sending = sent >= count or now >= end
            if done_sending and (not counted_left or now > min(end, last_send + self.drain_s)):
                break
            wake = next_send if not done_sending else min(end, last_send + self.drain_s)
            readable, _w, _x = select.select([sock], [], [], max(0.0, min(wake - now, 0.05)))
            if readable:
                other = self._read(sock, pending, rtts, mapped, alternates, primary) or other
        dests = {k: frozenset(v) for k, v in mapped.items()}
        return UdpStream(sent, tuple(rtts), False, dests, other, time.perf_counter() - start)

    def _send(
        self,
        sock: socket.socket,
        to: Address,
        pending: dict[bytes, tuple[float, Address, bool]],
        counted: bool,
    ) -> None:
        tid, data = binding_request()
        pending[tid] = (self._clock(), to, counted)
        try:
            sock.sendto(data, to)
        except OSError:  # a local refusal (firewall on this computer, no route) is a loss too
            pass

    def _read(
        self,
        sock: socket.socket,
        pending: dict[bytes, tuple[float, Address, bool]],
        rtts: list[float],
        mapped: dict[Address, set[Address]],
        alternates: list[Address],
        primary: Address,
    ) -> Address | None:
        """Read every waiting datagram; returns the server's OTHER-ADDRESS if one named it."""
        other: Address | None = None
        while True:
            try:
                if self._stamped:
                    data, ancillary, _flags, _src = sock.recvmsg(2048, socket.CMSG_SPACE(16))
                else:  # Windows has no recvmsg
                    data, _src = sock.recvfrom(2048)
                    ancillary = []
            except (BlockingIOError, InterruptedError):
                return other
            except OSError:  # ICMP port unreachable surfaces here on Linux: keep listening
                continue
            now = _kernel_stamp(ancillary) or self._clock()
            answer = parse_answer(data)
            if answer is None or answer.transaction_id not in pending:
                continue  # not ours, a duplicate, or too late to count
            sent_at, to, counted = pending.pop(answer.transaction_id)
            if counted:
                rtts.append((now - sent_at) * 1000.0)
            if answer.mapped is not None:
                mapped.setdefault(to, set()).add(answer.mapped)
            if answer.other is not None and to == primary:
                other = answer.other
                second = (answer.other[0], primary[1])  # RFC 5780 test II: other IP, same port
                if second[0] != primary[0] and second not in alternates:
                    alternates.insert(0, second)
