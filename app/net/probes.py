"""Timed probes of the path to a host: TCP connects (RTT, jitter, loss), small requests on one
keep-alive connection, the two combined, and the speed-test server's reachability (captive
portal, TLS, proxy …). Pure Python, no Qt; each probe is an object tests can replace."""

from __future__ import annotations

import http.client
import itertools
import math
import socket
import ssl
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.net.problems import NetProblem, classify_error

# ---- latency ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LatencySample:
    host: str
    port: int
    rtts_ms: tuple[float, ...]  # successful connects only, in order
    attempts: int
    problem: NetProblem | None  # why connects failed, when all (or most) did

    @property
    def ok(self) -> bool:
        return bool(self.rtts_ms)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.rtts_ms) if self.rtts_ms else math.nan

    @property
    def jitter_ms(self) -> float:
        """Mean absolute difference of successive round trips (RFC 3550-style)."""
        r = self.rtts_ms
        if len(r) < 2:
            return 0.0
        return sum(abs(b - a) for a, b in itertools.pairwise(r)) / (len(r) - 1)

    @property
    def loss_pct(self) -> float:
        if not self.attempts:
            return 0.0
        return 100.0 * (self.attempts - len(self.rtts_ms)) / self.attempts


class TcpLatencyProbe:
    """~20 timed TCP connects (SYN → SYN/ACK is one round trip, no payload). A connect that
    times out counts as lost (a lost SYN is retransmitted only after 1 s)."""

    def __init__(self, count: int = 20, gap_s: float = 0.04, connect_timeout_s: float = 0.9):
        self.count = count
        self.gap_s = gap_s
        self.connect_timeout_s = connect_timeout_s

    def measure(
        self,
        host: str,
        port: int,
        budget_s: float,
        cancelled: Callable[[], bool],
        progress: Callable[[float], None] | None = None,
    ) -> LatencySample:
        end = time.monotonic() + budget_s
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            return LatencySample(host, port, (), 0, classify_error(exc))
        family, socktype, proto, _c, addr = infos[0]
        rtts: list[float] = []
        problems: list[NetProblem] = []
        attempts = 0
        for i in range(self.count):
            left = end - time.monotonic()
            if cancelled() or left <= 0.05:
                break
            attempts += 1
            s = socket.socket(family, socktype, proto)
            timeout = min(self.connect_timeout_s, left)
            s.settimeout(timeout)
            t0 = time.perf_counter()
            try:
                s.connect(addr)
                rtts.append((time.perf_counter() - t0) * 1000.0)
            except OSError as exc:
                if _cut_by_budget(exc, timeout, self.connect_timeout_s):
                    attempts -= 1  # our time ran out, not the network: not a loss
                    break
                problems.append(classify_error(exc))
            finally:
                s.close()
            if progress is not None:
                progress((i + 1) / self.count)
            time.sleep(min(self.gap_s, max(0.0, end - time.monotonic())))
        problem = None
        if problems and len(problems) * 2 >= attempts:
            problem = max(set(problems), key=problems.count)
        return LatencySample(host, port, tuple(rtts), attempts, problem)


def _cut_by_budget(exc: BaseException, timeout: float, full_timeout: float) -> bool:
    """A time-out that came from the end of our time budget (a shortened timeout), not from a
    request the network lost."""
    return isinstance(exc, TimeoutError) and timeout < full_timeout - 1e-6


# ---- reachability (captive portal, TLS, proxy …) --------------------------------------------


@dataclass(frozen=True)
class Reachability:
    ok: bool
    problem: NetProblem | None = None
    detail: str = ""


def probe_speed_server(url: str, timeout_s: float) -> Reachability:
    """GET the speed-test server's root page. A real mini server says ``upload_extension``;
    anything else that answers 200 (a Wi-Fi login page) or redirects elsewhere is a captive
    portal. Errors are classified (DNS, refused, TLS, proxy, timeout)."""
    import urllib.request

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):  # type: ignore[no-untyped-def]
            return None

    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=timeout_s) as resp:
            text = resp.read(65536).decode("utf-8", "replace")
    except Exception as exc:
        return Reachability(False, classify_error(exc), type(exc).__name__)
    low = text.lower()
    if "upload_extension" in low or "uploadextension" in low:
        return Reachability(True)
    return Reachability(False, NetProblem.CAPTIVE, "unexpected page")


# ---- application-level round trips (requests on one keep-alive connection) -----------------


@dataclass(frozen=True)
class RequestSample(LatencySample):
    """Round trips of small HTTP(S) requests on one keep-alive connection. ``lost`` counts the
    requests that timed out or needed a reconnect; ``reconnects`` how often we reconnected."""

    reconnects: int = 0
    path: str = ""


