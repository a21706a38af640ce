"""Start SessionReady at login, per platform (no Qt; paths injectable for tests).

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/org.sessionready.SessionReady.desktop``
  (the freedesktop.org Desktop Application Autostart Specification).
- macOS: a LaunchAgent ``~/Library/LaunchAgents/org.sessionready.SessionReady.plist`` with
  ``RunAtLoad`` (launchd loads it at the next login).
- Windows: the per-user ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` value
  ``SessionReady`` (what the Startup apps settings page lists and lets the user turn off).
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_bytes, atomic_write_text

APP_ID = "org.sessionready.SessionReady"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(frozen: bool | None = None, executable: str = "") -> list[str]:
    """What starts the window: the .deb's launcher, the frozen app itself (Windows' .exe, the
    macOS .app binary: no arguments opens the window), else this Python with ``-m app``."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    gui = shutil.which("session-ready-gui")
    if gui:
        return [gui]
    return [executable] if frozen else [executable, "-m", "app"]


def entry_path(
    platform: str = sys.platform, home: Path | None = None, env: Mapping[str, str] | None = None
) -> Path | None:
    home = home or Path.home()
    env = os.environ if env is None else env
    if platform == "darwin":
        return home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    if platform.startswith("win"):
        return None  # registry, not a file
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return config / "autostart" / f"{APP_ID}.desktop"


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=SessionReady\n"
        "Comment=Reminders before your sessions\n"
        f"Exec={shlex.join(command)}\n"
        "Icon=org.sessionready.SessionReady\n"
        "X-GNOME-Autostart-enabled=true\n"
        "Terminal=false\n"
    )


def set_start_at_login(
    enabled: bool,
    command: list[str] | None = None,
    platform: str = sys.platform,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> None:
    """Add or remove the login item. Raises OSError when the system refuses."""
    command = command or launch_command()
    if platform.startswith("win"):
        _windows_run_value(enabled, command)
        return
    path = entry_path(platform, home, env)
    assert path is not None
    if not enabled:
        path.unlink(missing_ok=True)
        return
    if platform == "darwin":
        data = plistlib.dumps({"Label": APP_ID, "ProgramArguments": command, "RunAtLoad": True})
        atomic_write_bytes(path, data, mode=0o644)
    else:
        atomic_write_text(path, desktop_entry(command), mode=0o644)


def is_enabled(
    platform: str = sys.platform, home: Path | None = None, env: Mapping[str, str] | None = None
) -> bool:
    if platform.startswith("win"):
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_READ) as key:
                winreg.QueryValueEx(key, "SessionReady")
        except FileNotFoundError:
            return False
        return True
    path = entry_path(platform, home, env)
    return path is not None and path.exists()


def _winreg() -> Any:
    """The ``winreg`` module (Windows only; tests put a fake in ``sys.modules``)."""
    try:
        import winreg
    except ImportError as exc:
        raise OSError("the Windows registry is only available on Windows") from exc
    return winreg


def _windows_run_value(enabled: bool, command: list[str]) -> None:
    """Set or delete HKCU\\…\\Run\\SessionReady (Windows only)."""
    winreg = _winreg()
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            value = " ".join(f'"{c}"' for c in command)
            winreg.SetValueEx(key, "SessionReady", 0, winreg.REG_SZ, value)
        else:
            try:
                winreg.DeleteValue(key, "SessionReady")
            except FileNotFoundError:
                pass
