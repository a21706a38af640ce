"""Device-check timings on this machine: the cost of OpenCV (imported lazily, off the start-up
path), Haar face detection, and the camera check fed from a video file (no real camera here).

.venv/bin/python benchmarks/devices.py [runs]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, median, table

ROOT = Path(__file__).resolve().parent.parent


def _import_cv2_ms() -> float:
    """A fresh interpreter each time: the import cost a worker pays on first use."""
    code = "import time; t = time.perf_counter(); import cv2; print(time.perf_counter() - t)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return 1000 * float(out.stdout.strip())


def run(runs: int = 5) -> list[Row]:
    from app.checks.base import CheckContext
    from app.checks.camera import CameraCheck
    from app.checks.options import RunOptions
    from app.devices.faces import detect_faces
    from tests.harness import video

    rows: list[Row] = []
    cv2_ms = median([_import_cv2_ms() for _ in range(runs)])
    rows.append(
        Row(
            "devices",
            "import cv2 (first camera use)",
            f"{cv2_ms:.0f} ms",
            "",
            None,
            f"median of {runs}; lazy, on a worker",
        )
    )
    frame = video.two_faces(0)
    detect_faces(frame)  # loads the cascade
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        detect_faces(frame)
        times.append(time.perf_counter() - t)
    rows.append(
        Row(
            "devices",
            "Haar face detection, 1024×512 frame",
            f"{1000 * median(times):.0f} ms",
            "",
            None,
            f"median of {runs}",
        )
    )
    with tempfile.TemporaryDirectory(prefix="sr-bench-") as tmp:
        for name, fn in (("bright", video.bright), ("one_face", video.one_face)):
            path = video.write_video(Path(tmp) / f"{name}.avi", fn, frames=40, fps=30)
            walls, fps, status = [], [], ""
            for _ in range(runs):
                t = time.perf_counter()
                r = CameraCheck().run(
                    CheckContext(timeout_s=20, options=RunOptions(camera=str(path)))
                )
                walls.append(time.perf_counter() - t)
                fps.append(float(r.metric("fps") or 0))
                status = r.status.value
            rows.append(
                Row(
                    "devices",
                    f"camera check, 30 fps video ({name})",
                    f"{median(walls):.2f} s",
                    "",
                    None,
                    f"median of {runs}; measured {median(fps):.1f} fps; status {status}",
                )
            )
    return rows


if __name__ == "__main__":
    print(table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
