"""Every threshold the checks judge by, read from resources/thresholds.toml (sources cited there).

The ONE place thresholds are loaded (tests/checks/test_thresholds.py fails if a threshold is
defined anywhere else). ``default_thresholds()`` is the file as shipped (cached);
``thresholds_for(profile)`` applies a program profile's ``thresholds`` overrides (checked when
the profile is read, by app.profile: known keys only, each within its range in [overridable],
pass/fail pairs still in order).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.checks.base import Status
from app.paths import resource


@dataclass(frozen=True)
class Band:
    """A pass/fail pair. ``higher_is_better`` for rates, not for delays or loss.

    On a line: rates pass at exactly ``pass_at`` and warn at exactly ``fail_at``; delays and
    loss warn at exactly either line (the sources say "RTT < 100 ms")."""

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

    @property
    def ordered(self) -> bool:
        return (
            self.pass_at >= self.fail_at if self.higher_is_better else self.pass_at <= self.fail_at
        )


@dataclass(frozen=True)
class CameraThresholds:
    min_width: float
    min_height: float
    warn_fps: float
    fail_fps: float
    fps_tolerance_pct: float
    measure_s: float
    stall_s: float
    black_mean: float
    uniform_std: float
    dark_mean: float
    bright_mean: float
    backlit_ratio: float
    frozen_diff: float


@dataclass(frozen=True)
class MicrophoneThresholds:
    silent_dbfs: float
    zero_dbfs: float
    noisy_dbfs: float
    min_snr_db: float
    quiet_speech_dbfs: float
    clipping_pct: float
    clip_level: float
    noise_s: float
    speech_s: float


@dataclass(frozen=True)
class SpeakerThresholds:
    tone_hz: float
    tone_s: float
    tone_amplitude: float
    loud_pickup_dbfs: float
    detect_margin_db: float


@dataclass(frozen=True)
class BatteryThresholds:
    margin_min: float
    fail_pct: float


@dataclass(frozen=True)
class BufferbloatThresholds:
    a_plus_ms: float
    a_ms: float
    b_ms: float
    c_ms: float
    d_ms: float
    min_samples: float
    gap_ms: float

    def grade(self, added_ms: float) -> str:
        """The bufferbloat grade of *added_ms* of extra delay under load (A+ … F)."""
        for grade, below in (
            ("A+", self.a_plus_ms),
            ("A", self.a_ms),
            ("B", self.b_ms),
            ("C", self.c_ms),
            ("D", self.d_ms),
        ):
            if added_ms < below:
                return grade
        return "F"


@dataclass(frozen=True)
class PrefillThresholds:
    noisy_min_dbfs: float


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
    bufferbloat: BufferbloatThresholds
    camera: CameraThresholds
    microphone: MicrophoneThresholds
    speakers: SpeakerThresholds
    battery: BatteryThresholds
    prefill: PrefillThresholds


def _num(data: Mapping[str, Any], section: str, key: str) -> float:
    value = data[section][key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"thresholds: {section}.{key} must be a number")
    return float(value)


def _section(cls: type, data: Mapping[str, Any], section: str) -> Any:
    return cls(**{f.name: _num(data, section, f.name) for f in dataclasses.fields(cls)})


def _read(path: Path | None) -> dict[str, Any]:
    return tomllib.loads((path or resource("thresholds.toml")).read_text("utf-8"))


def _merge(data: dict[str, Any], overrides: Mapping[str, Mapping[str, float]] | None) -> None:
    for section, values in (overrides or {}).items():
        data[section] = {**data.get(section, {}), **values}


def load_thresholds(
    path: Path | None = None, overrides: Mapping[str, Mapping[str, float]] | None = None
) -> Thresholds:
    """The thresholds file (*path*, default the shipped one) with *overrides* applied.
    Overrides are not validated here: see ``validate_overrides``."""
    data = _read(path)
    _merge(data, overrides)

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
        bufferbloat=_section(BufferbloatThresholds, data, "bufferbloat"),
        camera=_section(CameraThresholds, data, "camera"),
        microphone=_section(MicrophoneThresholds, data, "microphone"),
        speakers=_section(SpeakerThresholds, data, "speakers"),
        battery=_section(BatteryThresholds, data, "battery"),
        prefill=_section(PrefillThresholds, data, "checklist_prefill"),
    )


@functools.cache
def default_thresholds() -> Thresholds:
    """The shipped thresholds (read once)."""
    return load_thresholds()


@functools.lru_cache(maxsize=8)
def _with_overrides(key: str) -> Thresholds:
    return load_thresholds(overrides=json.loads(key))


def thresholds_for(profile: Any) -> Thresholds:
    """The thresholds for a run under *profile* (a Profile, or None): the shipped ones with
    the profile's validated ``thresholds`` overrides."""
    overrides = getattr(profile, "thresholds", None)
    if not overrides:
        return default_thresholds()
    return _with_overrides(json.dumps(overrides, sort_keys=True))
