"""The connection check: can video work from here, and if not, what to do.

Latency, jitter and loss are measured to the program's video host (what the video platform will
feel: they weigh most); throughput with speedtest-cli (app.net.speedtest). Failures of
either side each get their own plain-language result; latency is measured even when the speed
test cannot run. Providers are injected so tests never leave 127.0.0.0/8.
"""

from __future__ import annotations

import time
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
from app.checks.connection_text import CLOSER, problem_text
from app.checks.thresholds import Thresholds, load_thresholds
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.context import LinkContext, SystemLinkInfo, TrafficMeter, host_port_of_url, rate_mbps
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
    ) -> None:
        self.speed = speed or SpeedtestCliBackend()
        self.latency = latency or TcpLatencyProbe(count=12)
        self.requests = requests or RequestLatencyProbe()
        self.link = link or SystemLinkInfo()
        self.traffic = traffic or TrafficMeter()
        self.thresholds = thresholds or load_thresholds()
        self.preflight = preflight or probe_speed_server

    @property
    def title(self) -> str:
        return translate("Connection", self.TITLE)

    def run(self, ctx: CheckContext) -> CheckResult:
        start = time.monotonic()
        profile = ctx.options.get("profile") or Profile()
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
        ctx.raise_if_cancelled()
        background = rate_mbps(before, self.traffic.sample())

        # 2. Throughput.
        figures: SpeedFigures | None = None
        speed_problem: NetProblem | None = None
        if server_url:
            reach: Reachability = self.preflight(
                server_url, min(PREFLIGHT_TIMEOUT_S, ctx.time_left())
            )
            if not reach.ok:
                speed_problem = reach.problem or NetProblem.UNKNOWN
        if speed_problem is None and ctx.time_left() > 1.0:
            ctx.progress(0.25, translate("Connection", "Measuring your internet speed…"))
            budget = max(0.5, min(self.thresholds.download_seconds, (ctx.time_left() - 3) / 2))
            try:
                figures = self.speed.measure(
                    server_url,
                    budget,
                    min(self.thresholds.upload_seconds, budget),
                    lambda: ctx.cancelled() or ctx.time_left() < 0.5,
                    lambda f, _m: ctx.progress(0.25 + 0.73 * f, ""),
                )
            except SpeedError as exc:
                speed_problem = exc.problem
            if figures is not None and NetProblem.DROPPED.value in figures.problems:
                speed_problem = NetProblem.DROPPED  # survived, but the link is not steady
        ctx.raise_if_cancelled()
        return self._result(
            sample,
            figures,
            speed_problem,
            link,
            background,
            server_url,
            start,
            connect_sample,
            request_sample,
        )

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
    def _result(
        self,
        sample: LatencySample,
        figures: SpeedFigures | None,
        speed_problem: NetProblem | None,
        link: LinkContext,
        background: float,
        server_url: str,
        start: float,
        connect_sample: LatencySample | None = None,
        request_sample: LatencySample | None = None,
    ) -> CheckResult:
        metrics: list[Metric] = []
        details: dict[str, str] = {
            "latency_target": f"{sample.host}:{sample.port}",
            "speed_server": server_url or "speedtest.net (public)",
        }
        latency = self._latency_findings(
            sample, figures, connect_sample, request_sample, metrics, details
        )
        speed = self._speed_findings(figures, metrics, details)
        problem, note = self._problem_findings(sample, figures, speed_problem, link, details)
        context = self._context_findings(link, details)
        metrics.append(Metric("background_mbps", round(background, 2), "Mbit/s"))
        busy: list[Finding] = []
        if background > self.thresholds.background_warn_mbps:
            busy.append(Finding(Status.WARN, "", (translate("Connection", OTHER_APPS),)))
        # Order decides the headline (the first one wins) and the advice: other apps first,
        # then the problem that explains things best, the figures, then the context.
        findings = busy + problem + latency + speed + note + context
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
            duration_s=time.monotonic() - start,
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
            problem = (sample.problem or NetProblem.UNKNOWN).value
            details["latency_problem"] = problem
            # Not "loss 100 %": nothing was measured. Name what went wrong (DNS, refused, …).
            metrics.append(Metric("reach_problem", problem, ""))
            return []
        th = self.thresholds
        rtt, jitter = sample.median_ms, sample.jitter_ms
        details["latency_mode"] = (
            "requests+connects"
            if isinstance(request_sample, RequestSample) and request_sample.ok
            else "connects"
        )
        metrics += self._probe_metrics(connect_sample, request_sample)
        metrics.append(Metric("loss_probe_pct", round(sample.loss_pct, 1), "%"))
        loss = self._loss(sample, figures, connect_sample, request_sample, metrics, details)
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

    @staticmethod
    def _loss(
        sample: LatencySample,
        figures: SpeedFigures | None,
        connect_sample: LatencySample | None,
        request_sample: LatencySample | None,
        metrics: list[Metric],
        details: dict[str, str],
    ) -> float:
        """The loss the verdict uses: the probes' own, or pooled with the upload's segments."""
        retrans = figures.retrans if figures is not None else None
        if retrans is None:  # no TCP_INFO here (macOS, Windows) or no upload finished
            details["loss_source"] = "probes"
            return sample.loss_pct
        # ~30 probes cannot see 1 % loss (one lost probe is already 3–8 %); the upload's own
        # segments (hundreds to thousands) can. Both are samples of the same path's loss, so
        # the verdict uses the pooled rate: all lost over all sent, each weighted by its size.
        # A few segments (loopback, a failed upload) barely move the probes' figure; a large
        # upload outweighs a single unlucky probe. The 95 % interval of the retransmission
        # rate is reported with it.
        lo, hi = retrans.interval_pct()
        metrics += [
            Metric("loss_retrans_pct", round(retrans.loss_pct, 2), "%"),
            Metric("loss_retrans_low_pct", round(lo, 2), "%"),
            Metric("loss_retrans_high_pct", round(hi, 2), "%"),
            Metric("loss_segments", retrans.segments, ""),
            Metric("loss_confidence", retrans.confidence, ""),
        ]
        probes = [x for x in (connect_sample, request_sample) if x is not None]
        sent = sum(x.attempts for x in probes) + retrans.segments
        lost = sum(x.attempts - len(x.rtts_ms) for x in probes) + retrans.retransmitted
        details["loss_source"] = "retransmissions+probes"
        return 100.0 * lost / sent if sent else sample.loss_pct

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
        if not sample.ok:
            main = sample.problem or speed_problem or NetProblem.UNKNOWN
            if link.online_interfaces == 0:
                main = NetProblem.OFFLINE
            status = Status.FAIL
        elif speed_problem is not None:
            main = speed_problem
            status = Status.FAIL if speed_problem in BLOCKING else Status.WARN
        else:
            return [], []
        details["problem"] = main.value
        headline, advice = problem_text(main)
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

    @staticmethod
    def _probe_metrics(
        connect: LatencySample | None, request: LatencySample | None
    ) -> list[Metric]:
        out: list[Metric] = []
        if connect is not None and connect.ok:
            out.append(Metric("rtt_connect_ms", round(connect.median_ms, 1), "ms"))
        if request is not None and request.ok:
            out += [
                Metric("rtt_request_ms", round(request.median_ms, 1), "ms"),
                Metric("jitter_request_ms", round(request.jitter_ms, 1), "ms"),
                Metric("loss_request_pct", round(request.loss_pct, 1), "%"),
            ]
        return out

    def _confidence(self, f: SpeedFigures) -> str:
        th = self.thresholds
        moved = min(f.bytes_received, f.bytes_sent)
        if f.uploads_confirmed < 2 or moved < th.some_confidence_bytes:
            return "low"
        if moved < th.confident_bytes or f.uploads_confirmed < 4:
            return "medium"
        return "high"
