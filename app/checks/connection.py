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

from app.checks.base import (
    CheckContext,
    CheckResult,
    Finding,
    Metric,
    Status,
    result_from_findings,
    worst_status,
)
from app.checks.connection_load import (
    Measured,
    Target,
    idle_rtt_ms,
    loaded_findings,
    pooled_loss,
    probe_metrics,
)
from app.checks.connection_text import CLOSER, problem_text, test_fault_text
from app.checks.thresholds import Thresholds, thresholds_for
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.context import LinkContext, SystemLinkInfo, TrafficMeter, host_port_of_url, rate_mbps
from app.net.loaded import LoadedLatencyProbe
from app.net.mos import mos_from
from app.net.probes import (
    LatencySample,
    Reachability,
    RequestLatencyProbe,
    RequestSample,
    TcpLatencyProbe,
    combine_latency,
    probe_speed_server,
)
from app.net.problems import NetProblem
from app.net.speedtest import SpeedBackend, SpeedError, SpeedFigures, SpeedtestCliBackend
from app.profile import Profile, split_host_port

DEFAULT_LATENCY_HOST = ("www.speedtest.net", 443)
LATENCY_BUDGET_S = 2.0  # timed connects and timed requests run side by side in this budget
PREFLIGHT_TIMEOUT_S = 2.5


