"""The support report carries the last session's timeline: figures and problems with times,
valid against the schema, nothing personal (the session title, the host, the Wi-Fi name)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.checks.history import HistoryStore
from app.monitor.rules import CLEARED, RAISED, MonitorEvent
from app.monitor.sample import Sample
from app.monitor.store import MonitorStore
from app.paths import data_dir
from app.profile import Profile
from app.report.collect import collect_report
from app.report.render import render_html, render_json, render_summary
from tests.fakes.devices import FakeDevices
from tests.report.test_report_privacy import validate

T0 = datetime(2025, 3, 4, 18, 0, tzinfo=UTC)


def _watch(home: Path) -> None:
    store = MonitorStore(home)
    w = store.start(T0, T0 + timedelta(hours=3), "join")
    store.add_samples(
        w,
        [
            Sample(T0 + timedelta(seconds=3 * i), i, rtt_ms=40.0 + (400 if 50 < i < 60 else 0),
                   lost=1 if i % 10 == 0 else 0, attempts=10, wifi_dbm=-60.0 - i % 20,
                   battery_pct=80.0 - i / 10)
            for i in range(120)
        ],
    )  # fmt: skip
    store.add_events(
        w,
        [
            MonitorEvent(RAISED, "slow", T0 + timedelta(minutes=42), 0.0, 440.0, True, "phone"),
            MonitorEvent(CLEARED, "slow", T0 + timedelta(minutes=45), 0.0),
            MonitorEvent(RAISED, "wifi", T0 + timedelta(minutes=50), 0.0, -79.0),
        ],
    )
    store.finish(w, T0 + timedelta(hours=3))


def test_the_report_has_the_last_sessions_timeline() -> None:
    sr_home = data_dir()
    _watch(sr_home)
    profile = Profile(video_host="video.example.org:8443")
    report = collect_report(
        profile, HistoryStore(sr_home), "6.8", FakeDevices(), monitor=MonitorStore(sr_home)
    )
    validate(render_json(report))
    t = report["session_timeline"]
    assert t["reason"] == "join" and t["samples"] == 120
    assert t["figures"]["rtt_median_ms"] == 40.0 and t["figures"]["rtt_p95_ms"] == 440.0
    assert t["figures"]["loss_pct"] == 1.0 and t["figures"]["wifi_weakest_dbm"] == -79.0
    assert [(e["problem"], e["start"], e["minutes"], e["notified"]) for e in t["episodes"]] == [
        ("slow", "2025-03-04T18:42:00+00:00", 3.0, True),
        ("wifi", "2025-03-04T18:50:00+00:00", None, False),
    ]
    html, summary = render_html(report), render_summary(report)
    assert "Last session watched" in html and "Slow connection" in html and "3 min" in html
    assert "Last session watched: 2025-03-04T18:00:00+00:00, 120 samples, Slow connection" in (
        summary
    )


def test_no_watch_yet_is_null_and_still_valid() -> None:
    sr_home = data_dir()
    report = collect_report(
        Profile(), HistoryStore(sr_home), "6.8", FakeDevices(), monitor=MonitorStore(sr_home)
    )
    assert report["session_timeline"] is None
    validate(render_json(report))
    assert "No session has been watched yet." in render_html(report)


def test_the_support_view_tells_the_last_session_in_the_patients_time_format(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.monitor_timeline import SessionTimeline

    home = data_dir()
    _watch(home)
    report = collect_report(
        Profile(), HistoryStore(home), "6.8", FakeDevices(), monitor=MonitorStore(home)
    )
    view = SessionTimeline()
    qtbot.addWidget(view)
    view.set_timeline(report["session_timeline"])
    lines = view.lines.text().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("• Round trip above 400 ms for 3 min, from ")
    assert lines[1].startswith("• Wi-Fi signal fell at ") and lines[1].endswith("(-79 dBm)")
    view.set_timeline(None)
    assert view.when.text() == "No session has been watched yet." and view.lines.isHidden()
