"""What one run of the connection check measured (``Measured``) and the figures derived from
it: the probes' metrics, the loss the verdict uses (pooled with the upload's retransmissions),
and latency under load ("bufferbloat": idle vs loaded round trips, the grade on the added
delay, what it means for the patient; thresholds: [bufferbloat] in resources/thresholds.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.checks.base import Finding, Metric, Status
from app.checks.thresholds import Thresholds
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.context import LinkContext
from app.net.loaded import LoadedLatency
from app.net.probes import LatencySample
from app.net.problems import NetProblem
from app.net.speedtest import SpeedFigures

# (host, port, request path, method, tls) of the latency target
Target = tuple[str, int, str, str, bool | None]

# Grades that make a call stutter as soon as anyone at home uses the internet: the check warns
# (C starts at 60 ms added; see [bufferbloat] in thresholds.toml). The checklist's "other apps"
# pre-fill uses the same grades.
WARN_GRADES = ("C", "D", "F")
SLOWS_WHEN_BUSY = QT_TRANSLATE_NOOP("Connection", "Your internet slows down a lot when it is busy.")
PAUSE_OTHERS = QT_TRANSLATE_NOOP(
    "Connection", "Pause downloads, backups and streaming on other devices during group."
)


@dataclass
class Measured:
    """Everything one run measured, filled in step by step (latency, throughput, …)."""

    start: float
    server_url: str = ""
    link: LinkContext = field(default_factory=LinkContext)
    background: float = 0.0
    sample: LatencySample | None = None
    connect_sample: LatencySample | None = None
    request_sample: LatencySample | None = None
    figures: SpeedFigures | None = None
    speed_problem: NetProblem | None = None
    loaded: LoadedLatency | None = None


def idle_rtt_ms(sample: LatencySample, request: LatencySample | None) -> float | None:
    """The idle round trip to compare loaded ones with: the request probe's (the loaded probe
    sends the same request), else the combined figure."""
    if request is not None and request.ok:
        return request.median_ms
    return sample.median_ms if sample.ok else None


def loaded_findings(
    idle_ms: float | None,
    loaded: LoadedLatency | None,
    th: Thresholds,
    metrics: list[Metric],
    details: dict[str, str],
) -> list[Finding]:
    """Idle, loaded-down and loaded-up round trips and the grade on the larger added delay
    (adds their metrics). No grade without an idle figure or enough loaded samples."""
    bb = th.bufferbloat
    need = int(bb.min_samples)
    down = loaded.median_ms("download", need) if loaded else None
    up = loaded.median_ms("upload", need) if loaded else None
    if loaded is not None:
        details["loaded_samples"] = f"{len(loaded.download_ms)}/{len(loaded.upload_ms)}"
    if idle_ms is None or (down is None and up is None):
        details["bufferbloat"] = "not measured"
        return []
    added = round(max(0.0, max(x for x in (down, up) if x is not None) - idle_ms), 1)
    grade = bb.grade(added)
    metrics += [
        Metric("rtt_idle_ms", round(idle_ms, 1), "ms"),
        Metric("rtt_loaded_down_ms", None if down is None else round(down, 1), "ms"),
        Metric("rtt_loaded_up_ms", None if up is None else round(up, 1), "ms"),
        Metric("bufferbloat_ms", added, "ms"),
        Metric("bufferbloat_grade", grade),
    ]
    if grade not in WARN_GRADES:
        return [Finding(Status.PASS)]
    return [
        Finding(
            Status.WARN,
            translate("Connection", SLOWS_WHEN_BUSY),
            (translate("Connection", PAUSE_OTHERS),),
        )
    ]


def pooled_loss(
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
