"""Frames over time: the grabbing thread (``FrameGrabber``) and the picture's statistics
(``FrameStats``: size, frame rate, brightness, contrast, change between frames)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.devices.camera import CameraSource, Frame
from app.devices.opencv import load

log = logging.getLogger(__name__)


class FrameGrabber:
    """Reads frames on its own daemon thread and hands each one to *on_frame*.

    ``stop()`` is cooperative and bounded: a camera stuck inside ``read()`` cannot hang the
    caller (the thread is a daemon and is left to finish on its own).
    """

    def __init__(
        self,
        source: CameraSource,
        on_frame: Callable[[Frame], None],
        on_state: Callable[[str], None] | None = None,
        max_fps: float = 0.0,
    ) -> None:
        self.source = source
        self._on_frame = on_frame
        self._on_state = on_state or (lambda _s: None)
        self._stop = threading.Event()
        self._max_fps = max_fps
        self.state = "idle"  # opening, running, failed, ended, stopped
        self._thread = threading.Thread(target=self._run, name="camera-grabber", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _set(self, state: str) -> None:
        self.state = state
        self._on_state(state)

    def _run(self) -> None:
        self._set("opening")
        try:
            if not self.source.open():
                self._set("failed")
                return
            if self._stop.is_set():
                return
            self._set("running")
            last = 0.0
            while not self._stop.is_set():
                frame = self.source.read()
                if frame is None:
                    self._set("ended")
                    return
                if self._max_fps > 0:
                    now = time.monotonic()
                    if now - last < 1.0 / self._max_fps:
                        continue
                    last = now
                self._on_frame(frame)
        except Exception as exc:  # a driver error must not kill the app
            log.warning("camera grabber failed: %s", type(exc).__name__)
            self._set("failed")
        finally:
            try:
                self.source.release()
            except Exception:
                pass
            if self._stop.is_set() and self.state in ("running", "opening"):
                self._set("stopped")

    def stop(self, wait_s: float = 2.0) -> bool:
        """Ask the thread to stop; True if it ended within *wait_s*."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(wait_s)
        return not self._thread.is_alive()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()


@dataclass
class FrameStats:
    count: int = 0
    width: int = 0
    height: int = 0
    means: list[float] = field(default_factory=list)
    stds: list[float] = field(default_factory=list)
    diffs: list[float] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    samples: list[Frame] = field(default_factory=list)  # kept in memory only, for faces
    _prev: Any = None

    def add(self, frame: Frame, t: float) -> None:
        import numpy as np  # lazily: not at app start-up

        cv2 = load()
        grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
        small = cv2.resize(grey, (160, 120), interpolation=cv2.INTER_AREA).astype(np.float32)
        self.count += 1
        self.height, self.width = int(frame.shape[0]), int(frame.shape[1])
        self.means.append(float(grey.mean()))
        self.stds.append(float(grey.std()))
        if self._prev is not None:
            self.diffs.append(float(np.mean(np.abs(small - self._prev))))
        self._prev = small
        self.times.append(t)
        if len(self.samples) < 3 and (self.count == 1 or self.count % 10 == 0):
            self.samples.append(frame)

    @property
    def fps(self) -> float:
        if len(self.times) < 2 or self.times[-1] <= self.times[0]:
            return 0.0
        return (len(self.times) - 1) / (self.times[-1] - self.times[0])

    @property
    def brightness(self) -> float:
        import numpy as np  # lazily: not at app start-up

        return float(np.mean(self.means)) if self.means else 0.0

    @property
    def contrast(self) -> float:
        import numpy as np  # lazily: not at app start-up

        return float(np.mean(self.stds)) if self.stds else 0.0

    def frozen(self, below: float) -> bool:
        """The picture never changed: every difference between frames is under *below*."""
        return len(self.diffs) >= 2 and max(self.diffs) < below
