"""The monitor's limits, read from resources/thresholds.toml [monitor] (sources cited there)."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import resource


@dataclass(frozen=True)
class MonitorLimits:
    """Every figure comes from the data file (no defaults here: one place for each number)."""

    interval_s: float
    window: int
    over: int
    loss_window: int
    loss_min_samples: int
    clear_after: int
    rtt_ms: float
    loss_pct: float
    loss_fine_pct: float
    loss_chance: float
    wifi_dbm: float
    busy_mbps: float
    battery_margin_min: float
    battery_pct: float
    renotify_minutes: float
    probes: int

    @property
    def renotify_s(self) -> float:
        return self.renotify_minutes * 60.0


_INTS = {"window", "over", "loss_window", "loss_min_samples", "clear_after", "probes"}


@functools.lru_cache(maxsize=4)
def load_limits(path: Path | None = None) -> MonitorLimits:
    """The [monitor] limits (read once per path; the file ships with the app)."""
    data: dict[str, Any] = tomllib.loads((path or resource("thresholds.toml")).read_text("utf-8"))
    section = data.get("monitor", {})
    values: dict[str, Any] = {}
    for name in MonitorLimits.__dataclass_fields__:
        if name not in section:
            raise ValueError(f"thresholds: monitor.{name} is missing")
        value = section[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"thresholds: monitor.{name} must be a number")
        values[name] = int(value) if name in _INTS else float(value)
    limits = MonitorLimits(**values)
    if not 0 < limits.over <= limits.window or limits.clear_after < 1 or limits.interval_s <= 0:
        raise ValueError("thresholds: monitor window/over/clear_after/interval_s are inconsistent")
    return limits
