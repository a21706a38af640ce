"""Building and rendering the report: devices, interfaces, units, escaping, self-containment."""

from __future__ import annotations

import re
from types import SimpleNamespace

from app.checks.base import Metric
from app.devices.inventory import collect_devices
from app.devices.listing import AudioDeviceInfo, CameraInfo, DeviceList
from app.report.build import build_report, unit_for
from app.report.render import render_html, render_summary
from app.report.system import InterfaceInfo, guess_kind, network_interfaces, system_info
from tests.fakes.devices import FakeDevices
from tests.report.conftest import make_run


def _report(devices=None, runs=None, interfaces=None):  # type: ignore[no-untyped-def]
    return build_report(
        system=system_info("6.8.0"),
        interfaces=interfaces
        if interfaces is not None
        else [
            InterfaceInfo("wlan0", "wifi", True, None),
            InterfaceInfo("eth0", "wired", False, 1000),
        ],
        devices=collect_devices(devices or FakeDevices()),
        hosts={
            "video_host": "v.example.org",
            "join_host": "",
            "speedtest_host": "",
            "calendar_host": "",
        },
        runs=runs if runs is not None else [make_run(0), make_run(60, download=12.0)],
    )


def test_devices_are_split_into_cameras_microphones_and_speakers() -> None:
    lists = collect_devices(FakeDevices())
    assert [c.name for c in lists.cameras] == ["Integrated Webcam HD", "Logitech C920 <USB>"]
    assert [m.name for m in lists.microphones] == ["Built-in Microphone", "Headset Mic"]
    assert [s.name for s in lists.speakers] == ["Built-in Speakers"]
    assert lists.microphones[0].is_default and lists.microphones[0].default_samplerate == 48000.0


def test_broken_enumeration_degrades_to_a_note() -> None:
    broken = collect_devices(FakeDevices(broken=True))
    assert broken.cameras == () and len(broken.notes) == 2
    assert "OSError" in broken.notes[0]


def test_this_computers_devices_are_listed_and_an_empty_list_says_why() -> None:
    lists = collect_devices()  # the real enumeration (app.devices.listing): never raises
    assert lists.cameras or any(n.startswith("cameras") for n in lists.notes)
    assert lists.audio or any(n.startswith("audio") for n in lists.notes)
    assert all(a.kind in ("input", "output") for a in lists.audio)
    # Whatever this computer has: a listing that is empty for a reason carries it into the notes.
    no_cameras = DeviceList()
    no_cameras.reason = "no video4linux devices"
    bare = SimpleNamespace(list_cameras=lambda: no_cameras, list_audio_devices=DeviceList)
    assert collect_devices(bare).notes == ("cameras: no video4linux devices",)  # type: ignore[arg-type]


def test_every_metric_of_the_last_run_is_there_with_its_unit() -> None:
    report = _report()
    checks = {c["check_id"]: c for c in report["last_run"]["checks"]}
    conn = {m["name"]: (m["value"], m["unit"]) for m in checks["connection"]["metrics"]}
    assert conn == {
        "download_mbps": (42.5, "Mbit/s"),
        "upload_mbps": (9.8, "Mbit/s"),
        "rtt_ms": (38.0, "ms"),
        "jitter_ms": (4.25, "ms"),
        "loss_pct": (0.5, "%"),
    }
    assert {m["name"] for m in checks["camera"]["metrics"]} == {
        "width",
        "height",
        "fps",
        "brightness",
        "faces",
    }
    assert [h["download_mbps"] for h in report["history"]] == [42.5, 12.0]
    assert "details" not in checks["camera"]


def test_units_are_implied_by_metric_names_when_missing() -> None:
    assert unit_for(Metric("rtt_ms", 1.0)) == "ms"
    assert unit_for(Metric("download_mbps", 1.0)) == "Mbit/s"
    assert unit_for(Metric("noise_floor_dbfs", -50.0)) == "dBFS"
    assert unit_for(Metric("clipping_pct", 0.0)) == "%"
    assert unit_for(Metric("width", 640)) == "px"
    assert unit_for(Metric("x", 1, "lux")) == "lux"


def test_html_is_self_contained_printable_and_escapes_everything() -> None:
    devices = FakeDevices(
        cameras=[CameraInfo(0, '<img src="http://evil.example/x.png">', "/dev/video0")],
        audio=[AudioDeviceInfo("Mic & <b>bold</b>", "input", True, 48000, 1, "ALSA")],
    )
    html = render_html(_report(devices))
    assert "<img" not in html and "<b>bold</b>" not in html
    assert "&lt;img src=&quot;http://evil.example/x.png&quot;&gt;" in html
    assert "Mic &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert not re.search(r"<(script|link|iframe|object|embed)\b", html, re.I)
    assert not re.search(r"<[^>]*\b(src|href)\s*=", html, re.I) and "url(" not in html
    assert "@media print" in html and "<style>" in html
    assert "Built-in" not in html  # only the given devices


def test_html_and_summary_show_last_run_devices_and_interfaces() -> None:
    report = _report()
    html = render_html(report)
    for text in (
        "Integrated Webcam HD",
        "48 kHz",
        "wlan0",
        "Wi-Fi",
        "1000 Mbit/s",
        "38.0 ms",
        "0.5%",
    ):
        assert text in html, text
    summary = render_summary(report)
    assert "Last check:" in summary and "Ready with warnings" in summary
    assert "2 camera(s), 2 microphone(s), 1 speaker(s)" in summary
    assert "wlan0 (Wi-Fi)" in summary and "eth0" not in summary  # eth0 is down
    assert len(summary.splitlines()) <= 12


def test_empty_history_and_no_devices_still_render() -> None:
    report = _report(FakeDevices(cameras=[], audio=[]), runs=[], interfaces=[])
    html = render_html(report)
    assert report["last_run"] is None and "No check has been run yet." in html
    assert "No camera found." in html and "No network connection found." in html


def test_interface_kind_guess_and_real_interfaces() -> None:
    assert guess_kind("wlp2s0") == "wifi"
    assert guess_kind("enp0s31f6") == "wired"
    assert guess_kind("eth0") == "wired"
    assert guess_kind("Wi-Fi") == "wifi"
    assert guess_kind("lo") == "loopback"
    assert guess_kind("docker0") == "virtual"
    assert guess_kind("wwan0") == "cellular"
    found = network_interfaces()
    assert any(i.kind == "loopback" for i in found)  # every machine has one
    assert all(i.speed_mbps is None or i.speed_mbps > 0 for i in found)
