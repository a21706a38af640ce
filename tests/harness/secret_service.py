"""A real Secret Service for tests: a private D-Bus session bus + gnome-keyring-daemon.

The ``secret_service`` fixture starts ``dbus-daemon --session`` (its own bus, nothing shared with
the desktop), then ``gnome-keyring-daemon --foreground --unlock --components=secrets`` on it, with
HOME/XDG dirs pointing into the test's temp dir so no real keyring is touched; it sets
``DBUS_SESSION_BUS_ADDRESS`` for the test and tears both down afterwards.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.harness import require, require_tool

KEYRING_PASSWORD = b"ci-password"


@dataclass
class SecretService:
    address: str
    home: Path
    daemon: subprocess.Popen[bytes] | None = None  # gnome-keyring-daemon (kill it to test loss)
    bus: subprocess.Popen[bytes] | None = None  # the private dbus-daemon

    def backend(self) -> Any:
        """A fresh keyring SecretService backend bound to this bus."""
        from keyring.backends import SecretService as SecretServiceModule

        return SecretServiceModule.Keyring()


def _wait_for_secrets(deadline: float, proc: subprocess.Popen[bytes]) -> bool:
    from keyring.backends import SecretService as SecretServiceModule

    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if SecretServiceModule.Keyring.priority >= 1:
                import secretstorage

                conn = secretstorage.dbus_init()
                try:
                    # --unlock reads the password from stdin: under load the default collection
                    # can exist a moment before it is unlocked; wait for that too.
                    if not secretstorage.get_default_collection(conn).is_locked():
                        return True
                finally:
                    conn.close()
        except Exception:
            pass
        time.sleep(0.05)
    return False


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretService]:
    dbus = require_tool("dbus-daemon")
    gkd = require_tool("gnome-keyring-daemon")
    home = tmp_path / "keyring-home"
    for sub in ("data", "config", "runtime", "cache"):
        (home / sub).mkdir(parents=True)
    (home / "runtime").chmod(0o700)
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    bus = subprocess.Popen(
        [dbus, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    keyring_proc: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        require(bool(address), "a D-Bus session bus (dbus-daemon --session)")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        for key in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"):
            monkeypatch.setenv(key, env[key])
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        ready = False
        for _attempt in range(3):  # a loaded CI machine can lose the daemon's first start
            keyring_proc = subprocess.Popen(
                [gkd, "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            assert keyring_proc.stdin is not None
            keyring_proc.stdin.write(KEYRING_PASSWORD)
            keyring_proc.stdin.close()
            ready = _wait_for_secrets(time.monotonic() + 20, keyring_proc)
            if ready:
                break
            _stop(keyring_proc)
            keyring_proc = None
        require(ready, "gnome-keyring's Secret Service answering on the private bus")
        yield SecretService(address, home, keyring_proc, bus)
    finally:
        if keyring_proc is not None:
            _stop(keyring_proc)
        _stop(bus)
