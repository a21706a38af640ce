"""Shared bits for the benchmark scripts: a result row, medians, the machine line, the table."""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DISPLAY = ":50"  # the Xvfb display this suite uses (nobody else's)


@dataclass(frozen=True)
class Row:
    area: str
    figure: str
    value: str
    target: str = ""
    met: bool | None = None  # None: no target
    note: str = ""


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def machine() -> str:
    try:
        import psutil

        mem = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:  # pragma: no cover
        mem = "?"
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem}, Python {platform.python_version()}"


def table(rows: Iterable[Row]) -> str:
    lines = [
        "| area | figure | measured | target | met | note |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        lines.append(f"| {r.area} | {r.figure} | {r.value} | {r.target} | {met} | {r.note} |")
    return "\n".join(lines)


def load() -> str:
    """The 1/5/15-minute load averages (other jobs share this machine: note them)."""
    try:
        a, b, c = os.getloadavg()
    except OSError:  # pragma: no cover
        return "?"
    return f"{a:.2f} / {b:.2f} / {c:.2f}"


@contextlib.contextmanager
def xvfb(display: str = DISPLAY) -> Iterator[dict[str, str]]:
    """A private X server for a real window (the xcb platform, not offscreen)."""
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is not installed (tools/sysdeps.sh bench)")
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        if proc.poll() is not None:
            raise RuntimeError(f"Xvfb {display} did not start (display in use?)")
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    finally:
        proc.terminate()
        proc.wait(5)


@contextlib.contextmanager
def pulse() -> Iterator[None]:
    """The tests' private PulseAudio daemon (sine-wave microphone, null-sink speakers)."""
    import pytest

    from tests.harness.pulse import private_pulse

    try:
        with private_pulse():
            yield
    except pytest.skip.Exception as exc:  # the harness skips outside CI; here it is an error
        raise RuntimeError(str(exc)) from None


def camera_video(directory: Path) -> Path:
    from tests.harness import video

    return video.write_video(directory / "camera.avi", video.bright, frames=60, fps=30)
