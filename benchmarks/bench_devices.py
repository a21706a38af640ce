"""Timings of the device checks on this machine (camera fed from a video file; no sound card).

.venv/bin/python benchmarks/bench_devices.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    import numpy as np

    from app.checks.base import CheckContext
    from app.checks.camera import CameraCheck, detect_faces
    from tests.harness import video

    tmp = Path(tempfile.mkdtemp(prefix="sr-bench-"))
    t = time.perf_counter()
    import cv2  # noqa: F401

    print(f"import cv2: {1000 * (time.perf_counter() - t):.0f} ms")
    frame = video.two_faces(0)
    detect_faces(frame)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        detect_faces(frame)
        runs.append(time.perf_counter() - t)
    print(f"Haar face detection, 1024×512: median {1000 * float(np.median(runs)):.0f} ms")
    for name, fn in (("bright", video.bright), ("one_face", video.one_face)):
        path = video.write_video(tmp / f"{name}.avi", fn, frames=40, fps=30)
        t = time.perf_counter()
        r = CameraCheck().run(CheckContext(timeout_s=20, options={"camera": str(path)}))
        print(
            f"camera check on {name} (30 fps file): {time.perf_counter() - t:.2f} s,"
            f" measured fps {r.metric('fps')}, status {r.status.value}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
