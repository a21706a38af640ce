"""The Monitor: take a sample, judge it, keep it, report what changed — on an injectable clock,
so a three-hour session runs in seconds in the tests.

``step()`` is one tick (the window calls it from a QTimer, on its TaskRunner); ``run()`` is the
headless loop (``session-ready watch``). Samples are kept in batches, events at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from app.monitor.limits import MonitorLimits, load_limits
from app.monitor.rules import RAISED, MonitorEvent, RulesEngine
from app.monitor.sample import Sample
from app.monitor.samplers import Sampler
from app.monitor.store import MonitorStore

FLUSH_EVERY = 20  # samples kept in memory before they are written (one minute at 3 s)


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@dataclass
class WatchSummary:
    started: datetime
    ended: datetime | None = None
    samples: int = 0
    events: list[MonitorEvent] = field(default_factory=list)

    @property
    def raised(self) -> list[str]:
        """Problems raised at least once, in the order they first were."""
        return list(dict.fromkeys(e.problem for e in self.events if e.kind == RAISED))


class Monitor:
    def __init__(
        self,
        sampler: Sampler,
        limits: MonitorLimits | None = None,
        clock: Clock | None = None,
        store: MonitorStore | None = None,
        session_end: datetime | None = None,
        reason: str = "",
    ) -> None:
        self.sampler = sampler
        self.limits = limits or load_limits()
        self.clock: Clock = clock or SystemClock()
        self.store = store
        self.reason = reason
        self.engine = RulesEngine(self.limits, session_end)
        self.summary: WatchSummary | None = None
        self.watch_id: int | None = None
        self._pending: list[Sample] = []

    @property
    def session_end(self) -> datetime | None:
        return self.engine.session_end

    def start(self) -> None:
        now = self.clock.now()
        self.summary = WatchSummary(now)
        if self.store is not None:
            self.watch_id = self.store.start(now, self.session_end, self.reason)

    def step(self, cancelled: Callable[[], bool] = lambda: False) -> list[MonitorEvent]:
        """One sample, judged and kept. Returns the events it caused (usually none)."""
        if self.summary is None:
            self.start()
        assert self.summary is not None
        sample = self.sampler.sample(self.clock.now(), self.clock.monotonic(), cancelled)
        events = self.engine.feed(sample)
        self.summary.samples += 1
        self.summary.events.extend(events)
        if self.store is not None and self.watch_id is not None:
            self._pending.append(sample)
            if events:
                self.store.add_events(self.watch_id, events)
            if len(self._pending) >= FLUSH_EVERY:
                self._flush()
        return events

    def _flush(self) -> None:
        if self.store is not None and self.watch_id is not None and self._pending:
            self.store.add_samples(self.watch_id, self._pending)
        self._pending = []

    def finish(self) -> WatchSummary:
        if self.summary is None:
            self.start()
        assert self.summary is not None
        self.summary.ended = self.clock.now()
        self._flush()
        if self.store is not None and self.watch_id is not None:
            self.store.finish(self.watch_id, self.summary.ended)
        self.sampler.close()
        return self.summary

    def run(
        self,
        minutes: float | None,
        on_event: Callable[[MonitorEvent], None] = lambda _e: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> WatchSummary:
        """Sample every ``limits.interval_s`` until *minutes* have passed (None: until
        *cancelled* or the session's end), then finish. A tick missed (a slow sample, a laptop
        asleep) is skipped, never caught up in a burst."""
        self.start()
        begin = self.clock.monotonic()
        deadline = None if minutes is None else begin + minutes * 60.0
        if deadline is None and self.session_end is not None:
            left = (self.session_end - self.clock.now()).total_seconds()
            deadline = begin + max(0.0, left)
        next_at = begin
        try:
            while not cancelled() and (deadline is None or self.clock.monotonic() < deadline):
                for event in self.step(cancelled):
                    on_event(event)
                now = self.clock.monotonic()
                next_at += self.limits.interval_s
                if next_at < now:
                    next_at = now
                wait = next_at - now if deadline is None else min(next_at, deadline) - now
                self.clock.sleep(max(0.0, wait))
        finally:
            summary = self.finish()
        return summary