class RequestLatencyProbe:
    """~20 small requests (``HEAD /``, or ``GET …/latency.txt`` on a speed-test server) on ONE
    keep-alive connection, TLS when the port is 443. Each sample is the time from sending the
    request to having read the whole answer: a real round trip through everything between us
    and the server (including proxies that answer the TCP handshake themselves, which timed
    connects cannot see). The connection set-up is not timed. A request that times out or finds
    the connection gone counts as lost; we reconnect and go on."""

    def __init__(
        self,
        count: int = 20,
        gap_s: float = 0.02,
        request_timeout_s: float = 1.0,
        connect_timeout_s: float = 1.5,
    ) -> None:
        self.count = count
        self.gap_s = gap_s
        self.request_timeout_s = request_timeout_s
        self.connect_timeout_s = connect_timeout_s

    @staticmethod
    def _connect(host: str, port: int, tls: bool, timeout: float) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection
        if tls:
            conn = http.client.HTTPSConnection(
                host, port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeout)
        conn.connect()
        return conn

    def measure(
        self,
        host: str,
        port: int,
        budget_s: float,
        cancelled: Callable[[], bool],
        progress: Callable[[float], None] | None = None,
        path: str = "/",
        method: str = "HEAD",
        tls: bool | None = None,
    ) -> RequestSample:
        end = time.monotonic() + budget_s
        use_tls = (port == 443) if tls is None else tls
        rtts: list[float] = []
        problems: list[NetProblem] = []
        attempts = reconnects = 0
        conn: http.client.HTTPConnection | None = None
        headers = {"Cache-Control": "no-cache", "User-Agent": "SessionReady-latency"}
        try:
            for i in range(self.count):
                left = end - time.monotonic()
                if cancelled() or left <= 0.05:
                    break
                if conn is None:
                    try:
                        conn = self._connect(
                            host, port, use_tls, min(self.connect_timeout_s, max(0.05, left))
                        )
                    except OSError as exc:  # ssl.SSLError and socket.timeout are OSErrors
                        problems.append(classify_error(exc))
                        if problems[-1] in (NetProblem.DNS, NetProblem.OFFLINE, NetProblem.TLS):
                            break  # reconnecting will not help
                        time.sleep(min(0.1, max(0.0, end - time.monotonic())))
                        continue
                    if attempts:
                        reconnects += 1
                    left = end - time.monotonic()
                    if left <= 0.05:
                        break
                attempts += 1
                c = conn
                timeout = min(self.request_timeout_s, left)
                if c.sock is not None:
                    c.sock.settimeout(timeout)
                t0 = time.perf_counter()
                try:
                    c.request(method, path, headers=headers)
                    resp = c.getresponse()
                    resp.read()  # HEAD / latency.txt: nothing or a few bytes
                    rtts.append((time.perf_counter() - t0) * 1000.0)
                    if resp.will_close:  # the server closes after answering: not a loss
                        c.close()
                        conn = None
                except (OSError, http.client.HTTPException) as exc:
                    c.close()
                    conn = None
                    if _cut_by_budget(exc, timeout, self.request_timeout_s):
                        attempts -= 1  # our time ran out, not the network: not a loss
                        break
                    problems.append(classify_error(exc))  # lost: attempts − answered
                if progress is not None:
                    progress((i + 1) / self.count)
                time.sleep(min(self.gap_s, max(0.0, end - time.monotonic())))
        finally:
            if conn is not None:
                conn.close()
        problem = None
        if problems and len(problems) * 2 >= max(1, attempts):
            problem = max(set(problems), key=problems.count)
        return RequestSample(
            host, port, tuple(rtts), attempts, problem, reconnects=reconnects, path=path
        )


def combine_latency(connect: LatencySample, request: LatencySample | None) -> LatencySample:
    """The figures the verdict uses, from timed TCP connects and timed requests.

    Why the larger of the two, figure by figure: the video platform feels the delay of the
    whole path to its servers. A TCP connect can complete far short of that path: a proxy,
    VPN concentrator, antivirus or Wi-Fi hotspot that answers the handshake itself makes the
    connect look instant (our benchmark's delaying proxy does exactly that), while a request
    must reach the server and come back through everything. A request also includes the
    server's (tiny, for HEAD) answer time, so it can only over-state the delay a little, never
    under-state it. Taking the larger median RTT, the larger jitter and the larger loss never
    reports less than the real delay; the cost is a few milliseconds of server time.
    When one probe could not run (e.g. the video host is not a web server), the other alone is
    used. The result carries the connect sample's host/port; attempts add up."""
    if request is None or not request.ok:
        return connect
    if not connect.ok:
        return request
    worse = request if request.median_ms >= connect.median_ms else connect
    # Keep the samples of the worse probe (its median is the one reported) but report the
    # worse jitter and loss of the two through a synthetic sample.
    return CombinedSample(
        connect.host,
        connect.port,
        worse.rtts_ms,
        connect.attempts + request.attempts,
        None,
        jitter=max(connect.jitter_ms, request.jitter_ms),
        loss=max(connect.loss_pct, request.loss_pct),
    )


@dataclass(frozen=True)
class CombinedSample(LatencySample):
    jitter: float = 0.0
    loss: float = 0.0

    @property
    def jitter_ms(self) -> float:
        return self.jitter

    @property
    def loss_pct(self) -> float:
        return self.loss
