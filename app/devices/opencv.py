"""OpenCV, loaded on first use; its environment set once, at start-up, on the main thread.

glibc's ``setenv`` on one thread while another thread reads the environment (OpenCV's import and
its first ``VideoCapture`` do) can crash the whole process. So nothing here writes the
environment when a camera opens on a worker: ``set_environment()`` runs in ``app.__main__``
before any thread exists, and ``load()`` only imports.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def set_environment() -> None:
    """OpenCV's settings, unless the user set them. Call on the main thread, before threads."""
    # OpenCV prints "can't open camera by index" warnings to stderr; the results already say it.
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
    if sys.platform == "win32":  # Media Foundation can take 4–20 s to open a camera without it
        os.environ.setdefault("OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS", "0")


def load() -> Any:
    """The ``cv2`` module (imported on first call; safe from any thread)."""
    import cv2

    return cv2
