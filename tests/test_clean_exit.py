"""The process ends clean: nothing the app imports leaves a file open for exit to complain about.

speedtest-cli wraps stdout and stderr in writers it never closes when imported plainly; the app
imports it through ``load_speedtest()``. (tools/test_stress.sh also fails a whole run whose exit
prints "Exception ignored".)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _exit_messages(code: str) -> str:
    """stderr of a fresh ``python -X dev`` (ResourceWarning shown) running *code*."""
    out = subprocess.run(
        [sys.executable, "-X", "dev", "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stderr


@pytest.mark.parametrize(
    "code",
    [
        "from app.net.speedtest import load_speedtest; load_speedtest()",
        "from app.selftest import _speedtest; _speedtest()",
        "import app.net.speedtest as s; s._speedtest_class()",
    ],
    ids=["load", "selftest", "backend"],
)
def test_speedtest_is_imported_without_leaving_files_open(code: str) -> None:
    err = _exit_messages(code)
    assert "ResourceWarning" not in err and "Exception ignored" not in err, err


def test_a_plain_import_of_speedtest_would_be_caught() -> None:
    err = _exit_messages("import speedtest")
    assert "ResourceWarning: unclosed file" in err
