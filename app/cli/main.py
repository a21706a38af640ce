"""Headless command line: `session-ready --help`.

Each command lives in its own module of this package exposing ``register(subparsers)``; the
parser it adds sets ``func(args) -> int``. Every command accepts ``--profile FILE`` (a program
profile for that run, app.cli.common).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from app import APP_NAME, __version__
from app.cli import check, report, schedule, selftest, watch
from app.cli.common import common_parser, effective_profile
from app.i18n import translate
from app.paths import data_dir
from app.profile import ProfileError, ProfileStore

# Modules that add sub-commands, in the order --help lists them.
COMMANDS = (check, schedule, report, selftest, watch)


def _cmd_profile(args: argparse.Namespace) -> int:
    profile = effective_profile(args)
    if args.save:
        if not args.profile:
            print(translate("CLI", "Use --save together with --profile FILE."), file=sys.stderr)
            return 2
        ProfileStore(data_dir()).save(profile)
        print(translate("CLI", "Profile saved."), file=sys.stderr)
    print(json.dumps(profile.to_dict(), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="session-ready",
        description=f"{APP_NAME}: get ready for your virtual IOP session. "
        "Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "profile",
        parents=[common_parser()],
        help="show the program profile in use, or check and save a profile file",
        description="Print the profile in use as JSON. With --profile FILE the file is validated "
        "(a bad field is named); add --save to make it the saved profile.",
    )
    p.add_argument("--save", action="store_true", help="save the --profile file as the profile")
    p.set_defaults(func=_cmd_profile)
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; output piped into a reader that stops early (``| head``) ends quietly."""
    from app.hardening import harden_process

    harden_process()  # owner-only files, no core dumps: before anything is created
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return 141 if os.name == "posix" else 1  # 128 + SIGPIPE, as a shell pipeline reports
    return code


def _quiet_stdout() -> None:
    """The reader went away: point stdout at devnull so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        lang = effective_profile(args).language
    except ProfileError:
        lang = "en"
    if lang != "en":
        try:
            from app.qt_i18n import use_language_headless

            use_language_headless(lang)
        except ImportError:
            pass
    try:
        return int(args.func(args))
    except ProfileError as exc:
        where = f" ({exc.field})" if exc.field else ""
        print(
            translate("CLI", "Profile problem{where}: {message}").format(where=where, message=exc),
            file=sys.stderr,
        )
        return 3
