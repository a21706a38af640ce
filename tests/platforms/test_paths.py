"""Where the data folder goes on each OS (platformdirs' per-OS classes with their environment
simulated), and the POSIX-only steps skipped on Windows (``os.name`` simulated at call time)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from app import paths
from app.atomic import fsync_dir
from app.paths import data_dir, default_data_dir, ensure_private_dir


def test_windows_data_folder_is_local_appdata_once(monkeypatch: pytest.MonkeyPatch) -> None:
    local = r"C:\Users\Pat\AppData\Local"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)  # platformdirs' own override
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\Pat\AppData\Roaming")
    path = str(default_data_dir(platformdirs.windows.Windows))
    # Local (not roaming: the vault and logs stay on this PC), no "SessionReady\SessionReady"
    # author folder (appauthor=False).
    assert path.startswith(local) and "Roaming" not in path
    assert path[len(local) :].strip("\\/") == "SessionReady"


def test_macos_data_folder_is_application_support(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_data_dir(platformdirs.macos.MacOS) == (
        tmp_path / "Library" / "Application Support" / "SessionReady"
    )


def test_linux_data_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert default_data_dir(platformdirs.unix.Unix) == tmp_path / ".local/share/SessionReady"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_data_dir(platformdirs.unix.Unix) == tmp_path / "data" / "SessionReady"


def test_sessionready_home_wins_on_every_os(sr_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "default_data_dir", lambda: pytest.fail("platform dir consulted"))
    assert data_dir() == sr_home
    assert stat.S_IMODE(sr_home.stat().st_mode) == 0o700


def test_windows_skips_chmod_and_directory_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chmods: list[Any] = []
    opened: list[Any] = []
    monkeypatch.setattr(Path, "chmod", lambda self, mode: chmods.append((self, mode)))
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: opened.append(p) or real_open(p, *a, **k))
    monkeypatch.setattr(os, "name", "nt")  # Windows: no POSIX modes, a folder cannot be os.open'ed
    ensure_private_dir(tmp_path / "win")
    fsync_dir(tmp_path)
    monkeypatch.setattr(os, "name", "posix")
    ensure_private_dir(tmp_path / "posix")
    fsync_dir(tmp_path)
    assert chmods == [(tmp_path / "posix", 0o700)]
    assert opened == [tmp_path]
    assert (tmp_path / "win").is_dir()
