"""Video files written at test time with cv2.VideoWriter, played as the camera."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import numpy as np

Frame = np.ndarray
W, H = 640, 480


def write_video(
    path: Path, frame_at: Callable[[int], Frame], frames: int = 30, fps: float = 15.0
) -> Path:
    import cv2

    first = frame_at(0)
    h, w = first.shape[:2]
    vw = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (w, h))
    assert vw.isOpened(), "cv2.VideoWriter could not open an MJPG .avi"
    try:
        for i in range(frames):
            vw.write(first if i == 0 else frame_at(i))
    finally:
        vw.release()
    return path


def _noisy(level: int, i: int, rng_seed: int = 0) -> Frame:
    """A lit scene: gradient + shapes + sensor-like noise, so frames differ like a real camera's."""
    rng = np.random.default_rng(rng_seed + i)
    base = np.linspace(level - 40, level + 40, W, dtype=np.float32)[None, :, None]
    img = np.repeat(np.repeat(base, H, axis=0), 3, axis=2)
    img[100:300, 200 + (i % 10) : 400 + (i % 10)] -= 30  # a moving object
    img += rng.normal(0, 4, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def bright(i: int) -> Frame:
    return _noisy(150, i)


def dark(i: int) -> Frame:
    return _noisy(35, i)


def black(i: int) -> Frame:
    return np.full((H, W, 3), 3, np.uint8)


def frozen_scene(_i: int) -> Frame:
    return _noisy(150, 0)


def astronaut() -> Frame:
    """A photo with one face (a fresh copy: callers may draw on it)."""
    return _astronaut().copy()


@functools.cache
def _astronaut() -> Frame:
    import cv2
    from skimage import data

    # decoded once per process (a 20-frame clip decoded the PNG 20 times)
    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def one_face(i: int) -> Frame:
    img = astronaut().astype(np.int16)
    img += np.random.default_rng(i).integers(-2, 3, img.shape, dtype=np.int16)
    return np.clip(img, 0, 255).astype(np.uint8)


def two_faces(i: int) -> Frame:
    a = one_face(i)
    return np.hstack([a, a])
