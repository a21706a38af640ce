"""A stand-in for app.devices.inventory.DeviceProvider (camera and audio enumeration) shaped like its interface."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str
    path: str


@dataclass(frozen=True)
class AudioDeviceInfo:
    name: str
    kind: str
    is_default: bool
    default_samplerate: float
    channels: int
    hostapi: str


class FakeDevices:
    def __init__(
        self,
        cameras: list[CameraInfo] | None = None,
        audio: list[AudioDeviceInfo] | None = None,
        broken: bool = False,
    ) -> None:
        self.cameras = (
            cameras
            if cameras is not None
            else [
                CameraInfo(0, "Integrated Webcam HD", "/dev/video0"),
                CameraInfo(2, "Logitech C920 <USB>", "/dev/video2"),
            ]
        )
        self.audio = (
            audio
            if audio is not None
            else [
                AudioDeviceInfo("Built-in Microphone", "input", True, 48000.0, 2, "ALSA"),
                AudioDeviceInfo("Headset Mic", "input", False, 16000.0, 1, "PulseAudio"),
                AudioDeviceInfo("Built-in Speakers", "output", True, 44100.0, 2, "ALSA"),
            ]
        )
        self.broken = broken

    def list_cameras(self) -> list[CameraInfo]:
        if self.broken:
            raise OSError("camera enumeration failed")
        return list(self.cameras)

    def list_audio_devices(self) -> list[AudioDeviceInfo]:
        if self.broken:
            raise RuntimeError("PortAudio not initialised")
        return list(self.audio)
