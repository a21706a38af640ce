"""Latency under load ("bufferbloat"): round trips of small requests on a connection of their
own, timed on a thread while the speed test fills the link, each tagged with the phase it was
taken in (download or upload). Compared with the idle round trip this says whether a call will
stutter when someone at home streams or uploads: a link whose queue holds seconds of data
answers slowly exactly when it is busy.

Pure Python, no Qt. The request is the same one the idle request probe sends (``HEAD /`` or
the speed-test server's ``latency.txt``), so idle and loaded figures compare like with like.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import statistics
import threading
import time
from dataclasses import dataclass

from app.net.tcpinfo import tcp_info

PHASES = ("download", "upload")


@dataclass(frozen=True)
class LoadedLatency:
    """Round trips (ms) per phase. A request that got no answer within the time-out counts as
    the time-out (a lower bound: the queue held it at least that long)."""

    download_ms: tuple[float, ...]
    upload_ms: tuple[float, ...]
    recovered: int = 0  # round trips left out: the kernel retransmitted (a loss, not a queue)

    def median_ms(self, phase: str, min_samples: int = 1) -> float | None:
        samples = self.download_ms if phase == "download" else self.upload_ms
        if len(samples) < max(1, min_samples):
            return None
        return float(statistics.median(samples))


class LoadedLatencyProbe:
    """Start it before the speed test, ``set_phase`` as the test moves on, ``stop`` after.

    One keep-alive connection (reconnects when the server closes it); a request every
    ``gap_s`` plus its round trip. Samples are kept only when the whole round trip happened
    inside one phase."""

    def __init__(
        self, gap_s: float = 0.08, request_timeout_s: float = 2.0, connect_timeout_s: float = 2.0
    ) -> None:
        self.gap_s = gap_s
        self.request_timeout_s = request_timeout_s
        self.connect_timeout_s = connect_timeout_s
        self._phase = ""
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._samples: dict[str, list[float]] = {p: [] for p in PHASES}
        self._recovered = 0
        self._thread: threading.Thread | None = None

    def start(self, host: str, port: int, path: str, method: str, tls: bool | None) -> None:
        use_tls = (port == 443) if tls is None else tls
        self._thread = threading.Thread(
            target=self._run,
            args=(host, port, path, method, use_tls),
            name="loaded-latency-probe",
            daemon=True,
        )
        self._thread.start()

    def set_phase(self, phase: str) -> None:
        """ "download", "upload", or anything else for "not loading" (no samples kept)."""
        self._phase = phase if phase in PHASES else ""

    def stop(self) -> LoadedLatency:
        self._stop.set()
        self._phase = ""
        if self._thread is not None:
            self._thread.join(self.request_timeout_s + 0.5)
        with self._lock:
            return LoadedLatency(
                tuple(self._samples["download"]), tuple(self._samples["upload"]), self._recovered
            )

    def _connect(self, host: str, port: int, tls: bool) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection
        if tls:
            conn = http.client.HTTPSConnection(
                host, port, timeout=self.connect_timeout_s, context=ssl.create_default_context()
            )
        else:
            conn = http.client.HTTPConnection(host, port, timeout=self.connect_timeout_s)
        conn.connect()
        if conn.sock is not None:
            conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return conn

    def _run(self, host: str, port: int, path: str, method: str, tls: bool) -> None:
        headers = {"Cache-Control": "no-cache", "User-Agent": "SessionReady-latency"}
        conn: http.client.HTTPConnection | None = None
        try:
            while not self._stop.is_set():
                phase = self._phase
                if not phase:
                    self._stop.wait(0.02)
                    continue
                if conn is None:
                    try:  # connected while idle-ish: the set-up is not timed
                        conn = self._connect(host, port, tls)
                    except OSError:
                        self._stop.wait(0.2)
                        continue
                c = conn
                if c.sock is not None:
                    c.sock.settimeout(self.request_timeout_s)
                before = _retransmits(c)
                t0 = time.perf_counter()
                try:
                    c.request(method, path, headers=headers)
                    resp = c.getresponse()
                    resp.read()
                    rtt = (time.perf_counter() - t0) * 1000.0
                    if resp.will_close:
                        c.close()
                        conn = None
                except TimeoutError:
                    rtt = self.request_timeout_s * 1000.0  # at least this long in the queue
                    c.close()
                    conn = None
                except (OSError, http.client.HTTPException):
                    c.close()
                    conn = None
                    continue
                after = _retransmits(c) if conn is not None else None
                if before is not None and after is not None and after > before:
                    # the kernel retransmitted: this round trip timed a loss recovery (≥ 200 ms),
                    # not the queue; loss is measured and judged on its own
                    with self._lock:
                        self._recovered += 1
                elif phase == self._phase:  # the whole round trip inside one phase
                    with self._lock:
                        self._samples[phase].append(rtt)
                self._stop.wait(self.gap_s)
        finally:
            if conn is not None:
                conn.close()


def _retransmits(conn: http.client.HTTPConnection) -> int | None:
    """The kernel's retransmission count of *conn*'s socket (None without TCP_INFO)."""
    info = tcp_info(conn.sock) if conn.sock is not None else None
    return None if info is None else info.get("total_retrans")
