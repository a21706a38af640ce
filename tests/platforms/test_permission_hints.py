"""The camera and microphone permission hints each OS gets (``sys.platform`` simulated: the
hints read it when shown), in the findings that carry them, in English and Spanish."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from app.checks.camera_text import FINDINGS, PERMISSION, finding, permission_hint
from app.checks.microphone import mic_permission_hint

CAMERA = {
    "darwin": "On a Mac: open System Settings, then Privacy & Security, then Camera, and turn on SessionReady.",
    "win32": "On Windows: open Settings, then Privacy & security, then Camera, and allow apps to use your camera.",
    "linux": "Check that the camera's privacy switch or shutter is open and that no other app is using it.",
}
MICROPHONE = {
    "darwin": "On a Mac: open System Settings, then Privacy & Security, then Microphone, and turn on SessionReady.",
    "win32": "On Windows: open Settings, then Privacy & security, then Microphone, and allow apps to use it.",
    "linux": "Check that the microphone is not muted in your sound settings or on your headset.",
}
# Words each OS's Spanish hint must contain (the settings page names, the device).
SPANISH_CAMERA = {"darwin": ("En una Mac", "Cámara"), "win32": ("En Windows", "Cámara"),
                  "linux": ("cámara",)}  # fmt: skip
SPANISH_MIC = {"darwin": ("En una Mac", "Micrófono"), "win32": ("En Windows", "Micrófono"),
               "linux": ("micrófono",)}  # fmt: skip


@pytest.fixture
def spanish() -> Iterator[None]:
    from app.qt_i18n import use_language_headless

    use_language_headless("es")
    yield  # the autouse fixture in tests/conftest.py puts English back


@pytest.mark.parametrize("platform", CAMERA)
def test_camera_hint_per_os(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert permission_hint() == CAMERA[platform]
    # Every finding that stands for the hint carries this OS's text, and only there.
    carrying = [key for key, (_s, _h, advice) in FINDINGS.items() if PERMISSION in advice]
    assert {"cannot_open", "busy", "covered"} <= set(carrying)
    for key in FINDINGS:
        advice = finding(key).advice
        assert (CAMERA[platform] in advice) == (key in carrying)
        assert PERMISSION not in advice
        others = [text for os_, text in CAMERA.items() if os_ != platform]
        assert not any(text in advice for text in others)


def test_other_unix_gets_the_linux_camera_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "freebsd14")
    assert permission_hint() == CAMERA["linux"]
    assert mic_permission_hint() == MICROPHONE["linux"]


@pytest.mark.parametrize("platform", MICROPHONE)
def test_microphone_hint_per_os(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert mic_permission_hint() == MICROPHONE[platform]


@pytest.mark.parametrize("platform", CAMERA)
def test_hints_in_spanish(platform: str, spanish: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    camera, mic = permission_hint(), mic_permission_hint()
    assert camera != CAMERA[platform] and mic != MICROPHONE[platform]  # translated, not English
    assert all(word in camera for word in SPANISH_CAMERA[platform]), camera
    assert all(word in mic for word in SPANISH_MIC[platform]), mic
