"""The connection check's rules: what its measurements mean for video, in plain words.

ConnectionCheck (app/checks/connection.py) measures; connection_result() turns the measurements
into findings (delay, jitter and loss, speed, the problem that explains things best, advice
about the link) and one result.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.checks.base import (
    CheckResult,
    Finding,
    Metric,
    Status,
    result_from_findings,
    worst_status,
)
from app.checks.connection_load import idle_rtt_ms, loaded_findings
from app.checks.connection_text import CLOSER, problem_text, test_fault_text
from app.checks.connection_udp import UdpMeasured, udp_findings
from app.checks.thresholds import Thresholds
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.context import LinkContext
from app.net.loaded import LoadedLatency
from app.net.mos import mos_from
from app.net.probes import LatencySample, RequestSample
from app.net.problems import NetProblem
from app.net.speedtest import SpeedFigures

# Problems that mean the internet is not usable for video right now.
BLOCKING = {NetProblem.OFFLINE, NetProblem.DNS, NetProblem.CAPTIVE}
OTHER_APPS = QT_TRANSLATE_NOOP(
    "Connection", "Other apps are using your internet. Pause downloads, updates and streaming."
)
UNMEASURED = QT_TRANSLATE_NOOP(
    "Connection", "We could not measure your speed, but the video service answers quickly."
)


@dataclass(frozen=True)
class Measured:
    """What one run of the connection check measured."""

    sample: LatencySample  # the latency verdict's sample (combine_latency)
    figures: SpeedFigures | None  # None: the speed test did not run or failed
    speed_problem: NetProblem | None
    link: LinkContext
    background_mbps: float  # other traffic on the interfaces while measuring
    server_url: str
    connect_sample: LatencySample | None = None
    request_sample: LatencySample | None = None
    loaded: LoadedLatency | None = None  # round trips while the speed test loaded the link
    udp: UdpMeasured | None = None  # the media path (app/checks/connection_udp.py)


def connection_result(check_id: str, m: Measured, th: Thresholds, duration_s: float) -> CheckResult:
    """The check's result from what it measured: the findings, worst first in the headline."""
    metrics: list[Metric] = []
    details: dict[str, str] = {
        "latency_target": f"{m.sample.host}:{m.sample.port}",
        "speed_server": m.server_url or "speedtest.net (public)",
    }
    latency = latency_findings(m, th, metrics, details)
    speed = speed_findings(m.figures, th, metrics, details)
    if m.speed_problem is not None:
        metrics.append(Metric("speed_test_failure", m.speed_problem.value))
    idle = idle_rtt_ms(m.sample, m.request_sample)
    loaded = loaded_findings(idle, m.loaded, th, metrics, details)
    problem, note = problem_findings(m, details)
    context = context_findings(m.link, details)
    udp = udp_findings(m.udp, th, metrics, details)
    background = round(m.background_mbps, 2)  # judged as shown
    metrics.append(Metric("background_mbps", background, "Mbit/s"))
    busy: list[Finding] = []
    if background > th.background_warn_mbps:
        busy.append(Finding(Status.WARN, "", (translate("Connection", OTHER_APPS),)))
    # Order decides the headline (the first one wins) and the advice: other apps first,
    # then the problem that explains things best, the figures, then the context.
    findings = busy + problem + latency + udp + speed + loaded + note + context
    details["video_ok"] = "no" if worst_status(findings) is Status.FAIL else "yes"
    fallback = dict.fromkeys(
        Status, translate("Connection", "Your connection is too slow for video.")
    )
    fallback[Status.PASS] = translate("Connection", "Your connection is good for video.")
    fallback[Status.WARN] = translate(
        "Connection", "Your connection should work, but video may freeze at times."
    )
    return result_from_findings(
        check_id, findings, fallback, metrics=metrics, details=details, duration_s=duration_s
    )


