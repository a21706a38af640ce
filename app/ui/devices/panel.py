"""DevicesPanel: device pickers (remembered in settings), the camera mirror, the microphone
meter and a "play a test sound" button. The page calls ``start()`` when shown and ``stop()``
when left (and before running the checks, so the checks get the devices)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, cast

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checks.thresholds import default_thresholds
from app.devices.audio import AudioBackend, SoundDeviceBackend
from app.devices.audiomath import make_tone
from app.devices.listing import list_audio_devices, list_cameras
from app.ui.context import AppContext
from app.ui.devices.live import CameraPreview, LevelMeter
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets import ButtonRow, fit_combo, heading


def enumerate_choices(kind: str) -> list[tuple[str, str]]:
    """(label, value) pairs for a picker; value "" = the system default. Runs on a worker."""
    if kind == "camera":
        return [(c.name, str(c.index)) for c in list_cameras()]
    wanted = "input" if kind == "microphone" else "output"
    return [(d.name, d.name) for d in list_audio_devices() if d.kind == wanted]


class DevicePicker(QWidget):
    """A labelled list of devices of one kind; the choice is stored in ctx.settings[kind]."""

    changed = Signal(str)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self._tasks = TaskRunner(self)
        self._choices: list[tuple[str, str]] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.combo = fit_combo(QComboBox())
        self.combo.setMinimumHeight(34)
        self.label.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._chosen)
        self.retranslate()
        self._fill([])

    def retranslate(self) -> None:
        labels = {
            "camera": self.tr("Cam&era"),
            "microphone": self.tr("&Microphone"),
            "speaker": self.tr("&Speakers or headphones"),
        }
        self.label.setText(labels[self.kind])
        self.combo.setAccessibleName(labels[self.kind].replace("&", ""))
        self.combo.setToolTip(self.tr("Choose the device to use. Your choice is remembered."))
        if self.combo.count():
            self.combo.setItemText(0, self.tr("Default (recommended)"))

    def value(self) -> str:
        return str(self.ctx.settings.get(self.kind) or "")

    def refresh(self) -> None:
        """List the devices again, off the UI thread (PortAudio can take a moment). A newer
        refresh makes an older one's answer stale; a failed listing shows the default only."""
        kind = self.kind
        self._tasks.submit(
            lambda _task: enumerate_choices(kind),
            self._fill,
            lambda _exc: self._fill([]),
            key="list",
        )

    def _fill(self, choices: Any) -> None:
        self._choices = [("", "")] + list(choices)
        current = self.value()
        if current and current not in [v for _l, v in self._choices]:
            self._choices.append((current, current))  # e.g. a video file chosen by support staff
        self.combo.blockSignals(True)
        self.combo.clear()
        for label, value in self._choices:
            self.combo.addItem(label, value)
        self.combo.setItemText(0, self.tr("Default (recommended)"))
        index = next((i for i, (_l, v) in enumerate(self._choices) if v == current), 0)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        value = str(self.combo.itemData(index) or "")
        if value != self.value():
            self.ctx.set_setting(self.kind, value)
            self.changed.emit(value)


