"""The benchmark suite stays runnable: every module `make bench` lists imports and has run().

No timings here (CI is a shared, noisy machine): the figures live in benchmarks/results.md.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

from benchmarks import run_all
from benchmarks.common import Row, table

BENCH_DIR = Path(run_all.__file__).resolve().parent


@pytest.mark.parametrize("name", run_all.MODULES)
def test_every_listed_benchmark_imports_and_exposes_run(name: str) -> None:
    module = importlib.import_module(name)
    assert callable(getattr(module, "run", None)), f"{name} has no run()"
    params = inspect.signature(module.run).parameters.values()
    assert all(p.default is not inspect.Parameter.empty for p in params), (
        f"{name}.run() must be callable without arguments"
    )


def test_every_benchmark_script_is_in_the_suite() -> None:
    scripts = {
        f"benchmarks.{p.stem}"
        for p in BENCH_DIR.glob("*.py")
        if p.stem not in ("__init__", "common", "run_all")
    }
    assert scripts == set(run_all.MODULES)


def test_table_marks_missed_targets_and_leaves_untargeted_rows_blank() -> None:
    text = table(
        [
            Row("a", "fast", "1 ms", "≤ 2 ms", True),
            Row("a", "slow", "3 ms", "≤ 2 ms", False),
            Row("a", "info", "7"),
        ]
    ).splitlines()
    assert text[2].endswith("| yes |  |")
    assert "| **no** |" in text[3]
    assert text[4] == "| a | info | 7 |  |  |  |"


def test_make_bench_replaces_only_the_table_between_the_readme_markers(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# App\n\n## Performance\n\nWhat we measure.\n\n{run_all.START}\nold\n{run_all.END}\n\n"
        "## Next\nkept\n",
        "utf-8",
    )
    header = "# Benchmark results\n\nMeasured today on a box.\nTargets are aims.\n\n"
    assert run_all.update_readme(readme, header, "| new |")
    text = readme.read_text("utf-8")
    assert "old" not in text and "| new |" in text and "Measured today on a box." in text
    assert text.startswith("# App\n\n## Performance\n\nWhat we measure.\n")
    assert text.endswith(f"{run_all.END}\n\n## Next\nkept\n")


def test_a_readme_without_markers_is_left_alone(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# App\n", "utf-8")
    assert not run_all.update_readme(readme, "h\n\nm\n\n", "| t |")
    assert readme.read_text("utf-8") == "# App\n"
