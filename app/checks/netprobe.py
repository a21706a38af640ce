"""Network measurements for the connection check, each behind a small provider object so tests
can substitute them: timed TCP connects (RTT, jitter, loss), the HTTP reachability probe
(offline / DNS / refused / TLS / proxy / captive portal), link context (VPN, Wi-Fi, metered) and
other apps' traffic (psutil counters). Pure Python, no Qt."""

from __future__ import annotations

import errno
import http.client
import itertools
import math
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import psutil


class NetProblem(StrEnum):
    OFFLINE = "offline"  # no usable network interface / network unreachable
    DNS = "dns"  # the name does not resolve
    REFUSED = "refused"  # the host answered "no" (nothing listening, firewall reset)
    TIMEOUT = "timeout"  # nothing came back in time (stalled server, black hole)
    TLS = "tls"  # the secure connection failed (certificate, interception)
    PROXY = "proxy"  # a proxy is configured and failed / wants a login
    CAPTIVE = "captive"  # an HTTP answer that is not what the server should say (Wi-Fi login)
    FORBIDDEN = "forbidden"  # HTTP 403 / 429 from the speed-test service
    DROPPED = "dropped"  # the connection was cut in the middle of the test
    GARBAGE = "garbage"  # the server answered nonsense
    UNKNOWN = "unknown"


def proxy_configured() -> bool:
    return any(
        os.environ.get(k) for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")
    )


def classify_error(exc: BaseException) -> NetProblem:
    """Map an exception from socket/urllib/http.client/speedtest to a NetProblem."""
    seen = 0
    while exc is not None and seen < 5:  # unwrap URLError(reason=…), speedtest wrappers
        seen += 1
        if isinstance(exc, urllib.error.HTTPError):
            if exc.code == 407:
                return NetProblem.PROXY
            if exc.code in (403, 429):
                return NetProblem.FORBIDDEN
            if exc.code in (301, 302, 303, 307, 308, 511):
                return NetProblem.CAPTIVE
            return NetProblem.GARBAGE
        if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
            exc = exc.reason
            continue
        if exc.args and isinstance(exc.args[0], BaseException) and not isinstance(exc, OSError):
            exc = exc.args[0]
            continue
        break
    if isinstance(exc, socket.gaierror):
        return NetProblem.DNS if _any_interface_up() else NetProblem.OFFLINE
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return NetProblem.TLS
    if isinstance(exc, socket.timeout | TimeoutError):
        return NetProblem.TIMEOUT
    if isinstance(exc, ConnectionRefusedError):
        return NetProblem.PROXY if proxy_configured() else NetProblem.REFUSED
    if isinstance(
        exc,
        ConnectionResetError
        | ConnectionAbortedError
        | BrokenPipeError
        | http.client.IncompleteRead
        | http.client.RemoteDisconnected,
    ):
        return NetProblem.DROPPED
    if isinstance(exc, http.client.HTTPException | ValueError | UnicodeDecodeError):
        return NetProblem.GARBAGE
    if isinstance(exc, OSError) and exc.errno in (
        errno.ENETUNREACH,
        errno.EHOSTUNREACH,
        errno.ENETDOWN,
    ):
        return NetProblem.OFFLINE
    return NetProblem.UNKNOWN


def _any_interface_up() -> bool:
    try:
        stats = psutil.net_if_stats()
    except OSError:
        return True
    return any(s.isup for name, s in stats.items() if name != "lo" and not name.startswith("lo"))


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


def mos_from(rtt_ms: float, jitter_ms: float, loss_pct: float) -> float:
    """Estimated audio quality (MOS 1–4.5) by the ITU-T G.107 E-model, simplified as in Cole &
    Rosenbluth (2001) for G.711 with packet-loss concealment:
    d = one-way delay + jitter buffer (2 × jitter) + 20 ms codec/packetisation;
    Id = 0.024 d + 0.11 (d − 177.3) H(d − 177.3); Ie,eff = 95 · Ppl / (Ppl + 25.1) (G.113 Bpl);
    R = 93.2 − Id − Ie,eff; MOS = 1 + 0.035 R + 7e-6 R (R − 60)(100 − R)."""
    d = rtt_ms / 2.0 + 2.0 * jitter_ms + 20.0
    i_d = 0.024 * d + (0.11 * (d - 177.3) if d > 177.3 else 0.0)
    ppl = max(0.0, min(100.0, loss_pct))
    i_e = 95.0 * ppl / (ppl + 25.1)
    r = max(0.0, min(100.0, 93.2 - i_d - i_e))
    mos = 1.0 + 0.035 * r + 7e-6 * r * (r - 60.0) * (100.0 - r)
    return round(max(1.0, min(4.5, mos)), 2)


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


# ---- link context ---------------------------------------------------------------------------

VPN_PREFIXES = ("tun", "tap", "wg", "ppp", "utun", "ipsec", "nordlynx", "proton", "tailscale")


@dataclass(frozen=True)
class LinkContext:
    vpn: tuple[str, ...] = ()  # VPN interfaces that are up
    wifi: bool = False
    metered: bool | None = None  # None = unknown
    online_interfaces: int = 1  # non-loopback interfaces that are up


class SystemLinkInfo:
    """Reads interfaces with psutil; Wi-Fi via /sys/class/net/*/wireless; metered via
    NetworkManager's nmcli when installed (unknown otherwise)."""

    def context(self) -> LinkContext:
        try:
            stats = psutil.net_if_stats()
        except OSError:
            return LinkContext()
        up = [n for n, s in stats.items() if s.isup and not n.startswith("lo")]
        vpn = tuple(n for n in up if n.lower().startswith(VPN_PREFIXES))
        wifi = any(
            os.path.isdir(f"/sys/class/net/{n}/wireless") or n.startswith(("wl", "wlan", "Wi-Fi"))
            for n in up
        )
        return LinkContext(vpn, wifi, self._metered(), len(up))

    @staticmethod
    def _metered() -> bool | None:
        nmcli = shutil.which("nmcli")
        if not nmcli:
            return None
        try:
            out = subprocess.run(
                [nmcli, "-t", "-f", "GENERAL.METERED", "dev", "show"],
                capture_output=True,
                text=True,
                timeout=1.5,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        values = [line.split(":", 1)[-1] for line in out.splitlines() if line]
        if any(v.startswith("yes") for v in values):
            return True
        return False if values else None


class TrafficMeter:
    """Bytes moved by all non-loopback interfaces (psutil counters)."""

    def sample(self) -> tuple[float, int]:
        try:
            per = psutil.net_io_counters(pernic=True)
        except OSError:
            return time.monotonic(), 0
        total = sum(c.bytes_sent + c.bytes_recv for n, c in per.items() if not n.startswith("lo"))
        return time.monotonic(), total


def rate_mbps(before: tuple[float, int], after: tuple[float, int], own_bytes: int = 0) -> float:
    dt = after[0] - before[0]
    if dt <= 0:
        return 0.0
    return max(0.0, (after[1] - before[1] - own_bytes) * 8 / dt / 1e6)


def host_port_of_url(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "", port


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


# ---- loss from TCP retransmissions (Linux TCP_INFO) ----------------------------------------

# struct tcp_info (linux/tcp.h), fields we read, by byte offset. Older kernels return a shorter
# struct: a field is read only when the kernel's answer covers it.
_TCPI_FIELDS: dict[str, tuple[int, str]] = {
    "state": (0, "B"),
    "snd_mss": (16, "I"),
    "rtt_us": (68, "I"),
    "total_retrans": (100, "I"),
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
        self._by_fd: dict[int, dict[str, int]] = {}
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
