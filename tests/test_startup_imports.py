"""Start-up stays light: the main window does not import the heavy libraries (numpy, OpenCV,
icalendar, keyring, cryptography, sounddevice, speedtest). They are imported where they are
first used (a check, a calendar parse, the first vault unlock), on worker threads.

Structural (which modules are loaded), never timed: the timings live in benchmarks/startup.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "numpy",
    "cv2",
    "icalendar",
    "recurring_ical_events",
    "keyring",
    "cryptography",
    "sounddevice",
    "speedtest",
    "aioice",
)

IMPORT_ONLY = "import app.ui.main_window"

BUILD_AND_SHOW = """
from app.paths import data_dir
from app.ui.application import build_window, create_application
from app.ui.context import AppContext

app = create_application(["SessionReady"])
window = build_window(AppContext(data_dir()))
window.show()
app.processEvents()
"""

REPORT = "\nimport json, sys\nprint(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))\n"


def loaded_heavy_modules(code: str, home: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SESSIONREADY_HOME=str(home))
    out = subprocess.run(
        [sys.executable, "-c", code + REPORT.format(heavy=HEAVY)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    loaded: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("code", [IMPORT_ONLY, BUILD_AND_SHOW], ids=["import", "build-and-show"])
def test_main_window_starts_without_heavy_libraries(code: str, tmp_path: Path) -> None:
    assert loaded_heavy_modules(code, tmp_path / "home") == []


def test_the_probe_does_see_a_heavy_import(tmp_path: Path) -> None:
    # guards the test above against passing vacuously (e.g. a broken report line)
    assert loaded_heavy_modules(
        "import app.devices.audiomath; app.devices.audiomath.make_tone(440, 0.1, 8000)", tmp_path
    ) == ["numpy"]
