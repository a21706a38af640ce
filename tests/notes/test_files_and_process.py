"""Nothing left behind: temporary files a crash leaves are removed at the next start, files and
folders are owner-only whatever the umask, and the process writes no core dumps."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.checks.history import HistoryStore
from app.notes import backup, files
from app.notes.vault import Vault
from tests.notes.conftest import FAST

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A permissive umask (022), as a desktop session often has: modes must not rely on it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_a_crash_are_removed_at_the_next_start(vault_dir: Path) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="tidy pass")
    v.save(v.new_note(title="kept"))
    v.close()
    dead = _dead_pid()
    old = time.time() - 3600
    stale = [
        vault_dir / f".backup-{dead}-{'a' * 32}.db",  # old ciphertexts of deleted notes
        vault_dir / f".backup-{dead}-{'a' * 32}.db-wal",
        vault_dir / f".import-{dead}-{'b' * 32}.db",
        vault_dir / f".backup-{'c' * 32}.db",  # the untagged name of earlier versions
        vault_dir / ".vault.json.x1y2z3.tmp",  # a cut atomic write of the header
        vault_dir / f".backup-{dead}-{'d' * 32}.db-journal",
    ]
    for path in stale:
        path.write_bytes(b"sealed bytes" if "wal" in path.name else b"")
    os.utime(vault_dir / ".vault.json.x1y2z3.tmp", (old, old))
    running = [
        vault_dir / f".backup-{os.getpid()}-{'e' * 32}.db",  # ours, in flight
        vault_dir / ".vault.json.fresh.tmp",  # being written right now
    ]
    for path in running:
        path.write_bytes(b"")
    again = Vault(vault_dir, keystore=None, kdf_params=FAST)
    assert again.state() == "locked"  # the first look at the folder tidies it
    assert [p.name for p in stale if p.exists()] == []
    assert all(p.exists() for p in running)
    again.unlock_with_passphrase("tidy pass")
    assert [n.title for n in again.notes()] == ["kept"]
    again.close()


def test_a_backup_killed_midway_leaves_nothing_after_the_next_start(
    vault_dir: Path, tmp_path: Path
) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="tidy pass")
    for i in range(200):
        v.save(v.new_note(title=f"n{i}", body="words " * 50))
    v.close()
    script = (
        "import sys; from pathlib import Path; from app.notes import backup;"
        "from app.notes.vault import Vault; from app.notes.crypto import KdfParams;"
        f"v = Vault(Path({str(vault_dir)!r}), keystore=None, kdf_params=KdfParams.floor());"
        "v.unlock_with_passphrase('tidy pass'); print('ready', flush=True)\n"
        f"while True: backup.export_backup(v, Path({str(tmp_path / 'b.srbackup')!r}), 'pw')"
    )
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"ready"
    deadline = time.monotonic() + 30
    while not list(vault_dir.glob(".backup-*")) and time.monotonic() < deadline:
        time.sleep(0.001)  # poll until a temporary copy exists, then kill mid-export
    child.kill()
    child.wait(timeout=30)
    child.stdout.close()
    again = Vault(vault_dir, keystore=None, kdf_params=FAST)
    again.state()
    assert list(vault_dir.glob(".backup-*")) == []
    again.unlock_with_passphrase("tidy pass")
    assert len(again.notes()) == 200
    again.close()


def test_files_and_folders_are_owner_only_whatever_the_umask(
    open_umask: None, vault_dir: Path, sr_home: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="mode pass")
    v.save(v.new_note(title="x"))
    modes = {p.name: _mode(p) for p in vault_dir.iterdir()}
    assert _mode(vault_dir) == 0o700
    assert modes["notes.db"] == modes["notes.db-wal"] == modes["vault.json"] == 0o600, modes
    seen: list[int] = []
    real = backup.NoteStore.vacuum_into

    def spy(store: Any, target: Path) -> None:
        seen.append(_mode(target))  # the temporary copy, before anything is written into it
        real(store, target)

    monkeypatch.setattr(backup.NoteStore, "vacuum_into", spy)
    backup.export_backup(v, tmp_path / "b.srbackup", "pw")
    assert seen == [0o600] and _mode(tmp_path / "b.srbackup") == 0o600
    v.close()
    HistoryStore(sr_home)
    assert _mode(sr_home / "history.sqlite3") == 0o600


def test_an_older_world_readable_vault_is_made_owner_only(
    open_umask: None, vault_dir: Path
) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="mode pass")
    v.close()
    vault_dir.chmod(0o755)
    for path in vault_dir.iterdir():
        path.chmod(0o644)
    Vault(vault_dir, keystore=None, kdf_params=FAST).state()
    assert _mode(vault_dir) == 0o700
    assert {_mode(p) for p in vault_dir.iterdir()} == {0o600}


PROBE = """
import resource, sys, os, ctypes
{start}
core = resource.getrlimit(resource.RLIMIT_CORE)
dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else 0
print(core[0], core[1], dumpable, oct(os.umask(0)))
"""


@pytest.mark.parametrize(
    "start",
    [
        "from app.hardening import harden_process; harden_process()",
        "from app.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass",
        "import app.__main__ as m\nsys.argv = ['app', '--version']\ntry:\n    m.main()\n"
        "except SystemExit:\n    pass",
    ],
    ids=["harden_process", "cli", "python -m app"],
)
def test_no_core_dumps_and_owner_only_umask_for_the_process(start: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(start=start)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout.split()
    soft, hard, dumpable, umask = out[-4:]
    assert (soft, hard) == ("0", "0")
    assert dumpable == "0"
    assert umask == "0o77"


def test_leftovers_are_only_temporary_names(vault_dir: Path) -> None:
    vault_dir.mkdir(parents=True)
    for name in ("notes.db", "vault.json", "notes.db-wal", "backup-1-x.db", ".backupnotes"):
        (vault_dir / name).write_bytes(b"")
    assert files.leftovers(vault_dir, now=time.time() + 10**6) == []
