"""Run every benchmark, print one table, and write it to benchmarks/results.md (`make bench`)."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, machine, table

# Each module exposes run() -> list[Row]. Order = order in the table.
MODULES = [
    "benchmarks.startup",
    "benchmarks.readiness",
    "benchmarks.connection",
    "benchmarks.vault",
    "benchmarks.devices",
    "benchmarks.ui",
    "benchmarks.schedule",
]


def main() -> int:
    rows: list[Row] = []
    for name in MODULES:
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            rows.extend(importlib.import_module(name).run())
        except Exception as exc:  # report and go on: one broken benchmark must not hide the rest
            traceback.print_exc()
            rows.append(
                Row(
                    name.split(".")[-1], "benchmark failed", type(exc).__name__, note=str(exc)[:120]
                )
            )
    text = table(rows)
    header = (
        f"# Benchmark results\n\nMeasured {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z} on "
        f"{machine()}.\nTargets are aims, not pass/fail gates. Regenerate with `make bench`.\n\n"
    )
    (Path(__file__).parent / "results.md").write_text(header + text + "\n", "utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
