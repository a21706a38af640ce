"""Shared data for the report tests: check runs like the checks produce, a fake device list, and
a whole report built from them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.checks.base import CheckResult, Metric, Status
from app.checks.history import RunRecord
from tests.fakes.devices import FakeDevices


def make_run(
    minutes_ago: int = 0,
    download: float = 42.5,
    upload: float = 9.8,
    rtt: float = 38.0,
    details: dict[str, str] | None = None,
    verdict: str = "warnings",
) -> RunRecord:
    ts = datetime(2025, 3, 3, 17, 0, tzinfo=UTC) - timedelta(minutes=minutes_ago)
    return RunRecord(
        ts,
        verdict,
        (
            CheckResult(
                "connection",
                Status.PASS,
                "Your internet is fast enough for video.",
                metrics=(
                    Metric("download_mbps", download, "Mbit/s"),
                    Metric("upload_mbps", upload, "Mbit/s"),
                    Metric("rtt_ms", rtt, "ms"),
                    Metric("jitter_ms", 4.25, "ms"),
                    Metric("loss_pct", 0.5, "%"),
                ),
                duration_s=12.3,
                details=details or {"server": "speed.example.org"},
            ),
            CheckResult(
                "camera",
                Status.WARN,
                "Your room is a little dark.",
                metrics=(
                    Metric("width", 1280, "px"),
                    Metric("height", 720, "px"),
                    Metric("fps", 29.7, "fps"),
                    Metric("brightness", 61.0, ""),
                    Metric("faces", 1, ""),
                ),
                details=details or {"device": "Integrated Webcam HD"},
            ),
            CheckResult(
                "battery",
                Status.PASS,
                "Your battery will last.",
                metrics=(Metric("battery_pct", 87, "%"), Metric("plugged", True, "")),
            ),
        ),
    )


def sample_report(runs: list[RunRecord]) -> dict[str, Any]:
    """A report as the app builds it: the fake devices, one Wi-Fi interface, a video host."""
    from app.devices.inventory import collect_devices
    from app.report.build import build_report
    from app.report.system import InterfaceInfo, system_info

    return build_report(
        system=system_info("6"),
        interfaces=[InterfaceInfo("wlan0", "wifi", True, None)],
        devices=collect_devices(FakeDevices()),
        hosts={
            "video_host": "video.example.org",
            "join_host": "",
            "speedtest_host": "",
            "calendar_host": "",
        },
        runs=runs,
    )


@pytest.fixture
def fake_devices() -> FakeDevices:
    return FakeDevices()
