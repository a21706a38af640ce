"""The monitor over a simulated three-hour session (the clock is injected: seconds, not hours):
it warns only on sustained trouble, once per problem per ten minutes, clears on recovery, and
keeps what it saw."""

from __future__ import annotations

import itertools
import time
from datetime import timedelta
from pathlib import Path

from app.monitor.limits import load_limits
from app.monitor.monitor import Monitor
from app.monitor.rules import BATTERY, CHARGER, CLEARED, LOSS, OFFLINE, PAUSE, PHONE, RAISED, SLOW
from app.monitor.store import MonitorStore
from tests.fakes.monitor import Conditions, ScriptedSampler, SimClock, good

THREE_HOURS = 180.0
LIMITS = load_limits()


def watch(script, minutes=THREE_HOURS, store=None, session_end=None, seed=1):  # type: ignore[no-untyped-def]
    clock = SimClock()
    sampler = ScriptedSampler(script, seed=seed)
    monitor = Monitor(sampler, LIMITS, clock, store, session_end=session_end)
    events = []
    summary = monitor.run(minutes, events.append)
    return summary, events, clock, sampler


def kinds(events):  # type: ignore[no-untyped-def]
    return [(e.kind, e.problem) for e in events]


def test_three_hours_of_a_good_link_run_in_seconds_and_raise_nothing() -> None:
    started = time.monotonic()
    summary, events, clock, sampler = watch(lambda t: good())
    assert time.monotonic() - started < 10
    assert clock.elapsed() >= THREE_HOURS * 60
    assert summary.samples == sampler.taken >= THREE_HOURS * 60 / LIMITS.interval_s - 1
    assert events == [] and summary.raised == []
    assert sampler.closed


def test_one_bad_sample_among_good_ones_raises_nothing() -> None:
    step = LIMITS.interval_s

    def script(t: float) -> Conditions:
        if 600 <= t < 600 + step:  # one sample: 900 ms round trip
            return good(rtt_ms=900.0)
        if 1200 <= t < 1200 + step:  # one sample: every probe lost
            return good(loss=1.0)
        if 1800 <= t < 1800 + step:  # one sample: the interface went down
            return good(link_up=False)
        if 2400 <= t < 2400 + step:  # one sample with a third of the probes lost
            return good(loss=0.34)
        return good()

    _summary, events, *_ = watch(script)
    assert events == []


def test_sustained_slow_link_raises_once_with_the_phone_and_recovery_clears() -> None:
    def script(t: float) -> Conditions:
        return good(rtt_ms=650.0) if 3600 <= t < 3600 + 180 else good()

    summary, events, clock, _ = watch(script)
    assert kinds(events) == [(RAISED, SLOW), (CLEARED, SLOW)]
    raised, cleared = events
    assert raised.notify and raised.action == PHONE
    assert raised.figure == 650.0
    # reported within 15 s of the link turning bad; cleared within 15 s of it recovering
    start = clock.start + timedelta(seconds=3600)
    assert timedelta(0) <= raised.at - start <= timedelta(seconds=15)
    assert timedelta(0) <= cleared.at - (start + timedelta(seconds=180)) <= timedelta(seconds=15)
    assert summary.raised == [SLOW]


