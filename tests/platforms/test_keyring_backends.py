"""Which keyring each OS's backend gets: macOS Keychain, Windows Credential Manager, KWallet and
Secret Service count; fail, null, plaintext files and the chainer itself do not. The stand-ins are
plain classes named exactly like keyring's backends (module and class name are what the vault
judges); they are deliberately NOT KeyringBackend subclasses, which would register them with
keyring for the rest of the test run."""

from __future__ import annotations

from typing import Any

import keyring
import pytest

from app.notes.errors import KeyringUnavailable
from app.notes.keystore import (
    MAX_SECRET_BYTES,
    SERVICE,
    OsKeyring,
    encode_secret,
    is_real_backend,
    select_backend,
)


class _Store:
    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username))


def backend(module: str, name: str, priority: float | Exception) -> Any:
    """An instance of a class called ``module.name`` with keyring's ``priority`` (an exception:
    the backend says it is not usable here, as keyring's do)."""
    if isinstance(priority, Exception):
        exc = priority

        def raising(_cls: Any) -> float:
            raise exc

        prio: Any = property(raising)
    else:
        prio = priority
    cls = type(name, (_Store,), {"__module__": module, "__qualname__": name, "priority": prio})
    return cls()


def macos_keychain(priority: float | Exception = 5) -> Any:
    return backend("keyring.backends.macOS", "Keyring", priority)


def windows_credential_manager(priority: float | Exception = 5) -> Any:
    return backend("keyring.backends.Windows", "WinVaultKeyring", priority)


def kwallet(priority: float | Exception = 4.9) -> Any:
    return backend("keyring.backends.kwallet", "DBusKeyring", priority)


def secret_service(priority: float | Exception = 5) -> Any:
    return backend("keyring.backends.SecretService", "Keyring", priority)


def libsecret(priority: float | Exception = 4.8) -> Any:
    return backend("keyring.backends.libsecret", "Keyring", priority)


class Chain:
    """Shaped like keyring.backends.chainer.ChainerBackend: what get_keyring() returns when
    several backends are usable."""

    __module__ = "keyring.backends.chainer"
    priority = 10

    def __init__(self, *backends: Any) -> None:
        self.backends = list(backends)


ACCEPTED = {
    "macos-keychain": macos_keychain,
    "windows-credential-manager": windows_credential_manager,
    "kwallet": kwallet,
    "kwallet4": lambda: backend("keyring.backends.kwallet", "DBusKeyringKWallet4", 5.1),
    "secret-service": secret_service,
    "libsecret": libsecret,
}
REFUSED = {
    "fail": lambda: backend("keyring.backends.fail", "Keyring", 0),
    "null": lambda: backend("keyring.backends.null", "Keyring", -1),
    "plaintext-file": lambda: backend("keyrings.alt.file", "PlaintextKeyring", 0.5),
    "plaintext-file-high-priority": lambda: backend("keyrings.alt.file", "PlaintextKeyring", 5),
    "encrypted-file": lambda: backend("keyrings.alt.file", "EncryptedKeyring", 0.6),
    "chainer": lambda: Chain(secret_service()),
    # Each real backend raises from ``priority`` on the wrong OS or without its service:
    "keychain-off-macos": lambda: macos_keychain(RuntimeError("macOS backend only on macOS")),
    "credential-manager-off-windows": lambda: windows_credential_manager(
        RuntimeError("Requires Windows and pywin32")
    ),
    "secret-service-without-daemon": lambda: secret_service(RuntimeError("no Secret Service")),
    "kwallet-without-kwalletd": lambda: kwallet(0),
}


@pytest.mark.parametrize("make", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_system_keyrings_are_accepted(make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    b = make()
    assert is_real_backend(b)
    monkeypatch.setattr(keyring, "get_keyring", lambda: b)
    assert select_backend() is b
    store = OsKeyring.detect()
    assert store is not None and store.backend is b
    assert store.describe() == f"{type(b).__module__}.{type(b).__qualname__}"
    store.set("slot", b"k" * 32)
    assert store.get("slot") == b"k" * 32
    assert b.items[(SERVICE, "slot")].startswith("srv1:")
    store.delete("slot")
    assert store.get("slot") is None


@pytest.mark.parametrize("make", REFUSED.values(), ids=REFUSED.keys())
def test_other_backends_mean_passphrase_mode(make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    b = make()
    assert not is_real_backend(b)
    with pytest.raises(KeyringUnavailable):
        OsKeyring(b)
    monkeypatch.setattr(keyring, "get_keyring", lambda: b if not isinstance(b, Chain) else Chain())
    assert select_backend() is None
    assert OsKeyring.detect() is None


@pytest.mark.parametrize(
    ("chain", "expected"),
    [
        # Windows: keyrings.alt's plaintext file beside Credential Manager.
        ((backend("keyrings.alt.file", "PlaintextKeyring", 5), windows_credential_manager()), 1),
        # KDE Plasma: Secret Service without a daemon, KWallet answering.
        ((secret_service(RuntimeError("no daemon")), kwallet()), 1),
        # GNOME: Secret Service over libsecret (higher priority wins).
        ((libsecret(), secret_service()), 1),
        # macOS: the Keychain, and the fail backend keyring adds when nothing else loads.
        ((backend("keyring.backends.fail", "Keyring", 0), macos_keychain()), 1),
    ],
    ids=["windows", "kde", "gnome", "macos"],
)
def test_a_chain_picks_the_system_store(
    chain: tuple[Any, ...], expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: Chain(*chain))
    assert select_backend() is chain[expected]


def test_keyring_that_will_not_load_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Any:
        raise RuntimeError("No recommended backend was available")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert select_backend() is None and OsKeyring.detect() is None


def test_secret_fits_windows_credential_manager() -> None:
    # Credential Manager's CRED_MAX_CREDENTIAL_BLOB_SIZE is 2560 bytes (5 × 512).
    assert MAX_SECRET_BYTES == 2560
    assert len(encode_secret(bytes(32)).encode()) < MAX_SECRET_BYTES
    with pytest.raises(ValueError):
        encode_secret(bytes(2000))
