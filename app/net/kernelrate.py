"""Throughput from the kernel's own byte counters (Linux TCP_INFO): bytes received on the
download sockets and bytes the server acknowledged on the upload sockets, sampled every 50 ms
while a direction runs.

Why not the times our threads read or write: on a busy computer a reader thread that waits for
the CPU (or the GIL) reads data that arrived long before, which spreads the bytes over a longer
time than the link took (measured on a 5 Mbit/s link at load 12: reads went on 1–2 s after the
test's end, −15 % on the download). And bytes handed to a socket are not bytes delivered (the
send buffer holds up to megabytes). The counters move when the bytes move. Where there is no
TCP_INFO (macOS, Windows) every method returns None and the caller keeps its own estimate.
"""

from __future__ import annotations

import socket
import threading
import time

from app.net.tcpinfo import tcp_info

FIELD = {"download": "bytes_received", "upload": "bytes_acked"}
RAMP_SHARE = 0.25  # the first quarter of a direction (connection set-up, slow start) is left out


class KernelRate:
    """Register sockets per direction (``add``); ``start`` samples them on a thread until
    ``stop``. ``timeline(direction)`` is [(time, bytes so far)]."""

    def __init__(self, interval_s: float = 0.05) -> None:
        self.interval_s = interval_s
        self.supported = getattr(socket, "TCP_INFO", None) is not None
        self._lock = threading.Lock()
        self._socks: dict[str, dict[int, socket.socket]] = {d: {} for d in FIELD}
        self._last: dict[str, dict[int, int]] = {d: {} for d in FIELD}
        self._timeline: dict[str, list[tuple[float, int]]] = {d: [] for d in FIELD}
        self._direction = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def add(self, sock: socket.socket | None, direction: str) -> None:
        if sock is None or not self.supported or direction not in FIELD:
            return
        with self._lock:
            self._socks[direction].setdefault(id(sock), sock)

    def phase(self, direction: str) -> None:
        """Sample *direction* from now on ("" pauses)."""
        self._direction = direction if direction in FIELD else ""

    def start(self) -> None:
        if not self.supported:
            return
        self._thread = threading.Thread(target=self._run, name="kernel-rate", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(1.0)

    def sample(self) -> None:
        """One sample of the current direction (the thread calls it; tests may too)."""
        direction = self._direction
        if not direction:
            return
        with self._lock:
            socks = list(self._socks[direction].items())
        last = self._last[direction]
        for key, sock in socks:
            info = tcp_info(sock) if sock.fileno() >= 0 else None
            if info is not None and FIELD[direction] in info:
                last[key] = max(last.get(key, 0), info[FIELD[direction]])
        with self._lock:
            self._timeline[direction].append((time.monotonic(), sum(last.values())))

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.sample()

    def timeline(self, direction: str) -> list[tuple[float, int]]:
        with self._lock:
            return list(self._timeline[direction])

    def rate_mbps(self, direction: str, until: float | None = None) -> float | None:
        return steady_rate(self.timeline(direction), until)


def steady_rate(timeline: list[tuple[float, int]], until: float | None = None) -> float | None:
    """Mbit/s over the steady part of *timeline* [(time, bytes so far)]: from the first byte,
    leave out the first quarter (set-up, slow start), end at *until* (the test's own end: a
    straggling stream after it is not the link's rate). None with too little to go on."""
    points = [(t, b) for t, b in timeline if until is None or t <= until]
    moving = [i for i, (_t, b) in enumerate(points) if b > 0]
    if not moving:
        return None
    first = max(0, moving[0] - 1)  # the last sample before any byte: the start of the flow
    t0, t_end = points[first][0], points[-1][0]
    start = t0 + RAMP_SHARE * (t_end - t0)
    window = [(t, b) for t, b in points[first:] if t >= start]
    if len(window) < 3 or window[-1][0] - window[0][0] < 0.3:
        return None
    (ta, ba), (tb, bb) = window[0], window[-1]
    return (bb - ba) * 8 / (tb - ta) / 1e6
