"""Start at login on each OS, simulated at the boundary: a temp HOME / XDG_CONFIG_HOME for the
Linux .desktop file and the macOS LaunchAgent, a fake ``winreg`` for Windows' Run key."""

from __future__ import annotations

import plistlib
import stat
import sys
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any

import pytest

from app.ui.schedule import autostart
from app.ui.schedule.autostart import (
    APP_ID,
    RUN_KEY,
    is_enabled,
    launch_command,
    set_start_at_login,
)

WIN_EXE = r"C:\Users\Pat Doe\AppData\Local\Programs\SessionReady\sessionready.exe"
MAC_EXE = "/Applications/SessionReady.app/Contents/MacOS/sessionready"


class FakeWinreg(ModuleType):
    """The part of ``winreg`` autostart uses, over a dict: {(hive, path): {name: (type, value)}}."""

    HKEY_CURRENT_USER = 0x80000001
    HKEY_LOCAL_MACHINE = 0x80000002
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1

    def __init__(self) -> None:
        super().__init__("winreg")
        self.keys: dict[tuple[int, str], dict[str, tuple[int, str]]] = {
            (self.HKEY_CURRENT_USER, RUN_KEY): {"OneDrive": (1, '"C:\\OneDrive.exe" /background')}
        }
        self.opened: list[tuple[int, str, int]] = []

    class _Key:
        def __init__(self, values: dict[str, tuple[int, str]], access: int) -> None:
            self.values, self.access = values, access

        def __enter__(self) -> FakeWinreg._Key:
            return self

        def __exit__(
            self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
        ) -> None:
            return None

    def OpenKey(self, hive: int, path: str, reserved: int = 0, access: int = 0x20019) -> Any:
        self.opened.append((hive, path, access))
        if (hive, path) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self._Key(self.keys[(hive, path)], access)

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None:
        assert key.access & self.KEY_SET_VALUE, "opened without KEY_SET_VALUE"
        key.values[name] = (kind, value)

    def DeleteValue(self, key: Any, name: str) -> None:
        assert key.access & self.KEY_SET_VALUE
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]

    def QueryValueEx(self, key: Any, name: str) -> tuple[str, int]:
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        kind, value = key.values[name]
        return value, kind


@pytest.fixture
def winreg(monkeypatch: pytest.MonkeyPatch) -> FakeWinreg:
    fake = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", fake)
    return fake


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


# --- Windows: HKCU\...\Run ---------------------------------------------------------------------
def test_windows_writes_the_per_user_run_value_and_no_file(
    winreg: FakeWinreg, tmp_path: Path
) -> None:
    set_start_at_login(True, [WIN_EXE], "win32", tmp_path, {})
    run = winreg.keys[(winreg.HKEY_CURRENT_USER, RUN_KEY)]
    assert run["SessionReady"] == (winreg.REG_SZ, f'"{WIN_EXE}"')  # quoted: the path has a space
    assert run["OneDrive"][1].startswith('"C:\\OneDrive.exe"')  # other apps' entries untouched
    assert all(hive == winreg.HKEY_CURRENT_USER for hive, _, _ in winreg.opened)  # never HKLM
    assert files_under(tmp_path) == []
    assert is_enabled("win32", tmp_path, {})

    set_start_at_login(False, [WIN_EXE], "win32", tmp_path, {})
    assert "SessionReady" not in run and "OneDrive" in run
    assert not is_enabled("win32", tmp_path, {})
    set_start_at_login(False, [WIN_EXE], "win32", tmp_path, {})  # already off: no error


def test_windows_arguments_are_quoted_one_by_one(winreg: FakeWinreg, tmp_path: Path) -> None:
    python = r"C:\Program Files\Python311\python.exe"
    set_start_at_login(True, [python, "-m", "app"], "win32", tmp_path, {})
    value = winreg.keys[(winreg.HKEY_CURRENT_USER, RUN_KEY)]["SessionReady"][1]
    assert value == f'"{python}" "-m" "app"'


def test_windows_registry_refusal_is_an_oserror(
    winreg: FakeWinreg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*_a: Any) -> None:
        raise PermissionError(5, "Access is denied")

    monkeypatch.setattr(winreg, "SetValueEx", denied)
    with pytest.raises(OSError):  # the schedule page turns this into a message and unticks
        set_start_at_login(True, [WIN_EXE], "win32", tmp_path, {})


def test_windows_path_without_a_registry_is_an_oserror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "winreg", None)  # importing it fails, as on Linux/macOS
    with pytest.raises(OSError, match="only available on Windows"):
        set_start_at_login(True, [WIN_EXE], "win32", tmp_path, {})
    with pytest.raises(OSError):
        is_enabled("win32", tmp_path, {})


# --- macOS: a LaunchAgent ----------------------------------------------------------------------
def test_macos_writes_a_launch_agent_with_run_at_load(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}  # ignored on macOS
    set_start_at_login(True, [MAC_EXE], "darwin", tmp_path, env)
    agent = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert files_under(tmp_path) == [agent]
    assert plistlib.loads(agent.read_bytes()) == {
        "Label": APP_ID,
        "ProgramArguments": [MAC_EXE],
        "RunAtLoad": True,
    }
    assert stat.S_IMODE(agent.stat().st_mode) == 0o644  # launchd ignores group/world-writable
    assert is_enabled("darwin", tmp_path, env)
    assert not is_enabled("linux", tmp_path, env)

    set_start_at_login(False, [MAC_EXE], "darwin", tmp_path, env)
    assert not agent.exists() and not is_enabled("darwin", tmp_path, env)
    set_start_at_login(False, [MAC_EXE], "darwin", tmp_path, env)  # already off


def test_macos_refused_write_is_an_oserror(tmp_path: Path) -> None:
    (tmp_path / "Library").mkdir()
    (tmp_path / "Library" / "LaunchAgents").write_text("not a folder")
    with pytest.raises(OSError):
        set_start_at_login(True, [MAC_EXE], "darwin", tmp_path, {})


# --- Linux: XDG autostart ----------------------------------------------------------------------
def test_linux_desktop_file_honours_xdg_config_home(tmp_path: Path) -> None:
    set_start_at_login(True, ["/usr/bin/session-ready-gui"], "linux", tmp_path, {})
    default = tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    text = default.read_text()
    assert text.startswith("[Desktop Entry]\n") and "Type=Application\n" in text
    assert "Exec=/usr/bin/session-ready-gui\n" in text
    assert "X-GNOME-Autostart-enabled=true\n" in text
    assert stat.S_IMODE(default.stat().st_mode) == 0o644

    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert not is_enabled("linux", tmp_path, env)  # a different config folder: not there
    set_start_at_login(True, ["/usr/bin/session-ready-gui"], "linux", tmp_path, env)
    assert (tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop").is_file()
    set_start_at_login(False, [], "linux", tmp_path, env)
    assert not is_enabled("linux", tmp_path, env) and default.exists()


# --- what gets started -------------------------------------------------------------------------
def test_launch_command_per_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    # Frozen (the Windows .exe, the binary in the macOS .app): the app itself; no arguments
    # opens the window, while "-m app" would be taken as a CLI command and fail at every login.
    assert launch_command(frozen=True, executable=WIN_EXE) == [WIN_EXE]
    assert launch_command(frozen=True, executable=MAC_EXE) == [MAC_EXE]
    assert launch_command(frozen=False, executable="/venv/bin/python") == [
        "/venv/bin/python",
        "-m",
        "app",
    ]
    monkeypatch.setattr(autostart.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert launch_command(frozen=True, executable=WIN_EXE) == ["/usr/bin/session-ready-gui"]
