"""The monitor's limits, read from resources/thresholds.toml [monitor] (sources cited there)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import resource


@dataclass(frozen=True)
class MonitorLimits:
    interval_s: float = 3.0
    window: int = 5
    over: int = 3
    loss_window: int = 10
    loss_min_samples: int = 3
    clear_after: int = 3
    rtt_ms: float = 400.0
    loss_pct: float = 5.0
    loss_fine_pct: float = 1.0
    loss_chance: float = 1e-5
    wifi_dbm: float = -75.0
    busy_mbps: float = 12.0
    battery_margin_min: float = 15.0
    battery_pct: float = 20.0
    renotify_minutes: float = 10.0
    probes: int = 5

    @property
    def renotify_s(self) -> float:
        return self.renotify_minutes * 60.0


_INTS = {"window", "over", "loss_window", "loss_min_samples", "clear_after", "probes"}


def load_limits(path: Path | None = None) -> MonitorLimits:
    data: dict[str, Any] = tomllib.loads((path or resource("thresholds.toml")).read_text("utf-8"))
    section = data.get("monitor", {})
    values: dict[str, Any] = {}
    for name in MonitorLimits.__dataclass_fields__:
        if name not in section:
            continue
        value = section[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"thresholds: monitor.{name} must be a number")
        values[name] = int(value) if name in _INTS else float(value)
    limits = MonitorLimits(**values)
    if not 0 < limits.over <= limits.window or limits.clear_after < 1 or limits.interval_s <= 0:
        raise ValueError("thresholds: monitor window/over/clear_after/interval_s are inconsistent")
    return limits
