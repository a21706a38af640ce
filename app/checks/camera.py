"""Camera check: opens the chosen camera (or a video/image file played as the camera) off the
UI thread, measures real resolution and frame rate over ~2 s, brightness and contrast, and
detects black / uniform / frozen pictures and faces (OpenCV's bundled Haar cascade).

OpenCV is imported lazily (it adds ~90 ms to start-up). No frame is ever written to disk.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.checks import devices_thresholds as th
from app.checks.base import CheckContext, CheckResult, Metric, Status
from app.checks.devices import CameraInfo, list_cameras
from app.i18n import translate

log = logging.getLogger(__name__)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}
Frame = Any  # numpy uint8 array, H×W×3 BGR


def _cv2() -> Any:
    # OpenCV prints "can't open camera by index" warnings to stderr; results already say it.
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
    if sys.platform == "win32":  # Media Foundation can take 4–20 s to open without this
        os.environ.setdefault("OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS", "0")
    import cv2

    return cv2


class CameraSource(Protocol):
    """Where frames come from. ``read`` may block; it returns None when no frame came."""

    label: str
    is_still: bool  # a still image: never "frozen"
    backend: str

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
        self._cap: Any = None

    def open(self) -> bool:
        cv2 = _cv2()
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
        self._cap: Any = None
        self._image: Frame | None = None
        self._next = 0.0

    def open(self) -> bool:
        cv2 = _cv2()
        if not self.path.is_file():
            return False
        if self.is_still:
            self._image = cv2.imread(str(self.path), cv2.IMREAD_COLOR)
            self._fps = self._fps or 30.0
            return self._image is not None
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            return False
        self._cap = cap
        file_fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0)
        self._fps = self._fps or (file_fps if 0.5 <= file_fps <= 240 else 30.0)
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
            cv2 = _cv2()
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


# --- analysis ---------------------------------------------------------------------------------
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

        cv2 = _cv2()
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

    @property
    def frozen(self) -> bool:
        return len(self.diffs) >= 2 and max(self.diffs) < th.CAMERA_FROZEN_DIFF


def detect_faces(frame: Frame) -> list[tuple[int, int, int, int]]:
    """Faces found by OpenCV's bundled frontal-face Haar cascade (x, y, w, h)."""
    cv2 = _cv2()
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
            cv2 = _cv2()
            base = getattr(getattr(cv2, "data", None), "haarcascades", "")
            path = os.path.join(base, "haarcascade_frontalface_default.xml")
            c = cv2.CascadeClassifier(path) if os.path.exists(path) else None
            _cascade_cache.append(c if c is not None and not c.empty() else None)
        return _cascade_cache[0]


def permission_hint() -> str:
    if sys.platform == "darwin":
        return translate(
            "CameraCheck",
            "On a Mac: open System Settings, then Privacy & Security, then Camera, and turn on SessionReady.",
        )
    if sys.platform == "win32":
        return translate(
            "CameraCheck",
            "On Windows: open Settings, then Privacy & security, then Camera, and allow apps to use your camera.",
        )
    return translate(
        "CameraCheck",
        "Check that the camera's privacy switch or shutter is open and that no other app is using it.",
    )


