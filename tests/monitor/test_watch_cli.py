"""`session-ready watch`: against a local web server nothing is raised (exit 0); against a port
nobody listens on the connection is reported lost (exit 1), one JSON object per line."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.monitor.store import MonitorStore

ROOT = Path(__file__).resolve().parents[2]


def _profile(tmp_path: Path, host: str) -> Path:
    p = tmp_path / "profile.json"
    p.write_text(json.dumps({"video_host": host, "phone_line": "+1 555 0100"}))
    return p


def test_watch_a_good_host_raises_nothing_and_keeps_the_watch(
    tmp_path: Path, web: int, capsys: pytest.CaptureFixture[str], sr_home: Path
) -> None:
    profile = _profile(tmp_path, f"127.0.0.1:{web}")
    code = main(
        ["watch", "--json", "--minutes", "0.04", "--interval", "0.5", "--profile", str(profile)]
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert lines[-1]["type"] == "summary" and lines[-1]["raised"] == []
    assert lines[-1]["samples"] >= 3
    watch = MonitorStore(sr_home).last_watch()
    assert (
        watch is not None and watch.reason == "cli" and len(watch.samples) == lines[-1]["samples"]
    )
    assert f"{web}" not in (sr_home / "monitor.sqlite3").read_bytes().decode("latin-1")


def test_watch_an_unreachable_host_reports_it_and_exits_1(tmp_path: Path) -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    profile = _profile(tmp_path, f"127.0.0.1:{port}")
    env = dict(os.environ, SESSIONREADY_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    args = ["watch", "--minutes", "0.06", "--interval", "0.5", "--profile", str(profile)]
    out = subprocess.run(
        [sys.executable, "-m", "app", *args, "--json"],
        capture_output=True, text=True, env=env, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 1, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    raised = [x for x in lines if x["type"] == "event" and x["kind"] == "raised"]
    assert [x["problem"] for x in raised] == ["offline"]
    assert raised[0]["notify"] and raised[0]["action"] == "phone"
    assert lines[-1]["raised"] == ["offline"]
    text = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, env=env, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert text.returncode == 1
    assert "Join by phone: +1 555 0100" in text.stdout
    assert "Connection lost at" in text.stdout
