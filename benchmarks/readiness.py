"""Full readiness run: every check together, as the command line runs them
(`session-ready check --json --no-interactive --camera FILE --profile FILE`), against the local
stand-ins: the speed-test server on 127.0.0.1 (throttled to 20 Mbit/s each way), a video file as
the camera, and the private PulseAudio daemon (sine-wave microphone, null-sink speakers).

Reports the wall time (process start → JSON printed) and each check's own duration and share
of the wall time (checks that do not share a device run concurrently, so shares add up to more
than 100 %).

.venv/bin/python benchmarks/readiness.py [runs]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, camera_video, median, pulse, table

ROOT = Path(__file__).resolve().parent.parent
RATE_MBIT = 20.0
TARGET_S = 12.0


def one_run(camera: Path, profile: Path) -> tuple[float, dict]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, SESSIONREADY_HOME=home, OPENCV_LOG_LEVEL="ERROR")
        env.pop("DISPLAY", None)
        t = time.perf_counter()
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "check",
                "--json",
                "--no-interactive",
                "--camera",
                str(camera),
                "--profile",
                str(profile),
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
            stdin=subprocess.DEVNULL,
        )
        wall = time.perf_counter() - t
    if out.returncode not in (0, 1, 2):
        raise RuntimeError(f"check exited {out.returncode}: {out.stderr[-1500:]}")
    return wall, json.loads(out.stdout)


def run(runs: int = 3) -> list[Row]:
    from tests.harness.speedserver import SpeedServer

    rows: list[Row] = []
    server = SpeedServer("ok", RATE_MBIT * 1e6, RATE_MBIT * 1e6).start()
    try:
        with tempfile.TemporaryDirectory() as tmp, pulse():
            camera = camera_video(Path(tmp))
            profile = Path(tmp) / "profile.json"
            profile.write_text(
                json.dumps({"speedtest_server": server.url, "video_host": server.host_port}),
                "utf-8",
            )
            one_run(camera, profile)  # warm caches (imports, cascade file)
            samples = [one_run(camera, profile) for _ in range(runs)]
    finally:
        server.close()
    walls = [w for w, _ in samples]
    wall = median(walls)
    per_check: dict[str, list[float]] = {}
    statuses: dict[str, str] = {}
    for _w, data in samples:
        for r in data["results"]:
            per_check.setdefault(r["check_id"], []).append(float(r.get("duration_s", 0.0)))
            statuses[r["check_id"]] = r["status"]
    verdict = samples[-1][1]["verdict"].get("level", "?")
    rows.append(
        Row(
            "readiness",
            "all checks together (wall)",
            f"{wall:.1f} s",
            f"≤ {TARGET_S:.0f} s",
            wall <= TARGET_S,
            f"median of {runs} (min {min(walls):.1f}, max {max(walls):.1f}); "
            f"`session-ready check --json`, process start → result; verdict {verdict}",
        )
    )
    for check_id, durations in per_check.items():
        d = median(durations)
        rows.append(
            Row(
                "readiness",
                f"check {check_id}",
                f"{d:.1f} s ({100 * d / wall:.0f} %)",
                "",
                None,
                f"median of {runs}; share of the wall time; status {statuses[check_id]}",
            )
        )
    return rows


if __name__ == "__main__":
    print(table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
