"""``pytest --shuffle-seed N`` (tests/conftest.py, used by tools/test_stress.sh): a different order
per seed, the same order for the same seed, the file order without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _order(*args: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
        + ["tests/test_tasks.py", "tests/test_theme_colours.py", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return [line for line in out.stdout.splitlines() if "::" in line]


def test_a_seed_shuffles_the_order_and_replays_it() -> None:
    plain = _order()
    first, again, other = (
        _order("--shuffle-seed", "1"),
        _order("--shuffle-seed", "1"),
        _order("--shuffle-seed", "2"),
    )
    assert len(plain) > 5 and sorted(first) == sorted(plain)
    assert first != plain and first == again and other != first
