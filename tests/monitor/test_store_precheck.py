"""What the monitor keeps (figures and statuses, the last 20 watches), the timeline's episodes,
and the pre-session check's rules: no devices, not on a metered connection unless allowed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.checks.base import CheckContext, CheckResult, Status
from app.checks.options import RunOptions
from app.monitor import store as store_mod
from app.monitor.limits import load_limits
from app.monitor.precheck import PreCheck, precheck_text, run_precheck, short_checks
from app.monitor.rules import CLEARED, NOTE, RAISED, MonitorEvent
from app.monitor.sample import Sample
from app.monitor.store import MonitorStore
from app.monitor.timeline import episodes, timeline_lines

T0 = datetime(2025, 3, 4, 18, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_store_keeps_figures_only_and_the_last_20_watches(tmp_path: Path) -> None:
    store = MonitorStore(tmp_path)
    for i in range(store_mod.KEEP_WATCHES + 3):
        w = store.start(at(i), at(i + 180), "join")
        store.add_samples(w, [Sample(at(i), float(i), rtt_ms=40.0 + i, lost=1, attempts=10)])
        store.add_events(w, [MonitorEvent(RAISED, "slow", at(i), float(i), 500.0, True, "phone")])
        store.finish(w, at(i + 1))
    last = store.last_watch()
    assert last is not None and last.reason == "join" and last.ended == at(23)
    assert last.samples[0].rtt_ms == 62.0 and last.samples[0].loss_pct == 10.0
    assert last.events[0].notify and last.events[0].action == "phone"
    import sqlite3

    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM watches").fetchone()[0] == store_mod.KEEP_WATCHES
        assert db.execute("SELECT COUNT(DISTINCT watch) FROM samples").fetchone()[0] == 20


def test_an_empty_store_has_no_last_watch(tmp_path: Path) -> None:
    assert MonitorStore(tmp_path).last_watch() is None


def ev(kind: str, problem: str, minute: float, figure: float | None = None) -> MonitorEvent:
    return MonitorEvent(kind, problem, at(minute), minute * 60, figure, kind == RAISED)


def test_episodes_pair_raise_and_clear_and_merge_close_ones() -> None:
    events = [
        ev(RAISED, "slow", 10, 450),
        ev(CLEARED, "slow", 12),
        ev(RAISED, "slow", 12.5, 600),  # 30 s later: the same episode
        ev(CLEARED, "slow", 15),
        ev(RAISED, "wifi", 20, -80),
        ev(NOTE, "vpn_on", 30, 1),
        ev(RAISED, "slow", 40, 500),  # never cleared
    ]
    eps = episodes(events)
    assert [(e.problem, e.start, e.end, e.figure) for e in eps] == [
        ("slow", at(10), at(15), 600),
        ("wifi", at(20), None, -80),
        ("vpn_on", at(30), at(30), 1),
        ("slow", at(40), None, 500),
    ]
    lines = timeline_lines(events, load_limits(), lambda d: d.strftime("%H:%M"))
    assert lines == [
        "Round trip above 400 ms for 5 min, from 18:10",
        "Wi-Fi signal fell at 18:20 (-80 dBm)",
        "A VPN connected at 18:30",
        "Round trip above 400 ms from 18:40 until the end",
    ]


class _Camera:
    id = "camera"
    devices = frozenset({"camera"})
    timeout_s = 1.0
    title = "Camera"

    def run(self, ctx: CheckContext) -> CheckResult:  # pragma: no cover - never reached
        raise AssertionError("opened a camera")


def test_the_pre_session_check_never_touches_a_device_and_respects_metered() -> None:
    assert all(c.devices <= {"network", "battery"} for c in short_checks())
    assert {c.id for c in short_checks()} == {"connection", "battery"}
    assert short_checks()[0].thresholds.download_seconds < 2.5  # the short form
    with pytest.raises(ValueError):
        run_precheck(RunOptions(), True, [_Camera()], metered=lambda: False)
    assert run_precheck(RunOptions(), False, [_Camera()], metered=lambda: True).skipped == "metered"


def test_metered_allowed_or_unknown_runs_the_checks() -> None:
    class Battery:
        id, devices, timeout_s, title = "battery", frozenset({"battery"}), 2.0, "Battery"

        def run(self, ctx: CheckContext) -> CheckResult:
            return CheckResult("battery", Status.FAIL, "", (), ())

    for allow, metered in ((True, True), (False, None)):
        pre = run_precheck(RunOptions(), allow, [Battery()], metered=lambda m=metered: m)
        assert pre.skipped == "" and pre.status("battery") == Status.FAIL
        assert precheck_text(pre, "") == "Plug in your charger before your session."


def test_precheck_text_without_a_phone_number_and_when_nothing_is_sure() -> None:
    slow = PreCheck(results=(CheckResult("connection", Status.WARN, "", (), ()),))
    assert precheck_text(slow, "") == (
        "Your internet is slow right now. Check your setup before you join."
    )
    broken = PreCheck(results=(CheckResult("connection", Status.ERROR, "", (), ()),))
    assert precheck_text(broken, "+1 555") == "" and precheck_text(PreCheck("metered"), "x") == ""
