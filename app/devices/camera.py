"""Cameras as frame sources: a real camera by index (the right backend per platform), or a
video / image file played as the camera (support staff and tests use that).

OpenCV is imported lazily (it adds ~90 ms to start-up). No frame is ever written to disk.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, Protocol

from app.devices.listing import list_cameras
from app.devices.opencv import load

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}
Frame = Any  # numpy uint8 array, H×W×3 BGR


def usable_fps(value: Any) -> float | None:
    """CAP_PROP_FPS as a frame rate, or None when the backend does not know (0, −1, nonsense)."""
    try:
        fps = float(value or 0.0)
    except (TypeError, ValueError):
        return None
    return fps if 0.5 <= fps <= 240 else None


class CameraSource(Protocol):
    """Where frames come from. ``read`` may block; it returns None when no frame came."""

    label: str
    is_still: bool  # a still image: never "frozen"
    backend: str
    nominal_fps: float | None  # the rate the device or file says it runs at (after open)

    def open(self) -> bool: ...

    def read(self) -> Frame | None: ...

    def release(self) -> None: ...


class OpenCVCamera:
    """A real camera by index, with the right backend per platform."""

    is_still = False

    def __init__(self, index: int) -> None:
        self.index = index
        self.label = f"camera {index}"
        self.backend = ""
        self.nominal_fps: float | None = None
        self._cap: Any = None

    def open(self) -> bool:
        cv2 = load()
        if sys.platform.startswith("linux"):
            attempts = [cv2.CAP_V4L2, cv2.CAP_ANY]
        elif sys.platform == "darwin":
            attempts = [cv2.CAP_AVFOUNDATION]
        elif sys.platform == "win32":
            attempts = [cv2.CAP_MSMF, cv2.CAP_DSHOW]  # DirectShow when MSMF will not open
        else:
            attempts = [cv2.CAP_ANY]
        for api in attempts:
            cap = cv2.VideoCapture(self.index, api)
            if cap.isOpened():
                self._cap = cap
                self.backend = cap.getBackendName()
                self.nominal_fps = usable_fps(cap.get(cv2.CAP_PROP_FPS))
                return True
            cap.release()
        return False

    def read(self) -> Frame | None:
        if self._cap is None:
            return None
        ok, frame = self._cap.read()
        return frame if ok and frame is not None else None

    def release(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class FileCamera:
    """A video or image file played as the camera, paced at the file's frame rate.

    Support staff reproduce a patient's problem with a recording this way; tests use it too.
    ``loop`` replays a video when it ends (the preview); without it the end of the file is a
    camera that stopped delivering frames.
    """

    backend = "file"

    def __init__(self, path: str | Path, loop: bool = True, fps: float | None = None) -> None:
        self.path = Path(path)
        self.label = self.path.name
        self.loop = loop
        self.is_still = self.path.suffix.lower() in IMAGE_SUFFIXES
        self._fps = fps
        self.nominal_fps: float | None = None
        self._cap: Any = None
        self._image: Frame | None = None
        self._next = 0.0

    def open(self) -> bool:
        cv2 = load()
        if not self.path.is_file():
            return False
        if self.is_still:
            self._image = cv2.imread(str(self.path), cv2.IMREAD_COLOR)
            self._fps = self._fps or 30.0
            self.nominal_fps = self._fps
            return self._image is not None
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            return False
        self._cap = cap
        file_fps = usable_fps(cap.get(cv2.CAP_PROP_FPS))
        self.nominal_fps = self._fps or file_fps  # None: the file does not say
        self._fps = self.nominal_fps or 30.0
        self.backend = f"file ({cap.getBackendName()})"
        return True

    def _pace(self) -> None:
        now = time.monotonic()
        if self._next > now:
            time.sleep(self._next - now)
        self._next = max(self._next, now) + 1.0 / float(self._fps or 30.0)

    def read(self) -> Frame | None:
        if self._image is not None:
            self._pace()
            return self._image.copy()
        if self._cap is None:
            return None
        ok, frame = self._cap.read()
        if not ok and self.loop:
            cv2 = load()
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
        if not ok:
            return None
        self._pace()
        return frame

    def release(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
        self._image = None


def camera_source_for(spec: str, loop: bool = True) -> CameraSource:
    """Index text ("0", "2") → a device; anything else → a file path; "" → the first camera."""
    spec = (spec or "").strip()
    if spec == "":
        cams = list_cameras()
        return OpenCVCamera(cams[0].index if cams else 0)
    if spec.isdigit():
        return OpenCVCamera(int(spec))
    return FileCamera(spec, loop=loop)
