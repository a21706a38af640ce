"""PortAudio's host APIs on each OS (Windows: MME, DirectSound, WASAPI, WDM-KS; macOS: Core
Audio; Linux: ALSA with its pulse/pipewire plugins), with a fake ``sounddevice`` module: what
the device list says and which device a saved name records from."""

from __future__ import annotations

import sys
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from app.devices.audio import AudioFault, SoundDeviceBackend, resolve_device
from app.devices.listing import list_audio_devices

REALTEK = "Microphone (Realtek High Definition Audio)"
SPEAKERS = "Speakers (Realtek High Definition Audio)"

# (name, host API index, inputs, outputs) in PortAudio's order, and each OS's default devices.
WINDOWS = (
    ["MME", "Windows DirectSound", "Windows WASAPI", "Windows WDM-KS"],
    [
        ("Microsoft Sound Mapper - Input", 0, 2, 0),
        (REALTEK[:31], 0, 2, 0),  # MME cuts names to 31 characters
        ("Microsoft Sound Mapper - Output", 0, 0, 2),
        (SPEAKERS[:31], 0, 0, 2),
        ("Primary Sound Capture Driver", 1, 2, 0),
        (REALTEK, 1, 2, 0),
        (SPEAKERS, 1, 0, 2),
        (REALTEK, 2, 2, 0),
        (SPEAKERS, 2, 0, 2),
        ("Microphone (Realtek HD Audio Mic input)", 3, 2, 0),
    ],
    (0, 2),  # PortAudio's defaults on Windows are MME's sound mappers
)
MACOS = (
    ["Core Audio"],
    [
        ("MacBook Pro Microphone", 0, 1, 0),
        ("MacBook Pro Speakers", 0, 0, 2),
        ("ZoomAudioDevice", 0, 2, 2),
    ],
    (0, 1),
)
LINUX = (
    ["ALSA", "JACK Audio Connection Kit"],
    [
        ("HDA Intel PCH: ALC257 Analog (hw:0,0)", 0, 2, 2),
        ("pulse", 0, 32, 32),
        ("default", 0, 32, 32),
        ("system", 1, 2, 2),
    ],
    (2, 2),
)


def fake_sounddevice(table: Any, fail: Exception | None = None) -> ModuleType:
    apis, devices, (din, dout) = table
    raw = [
        {"name": n, "hostapi": h, "max_input_channels": i, "max_output_channels": o,
         "default_samplerate": 48000.0, "index": k}
        for k, (n, h, i, o) in enumerate(devices)
    ]  # fmt: skip
    sd = ModuleType("sounddevice")

    def query_devices(device: Any = None, kind: str | None = None) -> Any:
        if fail is not None:
            raise fail
        if kind is not None and device is None:
            index = din if kind == "input" else dout
            if index < 0:
                raise RuntimeError("Error querying device -1")
            return raw[index]
        return raw if device is None else raw[device]

    sd.query_devices = query_devices  # type: ignore[attr-defined]
    sd.query_hostapis = lambda: [{"name": a} for a in apis]  # type: ignore[attr-defined]
    sd.default = SimpleNamespace(latency=None)  # type: ignore[attr-defined]
    return sd


@pytest.fixture
def use(monkeypatch: pytest.MonkeyPatch) -> Any:
    def install(table: Any, fail: Exception | None = None) -> None:
        monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(table, fail))

    return install


def test_windows_lists_each_device_under_every_host_api(use: Any) -> None:
    use(WINDOWS)
    devices = list_audio_devices()
    first = devices[0]
    assert (first.name, first.kind, first.is_default, first.hostapi) == (
        "Microsoft Sound Mapper - Input", "input", True, "MME")  # fmt: skip
    inputs = [(d.name, d.hostapi) for d in devices if d.kind == "input"]
    assert (REALTEK[:31], "MME") in inputs
    assert (REALTEK, "Windows DirectSound") in inputs and (REALTEK, "Windows WASAPI") in inputs
    assert ("Microphone (Realtek HD Audio Mic input)", "Windows WDM-KS") in inputs
    assert [d.is_default for d in devices].count(True) == 2  # one input, one output


def test_windows_saved_names_resolve_to_one_host_api(use: Any) -> None:
    use(WINDOWS)
    devices = list_audio_devices()
    assert resolve_device(devices, "", "input") is None  # "": PortAudio's default (MME)
    assert resolve_device(devices, REALTEK, "input") == 5  # the first full name: DirectSound
    assert resolve_device(devices, REALTEK[:31], "input") == 1  # the cut MME name: MME
    assert resolve_device(devices, "realtek hd audio mic", "input") == 9  # part of a name
    assert resolve_device(devices, REALTEK, "output") is None  # a microphone is no speaker
    assert resolve_device(devices, "USB headset (unplugged)", "input") is None


def test_macos_core_audio_devices(use: Any) -> None:
    use(MACOS)
    devices = list_audio_devices()
    assert {d.hostapi for d in devices} == {"Core Audio"}
    assert [(d.name, d.kind) for d in devices if d.is_default] == [
        ("MacBook Pro Microphone", "input"), ("MacBook Pro Speakers", "output")]  # fmt: skip
    # A virtual device that both records and plays is listed once per direction.
    assert [d.kind for d in devices if d.name == "ZoomAudioDevice"] == ["input", "output"]
    assert resolve_device(devices, "ZoomAudioDevice", "output") == 2


def test_linux_alsa_and_jack(use: Any) -> None:
    use(LINUX)
    devices = list_audio_devices()
    assert devices[0].name == "default" and devices[0].is_default
    assert {d.hostapi for d in devices} == {"ALSA", "JACK Audio Connection Kit"}
    assert resolve_device(devices, "pulse", "input") == 1


def test_no_default_input_on_any_os(use: Any) -> None:
    apis, devices, _ = MACOS
    use((apis, devices, (-1, 1)))  # e.g. a Mac mini with no microphone: no default input
    listed = list_audio_devices()
    assert not any(d.is_default and d.kind == "input" for d in listed)
    assert any(d.is_default and d.kind == "output" for d in listed)


def test_portaudio_missing_or_failing(use: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # Linux without libportaudio2
    missing = list_audio_devices()
    assert missing == [] and "PortAudio is not available" in getattr(missing, "reason", "")
    with pytest.raises(AudioFault) as fault:
        SoundDeviceBackend()._device_index("", "input")
    assert fault.value.kind == "no_portaudio"

    use(WINDOWS, fail=OSError("Error querying host API -9999"))
    broken = list_audio_devices()
    assert broken == [] and getattr(broken, "reason", "").startswith("PortAudio failed")
