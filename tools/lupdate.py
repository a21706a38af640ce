"""Refresh resources/translations/*.ts from the sources with pyside6-lupdate.

Strings are split into one .ts file per area so that work on different features never edits the
same file. A source file belongs to the first area whose pattern matches it (else to "shell").
Run with `make lupdate`; then translate the new entries (Qt Linguist, or by hand in the XML).
"""

from __future__ import annotations

import fnmatch
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ts_fill import fill

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["es"]
AREAS: dict[str, list[str]] = {
    "checks": [
        "app/checks/base.py",
        "app/checks/runner.py",
        "app/checks/verdict.py",
        "app/checks/history.py",
        "app/checks/thresholds.py",
        "app/checks/connection*.py",
        "app/net/*.py",
        "app/cli/check.py",
        "app/ui/pages/checks.py",
        "app/ui/checks/*.py",
    ],
    "devices": [
        "app/checks/camera*.py",
        "app/checks/microphone*.py",
        "app/checks/speaker*.py",
        "app/checks/battery*.py",
        "app/checks/devices*.py",
        "app/ui/devices/*.py",
    ],
    "checklist": [
        "app/checklist/*.py",
        "app/ui/pages/checklist.py",
        "app/ui/checklist/*.py",
        "app/ui/join.py",
    ],
    "notes": ["app/notes/*.py", "app/ui/pages/notes.py", "app/ui/notes/*.py"],
    "schedule": [
        "app/schedule/*.py",
        "app/cli/schedule.py",
        "app/ui/pages/schedule.py",
        "app/ui/schedule/*.py",
        "app/ui/tray.py",
    ],
    "support": [
        "app/report/*.py",
        "app/cli/report.py",
        "app/ui/pages/help.py",
        "app/ui/support/*.py",
        "app/ui/orientation/*.py",
    ],
    "monitor": ["app/monitor/*.py", "app/cli/watch.py", "app/ui/monitor*.py"],
    # issue 19, seeing and sharing: the week view, the chart, the PDF for the therapist, the
    # daily reminder (an area of its own: the diary page and editors are worked on beside it)
    "diary_view": [
        "app/ui/diary/week_view.py",
        "app/ui/diary/chart.py",
        "app/ui/diary/share*.py",
        "app/ui/diary/reminder.py",
    ],
    "shell": ["app/*.py", "app/ui/*.py", "app/ui/pages/*.py", "app/**/*.py"],
}


def area_of(rel: str) -> str:
    for area, patterns in AREAS.items():
        if any(fnmatch.fnmatch(rel, p) for p in patterns):
            return area
    return "shell"


def main() -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    files: dict[str, list[str]] = {a: [] for a in AREAS}
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        files[area_of(rel)].append(rel)
    for area, sources in files.items():
        if not sources:
            continue
        for lang in LANGUAGES:
            ts = f"resources/translations/sessionready_{area}_{lang}.ts"
            cmd = [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", ts]
            subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            fill(ROOT / ts, {})  # one stable layout, so only real string changes show in diffs
            print(f"{ts}: {len(sources)} source files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
