"""When a problem is raised and cleared: only on sustained trouble, never on one bad sample.

Each problem has a rule fed one Sample at a time. Most are "k of n": raised when ``over`` of
the last ``window`` samples are over the limit (Twilio's 3 of 5), cleared after ``clear_after``
good samples in a row. Loss is averaged over ``loss_window`` samples, and needs several lossy
samples. A sample without the figure (no battery, not on Wi-Fi, host unreachable for the loss
rule) counts neither way. The engine also decides whom to tell: at most one notification per
problem per ``renotify_minutes``, the battery only once, and the one action to offer.
"""

from __future__ import annotations

import math
import statistics
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from app.monitor.limits import MonitorLimits
from app.monitor.sample import Sample

RAISED, CLEARED, NOTE = "raised", "cleared", "note"
# Problems, in the order they are judged (other traffic first: it changes the advice).
OFFLINE, SLOW, LOSS, WIFI, BUSY, BATTERY = "offline", "slow", "loss", "wifi", "busy", "battery"
VPN_ON, VPN_OFF = "vpn_on", "vpn_off"  # notes: a VPN came up / went down
PHONE, CHARGER, PAUSE = "phone", "charger", "pause_downloads"
# Problems that interrupt the patient (the rest only go into the timeline: they are causes, and
# the round trip and loss say whether the call suffers).
NOTIFY = {OFFLINE, SLOW, LOSS, BATTERY}
CONNECTION = {OFFLINE, SLOW, LOSS}


@dataclass(frozen=True)
class MonitorEvent:
    kind: str  # RAISED, CLEARED or NOTE
    problem: str
    at: datetime
    t: float
    figure: float | None = None  # what was seen: ms, %, dBm, Mbit/s, minutes left, VPNs up
    notify: bool = False  # show a notification now
    action: str = ""  # PHONE, CHARGER, PAUSE or ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["at"] = self.at.isoformat(timespec="seconds")
        d["t"] = round(self.t, 3)
        d["figure"] = None if self.figure is None else round(self.figure, 1)
        return d


class CountRule:
    """Raised when *over* of the last *window* samples are bad; cleared after *clear_after*
    good ones in a row. *bad* returns None for "no figure in this sample"."""

    def __init__(
        self,
        bad: Callable[[Sample], bool | None],
        figure: Callable[[Sample], float | None],
        window: int,
        over: int,
        clear_after: int,
    ) -> None:
        self.bad, self.figure = bad, figure
        self.over, self.clear_after = over, clear_after
        self.window: deque[tuple[bool, float | None]] = deque(maxlen=window)
        self.active = False
        self._good_run = 0

    def feed(self, s: Sample) -> str | None:
        verdict = self.bad(s)
        if verdict is None:
            return None
        self.window.append((verdict, self.figure(s)))
        if not self.active:
            if sum(1 for bad, _f in self.window if bad) >= self.over:
                self.active, self._good_run = True, 0
                return RAISED
            return None
        self._good_run = 0 if verdict else self._good_run + 1
        if self._good_run >= self.clear_after:
            self.active = False
            self.window.clear()
            return CLEARED
        return None

    def seen(self) -> float | None:
        """The median figure of the bad samples in the window."""
        figures = [f for bad, f in self.window if bad and f is not None]
        return statistics.median(figures) if figures else None


def binomial_tail(lost: int, attempts: int, p: float) -> float:
    """P(at least *lost* of *attempts* probes lost) when each is lost with chance *p*."""
    if lost <= 0:
        return 1.0
    return sum(
        math.comb(attempts, k) * p**k * (1.0 - p) ** (attempts - k)
        for k in range(lost, attempts + 1)
    )


class LossRule:
    """Loss averaged over the last *window* samples: raised when the average is above *limit* %,
    at least *min_lossy* samples lost something, and so many losses would be bad luck less than
    once in ``1 / chance`` tries on a link with the pass-level loss (*fine* %): a few probes per
    sample cannot tell 1 % from 5 % by the average alone. Cleared when the average has stayed
    at or below half the limit for *clear_after* samples. Unreachable samples are the offline
    rule's, not this one's."""

    def __init__(
        self,
        limit: float,
        window: int,
        min_lossy: int,
        clear_after: int,
        fine: float = 1.0,
        chance: float = 1e-5,
    ) -> None:
        self.limit, self.min_lossy, self.clear_after = limit, min_lossy, clear_after
        self.fine, self.chance = fine, chance
        self.window: deque[tuple[int, int]] = deque(maxlen=window)
        self.active = False
        self._low_run = 0

    def totals(self) -> tuple[int, int]:
        return sum(lost for lost, _a in self.window), sum(a for _l, a in self.window)

    def average(self) -> float:
        lost, attempts = self.totals()
        return 100.0 * lost / attempts if attempts else 0.0

    def feed(self, s: Sample) -> str | None:
        if s.attempts == 0 or s.unreachable:
            return None
        self.window.append((s.lost, s.attempts))
        avg = self.average()
        if not self.active:
            lossy = sum(1 for lost, _a in self.window if lost)
            if (
                avg > self.limit
                and lossy >= self.min_lossy
                and binomial_tail(*self.totals(), self.fine / 100.0) < self.chance
            ):
                self.active, self._low_run = True, 0
                return RAISED
            return None
        self._low_run = self._low_run + 1 if avg <= self.limit / 2 else 0
        if self._low_run >= self.clear_after:
            self.active = False
            self.window.clear()
            return CLEARED
        return None

    def seen(self) -> float | None:
        return self.average()


