"""The vault folder on disk: owner-only, and no temporary file left behind by a crash.

Temporary files the vault makes carry the process id in their name
(``.backup-<pid>-<random>.db``, ``.import-<pid>-<random>.db``): at the next start those of a
process that is gone are removed (they hold old ciphertexts, e.g. of deleted notes). The header's
own temporary files (``.vault.json.<random>.tmp``, from the atomic write) carry no process id, so
they are removed once older than a minute (an atomic write takes milliseconds).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from pathlib import Path

from app.paths import ensure_private_dir

log = logging.getLogger(__name__)

TEMP_PREFIXES = (".backup-", ".import-")
HEADER_TEMP_AGE_S = 60.0


def temp_db(directory: Path, kind: str) -> Path:
    """A temporary database path for *kind* ("backup" / "import"), tagged with our pid."""
    return Path(directory) / f".{kind}-{os.getpid()}-{uuid.uuid4().hex}.db"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's), or cannot tell: keep it
    return True


def _owner_pid(name: str) -> int | None:
    """The pid in a tagged temp name; None for an untagged (older) one."""
    for prefix in TEMP_PREFIXES:
        if name.startswith(prefix):
            head = name[len(prefix) :].split("-", 1)[0]
            return int(head) if head.isdigit() else None
    return None


def leftovers(directory: Path, now: float | None = None) -> list[Path]:
    """Temporary files in *directory* that no running write owns any more."""
    now = time.time() if now is None else now
    found = []
    try:
        entries = list(Path(directory).iterdir())
    except OSError:
        return []
    for path in entries:
        name = path.name
        if name.startswith(TEMP_PREFIXES):
            pid = _owner_pid(name)
            if pid is None or not _alive(pid):
                found.append(path)
        elif name.startswith(".vault.json.") and name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > HEADER_TEMP_AGE_S:
                    found.append(path)
    return found


def tidy(directory: Path) -> int:
    """At start: remove leftovers, and make the folder and its files owner-only (folders made
    by older versions were 0755, files 0644). Returns how many leftovers were removed."""
    directory = Path(directory)
    if not directory.exists():
        return 0
    removed = 0
    for path in leftovers(directory):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    if removed:
        log.info("removed %d temporary file(s) left behind by an earlier crash", removed)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            directory.chmod(0o700)
            for path in directory.iterdir():
                if path.is_file():
                    path.chmod(0o600)
    return removed


def private_dir(directory: Path) -> Path:
    return ensure_private_dir(Path(directory))
