"""A stand-in for app.devices.inventory.DeviceProvider: fixed cameras and audio devices, or broken."""

from __future__ import annotations

from app.devices.listing import AudioDeviceInfo, CameraInfo


class FakeDevices:
    """The device listing of a computer with two cameras, two microphones and one speaker."""

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
