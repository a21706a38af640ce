"""Where SessionReady keeps its files.

The data directory is ``$SESSIONREADY_HOME`` when set (tests always set it), otherwise the
platform's per-user data location from platformdirs (the same place QStandardPaths'
AppLocalDataLocation names, but usable from the Qt-free core and the CLI). It is created with
owner-only permissions.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

from app import APP_NAME


def data_dir() -> Path:
    env = os.environ.get("SESSIONREADY_HOME")
    path = Path(env) if env else default_data_dir()
    return ensure_private_dir(path)


def default_data_dir(dirs: Callable[..., Any] = platformdirs.PlatformDirs) -> Path:
    """The per-user data folder; *dirs* is platformdirs' class for the OS (tests pass another)."""
    return Path(dirs(APP_NAME, appauthor=False).user_data_path)


def ensure_private_dir(path: Path) -> Path:
    """Create *path* (and parents) readable by the owner only."""
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def log_dir() -> Path:
    return ensure_private_dir(data_dir() / "logs")


def resources_dir() -> Path:
    """The read-only resources (thresholds, checklist, translations, icons)."""
    env = os.environ.get("SESSIONREADY_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
