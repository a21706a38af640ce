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
            s.settimeout(min(self.connect_timeout_s, left))
            t0 = time.perf_counter()
            try:
                s.connect(addr)
                rtts.append((time.perf_counter() - t0) * 1000.0)
            except OSError as exc:
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
