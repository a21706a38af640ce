"""`session-ready selftest`: print which bundled parts are present and working (app.selftest)."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import common_parser
from app.i18n import translate
from app.selftest import run_selftest


def _cmd(args: argparse.Namespace) -> int:
    parts = run_selftest()
    ok = all(p.ok for p in parts)
    if args.json:
        print(
            json.dumps(
                {p.name: {"ok": p.ok, "notice": p.notice, "detail": p.detail} for p in parts},
                indent=2,
            )
        )
    else:
        for p in parts:
            mark = ("!" if p.notice else "✓") if p.ok else "✕"
            print(f"{mark} {p.name}: {p.detail}")
        if ok:
            print(translate("SelfTest", "All parts of SessionReady are in place."))
        else:
            print(
                translate(
                    "SelfTest",
                    "Some parts of SessionReady are missing or broken. "
                    "Reinstall it, or show this to tech help.",
                ),
                file=sys.stderr,
            )
    return 0 if ok else 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "selftest",
        parents=[common_parser()],
        help="check that every part SessionReady needs is installed (no devices, no network)",
        description="Load OpenCV's face detector, PortAudio, the keyring backends, the calendar "
        "and encryption libraries and the translations; exit 1 if any is missing.",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=_cmd)
