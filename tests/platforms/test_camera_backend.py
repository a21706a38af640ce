"""Which OpenCV capture backend each OS gets, with a fake ``cv2`` at the boundary and
``sys.platform`` simulated (the camera code reads it when it opens or lists, not at import)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from app.checks.base import CheckContext, Status
from app.checks.camera import CameraCheck
from app.checks.options import RunOptions
from app.devices.camera import OpenCVCamera
from app.devices.listing import list_cameras

# OpenCV's own values (cv2.VideoCaptureAPIs).
CAP_ANY, CAP_V4L2, CAP_DSHOW, CAP_AVFOUNDATION, CAP_MSMF = 0, 200, 700, 1200, 1400
NAMES = {CAP_ANY: "ANY", CAP_V4L2: "V4L2", CAP_DSHOW: "DSHOW", CAP_AVFOUNDATION: "AVFOUNDATION",
         CAP_MSMF: "MSMF"}  # fmt: skip


class FakeCv2(ModuleType):
    """VideoCapture(index, api) opens when (index, api) is in ``answers``; records every try."""

    CAP_ANY, CAP_V4L2, CAP_DSHOW = CAP_ANY, CAP_V4L2, CAP_DSHOW
    CAP_AVFOUNDATION, CAP_MSMF = CAP_AVFOUNDATION, CAP_MSMF
    CAP_PROP_FPS = 5

    def __init__(self, answers: set[tuple[int, int]]) -> None:
        super().__init__("cv2")
        self.answers = answers
        self.tries: list[tuple[int, int]] = []
        self.released: list[tuple[int, int]] = []
        fake = self

        class VideoCapture:
            def __init__(self, index: int, api: int = CAP_ANY) -> None:
                self.key = (index, api)
                fake.tries.append(self.key)

            def isOpened(self) -> bool:
                return self.key in fake.answers

            def getBackendName(self) -> str:
                return NAMES[self.key[1]]

            def get(self, prop: int) -> float:
                return 30.0

            def read(self) -> tuple[bool, Any]:
                return False, None

            def release(self) -> None:
                fake.released.append(self.key)

        self.VideoCapture = VideoCapture


@pytest.fixture
def platform(monkeypatch: pytest.MonkeyPatch) -> Any:
    def use(name: str, answers: set[tuple[int, int]]) -> FakeCv2:
        cv2 = FakeCv2(answers)
        monkeypatch.setitem(sys.modules, "cv2", cv2)
        monkeypatch.setattr(sys, "platform", name)
        return cv2

    monkeypatch.delenv("OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS", raising=False)
    return use


def test_windows_uses_media_foundation_without_hardware_transforms(platform: Any) -> None:
    import os

    cv2 = platform("win32", {(0, CAP_MSMF), (0, CAP_DSHOW)})
    cam = OpenCVCamera(0)
    assert cam.open()
    assert cv2.tries == [(0, CAP_MSMF)] and cam.backend == "MSMF"
    # Without this Media Foundation takes 4–20 s to open a webcam. It is set at start-up
    # (app.__main__, on the main thread), never by opening a camera on a worker thread.
    assert "OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS" not in os.environ
    from app.devices import opencv

    opencv.set_environment()
    assert os.environ["OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS"] == "0"
    cam.release()


def test_windows_falls_back_to_directshow(platform: Any) -> None:
    cv2 = platform("win32", {(1, CAP_DSHOW)})
    cam = OpenCVCamera(1)
    assert cam.open()
    assert cv2.tries == [(1, CAP_MSMF), (1, CAP_DSHOW)]
    assert cam.backend == "DSHOW"
    assert (1, CAP_MSMF) in cv2.released  # the failed MSMF handle is let go


def test_macos_uses_avfoundation_only(platform: Any) -> None:
    import os

    cv2 = platform("darwin", {(0, CAP_AVFOUNDATION)})
    cam = OpenCVCamera(0)
    assert cam.open() and cam.backend == "AVFOUNDATION"
    assert cv2.tries == [(0, CAP_AVFOUNDATION)]
    assert "OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS" not in os.environ

    cv2 = platform("darwin", {(0, CAP_ANY)})  # permission off: AVFoundation will not open
    cam = OpenCVCamera(0)
    assert not cam.open()
    assert cv2.tries == [(0, CAP_AVFOUNDATION)]  # no other backend is tried
    assert cam.read() is None


def test_linux_uses_v4l2_then_any(platform: Any) -> None:
    cv2 = platform("linux", {(0, CAP_ANY)})
    cam = OpenCVCamera(0)
    assert cam.open() and cam.backend == "ANY"
    assert cv2.tries == [(0, CAP_V4L2), (0, CAP_ANY)]


def test_other_systems_let_opencv_choose(platform: Any) -> None:
    cv2 = platform("freebsd14", set())
    assert not OpenCVCamera(2).open()
    assert cv2.tries == [(2, CAP_ANY)]


@pytest.mark.parametrize(("name", "api"), [("win32", CAP_DSHOW), ("darwin", CAP_AVFOUNDATION)])
def test_cameras_are_probed_by_index_off_linux(platform: Any, name: str, api: int) -> None:
    cv2 = platform(name, {(0, api), (2, api), (1, CAP_ANY)})
    cams = list_cameras()
    assert [(c.index, c.name, c.path) for c in cams] == [(0, "Camera 1", ""), (2, "Camera 3", "")]
    assert cv2.tries == [(0, api), (1, api), (2, api)]
    assert sorted(cv2.released) == sorted(cv2.tries)  # every probe handle released


def test_probe_with_nothing_answering_says_why(platform: Any) -> None:
    platform("darwin", set())
    cams = list_cameras()
    assert cams == [] and getattr(cams, "reason", "") == "no camera answered"


def test_linux_lists_from_sysfs_without_opening_a_camera(platform: Any, tmp_path: Path) -> None:
    cv2 = platform("linux", {(0, CAP_V4L2)})
    node = tmp_path / "video0"
    node.mkdir()
    (node / "name").write_text("Integrated Camera\n")
    (node / "index").write_text("0\n")
    assert [(c.index, c.name, c.path) for c in list_cameras(tmp_path)] == [
        (0, "Integrated Camera", "/dev/video0")
    ]
    assert cv2.tries == []  # listing never opens a device on Linux


class NeverOpens:
    label, is_still, backend, nominal_fps = "camera 0", False, "", None

    def open(self) -> bool:
        return False

    def read(self) -> None:
        return None

    def release(self) -> None:
        pass


@pytest.mark.parametrize(("name", "tries_to_open"), [("linux", False), ("darwin", True),
                                                     ("win32", True)])  # fmt: skip
def test_nothing_listed_opens_camera_zero_only_off_linux(
    monkeypatch: pytest.MonkeyPatch, name: str, tries_to_open: bool
) -> None:
    # A probe can miss a camera that is there (macOS/Windows list by opening); sysfs cannot.
    monkeypatch.setattr(sys, "platform", name)
    asked: list[str] = []

    def factory(spec: str) -> NeverOpens:
        asked.append(spec)
        return NeverOpens()

    check = CameraCheck(source_factory=factory, cameras=lambda: [], open_timeout_s=1.0)
    r = check.run(CheckContext(options=RunOptions(camera="")))
    assert asked == ([""] if tries_to_open else [])
    assert r.status == Status.UNAVAILABLE
