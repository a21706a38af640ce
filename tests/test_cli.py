"""The headless command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.cli import main


def test_version_and_help_work_as_a_process() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"SessionReady {__version__}"
    out = subprocess.run(
        [sys.executable, "-m", "app", "--help"], capture_output=True, text=True, check=True
    )
    assert "profile" in out.stdout


def test_profile_command_validates_and_saves(tmp_path: Path, capsys, sr_home: Path) -> None:
    good = tmp_path / "p.json"
    good.write_text(json.dumps({"program_name": "Harbor", "phone_line": "555 0100"}))
    assert main(["profile", "--profile", str(good), "--save"]) == 0
    assert json.loads(capsys.readouterr().out)["program_name"] == "Harbor"
    assert main(["profile"]) == 0
    assert json.loads(capsys.readouterr().out)["program_name"] == "Harbor"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"video_host": "not a host!"}))
    assert main(["profile", "--profile", str(bad)]) == 3
    assert "video_host" in capsys.readouterr().err


def test_data_dir_is_private(sr_home: Path) -> None:
    from app.paths import data_dir

    assert data_dir() == sr_home
    assert sr_home.stat().st_mode & 0o777 == 0o700


def test_log_redacts_join_links(sr_home: Path) -> None:
    from app.logs import setup_logging

    log = setup_logging()
    log.info("opening %s", "https://zoom.us/j/123?pwd=SECRET")
    for h in log.handlers:
        h.flush()
    text = (sr_home / "logs" / "sessionready.log").read_text()
    assert "SECRET" not in text and "https://zoom.us/…" in text
    for h in list(log.handlers):
        log.removeHandler(h)
        h.close()
