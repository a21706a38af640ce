"""The Qt binding in use keeps Python's reference counts right (a broken one aborts the app)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QObject
o = QObject()
before = sys.getrefcount(None)
for _ in range(30000):  # more than None's reference count at start: a leak aborts the process
    o.setObjectName("x")
print(sys.getrefcount(None) - before)
"""


def test_calling_qt_methods_many_times_neither_leaks_nor_aborts() -> None:
    # A camera mirror and level meter make tens of thousands of such calls in a few minutes.
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout.strip())) < 100
