"""What every command shares: the ``--profile FILE`` option and the profile it selects."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.paths import data_dir
from app.profile import Profile, ProfileStore, load_profile_file


def common_parser() -> argparse.ArgumentParser:
    """Options every command takes (use as ``parents=[common_parser()]``)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--profile",
        metavar="FILE",
        type=Path,
        help="use this program profile (JSON or TOML) for this run instead of the saved one",
    )
    return p


def effective_profile(args: argparse.Namespace) -> Profile:
    """The --profile file if given (raises ProfileError), else the saved profile."""
    if getattr(args, "profile", None):
        return load_profile_file(args.profile)
    return ProfileStore(data_dir()).load()
