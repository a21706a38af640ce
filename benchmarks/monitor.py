"""The session monitor's cost and speed on a real link (issue 17).

Two network namespaces (tests/harness/monitor_link.py: a web server as the video host behind a delaying
proxy, loss with nftables). In the client namespace:
1. the monitor runs for ``--minutes`` (default 10) of real time with its default settings; CPU
   (user + system seconds of the process / wall seconds) and memory (peak RSS during the run −
   RSS just before it started; plus what importing the monitor costs over a bare interpreter);
2. detection latency: ``session-ready watch --json`` on a good link; the benchmark adds 600 ms of
   delay, or 40 % loss, and times how long until the problem is reported (and cleared after).

Run as root: ``.venv/bin/python benchmarks/monitor.py [--minutes 10] [--repeat 3]``; ``run()``
returns ``benchmarks.common.Row`` s for ``make bench``. Without root, iproute2 or nftables it
says so in one row.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import Row, median, table  # noqa: E402

PY = sys.executable
MINUTES = 10.0
REPEAT = 3

COST_CODE = r"""
import json, resource, sys, time
from pathlib import Path
import psutil
proc = psutil.Process()
bare = proc.memory_info().rss
from app.monitor.monitor import Monitor
from app.monitor.samplers import SystemSampler
from app.monitor.store import MonitorStore
from app.profile import Profile
imported = proc.memory_info().rss
limits_sampler = SystemSampler.for_profile(Profile(video_host=sys.argv[1]))
monitor = Monitor(limits_sampler, store=MonitorStore(Path(sys.argv[2])), reason="bench")
before = proc.memory_info().rss
cpu0 = proc.cpu_times(); t0 = time.monotonic()
summary = monitor.run(float(sys.argv[3]))
wall = time.monotonic() - t0; cpu1 = proc.cpu_times()
after = proc.memory_info().rss
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"cpu_s": (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system), "wall_s": wall,
    "bare": bare, "imported": imported, "before": before, "after": after, "peak": peak,
    "samples": summary.samples, "raised": summary.raised}))
"""


def can_shape() -> bool:
    return bool(os.geteuid() == 0 and shutil.which("ip") and shutil.which("nft"))


def _cost(link, home: Path, minutes: float) -> dict:  # type: ignore[no-untyped-def]
    out = subprocess.run(
        [*link.client_cmd(), PY, "-c", COST_CODE, link.video_host, str(home), str(minutes)],
        capture_output=True, text=True, check=True, timeout=minutes * 60 + 120,
        env=dict(os.environ, PYTHONPATH=str(ROOT), SESSIONREADY_HOME=str(home)),
    )  # fmt: skip
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _latency(link, home: Path, degrade, restore, problems: set[str]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Seconds from degrading the link to the report, and from restoring it to the clear."""
    profile = home / "profile.json"
    profile.write_text(json.dumps({"video_host": link.video_host}))
    proc = subprocess.Popen(
        [*link.client_cmd(), PY, "-m", "app", "watch", "--json", "--minutes", "5",
         "--profile", str(profile)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), SESSIONREADY_HOME=str(home)),
    )  # fmt: skip
    lines: queue.Queue[tuple[float, dict]] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put((time.monotonic(), json.loads(line)))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()

    def until(kind: str, start: float, timeout: float = 90.0) -> float:
        while True:
            at, obj = lines.get(timeout=timeout)
            if obj.get("kind") == kind and obj.get("problem") in problems:
                return at - start

    try:
        time.sleep(7.0)  # a few good samples first
        start = time.monotonic()
        degrade()
        raised = until("raised", start)
        start = time.monotonic()
        restore()
        cleared = until("cleared", start)
        return raised, cleared
    finally:
        restore()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # never leave a watcher behind
            print("watch did not stop within 30 s of Ctrl+C; killed", file=sys.stderr)
            proc.kill()
            proc.wait(timeout=10)
        reader.join(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()


def run(minutes: float = MINUTES, repeat: int = REPEAT) -> list[Row]:
    if not can_shape():
        return [Row("monitor", "cost and latency", "not measured", note="needs root, ip, nft")]
    from tests.harness.monitor_link import NetnsLink

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, NetnsLink(Path(tmp)) as link:
        home = Path(tmp) / "home"
        home.mkdir()
        c = _cost(link, home, minutes)
        cpu_pct = 100.0 * c["cpu_s"] / c["wall_s"]
        more_mb = (c["peak"] - c["before"]) / 2**20
        note = f"{c['samples']} samples over {c['wall_s'] / 60:.1f} min on a good netns link"
        rows += [
            Row("monitor", "CPU, % of one core", f"{cpu_pct:.2f} %", "≤ 1 %", cpu_pct <= 1.0, note),
            Row(
                "monitor",
                "memory: peak RSS − RSS at start, MB",
                f"{more_mb:.1f} MB (end {(c['after'] - c['before']) / 2**20:+.1f} MB)",
                "≤ 30 MB",
                more_mb <= 30.0,
                f"importing the monitor: +{(c['imported'] - c['bare']) / 2**20:.1f} MB "
                "over a bare interpreter",
            ),
        ]
        for name, degrade, restore, problems in (
            ("+600 ms delay", lambda: link.set_delay(600), lambda: link.set_delay(0), {"slow"}),
            ("40 % loss", lambda: link.set_loss(40), lambda: link.set_loss(0), {"loss", "offline"}),
        ):
            results = [_latency(link, home, degrade, restore, problems) for _ in range(repeat)]
            up = [r[0] for r in results]
            down = [r[1] for r in results]
            rows.append(
                Row(
                    "monitor",
                    f"detection latency, {name}: reported / cleared s",
                    f"{median(up):.1f} / {median(down):.1f} (max {max(up):.1f} / {max(down):.1f})",
                    "reported ≤ 15 s",
                    max(up) <= 15.0,
                    f"median of {repeat}; default interval, `session-ready watch --json`",
                )
            )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=MINUTES)
    ap.add_argument("--repeat", type=int, default=REPEAT)
    a = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda s, _f: (_ for _ in ()).throw(SystemExit(128 + s)))
    print(table(run(a.minutes, a.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