class RulesEngine:
    """Feeds each sample to every rule and returns what changed, with whom to tell."""

    def __init__(self, limits: MonitorLimits, session_end: datetime | None = None) -> None:
        self.limits = limits
        self.session_end = session_end
        w, o, c = limits.window, limits.over, limits.clear_after
        self.rules: dict[str, CountRule | LossRule] = {
            BUSY: CountRule(self._busy, lambda s: s.other_mbps, w, o, c),
            OFFLINE: CountRule(self._offline, lambda s: None, w, o, c),
            SLOW: CountRule(self._slow, lambda s: s.rtt_ms, w, o, c),
            LOSS: LossRule(
                limits.loss_pct,
                limits.loss_window,
                limits.loss_min_samples,
                c,
                limits.loss_fine_pct,
                limits.loss_chance,
            ),
            WIFI: CountRule(self._wifi, lambda s: s.wifi_dbm, w, o, c),
            BATTERY: CountRule(self._battery, lambda s: s.minutes_left, w, o, c),
        }
        self._last_notified: dict[str, float] = {}
        self._battery_told = False
        self._vpn: int | None = None

    # the limits, one per problem ------------------------------------------------------------
    def _offline(self, s: Sample) -> bool | None:
        if s.link_up is False:
            return True
        return s.unreachable if s.attempts else None

    def _slow(self, s: Sample) -> bool | None:
        return None if s.rtt_ms is None else s.rtt_ms > self.limits.rtt_ms

    def _wifi(self, s: Sample) -> bool | None:
        return None if s.wifi_dbm is None else s.wifi_dbm < self.limits.wifi_dbm

    def _busy(self, s: Sample) -> bool | None:
        return None if s.other_mbps is None else s.other_mbps > self.limits.busy_mbps

    def _battery(self, s: Sample) -> bool | None:
        if s.battery_pct is None:
            return None
        if s.plugged:
            return False
        if s.minutes_left is not None and self.session_end is not None:
            still = (self.session_end - s.at).total_seconds() / 60.0
            return still > 0 and s.minutes_left < still + self.limits.battery_margin_min
        return s.battery_pct < self.limits.battery_pct

    # feeding ----------------------------------------------------------------------------------
    def active(self) -> list[str]:
        return [name for name, rule in self.rules.items() if rule.active]

    def feed(self, s: Sample) -> list[MonitorEvent]:
        events: list[MonitorEvent] = []
        if self._vpn is not None and s.vpn != self._vpn:
            note = VPN_ON if s.vpn > self._vpn else VPN_OFF
            events.append(MonitorEvent(NOTE, note, s.at, s.t, float(s.vpn)))
        self._vpn = s.vpn
        for name, rule in self.rules.items():
            change = rule.feed(s)
            if change == RAISED:
                notify = self._should_notify(name, s.t)
                events.append(
                    MonitorEvent(RAISED, name, s.at, s.t, rule.seen(), notify, self._action(name))
                )
            elif change == CLEARED:
                events.append(MonitorEvent(CLEARED, name, s.at, s.t))
        return events

    def _should_notify(self, problem: str, t: float) -> bool:
        if problem not in NOTIFY:
            return False
        if problem == BATTERY:  # "Plug in your charger" once per session
            told, self._battery_told = self._battery_told, True
            return not told
        last = self._last_notified.get(problem)
        if last is not None and t - last < self.limits.renotify_s:
            return False
        self._last_notified[problem] = t
        return True

    def _action(self, problem: str) -> str:
        if problem == BATTERY:
            return CHARGER
        if problem in CONNECTION:
            busy = problem != OFFLINE and self.rules[BUSY].active
            return PAUSE if busy else PHONE
        return ""
