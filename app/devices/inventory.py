"""Every device at once, as plain values for the support report: cameras, microphones and
speakers, with a short note where a list is empty or could not be read. ``DeviceProvider`` is
the boundary (tests pass their own); ``collect_devices`` never raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from app.devices.listing import list_audio_devices, list_cameras


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


class SystemDevices:
    """This computer's devices (app.devices.listing)."""

    def list_cameras(self) -> list[Any]:
        return list_cameras()

    def list_audio_devices(self) -> list[Any]:
        return list_audio_devices()


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


def collect_devices(provider: DeviceProvider | None = None) -> DeviceLists:
    """Every camera, microphone and speaker *provider* (default: this computer) sees, with a
    note for each list that is empty or failed. Never raises."""
    provider = provider if provider is not None else SystemDevices()
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
