"""Audio maths on synthetic arrays, and the microphone/speaker checks against a real
PulseAudio server (null sink + sine sources) started by the harness."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.checks.base import CheckContext, Status
from app.checks.microphone import MicrophoneCheck
from app.checks.options import RunOptions
from app.checks.speakers import SpeakersCheck, name_says_headphones
from app.devices import audiomath as audio
from app.devices.audio import AudioFault, SoundDeviceBackend, classify_portaudio_error
from app.devices.listing import list_audio_devices
from tests.harness.pulse import SINE_HZ, Pulse

FS = 48000


def sine(amplitude: float, freq: float = 440.0, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(FS * seconds)) / FS
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


# --- maths --------------------------------------------------------------------------------------
def test_full_scale_sine_is_minus_3_dbfs() -> None:
    assert audio.rms_dbfs(sine(1.0)) == pytest.approx(-3.01, abs=0.05)
    assert audio.rms_dbfs(sine(0.1)) == pytest.approx(-23.01, abs=0.05)


def test_digital_silence_is_floored_not_minus_infinity() -> None:
    zeros = np.zeros(FS, np.float32)
    assert audio.rms_dbfs(zeros) == audio.FLOOR_DBFS
    assert audio.is_digital_silence(zeros)
    assert not audio.is_digital_silence(sine(0.001))


def test_noise_floor_ignores_a_short_loud_event() -> None:
    rng = np.random.default_rng(1)
    quiet = (rng.normal(0, 0.001, FS * 3)).astype(np.float32)  # ≈ −60 dBFS room
    quiet[FS : FS + FS // 5] += sine(0.5, seconds=0.2)  # a cough
    assert audio.noise_floor_dbfs(quiet, FS) == pytest.approx(-60, abs=1.5)
    assert audio.rms_dbfs(quiet) > -40  # the plain mean would call this room noisy


def test_clipping_counts_samples_at_full_scale() -> None:
    x = np.clip(sine(2.0), -1.0, 1.0)
    assert audio.clipping_pct(x) > 30
    assert audio.clipping_pct(sine(0.5)) == 0.0


def test_dominant_frequency_and_tone_detection() -> None:
    x = sine(0.2, 660.0) + np.random.default_rng(2).normal(0, 0.01, FS).astype(np.float32)
    assert audio.dominant_frequency(x, FS) == pytest.approx(660, abs=2)
    det = audio.detect_tone(x, FS, 660.0)
    assert det.detected and det.level_dbfs == pytest.approx(audio.rms_dbfs(sine(0.2)), abs=1.5)
    assert not audio.detect_tone(x, FS, 1500.0).detected


@given(st.floats(min_value=1e-4, max_value=1.0))
def test_dbfs_of_a_sine_tracks_its_amplitude(amplitude: float) -> None:
    expected = 20 * np.log10(amplitude / np.sqrt(2))
    assert audio.rms_dbfs(sine(amplitude, seconds=0.1)) == pytest.approx(expected, abs=0.1)


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (Exception("Error querying device -1"), "no_device"),
        (
            Exception("Error opening InputStream: Device unavailable [PaErrorCode -9985]", -9985),
            "unavailable",
        ),
        (
            Exception("Error opening InputStream: Invalid sample rate [PaErrorCode -9997]", -9997),
            "bad_samplerate",
        ),
        (Exception("something else"), "other"),
    ],
)
def test_portaudio_errors_are_classified(exc: Exception, kind: str) -> None:
    assert classify_portaudio_error(exc).kind == kind


# --- checks with a stand-in backend (fault branches) ------------------------------------------
class FaultyBackend:
    def __init__(self, kind: str) -> None:
        self.kind = kind

    def devices(self):  # type: ignore[no-untyped-def]
        return []

    def record(self, device, seconds, cancelled=None):  # type: ignore[no-untyped-def]
        raise AudioFault(self.kind, "test")

    def play_and_record(self, output, input_, tone_of, seconds):  # type: ignore[no-untyped-def]
        raise AudioFault(self.kind, "test")

    def open_input(self, device):  # type: ignore[no-untyped-def]
        raise AudioFault(self.kind, "test")


@pytest.mark.parametrize(
    ("kind", "status", "words"),
    [
        ("no_device", Status.UNAVAILABLE, "did not find a microphone"),
        ("unavailable", Status.FAIL, "busy or was unplugged"),
        ("bad_samplerate", Status.FAIL, "refused the sound settings"),
    ],
)
def test_microphone_faults_have_their_own_plain_results(
    kind: str, status: Status, words: str
) -> None:
    r = MicrophoneCheck(backend=FaultyBackend(kind)).run(CheckContext())
    assert r.status == status and words in r.headline
    assert any("by phone" in a for a in r.advice)


def test_noisy_room_and_clipping_are_warned() -> None:
    rng = np.random.default_rng(3)
    noisy = rng.normal(0, 0.05, FS * 2).astype(np.float32)  # ≈ −26 dBFS
    loud = np.clip(sine(3.0, 200.0, 2.0), -1, 1)
    r = MicrophoneCheck().judge(noisy, FS, loud, FS, True, {})
    assert r.status == Status.WARN
    assert "noisy" in r.headline and "too loud" in r.headline
    assert r.metric("noise_floor_dbfs") == pytest.approx(-26, abs=2)


def test_headphones_are_recognised_by_name() -> None:
    assert name_says_headphones("Jabra Evolve2 Headset")
    assert name_says_headphones("AirPods Pro")
    assert not name_says_headphones("Built-in Speakers")


def test_speaker_not_heard_by_the_patient_fails() -> None:
    class Silent(FaultyBackend):
        def devices(self):  # type: ignore[no-untyped-def]
            return []

        def play_and_record(self, output, input_, tone_of, seconds):  # type: ignore[no-untyped-def]
            tone_of(FS)
            return None, FS

    ctx = CheckContext(options=RunOptions(interactive=True), ask=lambda q, choices: choices[1])
    r = SpeakersCheck(backend=Silent("other")).run(ctx)
    assert r.status == Status.FAIL and "did not hear" in r.headline


def test_the_app_survives_without_portaudio(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_sd(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_sd)
    devices = list_audio_devices()
    assert devices == [] and "PortAudio" in getattr(devices, "reason", "")
    r = MicrophoneCheck().run(CheckContext())
    assert r.status == Status.UNAVAILABLE


# --- real PulseAudio ----------------------------------------------------------------------------
@pytest.mark.harness
def test_sine_source_microphone_is_measured_at_its_level_and_frequency(pulse_server: Pulse) -> None:
    pulse_server.use_source("vmic_sine")
    samples, rate = SoundDeviceBackend().record("pulse", 1.0)
    tail = samples[rate // 5 :]
    assert audio.dominant_frequency(tail, rate) == pytest.approx(SINE_HZ, abs=5)
    # module-sine-source plays at half of full scale → RMS = 20·log10(0.5/√2) ≈ −9.0 dBFS
    assert audio.rms_dbfs(tail) == pytest.approx(-9.0, abs=1.0)
    r = MicrophoneCheck(noise_s=1.0, speech_s=1.0).run(
        CheckContext(timeout_s=30, options=RunOptions(microphone="pulse", interactive=False))
    )
    # a steady loud tone during the "quiet" phase is a noisy room, measured at its level
    assert r.metric("noise_floor_dbfs") == pytest.approx(-9.0, abs=1.0)
    assert r.status == Status.WARN and "noisy" in r.headline


@pytest.mark.harness
def test_muted_source_gives_the_muted_finding(pulse_server: Pulse) -> None:
    pulse_server.use_source("vmic_muted")
    try:
        r = MicrophoneCheck(noise_s=1.0, speech_s=1.0).run(
            CheckContext(timeout_s=30, options=RunOptions(microphone="pulse", interactive=False))
        )
    finally:
        pulse_server.use_source("vmic_sine")
    assert r.status == Status.FAIL
    assert "muted or blocked" in r.headline
    assert r.metric("noise_floor_dbfs") == audio.FLOOR_DBFS


@pytest.mark.harness
def test_tone_played_to_the_null_sink_is_detected_on_its_monitor(pulse_server: Pulse) -> None:
    pulse_server.use_sink("vsink")
    pulse_server.use_source("vsink.monitor")
    ctx = CheckContext(
        timeout_s=40, options=RunOptions(speaker="pulse", microphone="pulse", interactive=False)
    )
    try:
        for _attempt in range(3):
            r = SpeakersCheck().run(ctx)
            assert r.metric("tone_heard_by_mic") is True  # the tone arrives, every time
            # Underruns on a busy machine (late audio callbacks) cut gaps into the tone, so it
            # can measure quieter than played: measure again rather than fail.
            if r.metric("tone_pickup_dbfs") > -30:
                break
    finally:
        pulse_server.use_source("vmic_sine")
    assert r.metric("tone_pickup_dbfs") > -30  # the "room" hears the speakers loudly
    assert r.metric("headphones_likely") is False
    assert r.status == Status.WARN and any("headphones" in a.lower() for a in r.advice)


@pytest.mark.harness
def test_pulse_devices_are_listed_default_first(pulse_server: Pulse) -> None:
    devices = list_audio_devices()
    names = {d.name for d in devices}
    assert "pulse" in names
    assert any(d.kind == "input" for d in devices) and any(d.kind == "output" for d in devices)
    flags = [d.is_default for d in devices]
    assert flags == sorted(flags, reverse=True)
