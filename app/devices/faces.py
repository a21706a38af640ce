"""Faces in a frame, with OpenCV's bundled frontal-face Haar cascade (loaded once)."""

from __future__ import annotations

import os
import threading
from typing import Any

from app.devices.camera import Frame
from app.devices.opencv import load


def detect_faces(frame: Frame) -> list[tuple[int, int, int, int]]:
    """Faces found by OpenCV's bundled frontal-face Haar cascade (x, y, w, h)."""
    cv2 = load()
    cascade = _cascade()
    if cascade is None:
        return []
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
    scale = 1.0
    if grey.shape[1] > 960:  # faster, and the cascade needs no more detail than this
        scale = 960.0 / grey.shape[1]
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    grey = cv2.equalizeHist(grey)
    side = max(40, min(grey.shape[:2]) // 10)
    found = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=6, minSize=(side, side))
    return [tuple(int(v / scale) for v in f) for f in found]  # type: ignore[misc]


_cascade_cache: list[Any] = []
_cascade_lock = threading.Lock()


def _cascade() -> Any:
    with _cascade_lock:
        if not _cascade_cache:
            cv2 = load()
            base = getattr(getattr(cv2, "data", None), "haarcascades", "")
            path = os.path.join(base, "haarcascade_frontalface_default.xml")
            c = cv2.CascadeClassifier(path) if os.path.exists(path) else None
            _cascade_cache.append(c if c is not None and not c.empty() else None)
        return _cascade_cache[0]


def region_mean(frame: Frame, box: tuple[int, int, int, int]) -> float:
    """Mean grey level inside *box* (a face's brightness)."""
    cv2 = load()
    x, y, w, h = box
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
    region = grey[y : y + h, x : x + w]
    return float(region.mean()) if region.size else 0.0
