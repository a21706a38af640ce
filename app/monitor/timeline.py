"""A watch told in plain sentences: "Wi-Fi signal fell at 6:42 PM (-78 dBm), for 4 min";
"Round trip above 400 ms for 3 min, from 6:50 PM". Episodes of one problem less than a minute
apart are told as one. Times are formatted by the caller (the window uses the patient's locale).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.i18n import translate
from app.monitor.limits import MonitorLimits
from app.monitor.problems import EPISODES, NOTHING, duration_text
from app.monitor.rules import CLEARED, NOTE, RAISED, MonitorEvent
from app.monitor.store import WatchRecord

MERGE_GAP_S = 60.0


@dataclass(frozen=True)
class Episode:
    problem: str
    start: datetime
    end: datetime | None  # None: still on when the watch ended
    figure: float | None
    notified: bool

    @property
    def seconds(self) -> float | None:
        return None if self.end is None else (self.end - self.start).total_seconds()

    def to_dict(self) -> dict[str, Any]:
        return {
            "problem": self.problem,
            "start": self.start.isoformat(timespec="seconds"),
            "end": None if self.end is None else self.end.isoformat(timespec="seconds"),
            "minutes": None if self.seconds is None else round(self.seconds / 60.0, 1),
            "figure": None if self.figure is None else round(self.figure, 1),
            "notified": self.notified,
        }


def episodes(events: Iterable[MonitorEvent], merge_gap_s: float = MERGE_GAP_S) -> list[Episode]:
    """Raise/clear pairs as episodes (notes as points), in the order they began. A problem
    raised again less than *merge_gap_s* after it cleared continues its last episode."""
    out: list[Episode] = []
    last: dict[str, int] = {}  # problem -> index in *out* of its latest episode
    for e in events:
        if e.kind == NOTE:
            out.append(Episode(e.problem, e.at, e.at, e.figure, False))
        elif e.kind == RAISED:
            i = last.get(e.problem)
            prev = out[i] if i is not None else None
            if (
                i is not None
                and prev is not None
                and prev.end is not None
                and (e.at - prev.end).total_seconds() < merge_gap_s
            ):
                figures = [f for f in (prev.figure, e.figure) if f is not None]
                figure = (min if e.problem == "wifi" else max)(figures) if figures else None
                out[i] = Episode(e.problem, prev.start, None, figure, prev.notified or e.notify)
            else:
                last[e.problem] = len(out)
                out.append(Episode(e.problem, e.at, None, e.figure, e.notify))
        elif e.kind == CLEARED and e.problem in last:
            i = last[e.problem]
            ep = out[i]
            if ep.end is None:
                out[i] = Episode(ep.problem, ep.start, e.at, ep.figure, ep.notified)
    return out


def _figure(problem: str, value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:.0f}" if problem != "loss" else f"{value:.1f}"


def timeline_lines(
    events: Iterable[MonitorEvent],
    limits: MonitorLimits,
    time_text: Callable[[datetime], str],
) -> list[str]:
    return episode_lines(episodes(events), limits, time_text)


def episode_lines(
    eps: Iterable[Episode], limits: MonitorLimits, time_text: Callable[[datetime], str]
) -> list[str]:
    lines = []
    for ep in eps:
        if ep.problem not in EPISODES:
            continue
        ended, still = EPISODES[ep.problem]
        template = ended if ep.seconds is not None else still
        lines.append(
            translate("Monitor", template).format(
                time=time_text(ep.start),
                duration=duration_text(ep.seconds or 0.0),
                figure=_figure(ep.problem, ep.figure),
                limit=f"{limits.rtt_ms:.0f}",
            )
        )
    return lines


def report_lines(
    timeline: dict[str, Any], limits: MonitorLimits, time_text: Callable[[datetime], str]
) -> list[str]:
    """The sentences again, from the report's ``session_timeline`` (app.report)."""
    eps = []
    for e in timeline.get("episodes", []):
        try:
            start = datetime.fromisoformat(e["start"])
            end = datetime.fromisoformat(e["end"]) if e["end"] else None
        except (KeyError, TypeError, ValueError):
            continue
        eps.append(Episode(str(e["problem"]), start, end, e.get("figure"), bool(e["notified"])))
    return episode_lines(eps, limits, time_text)


def summary_line(lines: list[str]) -> str:
    return "; ".join(lines) if lines else translate("Monitor", NOTHING)


def local_time_text(dt: datetime) -> str:
    """24-hour local time, for the command line and the report (the window uses its locale)."""
    return dt.astimezone().strftime("%H:%M")


def _utc(dt: datetime | None) -> str | None:
    return None if dt is None else dt.astimezone(UTC).isoformat(timespec="seconds")


def watch_report(watch: WatchRecord | None, max_episodes: int = 50) -> dict[str, Any] | None:
    """The last watch for the support report: when, how many samples, a few figures, and its
    episodes (problem ids, times in UTC, minutes, figure) — no host, no title, no network name."""
    if watch is None:
        return None
    rtts = sorted(s.rtt_ms for s in watch.samples if s.rtt_ms is not None)
    lost = sum(s.lost for s in watch.samples)
    attempts = sum(s.attempts for s in watch.samples)
    wifi = [s.wifi_dbm for s in watch.samples if s.wifi_dbm is not None]
    battery = [s.battery_pct for s in watch.samples if s.battery_pct is not None]

    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 1)

    return {
        "started": _utc(watch.started),
        "ended": _utc(watch.ended),
        "planned_end": _utc(watch.planned_end),
        "reason": watch.reason if watch.reason in ("join", "schedule", "cli") else "other",
        "samples": len(watch.samples),
        "figures": {
            "rtt_median_ms": r(statistics.median(rtts)) if rtts else None,
            "rtt_p95_ms": r(rtts[min(len(rtts) - 1, int(0.95 * len(rtts)))]) if rtts else None,
            "loss_pct": r(100.0 * lost / attempts) if attempts else None,
            "wifi_weakest_dbm": r(min(wifi)) if wifi else None,
            "battery_lowest_pct": r(min(battery)) if battery else None,
        },
        "episodes": [
            {**e.to_dict(), "start": _utc(e.start), "end": _utc(e.end)}
            for e in episodes(watch.events)[:max_episodes]
        ],
    }
