"""Process hardening at start-up, before any file is made (window and CLI alike).

- ``umask 0o077``: every file and folder the program creates is owner-only, whatever code makes
  it (SQLite's -wal/-shm, logs, exports), beside the explicit chmods where files are made.
- No core dumps: RLIMIT_CORE 0, and on Linux ``prctl(PR_SET_DUMPABLE, 0)`` (a crash dump of an
  unlocked vault would hold the data key and decrypted notes; it also keeps other programs of
  the same user from attaching a debugger to read them).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def harden_process() -> None:
    if os.name == "posix":
        os.umask(0o077)
    disable_core_dumps()


def disable_core_dumps() -> bool:
    """True when core dumps are off for this process (best effort, never raises)."""
    ok = False
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        ok = True
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.info("prctl(PR_SET_DUMPABLE) refused (errno %d)", ctypes.get_errno())
    return ok
