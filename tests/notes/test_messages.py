"""Each failure names its cause: wrong passphrase, damaged key slot, corrupt database, a file
that is not a backup, a truncated backup, a backup's wrong passphrase, a damaged backup; and
key-derivation settings from a file are range-checked before anything is derived."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from app.notes import backup, crypto
from app.notes.crypto import KdfParams
from app.notes.errors import (
    BackupDamaged,
    BackupTruncated,
    BackupWrongPassphrase,
    DamagedKeySlot,
    DatabaseDamaged,
    NotABackup,
    TamperedHeader,
    VaultError,
    WeakKdfParameters,
    WrongPassphrase,
)
from app.notes.vault import Vault

PASS = "message pass"


@pytest.fixture
def vault(make_vault: Any) -> Vault:
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase=PASS)
    v.save(v.new_note(title="kept", body="words"))
    return v


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """Fails the test if Argon2id is ever run (a refused header must never reach it)."""
    calls: list[KdfParams] = []

    def refuse(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        calls.append(params)
        raise AssertionError(f"Argon2id was run with {params}")

    monkeypatch.setattr(crypto, "derive_passphrase_key", refuse)
    return calls


def _edit_header(v: Vault, **kdf: Any) -> None:
    header = json.loads(v.header_path.read_text())
    header["slots"]["passphrase"]["kdf"].update(kdf)
    v.header_path.write_text(json.dumps(header))


HUGE = [
    {"m_kib": 4 * 1024 * 1024},  # 4 GiB: honoured before (4.1 GB, 20 s)
    {"m_kib": 2**40},
    {"t": 64},  # 64 passes: 8 s per unlock before
    {"t": 10**12},
    {"p": 16},
    {"m_kib": "1e9"},
    {"t": 3.5},
    {"p": True},
    {"m_kib": -1},
]


@pytest.mark.parametrize("kdf", HUGE, ids=lambda k: ",".join(f"{a}={b}" for a, b in k.items()))
def test_huge_or_odd_kdf_settings_in_vault_json_are_refused_before_deriving(
    vault: Vault, no_derivation: list[KdfParams], kdf: dict[str, Any]
) -> None:
    vault.lock()
    _edit_header(vault, **kdf)
    with pytest.raises(WeakKdfParameters) as caught:
        vault.unlock_with_passphrase(PASS)
    assert no_derivation == []
    assert isinstance(caught.value, TamperedHeader)
    assert "key file of your notes is damaged" in caught.value.message()


@pytest.mark.parametrize("kdf", HUGE[:5], ids=lambda k: ",".join(f"{a}={b}" for a, b in k.items()))
def test_huge_kdf_settings_in_a_backup_are_refused_before_deriving(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kdf: dict[str, Any]
) -> None:
    dest = tmp_path / "b.srbackup"
    backup.export_backup(vault, dest, "backup pass")
    blob = dest.read_bytes()
    start = len(backup.MAGIC) + 4
    meta_len = int.from_bytes(blob[len(backup.MAGIC) : start], "big")
    meta = json.loads(blob[start : start + meta_len])
    meta["kdf"].update(kdf)
    new_meta = json.dumps(meta).encode()
    dest.write_bytes(
        backup.MAGIC + len(new_meta).to_bytes(4, "big") + new_meta + blob[start + meta_len :]
    )
    calls: list[Any] = []
    monkeypatch.setattr(crypto, "derive_passphrase_key", lambda *a: calls.append(a) or b"")
    with pytest.raises(BackupDamaged) as caught:
        backup.import_backup(vault, dest, "backup pass")
    assert calls == []
    assert "damaged" in caught.value.message()


def test_the_accepted_range_is_documented_and_enforced() -> None:
    assert KdfParams(1024 * 1024, 10, 8).validate()  # the ceiling itself is fine
    for params in [KdfParams(1024 * 1024 + 1), KdfParams(iterations=11), KdfParams(lanes=9)]:
        with pytest.raises(WeakKdfParameters):
            params.validate()
    docs = (Path(__file__).parents[2] / "docs/sections/notes.md").read_text()
    assert "19 MiB" in docs and "1 GiB" in docs


def test_wrong_passphrase_and_damaged_key_slot_have_their_own_messages(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase) as wrong:
        vault.unlock_with_passphrase("not it at all")
    header = json.loads(vault.header_path.read_text())
    wrapped = bytearray(crypto.b64d(header["slots"]["passphrase"]["wrapped"]))
    wrapped[3] ^= 1
    header["slots"]["passphrase"]["wrapped"] = crypto.b64e(bytes(wrapped))
    vault.header_path.write_text(json.dumps(header))
    with pytest.raises(DamagedKeySlot) as damaged:
        vault.unlock_with_passphrase(PASS)  # the right passphrase, a damaged slot
    assert "not right" in wrong.value.message()
    assert "damaged" in damaged.value.message() and "recovery code" in damaged.value.message()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed page"])
def test_a_corrupt_database_file_is_named(vault: Vault, damage: str) -> None:
    vault.close()
    data = vault.db_path.read_bytes()
    if damage == "garbage":
        vault.db_path.write_bytes(os.urandom(len(data)))
    elif damage == "truncated":
        vault.db_path.write_bytes(data[:100])
    else:  # the page holding the notes table zeroed
        vault.db_path.write_bytes(data[:4096] + b"\0" * (len(data) - 4096))
    with pytest.raises(DatabaseDamaged) as caught:
        vault.unlock_with_passphrase(PASS)
    assert "file that holds your notes is damaged" in caught.value.message()
    assert not vault.is_unlocked


def _backup(vault: Vault, tmp_path: Path) -> Path:
    dest = tmp_path / "notes.srbackup"
    backup.export_backup(vault, dest, "backup pass")
    return dest


def test_backup_failures_each_name_their_cause(vault: Vault, tmp_path: Path) -> None:
    dest = _backup(vault, tmp_path)
    blob = dest.read_bytes()
    cases: dict[str, tuple[bytes, str, type[VaultError]]] = {
        "not a backup": (b"%PDF-1.7 a letter from the clinic", "backup pass", NotABackup),
        "empty": (b"", "backup pass", BackupTruncated),
        "cut in the magic": (blob[:10], "backup pass", BackupTruncated),
        "cut in the header": (blob[: len(backup.MAGIC) + 20], "backup pass", BackupTruncated),
        "cut in the notes": (blob[: len(blob) // 2], "backup pass", BackupTruncated),
        "wrong passphrase": (blob, "not the backup words", BackupWrongPassphrase),
        "flipped byte": (blob[:-5] + bytes([blob[-5] ^ 1]) + blob[-4:], "backup pass",
                         BackupDamaged),
    }  # fmt: skip
    messages = {}
    for name, (content, passphrase, error) in cases.items():
        path = tmp_path / f"{name}.srbackup"
        path.write_bytes(content)
        with pytest.raises(error) as caught:
            backup.import_backup(vault, path, passphrase)
        assert type(caught.value) is error, name
        messages[error] = caught.value.message()
    assert len(set(messages.values())) == 4  # four different sentences
    assert len(vault.notes()) == 1  # nothing was merged


@pytest.mark.parametrize("source", ["/dev/zero", "directory", "fifo"])
def test_devices_folders_and_pipes_are_not_backups(
    vault: Vault, tmp_path: Path, source: str
) -> None:
    if source == "directory":
        path = tmp_path
    elif source == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)  # opening it would block: it is refused before
    else:
        path = Path(source)
    with pytest.raises(NotABackup):
        backup.import_backup(vault, path, "backup pass")
