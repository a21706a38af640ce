"""The camera check's rules: what a picture's statistics and frame rate add up to (finding keys
of app.checks.camera.FINDINGS). Pure functions over numbers, thresholds from
app.checks.thresholds ([camera] in resources/thresholds.toml)."""

from __future__ import annotations

from dataclasses import dataclass

from app.checks.thresholds import CameraThresholds


@dataclass(frozen=True)
class FrameRate:
    """The measured rate, the rate the device or file says it runs at (None when it does not
    say) and the rate the verdict judges."""

    measured: float
    nominal: float | None
    judged: float
    at_nominal: bool  # the measured rate is the nominal one, within the tolerance


def frame_rate(measured: float, nominal: float | None, cam: CameraThresholds) -> FrameRate:
    """A measured rate within ``fps_tolerance_pct`` of the nominal one IS the nominal rate
    (14.9 measured for a 15 fps camera: the 2 s window and a loaded computer jitter it), and
    is judged as such. Without a usable nominal rate, the measured one is judged against lines
    lowered by the same tolerance (see ``speed_key``)."""
    tol = cam.fps_tolerance_pct / 100.0
    if nominal is not None and nominal > 0 and abs(measured - nominal) <= tol * nominal:
        return FrameRate(measured, nominal, nominal, True)
    return FrameRate(measured, nominal, measured, False)


def speed_key(rate: FrameRate, cam: CameraThresholds) -> str | None:
    """ "very_slow", "slow" or None. At exactly the warn line (15 fps, the source's "≥ 15 fps")
    a camera is not slow."""
    slack = 1.0 if rate.at_nominal else 1.0 - cam.fps_tolerance_pct / 100.0
    if rate.judged < cam.fail_fps * slack:
        return "very_slow"
    if rate.judged < cam.warn_fps * slack:
        return "slow"
    return None


def is_covered(brightness: float, contrast: float, cam: CameraThresholds) -> bool:
    return contrast < cam.uniform_std or (
        brightness < cam.black_mean and contrast < 2 * cam.uniform_std
    )


def picture_findings(
    faces: int, brightness: float, face_brightness: float | None, cam: CameraThresholds
) -> list[str]:
    """Who is in view and how the picture is lit (a picture that is neither covered nor frozen)."""
    keys = ["others_in_view"] if faces > 1 else []
    if brightness < cam.dark_mean:
        keys.append("dark")
    elif brightness > cam.bright_mean:
        keys.append("bright")
    elif face_brightness is not None and face_brightness < cam.backlit_ratio * brightness:
        keys.append("backlit")
    if faces == 0:
        keys.append("no_face")
    return keys


def merge_dark_and_slow(keys: list[str]) -> list[str]:
    """A camera that is slow AND dark is slow because it is dark (it lengthens the exposure):
    one finding that says "add light", not "your camera is slow"."""
    if "dark" not in keys:
        return keys
    for slow, merged in (("very_slow", "dark_very_slow"), ("slow", "dark_slow")):
        if slow in keys:
            return [merged if k == "dark" else k for k in keys if k != slow]
    return keys
