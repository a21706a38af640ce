"""Reading a file the user picked (or one we keep), with the size limit applied while reading.

``Path.read_bytes()`` on ``/dev/zero``, a FIFO or a 10 GB file reads everything before any
size check can run (a MemoryError, or a hang). :func:`read_limited` refuses what is not a
regular file (without blocking on a FIFO), checks the size first, and never reads more than
the limit plus one byte (a file that grows while it is read is refused too).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotAFile(OSError):
    """A device, pipe, socket or folder where a file was expected."""


class TooLarge(OSError):
    """The file is larger than the limit."""


def read_limited(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of the regular file *path*; raises TooLarge, NotAFile or OSError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(os.fspath(path), flags)  # O_NONBLOCK: opening a FIFO must not wait
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(f"not a regular file: {stat.S_IFMT(info.st_mode):o}")
        if info.st_size > max_bytes:
            raise TooLarge(f"{info.st_size} bytes")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > max_bytes:
                raise TooLarge(f"over {max_bytes} bytes")
            chunks.append(chunk)
    finally:
        os.close(fd)
