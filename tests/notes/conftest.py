"""Fixtures for the notes vault tests: a fast (floor) KDF and an in-memory keyring backend."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.notes.keystore import OsKeyring
from app.notes.vault import Vault
from tests.fakes.notes import FAST, MemoryKeyring
from tests.harness.secret_service import secret_service  # noqa: F401

# Spec'd stand-ins for a real system keyring that the tests trust like one.
STAND_INS = (
    f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}",
    "tests.notes.test_vault_protection.ForgetfulKeyring",
)


@pytest.fixture(autouse=True)
def allow_memory_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put the stand-ins (these exact classes only) on the keyring allow-list for these tests."""
    from app.notes import keystore

    monkeypatch.setattr(keystore, "ALLOWED_BACKENDS", (*keystore.ALLOWED_BACKENDS, *STAND_INS))


@pytest.fixture
def memory_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def vault_dir(sr_home: Path) -> Path:
    return sr_home / "notes"


@pytest.fixture
def make_vault(vault_dir: Path) -> Any:
    opened: list[Vault] = []

    def make(keystore: Any = None) -> Vault:
        v = Vault(vault_dir, keystore=keystore, kdf_params=FAST)
        opened.append(v)
        return v

    yield make
    for v in opened:
        v.close()


@pytest.fixture
def keyring_vault(make_vault: Any, memory_backend: MemoryKeyring) -> tuple[Vault, str]:
    v = make_vault(OsKeyring(memory_backend))
    code = v.create(use_keyring=True, passphrase="correct horse battery")
    return v, code
