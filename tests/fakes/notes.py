"""Fakes for the notes vault: the fast KDF, an in-memory keyring, a vault using both, a clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring.errors
from keyring.backend import KeyringBackend

from app.notes.crypto import KdfParams
from app.notes.vault import Vault

FAST = KdfParams.floor()  # the weakest accepted parameters, explicitly, to keep tests fast


class MemoryKeyring(KeyringBackend):
    """A spec'd stand-in for a real system keyring (priority >= 1); can be 'locked'."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("missing")
        del self.items[(service, username)]


class FastVault(Vault):
    """The notes vault with a passphrase only and the fast KDF (for Services(vault=FastVault))."""

    def __init__(self, directory: Path, **_kw: Any) -> None:
        super().__init__(directory, keystore=None, kdf_params=FAST)


class FakeClock:
    """A monotonic clock the test moves by hand (``clock.now += 60``)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now