def latency_findings(
    m: Measured, th: Thresholds, metrics: list[Metric], details: dict[str, str]
) -> list[Finding]:
    """Delay, jitter, loss and MOS against the thresholds (adds their metrics)."""
    sample = m.sample
    if not sample.ok:
        # named for what it is (dns, refused, timeout …), never shown as "loss 100 %"
        failure = (sample.problem or NetProblem.UNKNOWN).value
        details["latency_problem"] = failure
        metrics.append(Metric("latency_failure", failure))
        return []
    rtt, jitter = sample.median_ms, sample.jitter_ms
    details["latency_mode"] = (
        "requests+connects"
        if isinstance(m.request_sample, RequestSample) and m.request_sample.ok
        else "connects"
    )
    metrics += probe_metrics(m.connect_sample, m.request_sample)
    metrics.append(Metric("loss_probe_pct", round(sample.loss_pct, 1), "%"))
    loss = pooled_loss(m, metrics, details)
    mos = mos_from(rtt, jitter, loss, udp=m.udp.figures() if m.udp is not None else None)
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
            translate("Connection", "Pause downloads, streaming and games on every device at home.")
        )
    headline = ""
    if status is Status.FAIL:
        headline = translate("Connection", "Your connection is too unsteady for video right now.")
    return [Finding(status, headline, tuple(advice))]


def pooled_loss(m: Measured, metrics: list[Metric], details: dict[str, str]) -> float:
    """The loss the verdict uses: the probes' own, or pooled with the upload's segments."""
    retrans = m.figures.retrans if m.figures is not None else None
    if retrans is None:  # no TCP_INFO here (macOS, Windows) or no upload finished
        details["loss_source"] = "probes"
        return m.sample.loss_pct
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
    probes = [x for x in (m.connect_sample, m.request_sample) if x is not None]
    sent = sum(x.attempts for x in probes) + retrans.segments
    lost = sum(x.attempts - len(x.rtts_ms) for x in probes) + retrans.retransmitted
    details["loss_source"] = "retransmissions+probes"
    return 100.0 * lost / sent if sent else m.sample.loss_pct


def speed_findings(
    figures: SpeedFigures | None, th: Thresholds, metrics: list[Metric], details: dict[str, str]
) -> list[Finding]:
    """Download and upload against the thresholds (adds their metrics)."""
    if figures is None:
        return []
    metrics += [
        Metric("download_mbps", round(figures.download_mbps, 2), "Mbit/s"),
        Metric("upload_mbps", round(figures.upload_mbps, 2), "Mbit/s"),
        Metric("bytes_received", figures.bytes_received, "B"),
        Metric("bytes_sent", figures.bytes_sent, "B"),
        Metric("confidence", confidence(figures, th), ""),
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


def problem_findings(m: Measured, details: dict[str, str]) -> tuple[list[Finding], list[Finding]]:
    """The problem that explains things best: latency failure first (it is what the video
    platform feels), then the speed-test failure. Returns it, and a note that goes after
    the figures' advice."""
    sample, speed_problem = m.sample, m.speed_problem
    if speed_problem is not None:
        details["speed_problem"] = speed_problem.value
    fault = None
    if not sample.ok:
        main = sample.problem or speed_problem or NetProblem.UNKNOWN
        if m.link.online_interfaces == 0:
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
    if sample.ok and m.figures is None and main not in BLOCKING:
        note.append(Finding(Status.PASS, "", (translate("Connection", UNMEASURED),)))
    return [Finding(status, headline, advice)], note


def context_findings(link: LinkContext, details: dict[str, str]) -> list[Finding]:
    """Advice for the link itself: VPN, Wi-Fi, metered (none changes the status)."""
    advice: list[str] = []
    if link.vpn:
        details["vpn"] = ",".join(link.vpn)
        advice.append(translate("Connection", "A VPN is on. If video stutters, turn the VPN off."))
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


def probe_metrics(connect: LatencySample | None, request: LatencySample | None) -> list[Metric]:
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


def confidence(f: SpeedFigures, th: Thresholds) -> str:
    """How far the speed figures can be trusted: how much moved, how many uploads confirmed."""
    moved = min(f.bytes_received, f.bytes_sent)
    if f.uploads_confirmed < 2 or moved < th.some_confidence_bytes:
        return "low"
    if moved < th.confident_bytes or f.uploads_confirmed < 4:
        return "medium"
    return "high"
