"""The live camera mirror and the microphone level meter.

Frames and levels are read on worker threads (``FrameGrabber`` / a reader thread) and reach
the widgets only through queued Qt signals; workers never touch widgets. Both start and stop
explicitly. No frame is ever written to disk.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from app.devices.audio import AudioBackend, AudioFault, SoundDeviceBackend
from app.devices.audiomath import rms_dbfs
from app.ui.theme import styled


class _Bridge(QObject):
    """Carries a stream from a worker thread to the GUI thread (queued connections); each
    value comes with the generation of the stream that produced it."""

    frame_ready = Signal(int, QImage)  # a camera frame, converted for display
    state_changed = Signal(int, str)  # the camera's or the microphone's state
    level_read = Signal(int, float)  # a microphone level in dBFS


def frame_to_qimage(frame: Any, mirror: bool = True) -> QImage:
    """BGR numpy frame → an independent RGB QImage, mirrored like a real mirror."""
    import cv2

    rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
    if mirror:
        rgb = cv2.flip(rgb, 1)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def camera_finding_text(key: str) -> str:
    """The camera check's own headline and first tip for *key* (one finding, one message)."""
    from app.checks.camera import finding

    f = finding(key)
    return f"{f.headline} {f.advice[0]}" if f.advice else f.headline


