"""The connection check: can video work from here, and if not, what to do.

Latency, jitter and loss are measured to the program's video host (what the video platform will
feel: they weigh most); throughput with speedtest-cli (app.net.speedtest). Failures of
either side each get their own plain-language result; latency is measured even when the speed
test cannot run. Providers are injected so tests never leave 127.0.0.0/8.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from app.checks.base import CheckContext, CheckResult
from app.checks.connection_rules import Measured, connection_result
from app.checks.connection_udp import UdpPart
from app.checks.thresholds import Thresholds, thresholds_for
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.context import SystemLinkInfo, TrafficMeter, host_port_of_url, rate_mbps
from app.net.loaded import LoadedLatency, LoadedLatencyProbe
from app.net.probes import (
    LatencySample,
    Reachability,
    RequestLatencyProbe,
    TcpLatencyProbe,
    combine_latency,
    probe_speed_server,
)
from app.net.problems import NetProblem
from app.net.speedtest import SpeedBackend, SpeedError, SpeedFigures, SpeedtestCliBackend
from app.net.stun import StunProbe
from app.profile import split_host_port

DEFAULT_LATENCY_HOST = ("www.speedtest.net", 443)
LATENCY_BUDGET_S = 2.0  # timed connects and timed requests run side by side in this budget
PREFLIGHT_TIMEOUT_S = 2.5


class ConnectionCheck:
    id = "connection"
    timeout_s = 15.0
    devices: frozenset[str] = frozenset({"network"})
    TITLE = QT_TRANSLATE_NOOP("Connection", "Internet connection")

    def __init__(
        self,
        speed: SpeedBackend | None = None,
        latency: TcpLatencyProbe | None = None,
        requests: RequestLatencyProbe | None = None,
        link: SystemLinkInfo | None = None,
        traffic: TrafficMeter | None = None,
        thresholds: Thresholds | None = None,
        preflight: Any = None,
        loaded: Callable[[], LoadedLatencyProbe] | None = None,
        stun: StunProbe | None = None,
    ) -> None:
        self.speed = speed or SpeedtestCliBackend()
        self.latency = latency or TcpLatencyProbe(count=12)
        self.requests = requests or RequestLatencyProbe()
        self.link = link or SystemLinkInfo()
        self.traffic = traffic or TrafficMeter()
        self._given_thresholds = thresholds
        self.thresholds = thresholds or thresholds_for(None)
        self.preflight = preflight or probe_speed_server
        self.loaded_probe = loaded or self._loaded_probe
        self.stun = stun

    @property
    def title(self) -> str:
        return translate("Connection", self.TITLE)

    def _loaded_probe(self) -> LoadedLatencyProbe:
        return LoadedLatencyProbe(gap_s=self.thresholds.bufferbloat.gap_ms / 1000.0)

    def run(self, ctx: CheckContext) -> CheckResult:
        start = time.monotonic()
        profile = ctx.options.profile
        # this run's lines: the injected ones, else the shipped ones with the profile's overrides
        self.thresholds = self._given_thresholds or thresholds_for(profile)
        server_url = profile.speedtest_server
        if profile.video_host:
            host, port = split_host_port(profile.video_host)
        elif server_url:
            host, port = host_port_of_url(server_url)
        else:
            host, port = DEFAULT_LATENCY_HOST
        link = self.link.context()
        before = self.traffic.sample()

        # 1. Latency to the video host (also when throughput cannot run): timed TCP connects
        #    and timed requests on one keep-alive connection, side by side (both are a few
        #    small packets; neither disturbs the other). See combine_latency for the verdict.
        ctx.progress(0.02, translate("Connection", "Measuring delay to the video service…"))
        budget = min(LATENCY_BUDGET_S, ctx.time_left())
        udp = UdpPart(self.stun).start(ctx)  # the media path, beside the latency probes
        path, method, tls = self._request_target(host, port, server_url)
        with ThreadPoolExecutor(1, thread_name_prefix="tcp-connect-probe") as pool:
            connects = pool.submit(self.latency.measure, host, port, budget, ctx.cancelled)
            request_sample: LatencySample | None = self.requests.measure(
                host,
                port,
                budget,
                ctx.cancelled,
                lambda f: ctx.progress(0.02 + 0.2 * f, ""),
                path=path,
                method=method,
                tls=tls,
            )
            connect_sample = connects.result()
        sample = combine_latency(connect_sample, request_sample)
        udp_measured = udp.result()
        ctx.raise_if_cancelled()
        background = rate_mbps(before, self.traffic.sample())

        # 2. Throughput, and meanwhile the delay under that load: the loaded-latency probe
        #    times the same requests on a connection of its own, per phase (down, up).
        figures: SpeedFigures | None = None
        speed_problem: NetProblem | None = None
        loaded: LoadedLatency | None = None
        if server_url:
            reach: Reachability = self.preflight(
                server_url, min(PREFLIGHT_TIMEOUT_S, ctx.time_left())
            )
            if not reach.ok:
                speed_problem = reach.problem or NetProblem.UNKNOWN
        if speed_problem is None and ctx.time_left() > 1.0:
            ctx.progress(0.25, translate("Connection", "Measuring your internet speed…"))
            budget = max(0.5, min(self.thresholds.download_seconds, (ctx.time_left() - 3) / 2))
            probe = self.loaded_probe()
            if sample.ok:  # no point timing a host that does not answer
                probe.start(host, port, path, method, tls)

            def progress(fraction: float, phase: str) -> None:
                probe.set_phase(phase)  # "download" / "upload" (anything else: not loading)
                ctx.progress(0.25 + 0.73 * fraction, "")

            try:
                figures = self.speed.measure(
                    server_url,
                    budget,
                    min(self.thresholds.upload_seconds, budget),
                    lambda: ctx.cancelled() or ctx.time_left() < 0.5,
                    progress,
                )
            except SpeedError as exc:
                speed_problem = exc.problem
            finally:
                loaded = probe.stop()
            if figures is not None and NetProblem.DROPPED.value in figures.problems:
                speed_problem = NetProblem.DROPPED  # survived, but the link is not steady
        ctx.raise_if_cancelled()
        measured = Measured(
            sample,
            figures,
            speed_problem,
            link,
            background,
            server_url,
            connect_sample,
            request_sample,
            loaded,
            udp_measured,
        )
        return connection_result(self.id, measured, self.thresholds, time.monotonic() - start)

    @staticmethod
    def _request_target(host: str, port: int, server_url: str) -> tuple[str, str, bool | None]:
        """What to request: the speed-test server's tiny latency.txt when the video host IS
        that server, otherwise ``HEAD /`` (TLS on port 443)."""
        if server_url and host_port_of_url(server_url) == (host, port):
            parts = urlsplit(server_url)
            base = parts.path if parts.path.endswith("/") else parts.path + "/"
            return base + "speedtest/latency.txt", "GET", parts.scheme == "https"
        return "/", "HEAD", None