def test_a_flapping_link_notifies_at_most_once_per_ten_minutes() -> None:
    # bad for 30 s, good for 30 s, for the whole three hours: raised and cleared many times
    _summary, events, *_ = watch(lambda t: good(rtt_ms=700.0) if int(t // 30) % 2 else good())
    raised = [e for e in events if e.kind == RAISED]
    assert len(raised) > 50
    told = [e.t for e in raised if e.notify]
    assert len(told) <= THREE_HOURS / 10 + 1
    assert all(b - a >= 600 for a, b in itertools.pairwise(told))


def test_heavy_loss_is_reported_within_15_s_and_a_one_percent_link_stays_quiet() -> None:
    _summary, events, clock, _ = watch(lambda t: good(loss=0.30) if t >= 900 else good())
    first = next(e for e in events if e.kind == RAISED)
    assert first.problem == LOSS and first.notify and first.action == PHONE
    assert first.at - (clock.start + timedelta(seconds=900)) <= timedelta(seconds=15)
    for seed in (1, 2, 3):
        _s, quiet, *_ = watch(lambda t: good(loss=0.01), seed=seed)
        assert [e for e in quiet if e.kind == RAISED] == [], seed


def test_ten_percent_loss_is_raised_within_a_minute() -> None:
    for seed in (1, 2, 3):
        _s, events, clock, _ = watch(
            lambda t: good(loss=0.10) if t >= 900 else good(), 30, seed=seed
        )
        first = next(e for e in events if e.kind == RAISED)
        assert first.problem == LOSS
        assert first.at - (clock.start + timedelta(seconds=900)) <= timedelta(seconds=60)


def test_an_outage_is_offline_not_also_loss() -> None:
    _summary, events, *_ = watch(lambda t: good(loss=1.0) if 600 <= t < 720 else good())
    assert kinds(events) == [(RAISED, OFFLINE), (CLEARED, OFFLINE)]
    assert events[0].action == PHONE


def test_other_apps_downloading_turn_the_advice_into_pause_downloads() -> None:
    def script(t: float) -> Conditions:
        if t >= 600:
            return good(rtt_ms=800.0, other_mbps=60.0)
        return good()

    _summary, events, *_ = watch(script, minutes=20)
    slow = next(e for e in events if e.problem == SLOW and e.kind == RAISED)
    assert slow.action == PAUSE and slow.notify
    busy = next(e for e in events if e.problem == "busy")
    assert not busy.notify  # the cause goes into the timeline; the symptom is what we tell


def test_battery_falling_below_the_rest_of_the_session_raises_plug_in_once() -> None:
    clock = SimClock()
    end = clock.start + timedelta(minutes=THREE_HOURS)

    def script(t: float) -> Conditions:
        # 4 h of battery at the start, draining 1.5 min a minute (a video call is heavier than
        # the estimate assumed); its estimate jumps down once, for one sample
        left = max(0.0, 240.0 - 1.5 * t / 60.0 - (90 if 1800 <= t < 1803 else 0))
        return good(battery_pct=left / 2.4, plugged=False, minutes_left=left)

    sampler = ScriptedSampler(script)
    events: list = []
    Monitor(sampler, LIMITS, clock, session_end=end).run(THREE_HOURS, events.append)
    battery = [e for e in events if e.problem == BATTERY]
    assert [e.kind for e in battery] == [RAISED]
    assert battery[0].notify and battery[0].action == CHARGER
    # raised when the minutes left fell below what the session still needs plus the margin
    # (about 90 min in), not at the one-sample jump at 30 min
    still = (end - battery[0].at).total_seconds() / 60
    assert 85 <= 180 - still <= 95
    assert battery[0].figure is not None
    assert battery[0].figure < still + LIMITS.battery_margin_min + 1


def test_plugging_in_clears_the_battery_and_it_is_not_told_twice() -> None:
    clock = SimClock()
    end = clock.start + timedelta(minutes=THREE_HOURS)

    def script(t: float) -> Conditions:
        plugged = 1200 <= t < 2400
        return good(battery_pct=15.0, plugged=plugged, minutes_left=None if plugged else 30.0)

    events: list = []
    Monitor(ScriptedSampler(script), LIMITS, clock, session_end=end).run(60, events.append)
    battery = [(e.kind, e.notify) for e in events if e.problem == BATTERY]
    assert battery == [(RAISED, True), (CLEARED, False), (RAISED, False)]


def test_no_battery_and_no_wifi_figures_raise_nothing() -> None:
    _summary, events, *_ = watch(lambda t: good(battery_pct=None, wifi_dbm=None), minutes=30)
    assert events == []


def test_what_it_saw_is_kept_and_told_as_a_timeline(tmp_path: Path) -> None:
    store = MonitorStore(tmp_path)

    def script(t: float) -> Conditions:
        wifi = -80.0 if 2520 <= t < 2700 else -55.0  # 6:42 pm for 3 minutes
        rtt = 520.0 if 3000 <= t < 3180 else 40.0  # 6:50 pm for 3 minutes
        return good(wifi_dbm=wifi, rtt_ms=rtt, vpn=1 if t >= 5000 else 0)

    summary, events, _clock, _ = watch(script, minutes=100, store=store)
    record = store.last_watch()
    assert record is not None and record.ended is not None
    assert len(record.samples) == summary.samples
    assert [(e.kind, e.problem) for e in record.events] == kinds(events)
    from app.monitor.timeline import summary_line, timeline_lines

    lines = timeline_lines(record.events, LIMITS, lambda dt: dt.strftime("%H:%M"))
    assert lines == [
        "Wi-Fi signal fell at 18:42 (-80 dBm), for 3 min",
        "Round trip above 400 ms for 3 min, from 18:50",
        "A VPN connected at 19:23",
    ]
    assert summary_line(lines).startswith("Wi-Fi signal fell at 18:42 (-80 dBm), for 3 min; Round")
