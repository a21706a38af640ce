"""The command line fails loudly on a typo and quietly when its reader goes away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.checks.registry import build_checks
from app.cli import main
from app.cli.check import EXIT_USAGE, UnknownChecks, select_checks

ROOT = Path(__file__).resolve().parents[1]


def test_an_unknown_only_name_is_an_error_that_lists_the_valid_names(capsys, sr_home) -> None:
    assert main(["check", "--only", "webcam", "--no-interactive"]) == EXIT_USAGE == 64
    err = capsys.readouterr().err
    assert "webcam" in err
    for valid in ("connection", "camera", "microphone", "speakers", "battery"):
        assert valid in err


def test_only_keeps_known_names_and_refuses_a_mix_with_a_typo() -> None:
    checks = build_checks()
    assert [c.id for c in select_checks(checks, "battery, Camera")] == ["camera", "battery"]
    with pytest.raises(UnknownChecks) as info:
        select_checks(checks, "battery,webcam")
    assert info.value.unknown == ["webcam"]
    with pytest.raises(UnknownChecks):
        select_checks(checks, ",")


def _run_into_closed_pipe(args: list[str], home: Path) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI with stdout a pipe whose reader already left, as `… | head -1` does once
    head has its line."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "SESSIONREADY_HOME": str(home), "PYTHONPATH": str(ROOT)}
    try:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [["profile"], ["--help"], ["schedule"]])
def test_output_into_a_reader_that_closed_ends_quietly(args, sr_home: Path) -> None:
    done = _run_into_closed_pipe(args, sr_home)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert "Exception ignored" not in err, err
    assert done.returncode in (0, 141), (done.returncode, err)


def test_piping_into_head_keeps_the_first_lines(sr_home: Path) -> None:
    env = {**os.environ, "SESSIONREADY_HOME": str(sr_home), "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-m", "app", "profile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    with writer:
        assert writer.stdout is not None and writer.stderr is not None
        first = writer.stdout.readline()
        writer.stdout.close()  # the reader stops early, like head -1
        err = writer.stderr.read().decode("utf-8", "replace")
        writer.wait(timeout=60)
    assert first.strip() == b"{"
    assert "Traceback" not in err, err


def test_selftest_reports_the_fail_placeholder_keyring_instead_of_a_tick(capsys) -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        main(["selftest"])
    finally:
        keyring.set_keyring(before)
    line = next(x for x in capsys.readouterr().out.splitlines() if " keyring:" in x)
    assert line.startswith("! keyring:")
    assert "no safe system keyring" in line and "fail.Keyring" in line
    assert "passphrase" in line


def test_selftest_names_the_system_keyring_the_notes_use(capsys, monkeypatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    from app.notes import keystore

    class SafeStore(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            pass

        def delete_password(self, service: str, username: str) -> None:
            pass

    # Only allow-listed system stores count (app.notes.keystore): this stand-in is put on it.
    name = f"{SafeStore.__module__}.{SafeStore.__qualname__}"
    monkeypatch.setattr(keystore, "ALLOWED_BACKENDS", (*keystore.ALLOWED_BACKENDS, name))
    before = keyring.get_keyring()
    keyring.set_keyring(SafeStore())
    try:
        main(["selftest"])
    finally:
        keyring.set_keyring(before)
    line = next(x for x in capsys.readouterr().out.splitlines() if " keyring:" in x)
    assert line.startswith("✓ keyring:") and "notes use" in line and "SafeStore" in line


def test_report_saved_names_the_full_path(
    sr_home: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--out", "support.html"]) == 0
    err = capsys.readouterr().err
    assert str(tmp_path / "support.html") in err  # not just "support.html"


def test_check_text_output_names_figures_in_words_and_a_dns_failure_as_dns(capsys) -> None:
    from app.checks.base import CheckResult, Metric, Status
    from app.checks.verdict import compute_verdict
    from app.cli.check import print_text

    results = [
        CheckResult(
            "connection",
            Status.FAIL,
            "Your internet cannot find the video service's address.",
            ("Restart your router, then check again.",),
            (Metric("latency_failure", "dns"),),
        ),
        CheckResult("battery", Status.PASS, "Plugged in.", (), (Metric("battery_pct", 80, "%"),)),
    ]
    print_text(results, compute_verdict(results), {"connection": "Connection"})
    out = capsys.readouterr().out
    assert "DNS" in out and "Battery charge: 80%" in out
    for internal in ("latency_failure", "battery_pct", "None", "loss", "Run again"):
        assert internal not in out, internal
