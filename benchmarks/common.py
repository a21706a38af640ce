"""Shared bits for the benchmark scripts: a result row, medians, the machine line, the table."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    area: str
    figure: str
    value: str
    target: str = ""
    met: bool | None = None  # None: no target
    note: str = ""


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def machine() -> str:
    try:
        import psutil

        mem = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:  # pragma: no cover
        mem = "?"
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem}, Python {platform.python_version()}"


def table(rows: Iterable[Row]) -> str:
    lines = [
        "| area | figure | measured | target | met | note |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        lines.append(f"| {r.area} | {r.figure} | {r.value} | {r.target} | {met} | {r.note} |")
    return "\n".join(lines)
