"""Camera check: opens the chosen camera (or a video/image file played as the camera) off the
UI thread, measures real resolution and frame rate over ~2 s, brightness and contrast, and
detects black / uniform / frozen pictures and faces. How to talk to the camera lives in
``app.devices`` (camera, frames, faces); the patient's text in ``app.checks.camera_text``;
this module holds the rules.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.checks.base import (
    CheckContext,
    CheckResult,
    Metric,
    Status,
    result_from_findings,
)
from app.checks.camera_rules import (
    frame_rate,
    is_covered,
    merge_dark_and_slow,
    picture_findings,
    speed_key,
)
from app.checks.camera_text import finding
from app.checks.thresholds import CameraThresholds, thresholds_for
from app.devices.camera import CameraSource, Frame, camera_source_for
from app.devices.faces import detect_faces, region_mean
from app.devices.frames import FrameGrabber, FrameStats
from app.devices.listing import CameraInfo, list_cameras
from app.i18n import translate


def open_failure_key(spec: str, listed: list[CameraInfo]) -> str:
    """The one finding for a camera that gave no picture at open: none there at all (a camera
    index with nothing listed), else one that would not open. The check's card and the live
    mirror both say this finding's headline."""
    if (not spec or spec.isdigit()) and not listed:
        return "no_camera"
    return "cannot_open"


NO_PICTURE_METRICS = (Metric("faces", None), Metric("brightness", None))


