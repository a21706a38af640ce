"""The sound card: `AudioBackend` is the boundary; `SoundDeviceBackend` talks to PortAudio
through sounddevice (imported lazily: a machine without PortAudio still starts the app); tests
substitute a fake or point the real one at a PulseAudio stand-in. Faults become an `AudioFault`
with a `kind` the checks turn into plain-language results.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from app.devices.listing import AudioDeviceInfo, list_audio_devices

if TYPE_CHECKING:
    from app.devices.audiomath import FloatArray

FALLBACK_RATES = (48000, 44100, 32000, 16000)


# --- faults -----------------------------------------------------------------------------------
class AudioFault(Exception):
    """A sound-card problem, classified. kind: no_portaudio, no_device, unavailable,
    bad_samplerate, other."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(detail or kind)
        self.kind = kind
        self.detail = detail


def classify_portaudio_error(exc: BaseException) -> AudioFault:
    """Map PortAudio's messages and codes to a fault kind (paDeviceUnavailable −9985,
    paInvalidSampleRate −9997, paInvalidDevice −9996, "Error querying device -1")."""
    text = str(exc)
    code: Any = None
    args: tuple[Any, ...] = tuple(getattr(exc, "args", ()))
    if len(args) >= 2 and isinstance(args[1], int):
        code = args[1]
    if "querying device -1" in text or "No input device" in text or "No output device" in text:
        return AudioFault("no_device", text)
    if code == -9996 or "Invalid device" in text or "No device matching" in text:
        return AudioFault("no_device", text)
    if code == -9985 or "Device unavailable" in text:
        return AudioFault("unavailable", text)
    if code == -9997 or "Invalid sample rate" in text:
        return AudioFault("bad_samplerate", text)
    return AudioFault("other", text)


# --- provider ---------------------------------------------------------------------------------
class InputHandle(Protocol):
    samplerate: int

    def read(self, frames: int) -> FloatArray: ...

    def close(self) -> None: ...


class AudioBackend(Protocol):
    def devices(self) -> list[AudioDeviceInfo]: ...

    def record(self, device: str, seconds: float, cancelled: Any = None) -> tuple[FloatArray, int]:
        """Record mono float32 from the named input ("" = default): (samples, samplerate)."""
        ...

    def play_and_record(
        self, output: str, input_: str | None, tone_of: Any, seconds: float
    ) -> tuple[FloatArray | None, int]:
        """Play ``tone_of(samplerate)`` on *output* while recording *input_* (None: play only)."""
        ...

    def open_input(self, device: str) -> InputHandle: ...


def _sd() -> Any:
    """Import sounddevice lazily; no PortAudio → AudioFault('no_portaudio')."""
    try:
        import sounddevice as sd
    except (OSError, ImportError) as exc:
        raise AudioFault("no_portaudio", str(exc)) from exc
    sd.default.latency = ("low", "low")  # "high" adds ~2 s per stream through ALSA's pulse plugin
    return sd


def resolve_device(devices: Sequence[AudioDeviceInfo], name: str, kind: str) -> int | None:
    """Index of the device called *name* ("" / not found → None = the default device)."""
    candidates = [d for d in devices if d.kind == kind]
    if not name:
        return None
    for d in candidates:
        if d.name == name:
            return d.index
    low = name.lower()
    for d in candidates:
        if low in d.name.lower():
            return d.index
    return None


class _SDInput:
    def __init__(self, stream: Any, samplerate: int) -> None:
        self._stream = stream
        self.samplerate = samplerate

    def read(self, frames: int) -> FloatArray:
        import numpy as np

        data, _overflowed = self._stream.read(frames)
        return np.asarray(data[:, 0], dtype=np.float32)

    def close(self) -> None:
        try:
            self._stream.stop()
        finally:
            self._stream.close()


