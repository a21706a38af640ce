"""The media path in the connection check: UDP to the program's STUN/TURN server.

UdpPart runs app.net.stun.StunProbe beside the check's latency probes (both are a few small
packets; neither disturbs the other) when the profile names a ``stun_server``; without one the
part is skipped and says so (never a default server of a third party). udp_findings() turns
what it measured into findings, metrics and details:

- UDP blocked: "Your network blocks the fast way video travels …" (a warning: video still
  works over TCP/TLS, choppier), with which of TCP / TLS on 443 reaches the server.
- UDP round trip, jitter and loss against the same bands as the TCP figures (the Teams and
  Twilio figures in resources/thresholds.toml are media-path figures); they also feed the
  audio-quality estimate (app.net.mos.mos_from, ``udp=``).
- The NAT's mapping toward two server addresses (RFC 5780): "changes" (symmetric NAT) is for
  support staff; the patient cannot act on it, and platforms relay such calls.

The patient's public address appears only cut (203.0.x.x).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from app.checks.base import CheckContext, Finding, Metric, Status, worst_status
from app.checks.thresholds import Thresholds
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.stun import StunProbe, StunResult
from app.profile import ProfileError, stun_uris

UDP_BUDGET_S = 4.0  # the whole part: 3 s of stream, its last answers, or 1 s + TCP/TLS tries

BLOCKED = QT_TRANSLATE_NOOP(
    "Connection", "Your network blocks the fast way video travels. Video may be choppier."
)
BLOCKED_ADVICE = QT_TRANSLATE_NOOP(
    "Connection", "If you can, use another network, or join by phone."
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Connection", "We could not reach your program's video server. Video may not connect."
)
UNREACHABLE_ADVICE = QT_TRANSLATE_NOOP(
    "Connection", "If video does not connect, join by phone and tell tech support."
)
UNSTEADY = QT_TRANSLATE_NOOP(
    "Connection", "Sound and video may break up: your connection loses or delays parts of them."
)
PAUSE = QT_TRANSLATE_NOOP(
    "Connection", "Pause downloads, streaming and games on every device at home."
)


@dataclass(frozen=True)
class UdpMeasured:
    """What the media-path part found: a result, or why it did not run."""

    result: StunResult | None
    skipped: str = ""  # "no_server" (profile has none), "bad_server", "no_time", "cancelled"

    def figures(self) -> tuple[float, float, float] | None:
        """(round trip, jitter, loss) of the UDP stream, when it got answers."""
        r = self.result
        if r is None or r.stream is None or not r.stream.received:
            return None
        s = r.stream
        return s.median_ms, s.jitter_ms, s.loss_pct


class UdpPart:
    """Starts the probe on its own thread; ``result()`` waits for it (bounded by its budget)."""

    def __init__(self, probe: StunProbe | None = None) -> None:
        self.probe = probe or StunProbe()
        self._pool: ThreadPoolExecutor | None = None
        self._future: Future[UdpMeasured] | None = None
        self._ready: UdpMeasured | None = None

    def start(self, ctx: CheckContext) -> UdpPart:
        server = ctx.options.profile.stun_server
        if not server:
            self._ready = UdpMeasured(None, "no_server")
            return self
        try:
            uris = stun_uris(server)
        except ProfileError:
            uris = []
        if not uris:
            self._ready = UdpMeasured(None, "bad_server")
            return self
        budget = min(UDP_BUDGET_S, ctx.time_left() - 0.5)
        if budget < 1.5:
            self._ready = UdpMeasured(None, "no_time")
            return self
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="stun-probe")
        self._future = self._pool.submit(
            lambda: UdpMeasured(self.probe.measure(uris, budget, ctx.cancelled))
        )
        return self

    def result(self) -> UdpMeasured:
        if self._ready is None and self._future is not None and self._pool is not None:
            try:
                self._ready = self._future.result()
            finally:
                self._pool.shutdown(wait=False)
        return self._ready or UdpMeasured(None, "cancelled")


def udp_findings(
    udp: UdpMeasured | None, th: Thresholds, metrics: list[Metric], details: dict[str, str]
) -> list[Finding]:
    """Findings of the media-path part (adds its metrics and details)."""
    if udp is None or udp.result is None:
        reason = udp.skipped if udp is not None else "no_server"
        details["udp_path"] = {
            "no_server": "not checked: the profile names no stun_server",
            "bad_server": "not checked: the profile's stun_server is not valid",
            "no_time": "not checked: no time left",
        }.get(reason, "not checked")
        metrics.append(Metric("udp_path", "skipped", ""))
        return []
    r = udp.result
    details["stun_server"] = r.server
    metrics.append(Metric("udp_path", r.udp, ""))
    metrics.append(Metric("udp_check_s", round(r.duration_s, 2), "s"))
    if r.problem is not None:
        details["udp_problem"] = r.problem.value
    if r.udp in ("blocked", "untested", "error"):
        return _blocked(r, metrics, details)
    return _figures(udp, th, metrics, details)


def _blocked(r: StunResult, metrics: list[Metric], details: dict[str, str]) -> list[Finding]:
    metrics.append(Metric("udp_blocked", r.udp == "blocked", ""))
    for t in r.fallbacks:
        value = f"ok {t.rtt_ms:.1f} ms" if t.ok and t.rtt_ms is not None else "no"
        if not t.ok and t.problem is not None:
            value = f"no ({t.problem.value})"
        details[f"fallback_{t.transport}"] = f"{t.target}: {value}"
        if t.ok and t.rtt_ms is not None:
            metrics.append(Metric(f"{t.transport}_stun_rtt_ms", round(t.rtt_ms, 1), "ms"))
    metrics.append(Metric("media_fallback", r.fallback or "none", ""))
    if r.udp == "untested" and r.fallback not in ("", "none"):
        return []  # the program gave TCP/TLS addresses only, and they work
    if r.fallback in ("", "none"):
        return [
            Finding(
                Status.WARN,
                translate("Connection", UNREACHABLE),
                (translate("Connection", UNREACHABLE_ADVICE),),
            )
        ]
    return [
        Finding(
            Status.WARN,
            translate("Connection", BLOCKED),
            (translate("Connection", BLOCKED_ADVICE),),
        )
    ]


def _figures(
    udp: UdpMeasured, th: Thresholds, metrics: list[Metric], details: dict[str, str]
) -> list[Finding]:
    r = udp.result
    assert r is not None and r.stream is not None
    s = r.stream
    rtt, jitter, loss = s.median_ms, s.jitter_ms, s.loss_pct
    metrics += [
        Metric("udp_rtt_ms", round(rtt, 1), "ms"),
        Metric("udp_jitter_ms", round(jitter, 1), "ms"),
        Metric("udp_jitter_rfc3550_ms", round(s.jitter_rfc3550_ms, 1), "ms"),
        Metric("udp_loss_pct", round(loss, 2), "%"),
        Metric("udp_packets", s.sent, ""),
        Metric("nat_mapping", r.mapping, ""),
    ]
    if r.public_cut:
        metrics.append(Metric("public_address", r.public_cut, ""))
    if r.behind_nat is not None:
        details["behind_nat"] = "yes" if r.behind_nat else "no"
    if r.mapping == "changes":
        details["nat"] = "symmetric: the public address changes per server address (RFC 5780)"
    statuses = [th.rtt.status(rtt), th.jitter.status(jitter), th.loss.status(loss)]
    status = worst_status(Finding(x) for x in statuses)
    if status is Status.PASS:
        return [Finding(Status.PASS)]
    advice: tuple[str, ...] = ()
    if statuses[1] is not Status.PASS or statuses[2] is not Status.PASS:
        advice = (translate("Connection", PAUSE),)
    headline = translate("Connection", UNSTEADY) if status is Status.FAIL else ""
    return [Finding(status, headline, advice)]
