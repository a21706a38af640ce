"""What staff read: a human label and unit for every figure, named problems, local times."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from app.checks.base import CheckResult, Metric, Status
from app.checks.history import RunRecord
from app.devices.inventory import DeviceLists
from app.report.build import build_report
from app.report.render import render_html, render_summary
from app.report.system import system_info
from app.report.words import METRIC_LABELS, figure_text, metric_label, when_text

APP = Path(__file__).resolve().parents[2] / "app"


def test_every_metric_a_check_records_has_a_label() -> None:
    names = set()
    for path in APP.rglob("*.py"):
        names |= set(re.findall(r'Metric\(\s*"([a-z_0-9]+)"', path.read_text("utf-8")))
    assert names, "no metrics found"
    assert names <= set(METRIC_LABELS), sorted(names - set(METRIC_LABELS))


def test_figures_read_as_words_with_units_never_keys_or_none() -> None:
    assert figure_text("loss_pct", 0.5, "%") == "Packet loss: 0.5%"
    assert figure_text("rtt_ms", 38.0, "ms") == "Round trip: 38.0 ms"
    assert figure_text("video_ok", None) == "Other figure (video_ok): —"
    assert figure_text("plugged", True) == "Charger plugged in: yes"
    assert figure_text("bytes_received", 12_500_000, "B") == "Data received: 12.5 MB"
    assert "None" not in figure_text("faces", None)
    assert metric_label("loss_pct") == "Packet loss"


def test_a_dns_failure_is_named_as_dns_not_as_total_loss() -> None:
    assert figure_text("latency_failure", "dns") == (
        "Delay test failed: name not found (DNS failure)"
    )


def _run_with(*results: CheckResult) -> RunRecord:
    return RunRecord(datetime(2025, 3, 3, 17, 0, tzinfo=UTC), "not_ready", results)


def _report(runs: list[RunRecord], notes: tuple[str, ...] = ()) -> dict:  # type: ignore[type-arg]
    return build_report(
        system=system_info("6.8.0"),
        interfaces=[],
        devices=DeviceLists((), (), notes),
        hosts={"video_host": "", "join_host": "", "speedtest_host": "", "calendar_host": ""},
        runs=runs,
    )


def test_report_and_summary_show_labels_and_local_times() -> None:
    dns = CheckResult(
        "connection",
        Status.FAIL,
        "Your internet cannot find the video service's address.",
        metrics=(Metric("latency_failure", "dns"),),
    )
    report = _report([_run_with(dns)])
    html, summary = render_html(report), render_summary(report)
    for text in (html, summary):
        assert "latency_failure" not in text and "loss 100" not in text.lower()
        assert "DNS" in text
        assert "2025-03-03T" not in text  # not raw ISO
    local = datetime(2025, 3, 3, 17, 0, tzinfo=UTC).astimezone()
    assert when_text("2025-03-03T17:00:00+00:00") in summary
    assert local.strftime("%m/%d/%Y") in summary


def test_device_notes_sit_under_the_heading_they_explain() -> None:
    html = render_html(
        _report([], ("cameras: no video4linux devices", "audio: PortAudio not found"))
    )
    cams, mics, speakers = (
        html.index("<h2>Cameras</h2>"),
        html.index("<h2>Microphones</h2>"),
        html.index("<h2>Speakers and headphones</h2>"),
    )
    v4l = html.index("no video4linux devices")
    assert cams < v4l < mics
    assert mics < html.index("PortAudio not found") < speakers
