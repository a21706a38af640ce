"""Thresholds for the camera, microphone, speaker and battery checks, each with its source.

Sources are listed in ../shared/THRESHOLDS-REFERENCE.md; where a figure is our own starting
point it says so. One place for these facts: the checks import them from here.
"""

from __future__ import annotations

# --- camera -------------------------------------------------------------------------------
# "camera ≥ 640×360 at ≥ 15 fps" (starting point table); Maryland COMAR 10.09.49.07: ≥ 15 fps.
CAMERA_MIN_WIDTH = 640
CAMERA_MIN_HEIGHT = 360
CAMERA_WARN_FPS = 15.0
# webrtc testrtc: camera < 5 fps = fail.
CAMERA_FAIL_FPS = 5.0
# Seconds of frames measured for the real frame rate (issue: "over ~2 s").
CAMERA_MEASURE_S = 2.0
# No new frame for this long after frames were flowing = the camera stopped (our choice).
CAMERA_STALL_S = 2.5
# Mean brightness 0–255 (grey). testrtc flags black frames; below 15 with almost no contrast is
# "black/covered" (our starting point, testrtc uses a near-zero luma test).
CAMERA_BLACK_MEAN = 15.0
# Standard deviation of grey levels below this = a uniform picture (covered lens, garbage frame).
CAMERA_UNIFORM_STD = 6.0
# Too dark / too bright for a face to be seen (our starting point: HHS "adjust lighting").
CAMERA_DARK_MEAN = 60.0
CAMERA_BRIGHT_MEAN = 215.0
# Backlit: the face is much darker than the whole picture (ratio of means; our starting point).
CAMERA_BACKLIT_RATIO = 0.65
# Frozen: consecutive frames whose mean absolute difference is below this (testrtc: frozen = fail).
CAMERA_FROZEN_DIFF = 0.05

# --- microphone ---------------------------------------------------------------------------
# webrtc testrtc: mic RMS below −60 dBFS = no signal.
MIC_SILENT_DBFS = -60.0
# All-zero (digital silence, what macOS gives without permission): peak below −100 dBFS.
MIC_ZERO_DBFS = -100.0
# A noisy room for a group-therapy session (our starting point; a quiet room with a laptop
# microphone measures around −60 to −50 dBFS).
MIC_NOISY_DBFS = -45.0
# Speech should stand this far above the room (our starting point; ~15 dB SNR is intelligible).
MIC_MIN_SNR_DB = 15.0
# Speech quieter than this is hard to hear (our starting point).
MIC_QUIET_SPEECH_DBFS = -40.0
# Clipping: share of samples at full scale above this = distortion (our starting point).
MIC_CLIPPING_PCT = 0.5
MIC_CLIP_LEVEL = 0.999
MIC_NOISE_S = 3.0
MIC_SPEECH_S = 3.0

# --- speakers -----------------------------------------------------------------------------
SPEAKER_TONE_HZ = 660.0
SPEAKER_TONE_S = 1.2
SPEAKER_TONE_AMPLITUDE = 0.3
# The microphone hears the tone above this level: the room hears the group (privacy) and echo
# is likely (our starting point).
SPEAKER_LOUD_PICKUP_DBFS = -30.0
# The tone stands this far above the rest of the spectrum = it was heard (our starting point).
SPEAKER_DETECT_MARGIN_DB = 12.0

# --- battery ------------------------------------------------------------------------------
# Starting point table: pass if plugged in or runtime ≥ session + 15 min; < 20 % unplugged = fail.
BATTERY_MARGIN_MIN = 15.0
BATTERY_FAIL_PCT = 20.0
DEFAULT_SESSION_MINUTES = 180.0  # DESIGN.md: profile session_minutes default