class DevicesPanel(QWidget):
    def __init__(
        self, ctx: AppContext, backend: AudioBackend | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backend: AudioBackend = backend or SoundDeviceBackend()
        self.running = False
        self.camera_box, self.mic_box, self.speaker_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.camera_picker = DevicePicker(ctx, "camera")
        self.mic_picker = DevicePicker(ctx, "microphone")
        self.speaker_picker = DevicePicker(ctx, "speaker")
        self.preview = CameraPreview()
        self.meter = LevelMeter(self.backend)
        self.play_button = QPushButton()
        self.play_button.setMinimumHeight(40)
        self.play_status = QLabel()
        self.play_status.setWordWrap(True)

        # Titles as word-wrapped headings inside the boxes: a group box title never wraps.
        self.box_titles = [heading(level=3) for _ in range(3)]
        for box, title in zip(
            (self.camera_box, self.mic_box, self.speaker_box), self.box_titles, strict=True
        ):
            QVBoxLayout(box).addWidget(title)
        cam = cast(QVBoxLayout, self.camera_box.layout())
        cam.addWidget(self.camera_picker)  # the picker on top, like the other two boxes
        cam.addWidget(self.preview, 1)
        mic = cast(QVBoxLayout, self.mic_box.layout())
        mic.addWidget(self.mic_picker)
        mic.addWidget(self.meter)
        mic.addStretch()
        spk = cast(QVBoxLayout, self.speaker_box.layout())
        spk.addWidget(self.speaker_picker)
        spk.addWidget(self.play_button)
        spk.addWidget(self.play_status)
        spk.addStretch()
        # The camera beside the microphone and speakers, or above them when the page is narrow.
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.mic_box)
        column.addWidget(self.speaker_box)
        row = ButtonRow()
        row.add_flexible(self.camera_box, min_chars=30)
        row.add_flexible(right, min_chars=24)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(row)
        # focus order = visual order
        QWidget.setTabOrder(self.camera_picker.combo, self.mic_picker.combo)
        QWidget.setTabOrder(self.mic_picker.combo, self.speaker_picker.combo)
        QWidget.setTabOrder(self.speaker_picker.combo, self.play_button)

        self.camera_picker.changed.connect(self._camera_changed)
        self.mic_picker.changed.connect(self._mic_changed)
        self.play_button.clicked.connect(self.play_test_sound)
        self._tasks = TaskRunner(self)
        self.retranslate()

    def retranslate(self) -> None:
        titles = (
            self.tr("Your camera (a mirror; nothing is recorded)"),
            self.tr("Your microphone"),
            self.tr("Your speakers"),
        )
        for box, label, text in zip(
            (self.camera_box, self.mic_box, self.speaker_box), self.box_titles, titles, strict=True
        ):
            label.setText(text)
            box.setAccessibleName(text)
        self.play_button.setText(self.tr("&Play a test sound"))
        self.play_button.setAccessibleName(self.tr("Play a test sound"))
        self.play_button.setToolTip(self.tr("Plays a short tone (Alt+P)"))
        for w in (
            self.camera_picker,
            self.mic_picker,
            self.speaker_picker,
            self.preview,
            self.meter,
        ):
            w.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """The window closed or went to the tray: release the camera and microphone (their
        threads would otherwise keep running with nobody looking)."""
        if not event.spontaneous():
            self.stop()
        super().hideEvent(event)

    # lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        """Show the live camera and microphone (call when the page is shown), unless the
        context's services say not to (Services.live_devices)."""
        if not self.ctx.services.live_devices:
            return
        self.running = True
        for picker in (self.camera_picker, self.mic_picker, self.speaker_picker):
            picker.refresh()
        self.preview.start(self.camera_picker.value())
        self.meter.start(self.mic_picker.value())

    def stop(self) -> None:
        """Release camera and microphone (page left, or before the checks run)."""
        self.running = False
        self.preview.stop()
        self.meter.stop()

    def release(self) -> Callable[[], None]:
        """Like stop(), but the microphone closes in the background. Returns a function that
        waits (bounded) until it is closed: the checks page calls it on its worker thread, before
        the checks open the devices, so the window does not freeze meanwhile."""
        self.running = False
        self.preview.stop()
        thread = self.meter.release()

        def wait_released(timeout_s: float = 1.5) -> None:
            if thread is not None:
                thread.join(timeout_s)

        return wait_released

    def _camera_changed(self, value: str) -> None:
        if self.running:
            self.preview.start(value)

    def _mic_changed(self, value: str) -> None:
        if self.running:
            self.meter.start(value)

    # test sound --------------------------------------------------------------------------
    def play_test_sound(self) -> None:
        self.play_button.setEnabled(False)
        self.play_status.setText(self.tr("Playing…"))
        device, backend = self.speaker_picker.value(), self.backend
        th = default_thresholds().speakers
        tone = partial(make_tone, th.tone_hz, th.tone_s, amplitude=th.tone_amplitude)

        def play(_task: Task) -> None:
            backend.play_and_record(device, None, lambda sr: tone(sr), th.tone_s)

        self._tasks.submit(play, lambda _r: self._played(True), lambda _e: self._played(False))

    def _played(self, ok: bool) -> None:
        self.play_button.setEnabled(True)
        if ok:
            self.play_status.setText(self.tr("Did you hear it? If not, turn the volume up."))
        else:
            self.play_status.setText(
                self.tr("We could not play a sound. Choose another device, or join by phone.")
            )
