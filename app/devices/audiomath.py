"""Audio signal analysis: levels in dBFS, the room's noise floor, speech level, clipping, tone
detection, and the test tone itself. numpy is imported where arrays are made (not at start-up).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where arrays are made (not at app start-up)
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]
FLOOR_DBFS = -120.0  # what we report for digital silence instead of -inf
BLOCK_S = 0.05  # 50 ms blocks for level statistics


def to_mono(samples: npt.ArrayLike) -> npt.NDArray[np.float64]:
    import numpy as np

    x = np.asarray(samples, dtype=np.float64)
    if x.ndim == 2:
        x = x.mean(axis=1) if x.shape[1] > 1 else x[:, 0]
    return x.reshape(-1)


def dbfs(rms: float) -> float:
    """RMS (full scale = 1.0) → dBFS, floored at FLOOR_DBFS. A full-scale sine is −3 dBFS."""
    if not math.isfinite(rms) or rms <= 0.0:
        return FLOOR_DBFS
    return max(FLOOR_DBFS, 20.0 * math.log10(rms))


def rms_dbfs(samples: npt.ArrayLike) -> float:
    import numpy as np

    x = to_mono(samples)
    if x.size == 0:
        return FLOOR_DBFS
    return dbfs(float(np.sqrt(np.mean(x * x))))


def peak_dbfs(samples: npt.ArrayLike) -> float:
    import numpy as np

    x = to_mono(samples)
    return dbfs(float(np.max(np.abs(x)))) if x.size else FLOOR_DBFS


def block_levels(samples: npt.ArrayLike, samplerate: int, block_s: float = BLOCK_S) -> list[float]:
    """dBFS of consecutive blocks (a partial last block is dropped unless it is the only one)."""
    import numpy as np

    x = to_mono(samples)
    n = max(1, int(samplerate * block_s))
    if x.size <= n:
        return [rms_dbfs(x)] if x.size else []
    usable = x[: (x.size // n) * n].reshape(-1, n)
    rms = np.sqrt(np.mean(usable * usable, axis=1))
    return [dbfs(float(r)) for r in rms]


def noise_floor_dbfs(samples: npt.ArrayLike, samplerate: int) -> float:
    """The room's noise floor: the 20th percentile of 50 ms block levels.

    A percentile, not the mean, so a cough or a door in the few seconds of "silence" does not
    count as the room being noisy.
    """
    import numpy as np

    levels = block_levels(samples, samplerate)
    if not levels:
        return FLOOR_DBFS
    return float(np.percentile(levels, 20))


def speech_level_dbfs(samples: npt.ArrayLike, samplerate: int) -> float:
    """Level while speaking: the 90th percentile of block levels (speech has pauses)."""
    import numpy as np

    levels = block_levels(samples, samplerate)
    if not levels:
        return FLOOR_DBFS
    return float(np.percentile(levels, 90))


def clipping_pct(samples: npt.ArrayLike, level: float = 0.999) -> float:
    """Percentage of samples at (or beyond) full scale."""
    import numpy as np

    x = to_mono(samples)
    if x.size == 0:
        return 0.0
    return float(100.0 * np.count_nonzero(np.abs(x) >= level) / x.size)


def is_digital_silence(samples: npt.ArrayLike, below_dbfs: float = -100.0) -> bool:
    return peak_dbfs(samples) < below_dbfs


def dominant_frequency(samples: npt.ArrayLike, samplerate: int) -> float:
    import numpy as np

    x = to_mono(samples)
    if x.size < 8:
        return 0.0
    spec = np.abs(np.fft.rfft(x * np.hanning(x.size)))
    spec[0] = 0.0
    return float(np.fft.rfftfreq(x.size, 1.0 / samplerate)[int(np.argmax(spec))])


@dataclass(frozen=True)
class ToneDetection:
    level_dbfs: float  # level of the tone's band
    margin_db: float  # how far the tone's band stands above the median band
    detected: bool


def detect_tone(
    samples: npt.ArrayLike, samplerate: int, freq: float, margin_db: float = 12.0
) -> ToneDetection:
    """Is a sine at *freq* present? Compares the energy near *freq* with the typical band."""
    import numpy as np

    x = to_mono(samples)
    if x.size < 64:
        return ToneDetection(FLOOR_DBFS, 0.0, False)
    win = np.hanning(x.size)
    spec = np.abs(np.fft.rfft(x * win)) / (np.sum(win) / 2.0)  # sine amplitude scale
    freqs = np.fft.rfftfreq(x.size, 1.0 / samplerate)
    band = np.abs(freqs - freq) <= max(15.0, 3.0 * samplerate / x.size)
    if not np.any(band):
        return ToneDetection(FLOOR_DBFS, 0.0, False)
    amp = float(np.max(spec[band]))
    level = dbfs(amp / math.sqrt(2.0))  # RMS of a sine of that amplitude
    others = spec[(~band) & (freqs > 50.0)]
    typical = float(np.median(others)) if others.size else 0.0
    margin = level - dbfs(typical / math.sqrt(2.0)) if typical > 0 else level - FLOOR_DBFS
    return ToneDetection(level, margin, bool(margin >= margin_db and level > -90.0))


def make_tone(
    freq: float, seconds: float, samplerate: int, amplitude: float = 0.3, fade_s: float = 0.05
) -> FloatArray:
    """A sine with short fades (a gentle chime, no clicks)."""
    import numpy as np

    n = max(1, int(seconds * samplerate))
    t = np.arange(n, dtype=np.float64) / samplerate
    tone = amplitude * np.sin(2.0 * np.pi * freq * t)
    f = min(n // 2, int(fade_s * samplerate))
    if f > 0:
        ramp = np.linspace(0.0, 1.0, f)
        tone[:f] *= ramp
        tone[-f:] *= ramp[::-1]
    return tone.astype(np.float32)
