"""`session-ready check`: run the checks headless, print the results, exit with the verdict.

Exit codes: 0 ready, 1 ready with warnings, 2 not ready, 3 the checks could not run, 64 a
mistake on the command line (an unknown --only name).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from app.checks.base import Check, CheckResult
from app.checks.history import HistoryStore
from app.checks.options import RunOptions
from app.checks.record import run_and_record
from app.checks.registry import build_checks
from app.checks.runner import RunnerAskFn
from app.checks.verdict import Verdict
from app.cli.common import common_parser, effective_profile
from app.i18n import translate
from app.paths import data_dir
from app.report.build import unit_for
from app.report.words import figure_text

EXIT_COULD_NOT_RUN = 3
EXIT_USAGE = 64  # sysexits.h EX_USAGE: distinct from every verdict
WORDS = {"pass": "OK", "warn": "!", "fail": "X", "unavailable": "-", "error": "?"}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check",
        parents=[common_parser()],
        help="run the pre-session checks without the window",
        description="Run the checks and print the results. Exit code: 0 ready, 1 ready with "
        "warnings, 2 not ready, 3 the checks could not run, 64 an unknown --only name.",
    )
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument(
        "--only", metavar="IDS", help="comma-separated check ids to run (e.g. connection,camera)"
    )
    p.add_argument("--camera", metavar="INDEX|PATH", default="", help="camera index or video file")
    p.add_argument("--microphone", metavar="NAME", default="", help="input device name")
    p.add_argument("--speaker", metavar="NAME", default="", help="output device name")
    p.add_argument(
        "--no-interactive",
        action="store_true",
        help="never ask questions (e.g. “did you hear the tone?”)",
    )
    p.set_defaults(func=cmd_check)


def _stdin_ask(check_id: str, question: str, choices: Sequence[str], seconds: float) -> str | None:
    """Ask on the terminal: the answer's number or its text."""
    labels = " / ".join(f"{i + 1}={c}" for i, c in enumerate(choices))
    print(f"{question} [{labels}] ", end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline().strip()
    if line.isdigit() and 1 <= int(line) <= len(choices):
        return choices[int(line) - 1]
    return next((c for c in choices if c.lower() == line.lower()), None)


class UnknownChecks(ValueError):
    def __init__(self, unknown: list[str], valid: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown, self.valid = unknown, valid


def select_checks(checks: list[Check], only: str | None) -> list[Check]:
    """The checks named in *only* (comma-separated ids), in their usual order; raises
    UnknownChecks naming the valid ids when a name is not a check."""
    if not only:
        return checks
    wanted = [w.strip().lower() for w in only.split(",") if w.strip()]
    valid = [c.id for c in checks]
    unknown = [w for w in wanted if w not in valid]
    if unknown or not wanted:
        raise UnknownChecks(unknown or [only], valid)
    return [c for c in checks if c.id in wanted]


def cmd_check(args: argparse.Namespace) -> int:
    profile = effective_profile(args)
    interactive = not args.no_interactive and sys.stdin is not None and sys.stdin.isatty()
    options = RunOptions(
        profile=profile,
        camera=args.camera,
        microphone=args.microphone,
        speaker=args.speaker,
        interactive=interactive,
        session_minutes=float(profile.session_minutes),
    )
    try:
        checks = select_checks(build_checks(), args.only)
    except UnknownChecks as exc:
        print(
            translate(
                "CLI", "Unknown check name for --only: {names}. Valid names: {valid}."
            ).format(names=", ".join(exc.unknown), valid=", ".join(exc.valid)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    ask: RunnerAskFn | None = _stdin_ask if interactive else None
    run = run_and_record(checks, options, _history(), ask=ask)
    if run.verdict is None:  # cancelled
        return EXIT_COULD_NOT_RUN
    results = list(run.results)
    if args.json:
        print(json.dumps(as_json(results, run.verdict), indent=2, ensure_ascii=False))
    else:
        print_text(results, run.verdict, {c.id: c.title for c in checks})
    if all(r.details.get("error") for r in results):
        return EXIT_COULD_NOT_RUN
    return run.verdict.exit_code


def _history() -> HistoryStore | None:
    try:
        return HistoryStore(data_dir())
    except OSError:
        return None


def as_json(results: Sequence[CheckResult], verdict: Verdict) -> dict[str, Any]:
    return {"verdict": verdict.to_dict(), "results": [r.to_dict() for r in results]}


def print_text(results: Sequence[CheckResult], verdict: Verdict, titles: dict[str, str]) -> None:
    for r in results:
        print(
            f"[{WORDS.get(r.status.value, '?')}] {titles.get(r.check_id, r.check_id)}: {r.headline}"
        )
        for a in r.advice:
            print(f"      - {a}")
        for m in r.metrics:
            print(f"      {figure_text(m.name, m.value, unit_for(m))}")
    print()
    print(verdict.headline)
    for i, fix in enumerate(verdict.fixes, 1):
        print(f"  {i}. {fix}")
    if verdict.phone_fallback:
        print(verdict.phone_message())
