"""Which cameras, microphones and speakers this computer has (never raises).

Cameras: Linux names come from /sys/class/video4linux (OpenCV opens by index and has no names);
elsewhere we probe a few indices with OpenCV, imported lazily. Audio: PortAudio via sounddevice,
imported lazily; when PortAudio is missing or fails the list is empty and ``.reason`` says why.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
V4L_DIR = Path("/sys/class/video4linux")


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str
    path: str = ""  # /dev/videoN on Linux


@dataclass(frozen=True)
class AudioDeviceInfo:
    name: str
    kind: str  # "input" or "output"
    is_default: bool
    default_samplerate: float
    channels: int
    hostapi: str
    index: int = -1  # PortAudio device index


class DeviceList(list[Any]):
    """A list that can say why it is empty (``reason``: "" when enumeration worked)."""

    reason: str = ""


def list_cameras(v4l_dir: Path = V4L_DIR) -> list[CameraInfo]:
    try:
        if sys.platform.startswith("linux"):
            return _linux_cameras(v4l_dir)
        return _probe_cameras()
    except Exception as exc:  # enumeration must never break the app
        log.warning("camera enumeration failed: %s", type(exc).__name__)
        out = DeviceList()
        out.reason = str(exc)
        return out


def _linux_cameras(v4l_dir: Path) -> list[CameraInfo]:
    cams = DeviceList()
    if not v4l_dir.is_dir():
        cams.reason = "no video4linux devices"
        return cams
    for entry in sorted(v4l_dir.iterdir(), key=lambda p: _natural_key(p.name)):
        m = re.fullmatch(r"video(\d+)", entry.name)
        if not m:
            continue
        # A UVC camera exposes two nodes: index 0 captures video, index 1 carries metadata.
        try:
            if (entry / "index").read_text().strip() not in ("0", ""):
                continue
        except OSError:
            pass
        try:
            name = (entry / "name").read_text().strip() or entry.name
        except OSError:
            name = entry.name
        cams.append(CameraInfo(int(m.group(1)), name, f"/dev/{entry.name}"))
    if not cams:
        cams.reason = "no video4linux devices"
    return cams


def _natural_key(name: str) -> tuple[str, int]:
    m = re.match(r"(\D*)(\d*)", name)
    assert m is not None
    return m.group(1), int(m.group(2) or 0)


def _probe_cameras(max_index: int = 3) -> list[CameraInfo]:
    from app.devices.opencv import load

    cv2 = load()
    backend = cv2.CAP_AVFOUNDATION if sys.platform == "darwin" else cv2.CAP_DSHOW
    cams = DeviceList()
    for i in range(max_index):
        cap = cv2.VideoCapture(i, backend)
        try:
            if cap.isOpened():
                cams.append(CameraInfo(i, f"Camera {i + 1}", ""))
        finally:
            cap.release()
    if not cams:
        cams.reason = "no camera answered"
    return cams


def list_audio_devices() -> list[AudioDeviceInfo]:
    """Input and output devices, default devices first. Empty (with ``.reason``) on failure."""
    out = DeviceList()
    try:
        import sounddevice as sd
    except (OSError, ImportError) as exc:
        out.reason = f"PortAudio is not available: {exc}"
        return out
    try:
        raw = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_in, default_out = _defaults(sd)
    except Exception as exc:
        out.reason = f"PortAudio failed: {exc}"
        return out
    items: list[AudioDeviceInfo] = []
    for idx, d in enumerate(raw):
        try:
            api = str(hostapis[int(d["hostapi"])]["name"])
        except (IndexError, KeyError, TypeError, ValueError):
            api = ""
        for kind, key, default in (
            ("input", "max_input_channels", default_in),
            ("output", "max_output_channels", default_out),
        ):
            channels = int(d.get(key, 0) or 0)
            if channels > 0:
                items.append(
                    AudioDeviceInfo(
                        name=str(d["name"]),
                        kind=kind,
                        is_default=idx == default,
                        default_samplerate=float(d.get("default_samplerate") or 0.0),
                        channels=channels,
                        hostapi=api,
                        index=idx,
                    )
                )
    items.sort(key=lambda a: (not a.is_default, a.kind, a.index))
    out.extend(items)
    if not items:
        out.reason = "no audio devices"
    return out


def _defaults(sd: Any) -> tuple[int, int]:
    """PortAudio's default input and output indices (-1 when there is none)."""
    found = []
    for kind in ("input", "output"):
        try:
            found.append(int(sd.query_devices(kind=kind)["index"]))
        except Exception:  # "Error querying device -1": no default of that kind
            found.append(-1)
    return found[0], found[1]
