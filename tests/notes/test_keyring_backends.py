"""Which keyrings count: a real Secret Service does; none or a plaintext one means passphrase mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from app.notes.errors import KeyringEntryMissing, KeyringUnavailable
from app.notes.keystore import SERVICE, OsKeyring, is_real_backend, select_backend
from app.notes.vault import Vault
from tests.fakes.notes import FAST, MemoryKeyring
from tests.harness.secret_service import SecretService


class PlaintextKeyring(MemoryKeyring):
    """Shaped like keyrings.alt.file.PlaintextKeyring (a plaintext class), even with priority 5."""

    __module__ = "keyrings.alt.file"


class LowPriorityKeyring(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


def test_no_usable_backend_means_passphrase_mode(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())
    assert select_backend() is None
    assert OsKeyring.detect() is None
    v = Vault(vault_dir, kdf_params=FAST)  # detection through the real keyring API
    assert not v.keyring_available()
    with pytest.raises(KeyringUnavailable):
        v.create(use_keyring=True)
    v.create(use_keyring=False, passphrase="only a passphrase")
    assert v.methods() == ["passphrase", "recovery"]
    v.close()


@pytest.mark.parametrize(
    "backend",
    [PlaintextKeyring(), LowPriorityKeyring(), keyring.backends.null.Keyring(),
     keyring.backends.fail.Keyring()],
    ids=["plaintext-class", "priority-below-1", "null", "fail"],
)  # fmt: skip
def test_plaintext_and_weak_backends_are_refused(
    backend: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not is_real_backend(backend)
    with pytest.raises(KeyringUnavailable):
        OsKeyring(backend)
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    assert select_backend() is None
    v = Vault(vault_dir, kdf_params=FAST)
    assert not v.keyring_available()
    v.create(use_keyring=False, passphrase="pw")
    assert "keyring" not in v.methods()
    if isinstance(backend, MemoryKeyring):
        assert backend.items == {}  # nothing was written to the plaintext store
    v.close()


def test_a_chain_with_a_plaintext_store_picks_the_real_one(monkeypatch: pytest.MonkeyPatch) -> None:
    real = MemoryKeyring()

    class Chain(KeyringBackend):
        priority = 10  # type: ignore[assignment]
        backends = [PlaintextKeyring(), real]

        def get_password(self, service: str, username: str) -> str | None:
            raise AssertionError("the chain itself must not be used")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError

        def delete_password(self, service: str, username: str) -> None:
            raise AssertionError

    monkeypatch.setattr(keyring, "get_keyring", lambda: Chain())
    assert select_backend() is real


@pytest.mark.harness
def test_real_secret_service_keeps_the_key_and_the_recovery_code_survives_its_loss(
    secret_service: SecretService, vault_dir: Path
) -> None:
    backend = secret_service.backend()
    assert is_real_backend(backend)
    assert type(select_backend([backend])).__name__ == "Keyring"
    v = Vault(vault_dir, keystore=OsKeyring(backend), kdf_params=FAST)
    code = v.create(use_keyring=True)
    note = v.save(v.new_note(title="real keyring", body="kept by gnome-keyring"))
    vault_id = v.vault_id
    v.close()
    secret = backend.get_password(SERVICE, vault_id)
    assert secret is not None and len(secret.encode()) < 2560

    again = Vault(vault_dir, keystore=OsKeyring(secret_service.backend()), kdf_params=FAST)
    again.unlock_with_keyring()
    assert again.get(note.id).body == "kept by gnome-keyring"
    again.close()

    backend.delete_password(SERVICE, vault_id)
    lost = Vault(vault_dir, keystore=OsKeyring(secret_service.backend()), kdf_params=FAST)
    with pytest.raises(KeyringEntryMissing):
        lost.unlock_with_keyring()
    lost.unlock_with_recovery_code(code)
    assert lost.get(note.id).body == "kept by gnome-keyring"
    lost.close()


@pytest.mark.harness
def test_vault_detects_the_real_secret_service_through_keyring(
    secret_service: SecretService, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: secret_service.backend())
    v = Vault(vault_dir, kdf_params=FAST)
    assert v.keyring_available()
    v.create(use_keyring=True)
    v.lock()
    v.unlock_with_keyring()
    assert v.is_unlocked
    v.close()


class VendorKeyring(MemoryKeyring):
    """A third-party backend nobody vetted: high priority, not plaintext by name."""

    __module__ = "keyrings.vendor.cloudsync"
    priority = 20  # type: ignore[assignment]


class LookAlikeSecretService(MemoryKeyring):
    """Named like the real Secret Service class, defined elsewhere."""

    __module__ = "some_plugin.SecretService"
    __qualname__ = "Keyring"


@pytest.mark.parametrize("backend", [VendorKeyring(), LookAlikeSecretService()],
                         ids=["unknown-vendor", "look-alike"])  # fmt: skip
def test_only_allowed_backends_count_not_everything_that_is_not_denied(
    backend: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not is_real_backend(backend)
    with pytest.raises(KeyringUnavailable):
        OsKeyring(backend)
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    assert select_backend() is None


def test_an_allowed_backend_that_rates_itself_unusable_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.notes import keystore

    low = LowPriorityKeyring()
    monkeypatch.setattr(keystore, "ALLOWED_BACKENDS", (keystore.backend_name(low),))
    assert not is_real_backend(low)
    assert keystore.ALLOWED_BACKENDS == ("tests.notes.test_keyring_backends.LowPriorityKeyring",)


def test_the_allow_list_names_the_four_system_stores() -> None:
    from app.notes.keystore import ALLOWED_BACKENDS

    for name in ("SecretService.Keyring", "macOS.Keyring", "Windows.WinVaultKeyring",
                 "kwallet.DBusKeyring"):  # fmt: skip
        assert f"keyring.backends.{name}" in ALLOWED_BACKENDS


@pytest.mark.harness
@pytest.mark.parametrize("lost", ["keyring daemon killed", "D-Bus bus killed"])
def test_a_keyring_that_disappears_mid_session_means_use_your_passphrase(
    secret_service: SecretService, vault_dir: Path, lost: str
) -> None:
    import signal

    from app.notes.errors import KeyringLocked, KeyringStopped, VaultError

    v = Vault(vault_dir, keystore=OsKeyring(secret_service.backend()), kdf_params=FAST)
    v.create(use_keyring=True, passphrase="fallback words")
    note = v.save(v.new_note(title="kept", body="through the loss"))
    v.lock()
    proc = secret_service.daemon if lost.startswith("keyring") else secret_service.bus
    assert proc is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    with pytest.raises(VaultError) as caught:
        v.unlock_with_keyring()
    # The bus gone: "stopped answering". The daemon gone: D-Bus starts a fresh one, whose
    # keyring is locked. Either way a named error that points to the passphrase.
    expected = KeyringStopped if lost.startswith("D-Bus") else (KeyringStopped, KeyringLocked)
    assert isinstance(caught.value, expected)
    assert "passphrase" in caught.value.message()
    v.unlock_with_passphrase("fallback words")
    assert v.get(note.id).body == "through the loss"
    for action in (lambda: v.switch_to_keyring("fallback words"), v.remove_passphrase):
        with pytest.raises(VaultError):  # a named vault error, never the backend's own
            action()
    assert v.methods() == ["keyring", "passphrase", "recovery"]  # nothing lost on the way
    v.close()
    import gc

    # keyring's Secret Service backend leaves the D-Bus socket of a failed call open (keyring
    # issue #380); OsKeyring closes it. Were it still open, collecting it here would raise a
    # ResourceWarning that pytest reports as this test's failure.
    del caught
    gc.collect()


@pytest.mark.harness
def test_the_private_bus_activates_no_second_secret_service(secret_service: SecretService) -> None:
    """Only the harness's unlocked daemon answers: a call made before it owned the name once made
    the bus start a locked gnome-keyring of its own (every later call: "Prompt dismissed")."""
    import secretstorage
    from jeepney import DBusAddress, new_method_call

    bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    conn = secretstorage.dbus_init()
    try:
        activatable = conn.send_and_get_reply(new_method_call(bus, "ListActivatableNames")).body[0]
        assert "org.freedesktop.secrets" not in activatable
        owned = conn.send_and_get_reply(new_method_call(bus, "ListNames")).body[0]
        assert "org.freedesktop.secrets" in owned
        assert not secretstorage.get_default_collection(conn).is_locked()
    finally:
        conn.close()