# Problems that mean the internet is not usable for video right now.
BLOCKING = {NetProblem.OFFLINE, NetProblem.DNS, NetProblem.CAPTIVE}
OTHER_APPS = QT_TRANSLATE_NOOP(
    "Connection", "Other apps are using your internet. Pause downloads, updates and streaming."
)
UNMEASURED = QT_TRANSLATE_NOOP(
    "Connection", "We could not measure your speed, but the video service answers quickly."
)


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

    @property
    def title(self) -> str:
        return translate("Connection", self.TITLE)

    def _loaded_probe(self) -> LoadedLatencyProbe:
        return LoadedLatencyProbe(gap_s=self.thresholds.bufferbloat.gap_ms / 1000.0)

    def run(self, ctx: CheckContext) -> CheckResult:
        m = Measured(start=time.monotonic())
        profile = ctx.options.get("profile") or Profile()
        # this run's lines: the injected ones, else the shipped ones with the profile's overrides
        self.thresholds = self._given_thresholds or thresholds_for(profile)
        m.server_url = profile.speedtest_server
        if profile.video_host:
            host, port = split_host_port(profile.video_host)
        elif m.server_url:
            host, port = host_port_of_url(m.server_url)
        else:
            host, port = DEFAULT_LATENCY_HOST
        m.link = self.link.context()
        before = self.traffic.sample()
        target = (host, port, *self._request_target(host, port, m.server_url))
        # Each step adds its figures to m; the result is judged from all of them at the end.
        self._measure_latency(ctx, m, target)  # 1. delay, jitter, loss to the video host
        m.background = rate_mbps(before, self.traffic.sample())
        self._measure_throughput(ctx, m, target)  # 2. speed, and the delay while it loads
        ctx.raise_if_cancelled()
        return self._result(m)

    def _measure_latency(self, ctx: CheckContext, m: Measured, target: Target) -> None:
        """Latency to the video host (also when throughput cannot run): timed TCP connects
        and timed requests on one keep-alive connection, side by side (both are a few small
        packets; neither disturbs the other). See combine_latency for the verdict."""
        host, port, path, method, tls = target
        ctx.progress(0.02, translate("Connection", "Measuring delay to the video service…"))
        budget = min(LATENCY_BUDGET_S, ctx.time_left())
        with ThreadPoolExecutor(1, thread_name_prefix="tcp-connect-probe") as pool:
            connects = pool.submit(self.latency.measure, host, port, budget, ctx.cancelled)
            m.request_sample = self.requests.measure(
                host,
                port,
                budget,
                ctx.cancelled,
                lambda f: ctx.progress(0.02 + 0.2 * f, ""),
                path=path,
                method=method,
                tls=tls,
            )
            m.connect_sample = connects.result()
        m.sample = combine_latency(m.connect_sample, m.request_sample)
        ctx.raise_if_cancelled()

    def _measure_throughput(self, ctx: CheckContext, m: Measured, target: Target) -> None:
        """Throughput with the speed test; meanwhile the loaded-latency probe times requests
        to the video host on a connection of its own, per phase (download, upload)."""
        if m.server_url:
            reach: Reachability = self.preflight(
                m.server_url, min(PREFLIGHT_TIMEOUT_S, ctx.time_left())
            )
            if not reach.ok:
                m.speed_problem = reach.problem or NetProblem.UNKNOWN
        if m.speed_problem is not None or ctx.time_left() <= 1.0:
            return
        ctx.progress(0.25, translate("Connection", "Measuring your internet speed…"))
        budget = max(0.5, min(self.thresholds.download_seconds, (ctx.time_left() - 3) / 2))
        loaded = self.loaded_probe()
        if m.sample is not None and m.sample.ok:  # no point timing a host that does not answer
            loaded.start(*target)

        def progress(fraction: float, phase: str) -> None:
            loaded.set_phase(phase)
            ctx.progress(0.25 + 0.73 * fraction, "")

        try:
            m.figures = self.speed.measure(
                m.server_url,
                budget,
                min(self.thresholds.upload_seconds, budget),
                lambda: ctx.cancelled() or ctx.time_left() < 0.5,
                progress,
            )
        except SpeedError as exc:
            m.speed_problem = exc.problem
        finally:
            m.loaded = loaded.stop()
        if m.figures is not None and NetProblem.DROPPED.value in m.figures.problems:
            m.speed_problem = NetProblem.DROPPED  # survived, but the link is not steady

    @staticmethod
    def _request_target(host: str, port: int, server_url: str) -> tuple[str, str, bool | None]:
        """What to request: the speed-test server's tiny latency.txt when the video host IS
        that server, otherwise ``HEAD /`` (TLS on port 443)."""
        if server_url and host_port_of_url(server_url) == (host, port):
            parts = urlsplit(server_url)
            base = parts.path if parts.path.endswith("/") else parts.path + "/"
            return base + "speedtest/latency.txt", "GET", parts.scheme == "https"
        return "/", "HEAD", None

    # ---------------------------------------------------------------------------------------
    def _result(self, m: Measured) -> CheckResult:
        assert m.sample is not None
        sample, figures, link = m.sample, m.figures, m.link
        metrics: list[Metric] = []
        details: dict[str, str] = {
            "latency_target": f"{sample.host}:{sample.port}",
            "speed_server": m.server_url or "speedtest.net (public)",
        }
        latency = self._latency_findings(
            sample, figures, m.connect_sample, m.request_sample, metrics, details
        )
        speed = self._speed_findings(figures, metrics, details)
        if m.speed_problem is not None:
            metrics.append(Metric("speed_test_failure", m.speed_problem.value))
        loaded = loaded_findings(
            idle_rtt_ms(sample, m.request_sample), m.loaded, self.thresholds, metrics, details
        )
        problem, note = self._problem_findings(sample, figures, m.speed_problem, link, details)
        context = self._context_findings(link, details)
        background = round(m.background, 2)  # judged as shown
        metrics.append(Metric("background_mbps", background, "Mbit/s"))
        busy: list[Finding] = []
        if background > self.thresholds.background_warn_mbps:
            busy.append(Finding(Status.WARN, "", (translate("Connection", OTHER_APPS),)))
        # Order decides the headline (the first one wins) and the advice: other apps first,
        # then the problem that explains things best, the figures, then the context.
        findings = busy + problem + latency + speed + loaded + note + context
        details["video_ok"] = "no" if worst_status(findings) is Status.FAIL else "yes"
        fallback = dict.fromkeys(
            Status, translate("Connection", "Your connection is too slow for video.")
        )
        fallback[Status.PASS] = translate("Connection", "Your connection is good for video.")
        fallback[Status.WARN] = translate(
            "Connection", "Your connection should work, but video may freeze at times."
        )
        return result_from_findings(
            self.id,
            findings,
            fallback,
            metrics=metrics,
            details=details,
            duration_s=time.monotonic() - m.start,
        )

    def _latency_findings(
        self,
        sample: LatencySample,
        figures: SpeedFigures | None,
        connect_sample: LatencySample | None,
        request_sample: LatencySample | None,
        metrics: list[Metric],
        details: dict[str, str],
    ) -> list[Finding]:
        """Delay, jitter, loss and MOS against the thresholds (adds their metrics)."""
        if not sample.ok:
            # named for what it is (dns, refused, timeout …), never shown as "loss 100 %"
            failure = (sample.problem or NetProblem.UNKNOWN).value
            details["latency_problem"] = failure
            metrics.append(Metric("latency_failure", failure))
            return []
        th = self.thresholds
        rtt, jitter = sample.median_ms, sample.jitter_ms
        details["latency_mode"] = (
            "requests+connects"
            if isinstance(request_sample, RequestSample) and request_sample.ok
            else "connects"
        )
        metrics += probe_metrics(connect_sample, request_sample)
        metrics.append(Metric("loss_probe_pct", round(sample.loss_pct, 1), "%"))
        loss = pooled_loss(sample, figures, connect_sample, request_sample, metrics, details)
        mos = mos_from(rtt, jitter, loss)
        metrics += [
            Metric("rtt_ms", round(rtt, 1), "ms"),
            Metric("jitter_ms", round(jitter, 1), "ms"),
            Metric("loss_pct", round(loss, 2), "%"),
            Metric("mos", mos, "MOS"),
            Metric("latency_samples", sample.attempts, ""),
        ]
        s_rtt, s_jit, s_loss = th.rtt.status(rtt), th.jitter.status(jitter), th.loss.status(loss)
        status = worst_status(Finding(s) for s in (s_rtt, s_jit, s_loss, th.mos.status(mos)))
        advice: list[str] = []
        if s_rtt is not Status.PASS:
            advice.append(translate("Connection", CLOSER))
        if s_loss is not Status.PASS or s_jit is not Status.PASS:
            advice.append(
                translate(
                    "Connection", "Pause downloads, streaming and games on every device at home."
                )
            )
        headline = ""
        if status is Status.FAIL:
            headline = translate(
                "Connection", "Your connection is too unsteady for video right now."
            )
        return [Finding(status, headline, tuple(advice))]

    def _speed_findings(
        self, figures: SpeedFigures | None, metrics: list[Metric], details: dict[str, str]
    ) -> list[Finding]:
        """Download and upload against the thresholds (adds their metrics)."""
        if figures is None:
            return []
        th = self.thresholds
        metrics += [
            Metric("download_mbps", round(figures.download_mbps, 2), "Mbit/s"),
            Metric("upload_mbps", round(figures.upload_mbps, 2), "Mbit/s"),
            Metric("bytes_received", figures.bytes_received, "B"),
            Metric("bytes_sent", figures.bytes_sent, "B"),
            Metric("confidence", self._confidence(figures), ""),
        ]
        details.update(
            {
                "speed_mode": figures.mode,
                "speed_server_host": figures.server,
                "uploads_confirmed": str(figures.uploads_confirmed),
                "upload_speedtest_cli_mbps": f"{figures.upload_reported_mbps:.2f}",
            }
        )
        if figures.problems:
            details["speed_problems_seen"] = ",".join(sorted(set(figures.problems)))
        s_down = th.download.status(figures.download_mbps)
        s_up = th.upload.status(figures.upload_mbps)
        status = worst_status([Finding(s_down), Finding(s_up)])
        if status is Status.PASS:
            return [Finding(status)]
        headline = ""
        if status is Status.FAIL:
            headline = translate("Connection", "Your internet is too slow for video right now.")
        advice = (
            translate(
                "Connection",
                "Ask others at home to pause videos and downloads during your session.",
            ),
            translate("Connection", "Turn off your own video in the session if it freezes."),
        )
        return [Finding(status, headline, advice)]

    @staticmethod
    def _problem_findings(
        sample: LatencySample,
        figures: SpeedFigures | None,
        speed_problem: NetProblem | None,
        link: LinkContext,
        details: dict[str, str],
    ) -> tuple[list[Finding], list[Finding]]:
        """The problem that explains things best: latency failure first (it is what the video
        platform feels), then the speed-test failure. Returns it, and a note that goes after
        the figures' advice."""
        if speed_problem is not None:
            details["speed_problem"] = speed_problem.value
        fault = None
        if not sample.ok:
            main = sample.problem or speed_problem or NetProblem.UNKNOWN
            if link.online_interfaces == 0:
                main = NetProblem.OFFLINE
            # a refusal is the service saying no: the internet reached it (not blamed)
            status = Status.ERROR if main is NetProblem.REFUSED else Status.FAIL
        elif speed_problem is not None:
            main = speed_problem
            status = Status.FAIL if speed_problem in BLOCKING else Status.WARN
            fault = test_fault_text(speed_problem)  # the delay was measured: the internet works
        else:
            return [], []
        details["problem"] = main.value
        if fault is not None or status is Status.ERROR:
            details["test_could_not_run"] = "yes"
            status = Status.ERROR  # "the check could not run" (a warning in the verdict)
        headline, advice = fault or problem_text(main)
        note: list[Finding] = []
        if sample.ok and figures is None and main not in BLOCKING:
            note.append(Finding(Status.PASS, "", (translate("Connection", UNMEASURED),)))
        return [Finding(status, headline, advice)], note

    @staticmethod
    def _context_findings(link: LinkContext, details: dict[str, str]) -> list[Finding]:
        """Advice for the link itself: VPN, Wi-Fi, metered (none changes the status)."""
        advice: list[str] = []
        if link.vpn:
            details["vpn"] = ",".join(link.vpn)
            advice.append(
                translate("Connection", "A VPN is on. If video stutters, turn the VPN off.")
            )
        details["wifi"] = "yes" if link.wifi else "no"
        if link.wifi:
            advice.append(
                translate("Connection", "You are on Wi-Fi: sit near the router, or use a cable.")
            )
        if link.metered:
            details["metered"] = "yes"
            advice.append(
                translate(
                    "Connection",
                    "This connection may charge by data. A 3-hour video session uses about 2 GB.",
                )
            )
        return [Finding(Status.PASS, "", tuple(advice))]

    def _confidence(self, f: SpeedFigures) -> str:
        th = self.thresholds
        moved = min(f.bytes_received, f.bytes_sent)
        if f.uploads_confirmed < 2 or moved < th.some_confidence_bytes:
            return "low"
        if moved < th.confident_bytes or f.uploads_confirmed < 4:
            return "medium"
        return "high"
