"""What the camera check can find, in the patient's words: each finding's status, headline and
advice (translated when shown), with the platform's camera-permission hint."""

from __future__ import annotations

import sys

from app.checks.base import Finding, Status
from app.i18n import QT_TRANSLATE_NOOP, translate

CLOSE_APPS = QT_TRANSLATE_NOOP(
    "CameraCheck", "Close Zoom, Teams and other video apps, then check again."
)
REPLUG = QT_TRANSLATE_NOOP(
    "CameraCheck", "Unplug the camera and plug it in again, or restart the computer."
)
AUDIO_ONLY = QT_TRANSLATE_NOOP("CameraCheck", "You can still join with audio or by phone.")
MORE_LIGHT = QT_TRANSLATE_NOOP(
    "CameraCheck", "Close other apps, and add light (cameras slow down in the dark)."
)
ADD_LIGHT = QT_TRANSLATE_NOOP(
    "CameraCheck", "Add light: turn on a lamp in front of you, or sit facing a window."
)
PERMISSION = "<permission>"  # stands for permission_hint(): its text depends on the platform

# What the check can find: status, headline and advice (translated when shown).
FINDINGS: dict[str, tuple[Status, str, tuple[str, ...]]] = {
    "no_file": (
        Status.ERROR,
        QT_TRANSLATE_NOOP("CameraCheck", "The video file chosen as the camera was not found."),
        (QT_TRANSLATE_NOOP("CameraCheck", "Choose another file, or pick your camera again."),),
    ),
    "no_camera": (
        Status.UNAVAILABLE,
        QT_TRANSLATE_NOOP(
            "CameraCheck", "We did not find a camera. You can still join with audio."
        ),
        (
            QT_TRANSLATE_NOOP("CameraCheck", "If you have a webcam, plug it in and check again."),
            QT_TRANSLATE_NOOP(
                "CameraCheck", "You can join your session by phone or with audio only."
            ),
        ),
    ),
    "cannot_open": (
        Status.FAIL,
        QT_TRANSLATE_NOOP(
            "CameraCheck",
            "Your camera could not be opened. Another app may be using it, or permission is off.",
        ),
        (CLOSE_APPS, PERMISSION, AUDIO_ONLY),
    ),
    "busy": (
        Status.FAIL,
        QT_TRANSLATE_NOOP(
            "CameraCheck", "Your camera seems to be used by another app: it sends no picture."
        ),
        (CLOSE_APPS, PERMISSION, AUDIO_ONLY),
    ),
    "stopped": (
        Status.FAIL,
        QT_TRANSLATE_NOOP("CameraCheck", "Your camera stopped sending pictures."),
        (REPLUG, CLOSE_APPS, AUDIO_ONLY),
    ),
    "covered": (
        Status.FAIL,
        QT_TRANSLATE_NOOP(
            "CameraCheck",
            "Your camera shows only a dark or plain picture. It may be covered or blocked, or permission is off.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "CameraCheck", "Remove any cover or sticker and open the camera shutter."
            ),
            PERMISSION,
            CLOSE_APPS,
        ),
    ),
    "frozen": (
        Status.FAIL,
        QT_TRANSLATE_NOOP("CameraCheck", "Your camera picture is frozen: it does not change."),
        (REPLUG, CLOSE_APPS),
    ),
    "others_in_view": (
        Status.WARN,
        QT_TRANSLATE_NOOP(
            "CameraCheck",
            "Someone else may be in view of your camera. Your group's privacy matters.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "CameraCheck",
                "Find a private spot where nobody else can see your screen or hear the group.",
            ),
        ),
    ),
    "dark": (
        Status.WARN,
        QT_TRANSLATE_NOOP("CameraCheck", "Your picture is too dark."),
        (
            QT_TRANSLATE_NOOP(
                "CameraCheck", "Turn on a light in front of you, or sit facing a window."
            ),
        ),
    ),
    "bright": (
        Status.WARN,
        QT_TRANSLATE_NOOP("CameraCheck", "Your picture is too bright."),
        (QT_TRANSLATE_NOOP("CameraCheck", "Move away from strong light or close a curtain."),),
    ),
    "backlit": (
        Status.WARN,
        QT_TRANSLATE_NOOP("CameraCheck", "The light is behind you, so your face is dark."),
        (
            QT_TRANSLATE_NOOP(
                "CameraCheck", "Face the window or lamp instead of sitting with it behind you."
            ),
        ),
    ),
    "no_face": (
        Status.WARN,
        QT_TRANSLATE_NOOP("CameraCheck", "We can't see your face."),
        (
            QT_TRANSLATE_NOOP(
                "CameraCheck",
                "Adjust the camera so your face is in the middle, and add some light.",
            ),
        ),
    ),
    "very_slow": (
        Status.FAIL,
        QT_TRANSLATE_NOOP("CameraCheck", "Your camera is very slow: the picture will be choppy."),
        (MORE_LIGHT,),
    ),
    "slow": (
        Status.WARN,
        QT_TRANSLATE_NOOP("CameraCheck", "Your camera is a little slow."),
        (MORE_LIGHT,),
    ),
    "dark_slow": (
        Status.WARN,
        QT_TRANSLATE_NOOP("CameraCheck", "Your room is too dark, so your camera slows down."),
        (ADD_LIGHT,),
    ),
    "dark_very_slow": (
        Status.FAIL,
        QT_TRANSLATE_NOOP(
            "CameraCheck",
            "Your room is too dark: your camera slows down so much that the picture will be choppy.",
        ),
        (ADD_LIGHT,),
    ),
    "small": (
        Status.WARN,
        QT_TRANSLATE_NOOP("CameraCheck", "Your camera's picture is small and may look blurry."),
        (QT_TRANSLATE_NOOP("CameraCheck", "If you have a better webcam, use that one."),),
    ),
}


def permission_hint() -> str:
    if sys.platform == "darwin":
        return translate(
            "CameraCheck",
            "On a Mac: open System Settings, then Privacy & Security, then Camera, and turn on SessionReady.",
        )
    if sys.platform == "win32":
        return translate(
            "CameraCheck",
            "On Windows: open Settings, then Privacy & security, then Camera, and allow apps to use your camera.",
        )
    return translate(
        "CameraCheck",
        "Check that the camera's privacy switch or shutter is open and that no other app is using it.",
    )


def finding(key: str) -> Finding:
    """The finding *key* of FINDINGS, translated now."""
    status, headline, advice = FINDINGS[key]
    return Finding(
        status,
        translate("CameraCheck", headline),
        tuple(
            permission_hint() if a == PERMISSION else translate("CameraCheck", a) for a in advice
        ),
    )