class CameraCheck:
    id = "camera"
    timeout_s = 20.0
    devices = frozenset({"camera"})

    def __init__(
        self,
        source_factory: Callable[[str], CameraSource] | None = None,
        cameras: Callable[[], list[CameraInfo]] = list_cameras,
        open_timeout_s: float = 8.0,
        measure_s: float | None = None,
        stall_s: float | None = None,
    ) -> None:
        self._factory = source_factory or (lambda spec: camera_source_for(spec, loop=True))
        self._cameras = cameras
        self.open_timeout_s = open_timeout_s
        self.measure_s = measure_s
        self.stall_s = stall_s

    @property
    def title(self) -> str:
        return translate("CameraCheck", "Camera")

    def _result(
        self, key: str, details: dict[str, str], metrics: tuple[Metric, ...] = ()
    ) -> CheckResult:
        return result_from_findings(self.id, [finding(key)], {}, metrics=metrics, details=details)

    def run(self, ctx: CheckContext) -> CheckResult:
        spec = ctx.options.camera.strip()
        details: dict[str, str] = {}
        listed: list[CameraInfo] = []
        if not spec or spec.isdigit():
            listed = self._cameras()
            details["cameras"] = ", ".join(f"{c.index}: {c.name}" for c in listed) or "none"
            if not listed and sys.platform.startswith("linux"):
                return self._no_camera(details)
        elif not Path(spec).is_file():
            details["file"] = spec
            return self._result("no_file", details)
        cam = thresholds_for(ctx.options.profile).camera
        measure_s = self.measure_s if self.measure_s is not None else cam.measure_s
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
                if now - t_first[0] <= measure_s:
                    stats.add(frame, now)
            frame_event.set()

        grabber = FrameGrabber(source, on_frame)
        grabber.start()
        try:
            return self._watch(
                ctx, grabber, stats, lock, (frame_event, t_first), details, listed, cam, spec
            )
        finally:
            grabber.stop(wait_s=1.0)

    def _watch(
        self,
        ctx: CheckContext,
        grabber: FrameGrabber,
        stats: FrameStats,
        lock: threading.Lock,
        started_at: tuple[threading.Event, list[float]],
        details: dict[str, str],
        listed: list[CameraInfo],
        cam: CameraThresholds,
        spec: str,
    ) -> CheckResult:
        frame_event, t_first = started_at
        measure_s = self.measure_s if self.measure_s is not None else cam.measure_s
        stall_s = self.stall_s if self.stall_s is not None else cam.stall_s
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
                    return self._cannot_open(details, listed, spec)
                if grabber.state == "ended":
                    return self._busy(details, opened=True)
                if now >= open_deadline:
                    return self._busy(details, opened=grabber.state == "running")
                continue
            if count != last_count:
                last_count, last_change = count, now
            ctx.progress(
                0.1 + 0.7 * min(1.0, (now - started) / measure_s),
                translate("CameraCheck", "Looking at the picture…"),
            )
            if now - started >= measure_s:
                break
            stalled = grabber.state in ("ended", "failed") or now - last_change >= stall_s
            if stalled or ctx.time_left() <= 0.5:
                with lock:
                    return self._stopped(stats, details)
        grabber.stop(wait_s=1.0)
        ctx.progress(0.85, translate("CameraCheck", "Looking for your face…"))
        with lock:
            nominal = getattr(grabber.source, "nominal_fps", None)
            return self._judge(ctx, stats, details, grabber.source.is_still, nominal, cam)

    # results -----------------------------------------------------------------------------
    def _no_camera(self, details: dict[str, str]) -> CheckResult:
        return self._result("no_camera", details, NO_PICTURE_METRICS)

    def _cannot_open(
        self, details: dict[str, str], listed: list[CameraInfo], spec: str
    ) -> CheckResult:
        return self._result(open_failure_key(spec, listed), details, NO_PICTURE_METRICS)

    def _busy(self, details: dict[str, str], opened: bool) -> CheckResult:
        details["opened"] = "yes" if opened else "no"
        return self._result("busy", details, (*NO_PICTURE_METRICS, Metric("fps", 0.0, "fps")))

    def _stopped(self, stats: FrameStats, details: dict[str, str]) -> CheckResult:
        metrics = (
            Metric("frames", stats.count),
            Metric("fps", round(stats.fps, 1), "fps"),
            Metric("faces", None),
            Metric("brightness", round(stats.brightness, 1)),
        )
        return self._result("stopped", details, metrics)

    def _judge(
        self,
        ctx: CheckContext,
        stats: FrameStats,
        details: dict[str, str],
        still: bool,
        nominal: float | None,
        cam: CameraThresholds,
    ) -> CheckResult:
        brightness, contrast = stats.brightness, stats.contrast
        rate = frame_rate(round(stats.fps, 1), nominal, cam)
        covered = is_covered(brightness, contrast, cam)
        frozen = not still and not covered and stats.frozen(cam.frozen_diff)
        faces: int | None = None
        keys: list[str] = []
        if covered:
            keys.append("covered")
        elif frozen:
            keys.append("frozen")
        else:
            faces, face_brightness = self._faces(ctx, stats)
            keys += picture_findings(faces, brightness, face_brightness, cam)
        slow = None if still else speed_key(rate, cam)
        if slow is not None:
            keys.append(slow)
        keys = merge_dark_and_slow(keys)
        if stats.width < cam.min_width or stats.height < cam.min_height:
            keys.append("small")
        metrics = (
            Metric("width", stats.width, "px"),
            Metric("height", stats.height, "px"),
            Metric("fps", rate.measured, "fps"),
            Metric("fps_nominal", None if nominal is None else round(nominal, 1), "fps"),
            Metric("brightness", round(brightness, 1), "/255"),
            Metric("contrast", round(contrast, 1), "/255"),
            Metric("faces", faces),
            Metric("covered", covered),
            Metric("frozen", frozen),
        )
        ctx.progress(1.0, "")
        return result_from_findings(
            self.id,
            [finding(k) for k in keys],
            {
                Status.PASS: translate(
                    "CameraCheck", "Your camera works and we can see you clearly."
                )
            },
            metrics=metrics,
            details=details,
            headlines=2,
            worst_first=True,
        )

    @staticmethod
    def _faces(ctx: CheckContext, stats: FrameStats) -> tuple[int, float | None]:
        """Faces in the sampled frames (the median count) and the first face's brightness."""
        import numpy as np  # lazily: not at app start-up

        counts: list[int] = []
        face_brightness: float | None = None
        for frame in stats.samples:
            ctx.raise_if_cancelled()
            found = detect_faces(frame)
            counts.append(len(found))
            if found and face_brightness is None:
                face_brightness = region_mean(frame, found[0])
        return (int(np.median(counts)) if counts else 0), face_brightness