# --- the check --------------------------------------------------------------------------------
class CameraCheck:
    id = "camera"
    timeout_s = 20.0
    devices = frozenset({"camera"})

    def __init__(
        self,
        source_factory: Callable[[str], CameraSource] | None = None,
        cameras: Callable[[], list[CameraInfo]] = list_cameras,
        open_timeout_s: float = 8.0,
        measure_s: float = th.CAMERA_MEASURE_S,
        stall_s: float = th.CAMERA_STALL_S,
    ) -> None:
        self._factory = source_factory or (lambda spec: camera_source_for(spec, loop=True))
        self._cameras = cameras
        self.open_timeout_s = open_timeout_s
        self.measure_s = measure_s
        self.stall_s = stall_s

    @property
    def title(self) -> str:
        return translate("CameraCheck", "Camera")

    def _result(self, status: Status, headline: str, advice: list[str], **kw: Any) -> CheckResult:
        return CheckResult(self.id, status, headline, tuple(dict.fromkeys(advice)), **kw)

    def run(self, ctx: CheckContext) -> CheckResult:
        spec = str(ctx.options.get("camera", "") or "").strip()
        details: dict[str, str] = {}
        listed: list[CameraInfo] = []
        if not spec or spec.isdigit():
            listed = self._cameras()
            details["cameras"] = ", ".join(f"{c.index}: {c.name}" for c in listed) or "none"
            if not listed and sys.platform.startswith("linux"):
                return self._no_camera(details)
        elif not Path(spec).is_file():
            details["file"] = spec
            return self._result(
                Status.ERROR,
                translate("CameraCheck", "The video file chosen as the camera was not found."),
                [translate("CameraCheck", "Choose another file, or pick your camera again.")],
                details=details,
            )
        source = self._factory(spec)
        details["source"] = source.label
        if listed and spec.isdigit():
            details["name"] = next((c.name for c in listed if str(c.index) == spec), "")
        ctx.progress(0.05, translate("CameraCheck", "Opening your camera…"))

        lock = threading.Lock()
        stats = FrameStats()
        frame_event = threading.Event()
        t_first: list[float] = []

        def on_frame(frame: Frame) -> None:
            now = time.monotonic()
            with lock:
                if not t_first:
                    t_first.append(now)
                if now - t_first[0] <= self.measure_s:
                    stats.add(frame, now)
            frame_event.set()

        grabber = FrameGrabber(source, on_frame)
        grabber.start()
        try:
            return self._watch(ctx, grabber, stats, lock, frame_event, t_first, details, listed)
        finally:
            grabber.stop(wait_s=1.0)

    def _watch(
        self,
        ctx: CheckContext,
        grabber: FrameGrabber,
        stats: FrameStats,
        lock: threading.Lock,
        frame_event: threading.Event,
        t_first: list[float],
        details: dict[str, str],
        listed: list[CameraInfo],
    ) -> CheckResult:
        open_deadline = time.monotonic() + min(self.open_timeout_s, ctx.time_left())
        last_count, last_change = 0, time.monotonic()
        while True:
            ctx.raise_if_cancelled()
            frame_event.wait(0.1)
            frame_event.clear()
            now = time.monotonic()
            with lock:
                count = stats.count
                started = t_first[0] if t_first else None
            details["backend"] = grabber.source.backend
            if started is None:
                if grabber.state == "failed":
                    return self._cannot_open(details, listed)
                if grabber.state == "ended":
                    return self._busy(details, opened=True)
                if now >= open_deadline:
                    return self._busy(details, opened=grabber.state == "running")
                continue
            if count != last_count:
                last_count, last_change = count, now
            ctx.progress(
                0.1 + 0.7 * min(1.0, (now - started) / self.measure_s),
                translate("CameraCheck", "Looking at the picture…"),
            )
            if now - started >= self.measure_s:
                break
            stalled = grabber.state in ("ended", "failed") or now - last_change >= self.stall_s
            if stalled or ctx.time_left() <= 0.5:
                with lock:
                    return self._stopped(stats, details)
        grabber.stop(wait_s=1.0)
        ctx.progress(0.85, translate("CameraCheck", "Looking for your face…"))
        with lock:
            return self._judge(ctx, stats, details, still=grabber.source.is_still)

    # results -----------------------------------------------------------------------------
    def _no_camera(self, details: dict[str, str]) -> CheckResult:
        return self._result(
            Status.UNAVAILABLE,
            translate("CameraCheck", "We did not find a camera. You can still join with audio."),
            [
                translate("CameraCheck", "If you have a webcam, plug it in and check again."),
                translate("CameraCheck", "You can join your session by phone or with audio only."),
            ],
            metrics=(Metric("faces", None), Metric("brightness", None)),
            details=details,
        )

    def _cannot_open(self, details: dict[str, str], listed: list[CameraInfo]) -> CheckResult:
        if not listed and not sys.platform.startswith("linux"):
            return self._no_camera(details)
        return self._result(
            Status.FAIL,
            translate(
                "CameraCheck",
                "Your camera could not be opened. Another app may be using it, or permission is off.",
            ),
            [
                translate(
                    "CameraCheck", "Close Zoom, Teams and other video apps, then check again."
                ),
                permission_hint(),
                translate("CameraCheck", "You can still join with audio or by phone."),
            ],
            metrics=(Metric("faces", None), Metric("brightness", None)),
            details=details,
        )

    def _busy(self, details: dict[str, str], opened: bool) -> CheckResult:
        details["opened"] = "yes" if opened else "no"
        return self._result(
            Status.FAIL,
            translate(
                "CameraCheck",
                "Your camera seems to be used by another app: it sends no picture.",
            ),
            [
                translate(
                    "CameraCheck", "Close Zoom, Teams and other video apps, then check again."
                ),
                permission_hint(),
                translate("CameraCheck", "You can still join with audio or by phone."),
            ],
            metrics=(Metric("faces", None), Metric("brightness", None), Metric("fps", 0.0, "fps")),
            details=details,
        )

    def _stopped(self, stats: FrameStats, details: dict[str, str]) -> CheckResult:
        return self._result(
            Status.FAIL,
            translate("CameraCheck", "Your camera stopped sending pictures."),
            [
                translate(
                    "CameraCheck",
                    "Unplug the camera and plug it in again, or restart the computer.",
                ),
                translate(
                    "CameraCheck", "Close Zoom, Teams and other video apps, then check again."
                ),
                translate("CameraCheck", "You can still join with audio or by phone."),
            ],
            metrics=(
                Metric("frames", stats.count),
                Metric("fps", round(stats.fps, 1), "fps"),
                Metric("faces", None),
                Metric("brightness", round(stats.brightness, 1)),
            ),
            details=details,
        )

    def _judge(
        self, ctx: CheckContext, stats: FrameStats, details: dict[str, str], still: bool
    ) -> CheckResult:
        import numpy as np  # lazily: not at app start-up

        findings: list[tuple[Status, str, list[str]]] = []
        brightness, contrast, fps = stats.brightness, stats.contrast, stats.fps
        covered = contrast < th.CAMERA_UNIFORM_STD or (
            brightness < th.CAMERA_BLACK_MEAN and contrast < 2 * th.CAMERA_UNIFORM_STD
        )
        frozen = not still and not covered and stats.frozen
        faces: int | None = None
        face_brightness: float | None = None
        if covered:
            findings.append(
                (
                    Status.FAIL,
                    translate(
                        "CameraCheck",
                        "Your camera shows only a dark or plain picture. It may be covered or blocked, or permission is off.",
                    ),
                    [
                        translate(
                            "CameraCheck",
                            "Remove any cover or sticker and open the camera shutter.",
                        ),
                        permission_hint(),
                        translate(
                            "CameraCheck",
                            "Close Zoom, Teams and other video apps, then check again.",
                        ),
                    ],
                )
            )
        elif frozen:
            findings.append(
                (
                    Status.FAIL,
                    translate("CameraCheck", "Your camera picture is frozen: it does not change."),
                    [
                        translate(
                            "CameraCheck",
                            "Unplug the camera and plug it in again, or restart the computer.",
                        ),
                        translate(
                            "CameraCheck",
                            "Close Zoom, Teams and other video apps, then check again.",
                        ),
                    ],
                )
            )
        else:
            counts: list[int] = []
            for frame in stats.samples:
                ctx.raise_if_cancelled()
                found = detect_faces(frame)
                counts.append(len(found))
                if found and face_brightness is None:
                    face_brightness = _region_mean(frame, found[0])
            faces = int(np.median(counts)) if counts else 0
            if faces > 1:
                findings.append(
                    (
                        Status.WARN,
                        translate(
                            "CameraCheck",
                            "Someone else may be in view of your camera. Your group's privacy matters.",
                        ),
                        [
                            translate(
                                "CameraCheck",
                                "Find a private spot where nobody else can see your screen or hear the group.",
                            )
                        ],
                    )
                )
            if brightness < th.CAMERA_DARK_MEAN:
                findings.append(
                    (
                        Status.WARN,
                        translate("CameraCheck", "Your picture is too dark."),
                        [
                            translate(
                                "CameraCheck",
                                "Turn on a light in front of you, or sit facing a window.",
                            )
                        ],
                    )
                )
            elif brightness > th.CAMERA_BRIGHT_MEAN:
                findings.append(
                    (
                        Status.WARN,
                        translate("CameraCheck", "Your picture is too bright."),
                        [
                            translate(
                                "CameraCheck", "Move away from strong light or close a curtain."
                            )
                        ],
                    )
                )
            elif (
                face_brightness is not None
                and face_brightness < th.CAMERA_BACKLIT_RATIO * brightness
            ):
                findings.append(
                    (
                        Status.WARN,
                        translate("CameraCheck", "The light is behind you, so your face is dark."),
                        [
                            translate(
                                "CameraCheck",
                                "Face the window or lamp instead of sitting with it behind you.",
                            )
                        ],
                    )
                )
            if faces == 0:
                findings.append(
                    (
                        Status.WARN,
                        translate("CameraCheck", "We can't see your face."),
                        [
                            translate(
                                "CameraCheck",
                                "Adjust the camera so your face is in the middle, and add some light.",
                            )
                        ],
                    )
                )
        if fps < th.CAMERA_FAIL_FPS and not still:
            findings.append(
                (
                    Status.FAIL,
                    translate(
                        "CameraCheck", "Your camera is very slow: the picture will be choppy."
                    ),
                    [
                        translate(
                            "CameraCheck",
                            "Close other apps, and add light (cameras slow down in the dark).",
                        ),
                    ],
                )
            )
        elif fps < th.CAMERA_WARN_FPS and not still:
            findings.append(
                (
                    Status.WARN,
                    translate("CameraCheck", "Your camera is a little slow."),
                    [
                        translate(
                            "CameraCheck",
                            "Close other apps, and add light (cameras slow down in the dark).",
                        ),
                    ],
                )
            )
        if stats.width < th.CAMERA_MIN_WIDTH or stats.height < th.CAMERA_MIN_HEIGHT:
            findings.append(
                (
                    Status.WARN,
                    translate("CameraCheck", "Your camera's picture is small and may look blurry."),
                    [translate("CameraCheck", "If you have a better webcam, use that one.")],
                )
            )
        metrics = (
            Metric("width", stats.width, "px"),
            Metric("height", stats.height, "px"),
            Metric("fps", round(fps, 1), "fps"),
            Metric("brightness", round(brightness, 1), "/255"),
            Metric("contrast", round(contrast, 1), "/255"),
            Metric("faces", faces),
            Metric("covered", covered),
            Metric("frozen", frozen),
        )
        ctx.progress(1.0, "")
        if not findings:
            return self._result(
                Status.PASS,
                translate("CameraCheck", "Your camera works and we can see you clearly."),
                [],
                metrics=metrics,
                details=details,
            )
        findings.sort(key=lambda f: -f[0].rank)
        worst = findings[0][0]
        advice = [a for f in findings for a in f[2]]
        headline = " ".join(dict.fromkeys(f[1] for f in findings[:2]))
        return self._result(worst, headline, advice, metrics=metrics, details=details)


def _region_mean(frame: Frame, box: tuple[int, int, int, int]) -> float:
    cv2 = _cv2()
    x, y, w, h = box
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
    region = grey[y : y + h, x : x + w]
    return float(region.mean()) if region.size else 0.0