class SoundDeviceBackend:
    """The real sound card, through PortAudio (sounddevice)."""

    def devices(self) -> list[AudioDeviceInfo]:
        return list_audio_devices()

    def _device_index(self, name: str, kind: str) -> int | None:
        devices = list_audio_devices()
        reason = getattr(devices, "reason", "")
        if not devices and reason:
            raise AudioFault("no_portaudio" if "PortAudio" in reason else "no_device", reason)
        if not any(d.kind == kind for d in devices):
            raise AudioFault("no_device", f"no {kind} device")
        return resolve_device(devices, name, kind)

    def _rates(self, sd: Any, device: int | None, kind: str) -> Iterator[int]:
        try:
            info = sd.query_devices(device, kind=kind)
        except Exception as exc:
            raise classify_portaudio_error(exc) from exc
        seen: set[int] = set()
        for rate in (int(info["default_samplerate"]), *FALLBACK_RATES):
            if rate in seen or rate <= 0:
                continue
            seen.add(rate)
            try:
                if kind == "input":
                    sd.check_input_settings(device=device, channels=1, samplerate=rate)
                else:
                    sd.check_output_settings(device=device, channels=1, samplerate=rate)
            except Exception:
                continue
            yield rate

    def _open_input_stream(self, device: str) -> tuple[Any, int]:
        sd = _sd()
        idx = self._device_index(device, "input")
        last: AudioFault = AudioFault("bad_samplerate", "no supported sample rate")
        for rate in self._rates(sd, idx, "input"):
            try:
                stream = sd.InputStream(device=idx, channels=1, samplerate=rate, dtype="float32")
                stream.start()
                return stream, rate
            except Exception as exc:
                last = classify_portaudio_error(exc)
                if last.kind != "bad_samplerate":
                    raise last from exc
        raise last

    def open_input(self, device: str) -> InputHandle:
        stream, rate = self._open_input_stream(device)
        return _SDInput(stream, rate)

    def record(self, device: str, seconds: float, cancelled: Any = None) -> tuple[FloatArray, int]:
        import numpy as np

        handle = self.open_input(device)
        try:
            rate = handle.samplerate
            chunks: list[FloatArray] = []
            total = int(seconds * rate)
            got = 0
            block = max(1, rate // 10)
            while got < total:
                if cancelled is not None and cancelled():
                    break
                data = handle.read(min(block, total - got))
                chunks.append(data)
                got += len(data)
            return (np.concatenate(chunks) if chunks else np.zeros(0, np.float32)), rate
        except AudioFault:
            raise
        except Exception as exc:
            raise classify_portaudio_error(exc) from exc
        finally:
            handle.close()

    def play_and_record(
        self, output: str, input_: str | None, tone_of: Any, seconds: float
    ) -> tuple[FloatArray | None, int]:
        import numpy as np

        sd = _sd()
        out_idx = self._device_index(output, "output")
        rate = next(iter(self._rates(sd, out_idx, "output")), None)
        if rate is None:
            raise AudioFault("bad_samplerate", "no supported output sample rate")
        tone: FloatArray = tone_of(rate)
        pos = 0
        lock = threading.Lock()
        done = threading.Event()

        def out_cb(outdata: Any, frames: int, _time: Any, _status: Any) -> None:
            nonlocal pos
            with lock:
                chunk = tone[pos : pos + frames]
                pos += frames
            outdata[: len(chunk), 0] = chunk
            outdata[len(chunk) :, 0] = 0.0
            if len(chunk) < frames:
                done.set()

        in_handle: InputHandle | None = None
        recorded: list[FloatArray] = []
        try:
            if input_ is not None:
                try:
                    in_handle = self.open_input(input_)
                except AudioFault:
                    in_handle = None  # play anyway; the patient can still answer
            out = sd.OutputStream(
                device=out_idx, channels=1, samplerate=rate, dtype="float32", callback=out_cb
            )
        except AudioFault:
            if in_handle is not None:
                in_handle.close()
            raise
        except Exception as exc:
            if in_handle is not None:
                in_handle.close()
            raise classify_portaudio_error(exc) from exc
        in_rate = in_handle.samplerate if in_handle is not None else rate
        try:
            with out:
                end = time.monotonic() + seconds + 1.0
                while time.monotonic() < end:
                    if in_handle is not None:
                        recorded.append(in_handle.read(max(1, in_rate // 20)))
                    elif done.wait(0.05):
                        break
                    if done.is_set() and in_handle is not None:
                        # keep recording a little after the tone for the room's echo
                        recorded.append(in_handle.read(max(1, in_rate // 10)))
                        break
        except Exception as exc:
            raise classify_portaudio_error(exc) from exc
        finally:
            if in_handle is not None:
                in_handle.close()
        if in_handle is None:
            return None, rate
        return (np.concatenate(recorded) if recorded else np.zeros(0, np.float32)), in_rate
