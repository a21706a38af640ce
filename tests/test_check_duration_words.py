"""One true figure for how long "Check my setup" takes, said the same way everywhere.

Measured with benchmarks/readiness.py (every check together against the local stand-ins,
`session-ready check --json --no-interactive`): 8.7 s on an idle machine, 14.8 s under load
(see the branch report). The window adds the patient's answer to "did you hear the tone?",
so the patient is told "about 20 seconds"."""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
FIGURE = "about 20 seconds"


def test_every_promise_of_the_check_duration_names_the_same_figure() -> None:
    promises = []
    for path in APP.rglob("*.py"):
        for m in re.finditer(r"(?<!tour )takes about [^.\"]*", path.read_text("utf-8")):
            promises.append((path.name, m.group(0)))
    assert len(promises) >= 4, promises  # Home, Ready, the checks page, the tour
    assert all(FIGURE in text for _name, text in promises), promises
