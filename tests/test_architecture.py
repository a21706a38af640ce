"""The shape of the code, as docs/ARCHITECTURE.md draws it: the domain packages load no Qt, and
each package imports only the packages the import rules allow (parsed with ast, not run)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"

DOMAIN = (
    "checks",
    "devices",
    "net",
    "notes",
    "diary",
    "schedule",
    "checklist",
    "monitor",
    "report",
    "cli",
)

# The small shared modules at the top of app/: anyone may import them; they import only each other.
BASE = {
    "app", "atomic", "i18n", "paths", "profile", "settings", "logs", "safe_read", "links",
    "hardening",
}  # fmt: skip

# Which of app's packages/modules each one may import (besides itself and BASE). The same table
# is in docs/ARCHITECTURE.md; change both together.
ALLOWED: dict[str, set[str]] = {
    **{name: set() for name in BASE},
    "devices": set(),
    "net": set(),
    "notes": set(),
    "schedule": set(),
    "diary": {"notes"},
    "checks": {"devices", "net"},
    "checklist": {"checks", "schedule"},
    "monitor": {"checks", "devices", "net"},
    "report": {"checks", "devices", "net", "monitor"},
    "selftest": {"notes", "net", "qt_i18n"},
    "cli": {"checks", "devices", "net", "notes", "schedule", "checklist", "monitor", "report"}
    | {"selftest", "qt_i18n"},
    "qt_i18n": set(),
    "ui": set(DOMAIN) - {"cli"} | {"qt_i18n", "selftest"},
    "__main__": {"cli", "ui", "devices"},
}
# Qt-bound modules outside app/ui that a Qt-free module may import only inside a function, when
# the Qt translations are really wanted (the CLI's --lang, the self-test's translation probe).
LAZY_ONLY = {"qt_i18n"}
QT_FREE = set(DOMAIN) | BASE | {"selftest"}


def _unit(path: Path) -> str:
    """The package or top-level module *path* belongs to: app/checks/camera.py -> "checks"."""
    parts = path.relative_to(APP).with_suffix("").parts
    return "app" if parts == ("__init__",) else parts[0]


def _target(dotted: str) -> str:
    """The app unit an import of *dotted* ("app.checks.base", "app.APP_NAME") reaches."""
    unit = dotted.split(".")[1] if "." in dotted else "app"
    return unit if (APP / unit).is_dir() or (APP / f"{unit}.py").is_file() else "app"


def _imports(tree: ast.Module) -> list[tuple[str, bool, int]]:
    """(imported app unit or "PySide6", at module level?, line) for each import in *tree*."""
    top = {id(node) for node in tree.body}
    for node in tree.body:  # `if TYPE_CHECKING:` blocks count as module level
        if isinstance(node, ast.If):
            top.update(id(n) for n in node.body)
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            from_app = node.module == "app"
            names = [f"app.{a.name}" for a in node.names] if from_app else [node.module]
        for name in names:
            if name.split(".")[0] == "PySide6":
                found.append(("PySide6", id(node) in top, node.lineno))
            elif name.split(".")[0] == "app":
                found.append((_target(name), id(node) in top, node.lineno))
    return found


def _violations() -> list[str]:
    bad = []
    for path in sorted(APP.rglob("*.py")):
        unit = _unit(path)
        where = path.relative_to(ROOT)
        for target, module_level, line in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if target == "PySide6":
                if unit in QT_FREE:
                    bad.append(f"{where}:{line} imports PySide6")
            elif target not in {unit} | BASE | ALLOWED[unit]:
                bad.append(f"{where}:{line} ({unit}) imports app.{target}")
            elif target in LAZY_ONLY and unit in QT_FREE and module_level:
                bad.append(f"{where}:{line} imports app.{target} at module level (it loads Qt)")
    return bad


def test_every_package_imports_only_what_the_rules_allow() -> None:
    assert _violations() == []


def test_the_rules_cover_every_package_under_app() -> None:
    units = {_unit(p) for p in APP.rglob("*.py")}
    assert units <= set(ALLOWED), units - set(ALLOWED)


def test_the_rule_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    tree = ast.parse("from app.ui.widgets import x\ndef f():\n    import PySide6.QtCore\n")
    assert _imports(tree) == [("ui", True, 1), ("PySide6", False, 3)]
    assert "ui" not in ALLOWED["checks"] and "checks" not in ALLOWED["devices"]
    assert "cli" not in ALLOWED["ui"] and "ui" not in ALLOWED["cli"]


PROBE = """
import importlib, json, pkgutil, sys
import app
names = []
for package in {domain!r}:
    module = importlib.import_module("app." + package)
    names.append(module.__name__)
    for info in pkgutil.walk_packages(module.__path__, module.__name__ + "."):
        if not info.name.endswith(".__main__"):  # that one runs the program
            importlib.import_module(info.name)
            names.append(info.name)
print(json.dumps({{"names": names, "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}}))
"""


@pytest.mark.slow
def test_importing_every_domain_module_loads_no_qt(tmp_path: Path) -> None:
    env = dict(os.environ, SESSIONREADY_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(domain=DOMAIN)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["qt"] == []
    assert {
        "app.checks.camera",
        "app.devices.camera",
        "app.net.probes",
        "app.monitor.monitor",
        "app.cli.main",
    } <= set(report["names"])
