"""One look at the connection, the link and the battery: figures only, nothing personal."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Sample:
    at: datetime  # wall clock (aware), for the timeline
    t: float  # the monitor clock's seconds (monotonic), for windows and throttling
    rtt_ms: float | None = None  # round trip to the video host (None: nothing answered)
    jitter_ms: float | None = None
    lost: int = 0  # probes lost …
    attempts: int = 0  # … of this many
    link_up: bool | None = None  # a non-loopback interface is up (None: unknown)
    wifi_dbm: float | None = None  # Wi-Fi signal (None: not on Wi-Fi, or the OS does not say)
    vpn: int = 0  # VPN interfaces up
    other_mbps: float | None = None  # every app's traffic, both ways (None: first sample)
    battery_pct: float | None = None  # None: no battery
    plugged: bool | None = None
    minutes_left: float | None = None

    @property
    def loss_pct(self) -> float | None:
        return 100.0 * self.lost / self.attempts if self.attempts else None

    @property
    def unreachable(self) -> bool:
        """Probes ran and none was answered."""
        return self.attempts > 0 and self.lost >= self.attempts

    def figures(self) -> dict[str, Any]:
        """The sample as JSON-safe figures (no wall time: the store keeps that apart)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("at", "t"):
                continue
            value = getattr(self, f.name)
            if isinstance(value, float):
                value = round(value, 2) if math.isfinite(value) else None
            out[f.name] = value
        return out

    @classmethod
    def from_figures(cls, at: datetime, t: float, data: dict[str, Any]) -> Sample:
        known = {f.name for f in fields(cls)} - {"at", "t"}
        return cls(at=at, t=t, **{k: v for k, v in data.items() if k in known})
