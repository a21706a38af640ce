"""Start-up: process start → main window shown and exposed (offscreen and under Xvfb), and RSS
after start.

.venv/bin/python benchmarks/startup.py [runs]
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, median, table, xvfb

PROBE = r"""
import os, sys, time, json
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from app.paths import data_dir
from app.ui.application import build_window, create_application
from app.ui.context import AppContext
app = create_application(["SessionReady"])
w = build_window(AppContext(data_dir()))
w.show()
def done(tries=[0]):
    # "shown" = the window system reports the window exposed (mapped and drawable)
    handle = w.windowHandle()
    tries[0] += 1
    if not (handle is not None and handle.isExposed()) and tries[0] < 5000:
        QTimer.singleShot(1, done)
        return
    import psutil
    shown = time.time()
    print(json.dumps({"shown_s": shown - t0, "rss_mb": psutil.Process().memory_info().rss / 2**20}))
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def one(platform_name: str, env_extra: dict[str, str]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform_name, **env_extra)
    with tempfile.TemporaryDirectory() as home:
        env["SESSIONREADY_HOME"] = home
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", PROBE, repr(t0)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(runs: int = 5) -> list[Row]:
    rows: list[Row] = []
    variants: list[tuple[str, str, dict[str, str]]] = [("offscreen", "offscreen", {})]
    with contextlib.ExitStack() as stack:
        if shutil.which("Xvfb"):
            env = stack.enter_context(xvfb())
            variants.append(("Xvfb", "xcb", {"DISPLAY": env["DISPLAY"]}))
        rows += _measure(variants, runs)
    return rows


def _measure(variants: list[tuple[str, str, dict[str, str]]], runs: int) -> list[Row]:
    rows: list[Row] = []
    for label, plat, extra in variants:
        one(plat, extra)  # warm the file cache
        samples = [one(plat, extra) for _ in range(runs)]
        shown = median([s["shown_s"] for s in samples])
        rss = median([s["rss_mb"] for s in samples])
        rows.append(
            Row(
                "start-up",
                f"window shown ({label})",
                f"{shown * 1000:.0f} ms",
                "≤ 1000 ms",
                shown <= 1.0,
                f"median of {runs}",
            )
        )
        rows.append(
            Row(
                "start-up",
                f"RSS after start ({label})",
                f"{rss:.0f} MB",
                "≤ 250 MB",
                rss <= 250,
                f"median of {runs}",
            )
        )
    return rows


if __name__ == "__main__":
    print(table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
