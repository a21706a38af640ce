"""The connection check's latency-under-load ("bufferbloat") rule: idle vs loaded round trips,
the grade on the added delay, and what it means for the patient. Thresholds: [bufferbloat] in
resources/thresholds.toml."""

from __future__ import annotations

from app.checks.base import Finding, Metric, Status
from app.checks.thresholds import Thresholds
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.loaded import LoadedLatency
from app.net.probes import LatencySample

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
        details["loaded_samples"] = (
            f"{len(loaded.download_ms)}/{len(loaded.upload_ms)}, {loaded.recovered} recovered"
        )
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
