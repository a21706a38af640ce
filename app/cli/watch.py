"""`session-ready watch`: the session monitor without a window. Prints each problem as it is
raised and cleared (one JSON object per line with --json), then a summary.

Exit codes: 0 nothing was raised, 1 something was, 3 the monitor could not start.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from typing import Any

from app.cli.common import common_parser, effective_profile
from app.i18n import translate
from app.monitor.limits import load_limits
from app.monitor.monitor import Monitor, WatchSummary
from app.monitor.problems import NOTICES, action_label, notice, problem_name
from app.monitor.rules import CLEARED, PHONE, RAISED, MonitorEvent
from app.monitor.samplers import SystemSampler, probe_target
from app.monitor.store import MonitorStore
from app.monitor.timeline import local_time_text, summary_line, timeline_lines
from app.paths import data_dir

EXIT_COULD_NOT_RUN = 3


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "watch",
        parents=[common_parser()],
        help="watch the connection and battery during a session, without the window",
        description="Watch the connection to the video host, the link, other apps' traffic and "
        "the battery, and print each problem as it is raised and cleared, then a summary. "
        "Never opens a camera or microphone, never runs a speed test. Exit code: 0 nothing "
        "was raised, 1 something was.",
    )
    p.add_argument(
        "--minutes",
        type=float,
        default=None,
        metavar="N",
        help="stop after N minutes (default: the profile's session length; Ctrl+C stops early)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object per line")
    p.add_argument(
        "--interval",
        type=float,
        default=None,
        metavar="S",
        help="seconds between samples (default: from resources/thresholds.toml)",
    )
    p.set_defaults(func=cmd_watch)


def _event_text(e: MonitorEvent, phone: str) -> str:
    when = local_time_text(e.at)
    name = problem_name(e.problem)
    if e.kind == RAISED:
        action = action_label(e.action)
        if e.action == PHONE and phone:
            action = f"{action}: {phone}"
        if e.problem in NOTICES:
            _title, message = notice(e.problem, e.action)
            name = f"{name}. {message}" + (f" → {action}" if action else "")
        return f"{when} [!] {name}"
    if e.kind == CLEARED:
        return translate("CLI", "{time} [ok] {problem}: back to normal").format(
            time=when, problem=name
        )
    return f"{when} [i] {name}"


def _print_event(e: MonitorEvent, as_json: bool, phone: str) -> None:
    if as_json:
        print(json.dumps({"type": "event", **e.to_dict()}, ensure_ascii=False), flush=True)
    else:
        print(_event_text(e, phone), flush=True)


def _print_summary(summary: WatchSummary, monitor: Monitor, as_json: bool) -> None:
    lines = timeline_lines(summary.events, monitor.limits, local_time_text)
    if as_json:
        out = {
            "type": "summary",
            "started": summary.started.isoformat(timespec="seconds"),
            "ended": summary.ended.isoformat(timespec="seconds") if summary.ended else None,
            "samples": summary.samples,
            "raised": summary.raised,
            "timeline": lines,
        }
        print(json.dumps(out, ensure_ascii=False), flush=True)
        return
    print()
    print(
        translate("CLI", "Watched {samples} samples. {summary}").format(
            samples=summary.samples, summary=summary_line(lines)
        )
    )


def cmd_watch(args: argparse.Namespace) -> int:
    profile = effective_profile(args)
    limits = load_limits()
    if args.interval is not None:
        import dataclasses

        limits = dataclasses.replace(limits, interval_s=max(0.2, args.interval))
    minutes = args.minutes if args.minutes is not None else float(profile.session_minutes)
    try:
        store: MonitorStore | None = MonitorStore(data_dir())
    except OSError:
        store = None
    sampler = SystemSampler.for_profile(profile, count=limits.probes)
    monitor = Monitor(sampler, limits, store=store, reason="cli")
    host, port = probe_target(profile)
    if not args.json:
        print(
            translate("CLI", "Watching the connection to {host} every {seconds:g} s …").format(
                host=host if port == 443 else f"{host}:{port}", seconds=limits.interval_s
            ),
            file=sys.stderr,
            flush=True,
        )
    previous = signal.signal(signal.SIGTERM, _stop)  # `kill` stops it like Ctrl+C: with a summary
    try:
        summary = monitor.run(minutes, lambda e: _print_event(e, args.json, profile.phone_line))
    except KeyboardInterrupt:  # Ctrl+C: the monitor finished in run(); say what it saw
        summary = monitor.summary or WatchSummary(monitor.clock.now())
    finally:
        signal.signal(signal.SIGTERM, previous)
    _print_summary(summary, monitor, args.json)
    return 1 if summary.raised else 0


def _stop(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
