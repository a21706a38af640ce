"""Where a Sample's figures come from: a few timed TCP connects and HEAD requests to the video
host (app.net.probes, counts cut to a few: never a speed test), the link (psutil), the Wi-Fi
signal (app.monitor.wifi), every app's traffic (app.net.context.TrafficMeter) and the battery
(app.devices.battery). Each part is replaceable; none opens a camera or a microphone."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from app.devices.battery import BatteryProvider, BatteryReading, PsutilBattery
from app.monitor.sample import Sample
from app.monitor.wifi import WifiSignal
from app.net.context import VPN_PREFIXES, TrafficMeter, host_port_of_url, rate_mbps
from app.net.probes import LatencySample, RequestLatencyProbe, TcpLatencyProbe
from app.profile import Profile, split_host_port

DEFAULT_HOST = ("www.speedtest.net", 443)  # the connection check's default, when none is set
# A probe this much slower than its sample's median was resent (TCP's minimum retransmission
# timeout is 200 ms on Linux): for live video, whose jitter buffer holds ~100–200 ms, it is lost.
LATE_MS = 200.0


class Sampler(Protocol):
    def sample(self, at: datetime, t: float, cancelled: Callable[[], bool]) -> Sample: ...

    def close(self) -> None: ...


def probe_target(profile: Profile) -> tuple[str, int]:
    """The host the round trips go to: the video host, else the speed-test server's, else the
    connection check's default."""
    if profile.video_host:
        return split_host_port(profile.video_host)
    if profile.speedtest_server:
        return host_port_of_url(profile.speedtest_server)
    return DEFAULT_HOST


@dataclass(frozen=True)
class RoundTrips:
    rtt_ms: float | None
    jitter_ms: float | None
    lost: int
    attempts: int


class ProbeSampler:
    """*count* timed connects and *count* timed requests, side by side, within *budget_s*.
    The round trip is the larger of the two medians (app.net.probes.combine_latency says why);
    losses add up, and a probe answered only after a resend (LATE_MS) counts as lost. When the host answers connects but no request (not a web server), the
    requests are left out rather than counted as lost."""

    def __init__(self, host: str, port: int, count: int = 4, budget_s: float = 2.0) -> None:
        self.host, self.port, self.budget_s = host, port, budget_s
        self.connects = TcpLatencyProbe(count=count, gap_s=0.02, connect_timeout_s=0.9)
        self.requests = RequestLatencyProbe(count=count, gap_s=0.02, request_timeout_s=1.0)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="monitor-connect")

    def measure(self, cancelled: Callable[[], bool]) -> RoundTrips:
        future = self._pool.submit(
            self.connects.measure, self.host, self.port, self.budget_s, cancelled
        )
        request = self.requests.measure(self.host, self.port, self.budget_s, cancelled)
        connect = future.result()
        used: list[LatencySample] = [connect]
        if request.ok or not connect.ok:
            used.append(request)
        answered = [s for s in used if s.ok]
        rtt = max((s.median_ms for s in answered), default=None)
        jitter = max((s.jitter_ms for s in answered), default=None)
        attempts = sum(s.attempts for s in used)
        lost = sum(s.attempts - len(s.rtts_ms) + _late(s) for s in used)
        if attempts == 0 and any(s.problem is not None for s in used):
            lost = attempts = 1  # no name lookup, no route: unreachable, not "no figure"
        return RoundTrips(rtt, jitter, lost, attempts)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _late(sample: LatencySample) -> int:
    """Probes answered more than LATE_MS after the sample's median: a retransmission (Linux
    waits at least 200 ms before resending), as good as lost for live video."""
    if len(sample.rtts_ms) < 2:
        return 0
    median = sample.median_ms
    return sum(1 for r in sample.rtts_ms if r > median + LATE_MS)


@dataclass(frozen=True)
class LinkState:
    up: bool | None
    wifi: list[str]
    vpn: int


class LinkSampler:
    """Interfaces up (psutil), the VPNs among them, and the Wi-Fi ones."""

    def __init__(self, wifi: WifiSignal | None = None) -> None:
        self.wifi = wifi or WifiSignal()

    def state(self) -> LinkState:
        import psutil

        try:
            stats = psutil.net_if_stats()
        except OSError:
            return LinkState(None, [], 0)
        up = [n for n, s in stats.items() if s.isup and not n.startswith("lo")]
        vpn = sum(1 for n in up if n.lower().startswith(VPN_PREFIXES))
        wifi = [
            n
            for n in up
            if os.path.isdir(f"/sys/class/net/{n}/wireless") or n.startswith(("wl", "Wi-Fi"))
        ]
        return LinkState(bool(up), wifi, vpn)


class SystemSampler:
    """A whole Sample from the real machine (or from the parts a test passes in)."""

    def __init__(
        self,
        probes: ProbeSampler,
        link: LinkSampler | None = None,
        traffic: TrafficMeter | None = None,
        battery: BatteryProvider | None = None,
    ) -> None:
        self.probes = probes
        self.link = link or LinkSampler()
        self.traffic = traffic or TrafficMeter()
        self.battery = battery or PsutilBattery()
        self._last_traffic: tuple[float, int] | None = None

    @classmethod
    def for_profile(cls, profile: Profile, count: int = 4, budget_s: float = 2.0) -> SystemSampler:
        host, port = probe_target(profile)
        return cls(ProbeSampler(host, port, count, budget_s))

    def sample(self, at: datetime, t: float, cancelled: Callable[[], bool]) -> Sample:
        link = self.link.state()
        trips = (
            self.probes.measure(cancelled) if link.up is not False else RoundTrips(None, None, 0, 0)
        )
        now_traffic = self.traffic.sample()
        other = None
        if self._last_traffic is not None:
            other = rate_mbps(self._last_traffic, now_traffic)
        self._last_traffic = now_traffic
        reading = self._battery()
        return Sample(
            at=at,
            t=t,
            rtt_ms=trips.rtt_ms,
            jitter_ms=trips.jitter_ms,
            lost=trips.lost,
            attempts=trips.attempts,
            link_up=link.up,
            wifi_dbm=self.link.wifi.read(link.wifi),
            vpn=link.vpn,
            other_mbps=other,
            battery_pct=None if reading is None else reading.percent,
            plugged=None if reading is None else reading.plugged,
            minutes_left=None if reading is None else reading.minutes_left,
        )

    def _battery(self) -> BatteryReading | None:
        try:
            return self.battery.read()
        except Exception:  # a broken sensor is "no reading", never a stopped monitor
            return None

    def close(self) -> None:
        self.probes.close()
