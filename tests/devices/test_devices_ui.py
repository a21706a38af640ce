"""DevicesPanel: live camera mirror from a video file, remembered choices, microphone meter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness import video
from tests.harness.pulse import Pulse


@pytest.fixture
def panel(qtbot, app_ctx):  # type: ignore[no-untyped-def]
    from app.ui.devices import DevicesPanel

    p = DevicesPanel(app_ctx)
    qtbot.addWidget(p)
    p.resize(900, 500)
    p.show()
    yield p
    p.stop()


def test_camera_mirror_shows_frames_from_a_video_file_and_stops(
    qtbot, panel, app_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = video.write_video(tmp_path / "cam.avi", video.one_face, frames=20, fps=15)
    app_ctx.set_setting("camera", str(path))
    panel.start()
    qtbot.waitUntil(lambda: panel.preview.frames_shown >= 3, timeout=10000)
    assert panel.preview.picture.pixmap() is not None
    panel.stop()
    assert not panel.preview.running
    shown = panel.preview.frames_shown
    qtbot.wait(300)
    assert panel.preview.frames_shown == shown  # no frame after stop
    assert "off" in panel.preview.picture.text()


def test_a_camera_that_cannot_open_says_so_in_the_mirror(
    qtbot, panel, app_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app_ctx.set_setting("camera", str(tmp_path / "missing.avi"))
    panel.start()
    qtbot.waitUntil(lambda: panel.preview.state == "failed", timeout=5000)
    assert "camera could not be opened" in panel.preview.picture.text()  # the check's words


def test_picker_remembers_the_choice_in_settings(qtbot, panel, app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.settings import Settings

    app_ctx.set_setting("camera", str(tmp_path / "clip.avi"))
    picker = panel.camera_picker
    picker.refresh()
    qtbot.waitUntil(lambda: picker.combo.count() >= 2, timeout=5000)
    assert picker.combo.currentData() == str(tmp_path / "clip.avi")
    picker.combo.setCurrentIndex(0)
    picker.combo.activated.emit(0)
    assert Settings(app_ctx.data_dir).get("camera") == ""  # stored on disk
    assert picker.combo.itemText(0) == "Default (recommended)"
    assert picker.combo.accessibleName() == "Camera"


@pytest.mark.harness
def test_microphone_meter_moves_with_the_sine_microphone(
    qtbot, app_ctx, pulse_server: Pulse
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.devices.live import LevelMeter

    pulse_server.use_source("vmic_sine")
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.start("pulse")
    try:
        qtbot.waitUntil(
            lambda: meter.last_dbfs is not None and meter.last_dbfs > -20, timeout=10000
        )
        assert meter.bar.value() > 40
    finally:
        meter.stop()
    assert not meter.running


class _FakeSpeaker:
    """Plays nothing; fails when told to (a speaker that is busy or gone)."""

    def __init__(self, fail: bool) -> None:
        self.fail = fail
        self.played: list[str] = []

    def play_and_record(self, output, input_, tone_of, seconds):  # type: ignore[no-untyped-def]
        if self.fail:
            raise OSError("device unavailable")
        self.played.append(output)
        assert len(tone_of(8000)) > 0
        return None, 8000


@pytest.mark.parametrize("fail", [False, True], ids=["played", "failed"])
def test_test_sound_result_reaches_the_panel(qtbot, app_ctx, fail: bool) -> None:  # type: ignore[no-untyped-def]
    from app.ui.devices import DevicesPanel

    backend = _FakeSpeaker(fail)
    p = DevicesPanel(app_ctx, backend=backend)  # type: ignore[arg-type]
    qtbot.addWidget(p)
    p.play_test_sound()
    assert not p.play_button.isEnabled()
    qtbot.waitUntil(p.play_button.isEnabled, timeout=5000)
    expected = "could not play a sound" if fail else "Did you hear it?"
    assert expected in p.play_status.text()
    assert backend.played == ([] if fail else [""])
