"""The monitor's clock and sampler, in process: a simulated clock (a three-hour session runs in
seconds) and a sampler that plays back a script of link conditions over time."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from app.monitor.sample import Sample


class SimClock:
    """Time passes only when the monitor sleeps."""

    def __init__(self, start: datetime | None = None) -> None:
        self.start = start or datetime(2025, 3, 4, 18, 0, tzinfo=UTC)
        self.t = 1000.0
        self.slept = 0.0

    def monotonic(self) -> float:
        return self.t

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.t - 1000.0)

    def sleep(self, seconds: float) -> None:
        self.t += seconds
        self.slept += seconds

    def elapsed(self) -> float:
        return self.t - 1000.0


@dataclass(frozen=True)
class Conditions:
    """The link and the battery at one moment of a script."""

    rtt_ms: float = 40.0
    loss: float = 0.0  # chance that one probe is lost
    link_up: bool = True
    wifi_dbm: float | None = None
    vpn: int = 0
    other_mbps: float = 1.0
    battery_pct: float | None = None
    plugged: bool | None = None
    minutes_left: float | None = None


class ScriptedSampler:
    """Samples from ``script(elapsed_seconds) -> Conditions``; *probes* probes per sample,
    each lost with the script's chance (seeded)."""

    def __init__(
        self, script: Callable[[float], Conditions], probes: int = 10, seed: int = 1
    ) -> None:
        self.script = script
        self.probes = probes
        self.random = random.Random(seed)
        self.t0: float | None = None
        self.taken = 0
        self.closed = False

    def sample(self, at: datetime, t: float, cancelled: Callable[[], bool]) -> Sample:
        if self.t0 is None:
            self.t0 = t
        c = self.script(t - self.t0)
        self.taken += 1
        if not c.link_up:
            return Sample(at, t, link_up=False, wifi_dbm=c.wifi_dbm, vpn=c.vpn)
        lost = sum(1 for _ in range(self.probes) if self.random.random() < c.loss)
        answered = lost < self.probes
        return Sample(
            at,
            t,
            rtt_ms=c.rtt_ms if answered else None,
            jitter_ms=2.0 if answered else None,
            lost=lost,
            attempts=self.probes,
            link_up=True,
            wifi_dbm=c.wifi_dbm,
            vpn=c.vpn,
            other_mbps=c.other_mbps,
            battery_pct=c.battery_pct,
            plugged=c.plugged,
            minutes_left=c.minutes_left,
        )

    def close(self) -> None:
        self.closed = True


def good(**changes: object) -> Conditions:
    return replace(Conditions(), **changes)  # type: ignore[arg-type]
