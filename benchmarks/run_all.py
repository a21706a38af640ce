"""Run every benchmark, print one table, and write it to benchmarks/results.md (`make bench`)."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, load, machine, table

# Each module exposes run() -> list[Row]. Order = order in the table.
MODULES = [
    "benchmarks.startup",
    "benchmarks.readiness",
    "benchmarks.connection",
    "benchmarks.stun",
    "benchmarks.vault",
    "benchmarks.devices",
    "benchmarks.ui",
    "benchmarks.schedule",
    "benchmarks.monitor",
]


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def update_readme(readme: Path, header: str, text: str) -> bool:
    """Replace the table between the bench markers in the README's Performance section."""
    if not readme.exists():
        return False
    content = readme.read_text("utf-8")
    if START not in content or END not in content:
        return False
    machine_line = header.split("\n\n", 1)[1].strip()  # "Measured … on …\nLoad …\nTargets …"
    before, rest = content.split(START, 1)
    _old, after = rest.split(END, 1)
    readme.write_text(f"{before}{START}\n{machine_line}\n\n{text}\n{END}{after}", "utf-8")
    return True


def main() -> int:
    rows: list[Row] = []
    loads: list[str] = []
    for name in MODULES:
        loads.append(f"{name.split('.')[-1]} {load()}")
        print(f"running {name} (load {load()}) …", file=sys.stderr, flush=True)
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
        f"{machine()}.\nLoad average (1/5/15 min) as each part started: {'; '.join(loads)}.\n"
        "Targets are aims, not pass/fail gates. Regenerate with `make bench`.\n\n"
    )
    (Path(__file__).parent / "results.md").write_text(header + text + "\n", "utf-8")
    update_readme(Path(__file__).resolve().parent.parent / "README.md", header, text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
