"""Thresholds for the connection check, read from resources/thresholds.toml (sources cited there)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.checks.base import Status
from app.paths import resource


@dataclass(frozen=True)
class Band:
    """A pass/fail pair. ``higher_is_better`` for rates, not for delays or loss."""

    pass_at: float
    fail_at: float
    higher_is_better: bool

    def status(self, value: float) -> Status:
        if self.higher_is_better:
            if value >= self.pass_at:
                return Status.PASS
            return Status.FAIL if value < self.fail_at else Status.WARN
        if value < self.pass_at:
            return Status.PASS
        return Status.FAIL if value > self.fail_at else Status.WARN


@dataclass(frozen=True)
class Thresholds:
    download: Band
    upload: Band
    rtt: Band
    jitter: Band
    loss: Band
    mos: Band
    background_warn_mbps: float
    download_seconds: float
    upload_seconds: float
    confident_bytes: int
    some_confidence_bytes: int


def _num(data: dict[str, Any], section: str, key: str) -> float:
    value = data[section][key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"thresholds: {section}.{key} must be a number")
    return float(value)


def load_thresholds(path: Path | None = None) -> Thresholds:
    data = tomllib.loads((path or resource("thresholds.toml")).read_text("utf-8"))

    def band(section: str, suffix: str, higher: bool) -> Band:
        return Band(
            _num(data, section, f"pass{suffix}"), _num(data, section, f"fail{suffix}"), higher
        )

    return Thresholds(
        download=band("download", "_mbps", True),
        upload=band("upload", "_mbps", True),
        rtt=band("rtt", "_ms", False),
        jitter=band("jitter", "_ms", False),
        loss=band("loss", "_pct", False),
        mos=band("mos", "", True),
        background_warn_mbps=_num(data, "background", "warn_mbps"),
        download_seconds=_num(data, "speedtest", "download_seconds"),
        upload_seconds=_num(data, "speedtest", "upload_seconds"),
        confident_bytes=int(_num(data, "speedtest", "confident_bytes")),
        some_confidence_bytes=int(_num(data, "speedtest", "some_confidence_bytes")),
    )
