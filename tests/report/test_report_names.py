"""Reports name no one: device names are reduced to kind and model (issue 15 §5)."""

from __future__ import annotations

import pytest

from app.checks.history import HistoryStore
from app.devices.listing import AudioDeviceInfo, CameraInfo
from app.paths import data_dir
from app.profile import Profile
from app.report.collect import collect_report
from app.report.names import scrub_name, scrub_text
from app.report.render import render_html, render_json, render_summary
from app.ui.pages.help import HelpPage


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Maria's AirPods Pro", "AirPods Pro"),
        ("Maria Lopez’s AirPods Pro (A2DP)", "AirPods Pro (A2DP)"),
        ("MARIA'S JBL FLIP 5", "JBL FLIP 5"),
        ("Headset (Maria's AirPods)", "Headset (AirPods)"),
        ("AirPods (Maria's)", "AirPods"),
        ("AirPods de María", "AirPods"),
        ("iPhone von Jonas Weber", "iPhone"),
        ("Maria's", "a device"),
        ("bluez_input.AA_BB_CC_DD_EE_FF.0", "bluez_input.XX:XX:XX:XX:XX:XX.0"),
        # names without an owner are left as they are
        ("HD Webcam C920", "HD Webcam C920"),
        ("Micrófono de auriculares", "Micrófono de auriculares"),
        ("Built-in Audio Analog Stereo", "Built-in Audio Analog Stereo"),
        ("USB Audio Device: - (hw:1,0)", "USB Audio Device: - (hw:1,0)"),
    ],
)
def test_device_names_lose_their_owner(name: str, shown: str) -> None:
    assert scrub_name(name) == shown


def test_free_text_loses_owners_and_hardware_addresses() -> None:
    text = scrub_text("Using Maria's AirPods Pro (AA:BB:CC:DD:EE:FF) as microphone")
    assert text == "Using AirPods Pro (XX:XX:XX:XX:XX:XX) as microphone"


class OwnedDevices:
    """The device listing (app.devices.inventory.DeviceProvider) of a patient's laptop with
    Bluetooth earbuds named after their owner."""

    def list_cameras(self) -> list[CameraInfo]:
        return [CameraInfo(0, "Jonas’s FaceTime HD Camera", "/dev/video0")]

    def list_audio_devices(self) -> list[AudioDeviceInfo]:
        return [
            AudioDeviceInfo("Maria's AirPods Pro", "input", True, 16000.0, 1, "PulseAudio"),
            AudioDeviceInfo("AirPods de María", "output", True, 48000.0, 2, "PulseAudio"),
            AudioDeviceInfo(
                "bluez_output.AA_BB_CC_DD_EE_FF.1", "output", False, 48000.0, 2, "ALSA"
            ),
        ]


OWNED = OwnedDevices()


def _assert_no_one(text: str, where: str) -> None:
    for who in ("Maria", "María", "Jonas", "AA_BB_CC", "AA:BB:CC"):
        assert who not in text, f"{who!r} in the {where}"


def test_report_json_html_and_summary_name_no_one(sr_home) -> None:  # type: ignore[no-untyped-def]
    report = collect_report(Profile(), HistoryStore(data_dir()), "6.8.0", OWNED)
    html, js, summary = render_html(report), render_json(report), render_summary(report)
    for text, where in ((html, "HTML"), (js, "JSON"), (summary, "summary")):
        _assert_no_one(text, where)
    assert "AirPods Pro" in html and "FaceTime HD Camera" in js  # kind and model stay


def test_support_view_names_no_one(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    page = HelpPage(app_ctx)
    qtbot.addWidget(page)
    page.support.device_provider = OWNED
    page.show()
    page.support_toggle.click()
    qtbot.waitUntil(
        lambda: page.support.report is not None and not page.support.is_busy(), timeout=15000
    )
    text = page.support.details.toPlainText()
    _assert_no_one(text, "support view")
    assert "AirPods Pro" in text
