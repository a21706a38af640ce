"""Adapter to the device enumeration in ``app.checks.devices`` (written in another branch).

The interface we rely on::

    list_cameras() -> list[CameraInfo(index, name, path)]
    list_audio_devices() -> list[AudioDeviceInfo(name, kind "input"/"output", is_default,
                                                  default_samplerate, channels, hostapi)]

The module may be absent (not merged yet) or broken at import time, and enumeration may fail on a
machine without audio or video: every case degrades to an empty list plus a short note, never an
exception. Tests pass their own ``DeviceProvider``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class CameraEntry:
    index: int
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "name": self.name}


@dataclass(frozen=True)
class AudioEntry:
    name: str
    kind: str  # "input" (microphone) or "output" (speaker)
    is_default: bool
    default_samplerate: float | None
    channels: int | None
    hostapi: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "is_default": self.is_default,
            "default_samplerate": self.default_samplerate,
            "channels": self.channels,
            "hostapi": self.hostapi,
        }


@dataclass(frozen=True)
class DeviceLists:
    cameras: tuple[CameraEntry, ...] = ()
    audio: tuple[AudioEntry, ...] = ()
    notes: tuple[str, ...] = ()  # why a list may be empty ("device module not installed", …)

    @property
    def microphones(self) -> tuple[AudioEntry, ...]:
        return tuple(a for a in self.audio if a.kind == "input")

    @property
    def speakers(self) -> tuple[AudioEntry, ...]:
        return tuple(a for a in self.audio if a.kind == "output")


class DeviceProvider(Protocol):
    def list_cameras(self) -> list[Any]: ...

    def list_audio_devices(self) -> list[Any]: ...


def _load_default() -> DeviceProvider | None:
    try:
        module = importlib.import_module("app.checks.devices")
    except Exception:  # absent, or failing to import (missing native library …)
        return None
    if not all(hasattr(module, f) for f in ("list_cameras", "list_audio_devices")):
        return None
    return module  # type: ignore[return-value]


def _text(value: Any, limit: int = 120) -> str:
    return " ".join(str(value if value is not None else "").split())[:limit]


def _number(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if out == out and out not in (float("inf"), float("-inf")) else None


def _channels(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None else None


def collect_devices(
    provider: DeviceProvider | None = None,
    loader: Callable[[], DeviceProvider | None] = _load_default,
) -> DeviceLists:
    """Every camera, microphone and speaker the device module sees. Never raises."""
    provider = provider if provider is not None else loader()
    if provider is None:
        return DeviceLists(notes=("device enumeration not available in this build",))
    notes: list[str] = []
    cameras: list[CameraEntry] = []
    audio: list[AudioEntry] = []
    try:
        found = provider.list_cameras()
        if getattr(found, "reason", ""):
            notes.append(f"cameras: {_text(found.reason)}")  # type: ignore[attr-defined]
        for cam in found:
            idx = _number(getattr(cam, "index", None))
            cameras.append(
                CameraEntry(index=int(idx) if idx is not None else -1, name=_text(cam.name))
            )
    except Exception as exc:
        notes.append(f"cameras could not be listed ({type(exc).__name__})")
    try:
        found = provider.list_audio_devices()
        if getattr(found, "reason", ""):
            notes.append(f"audio: {_text(found.reason)}")  # type: ignore[attr-defined]
        for dev in found:
            kind = _text(getattr(dev, "kind", ""))
            audio.append(
                AudioEntry(
                    name=_text(getattr(dev, "name", "")),
                    kind=kind if kind in ("input", "output") else "output",
                    is_default=bool(getattr(dev, "is_default", False)),
                    default_samplerate=_number(getattr(dev, "default_samplerate", None)),
                    channels=_channels(getattr(dev, "channels", None)),
                    hostapi=_text(getattr(dev, "hostapi", ""), 60),
                )
            )
    except Exception as exc:
        notes.append(f"audio devices could not be listed ({type(exc).__name__})")
    return DeviceLists(tuple(cameras), tuple(audio), tuple(notes))