class CameraPreview(QWidget):
    """A live mirror the patient can use to adjust the camera and light."""

    state_changed = Signal(str)  # opening, running, failed, ended, stopped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge()
        self._bridge.frame_ready.connect(self._show_image)
        self._bridge.state_changed.connect(self._on_state)
        self._grabber: Any = None
        self._generation = 0
        self.frames_shown = 0
        self.state = "stopped"
        self._failure = "cannot_open"  # the camera finding when the mirror could not start
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(QSize(320, 240))
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        styled(
            self.picture,
            "QLabel { background: $preview_bg; color: $preview_text; border-radius: 6px; }",
        )
        self.picture.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        self.retranslate()

    def retranslate(self) -> None:
        self.picture.setAccessibleName(self.tr("Camera mirror"))
        self.picture.setAccessibleDescription(
            self.tr("A live picture from your camera, shown like a mirror. Nothing is recorded.")
        )
        self._on_state(self._generation, self.state)

    def start(self, spec: str) -> None:
        """Start showing the camera *spec* (index text, or a video/image file)."""
        from app.devices.camera import camera_source_for
        from app.devices.frames import FrameGrabber

        self.stop()
        self._generation += 1
        gen = self._generation
        bridge = self._bridge

        def on_frame(frame: Any) -> None:  # worker thread
            bridge.frame_ready.emit(gen, frame_to_qimage(frame))

        def on_state(state: str) -> None:  # worker thread
            if state == "failed":  # the same finding as the camera check: none, or not opening
                from app.checks.camera import open_failure_key
                from app.devices.listing import list_cameras

                listed = list_cameras() if not spec or spec.isdigit() else []
                state = f"failed:{open_failure_key(spec, listed)}"  # read on the UI thread
            bridge.state_changed.emit(gen, state)

        self._grabber = FrameGrabber(camera_source_for(spec, loop=True), on_frame, on_state, 15.0)
        self.state = "opening"
        self._on_state(gen, "opening")
        self._grabber.start()

    def stop(self) -> None:
        """Stop the camera (bounded wait; the light on the camera goes off)."""
        grabber, self._grabber = self._grabber, None
        self._generation += 1
        if grabber is not None:
            grabber.stop(wait_s=1.5)
        self.state = "stopped"
        self._on_state(self._generation, "stopped")

    @property
    def running(self) -> bool:
        return self._grabber is not None and self._grabber.alive

    def _show_image(self, gen: int, image: QImage) -> None:
        if gen != self._generation:
            return  # a frame from a camera we already stopped
        pix = QPixmap.fromImage(image).scaled(
            self.picture.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(pix)
        self.frames_shown += 1

    def _on_state(self, gen: int, state: str) -> None:
        if gen != self._generation:
            return
        state, _, failure = state.partition(":")
        if failure:
            self._failure = failure
        self.state = state
        self.state_changed.emit(state)
        texts = {
            "opening": self.tr("Starting your camera…"),
            "failed": camera_finding_text(self._failure),
            "ended": self.tr("Your camera stopped sending pictures."),
            "stopped": self.tr("Camera mirror is off."),
        }
        if state in texts:
            self.picture.clear()
            self.picture.setText(texts[state])


class LevelMeter(QWidget):
    """A live microphone level: the bar moves when the microphone hears you."""

    def __init__(self, backend: AudioBackend | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend: AudioBackend = backend or SoundDeviceBackend()
        self._bridge = _Bridge()
        self._bridge.level_read.connect(self._on_level)
        self._bridge.state_changed.connect(self._on_state)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._generation = 0
        self.last_dbfs: float | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 60)  # −60 … 0 dBFS
        self.bar.setTextVisible(False)
        self.bar.setMinimumHeight(22)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self._state = "stopped"
        self.retranslate()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(self.tr("Microphone level"))
        self._on_state(self._generation, self._state)

    def start(self, device: str) -> None:
        self.stop()
        self._generation += 1
        gen = self._generation
        stop = threading.Event()
        self._stop = stop
        bridge, backend = self._bridge, self.backend

        def read_levels() -> None:  # worker thread
            try:
                handle = backend.open_input(device)
            except AudioFault as fault:
                bridge.state_changed.emit(
                    gen, "no_device" if fault.kind in ("no_device", "no_portaudio") else "error"
                )
                return
            except Exception:
                bridge.state_changed.emit(gen, "error")
                return
            bridge.state_changed.emit(gen, "running")
            try:
                block = max(1, handle.samplerate // 20)
                while not stop.is_set():
                    bridge.level_read.emit(gen, rms_dbfs(handle.read(block)))
            except Exception:
                bridge.state_changed.emit(gen, "error")
            finally:
                handle.close()

        self._state = "opening"
        self._on_state(gen, "opening")
        self._thread = threading.Thread(target=read_levels, name="mic-meter", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        thread = self.release()
        if thread is not None:
            thread.join(1.5)

    def release(self) -> threading.Thread | None:
        """Stop without waiting: the reader thread closes the microphone on its own (closing a
        stream can take ~150 ms). Returns that thread, for a worker to join when it needs the
        device free; the UI thread never waits for the sound system."""
        self._stop.set()
        thread, self._thread = self._thread, None
        self._generation += 1
        self.bar.setValue(0)
        self._state = "stopped"
        self._on_state(self._generation, "stopped")
        return thread

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _on_level(self, gen: int, value: float) -> None:
        if gen != self._generation:
            return
        self.last_dbfs = value
        self.bar.setValue(int(max(0.0, min(60.0, value + 60.0))))
        self.bar.setAccessibleDescription(self.tr("{level:.0f} dBFS").format(level=value))

    def _on_state(self, gen: int, state: str) -> None:
        if gen != self._generation:
            return
        self._state = state
        texts = {
            "opening": self.tr("Starting your microphone…"),
            "running": self.tr("Say something: the bar moves when we hear you."),
            "no_device": self.tr("We did not find a microphone. You can join by phone."),
            "error": self.tr("Your microphone is busy or blocked. Close other calling apps."),
            "stopped": self.tr("Microphone meter is off."),
        }
        self.status.setText(texts.get(state, ""))
        self._fit_status()

    def _fit_status(self) -> None:
        """Nested layouts do not always pass a wrapped label the height its text needs (e.g. at
        200 % text): ask for it explicitly."""
        if self.status.width() > 0:
            self.status.setMinimumHeight(self.status.heightForWidth(self.status.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_status()
