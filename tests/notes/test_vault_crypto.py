"""The vault's cryptography: round trip, tamper detection, swaps, nonces, keys and recovery."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.notes import crypto
from app.notes.crypto import KdfParams
from app.notes.errors import (
    KeyringChanged,
    KeyringEntryMissing,
    KeyringLocked,
    TamperedHeader,
    TamperedRecord,
    VaultExists,
    VaultHeaderMissing,
    WeakKdfParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.notes.keystore import SERVICE, OsKeyring
from app.notes.vault import Vault
from tests.fakes.notes import MemoryKeyring


def _raw(vault: Vault) -> sqlite3.Connection:
    return sqlite3.connect(vault.db_path)


def _three_notes(v: Vault) -> list[str]:
    ids = []
    for i in range(3):
        n = v.save(v.new_note(title=f"title {i}", body=f"body {i} ñ ✓", tags=(f"t{i}",)))
        ids.append(n.id)
    return ids


def test_notes_round_trip_through_lock_and_unlock(keyring_vault: tuple[Vault, str]) -> None:
    v, _ = keyring_vault
    note = v.save(v.new_note(title="Breathing", body="4-7-8 ✓ ñ", tags=("skills",), mood=7))
    v.lock()
    with pytest.raises(Exception, match="locked"):
        v.notes()
    v.unlock_with_keyring()
    [back] = v.notes()
    assert (back.id, back.title, back.body, back.tags, back.mood) == (
        note.id,
        "Breathing",
        "4-7-8 ✓ ñ",
        ("skills",),
        7,
    )
    v.lock()
    v.unlock_with_passphrase("correct horse battery")
    assert v.get(note.id).body == "4-7-8 ✓ ñ"


def test_every_single_byte_flip_of_a_record_is_detected_and_others_still_open(
    keyring_vault: tuple[Vault, str],
) -> None:
    v, _ = keyring_vault
    ids = _three_notes(v)
    target = ids[1]
    v.lock()
    conn = _raw(v)
    nonce, sealed = conn.execute("SELECT nonce, sealed FROM notes WHERE id=?", (target,)).fetchone()
    stored = bytes(nonce) + bytes(sealed)  # nonce | ciphertext | 16-byte tag
    assert len(stored) > 12 + 16
    for pos in range(len(stored)):
        flipped = bytearray(stored)
        flipped[pos] ^= 0x01 if pos % 2 else 0x80
        conn.execute(
            "UPDATE notes SET nonce=?, sealed=? WHERE id=?",
            (bytes(flipped[:12]), bytes(flipped[12:]), target),
        )
        conn.commit()
        v.unlock_with_keyring()
        assert set(v.damaged()) == {target}, pos
        assert {n.id for n in v.notes()} == {ids[0], ids[2]}
        with pytest.raises(TamperedRecord):
            v.get(target)
        v.lock()
    conn.execute(
        "UPDATE notes SET nonce=?, sealed=? WHERE id=?", (stored[:12], stored[12:], target)
    )
    conn.commit()
    conn.close()
    v.unlock_with_keyring()
    assert not v.damaged() and len(v.notes()) == 3


def test_every_single_byte_flip_of_the_wrapped_key_is_detected(
    keyring_vault: tuple[Vault, str],
) -> None:
    v, _ = keyring_vault
    v.lock()
    original = json.loads(v.header_path.read_text())
    for field in ("nonce", "wrapped", "check"):
        raw = crypto.b64d(original["slots"]["keyring"][field])
        for pos in range(len(raw)):
            flipped = bytearray(raw)
            flipped[pos] ^= 0x04
            header = json.loads(json.dumps(original))
            header["slots"]["keyring"][field] = crypto.b64e(bytes(flipped))
            v.header_path.write_text(json.dumps(header))
            v.lock()  # forget the cached header
            with pytest.raises((TamperedHeader, KeyringChanged)):
                v.unlock_with_keyring()
            assert not v.is_unlocked
    v.header_path.write_text(json.dumps(original))
    v.lock()
    v.unlock_with_keyring()
    assert v.is_unlocked


def test_records_swapped_between_ids_are_rejected(keyring_vault: tuple[Vault, str]) -> None:
    v, _ = keyring_vault
    a, b, c = _three_notes(v)
    v.lock()
    conn = _raw(v)
    ra = conn.execute("SELECT nonce, sealed FROM notes WHERE id=?", (a,)).fetchone()
    rb = conn.execute("SELECT nonce, sealed FROM notes WHERE id=?", (b,)).fetchone()
    conn.execute("UPDATE notes SET nonce=?, sealed=? WHERE id=?", (*rb, a))
    conn.execute("UPDATE notes SET nonce=?, sealed=? WHERE id=?", (*ra, b))
    conn.commit()
    conn.close()
    v.unlock_with_keyring()
    assert set(v.damaged()) == {a, b}
    assert [n.id for n in v.notes()] == [c]


def test_a_record_replayed_under_another_version_is_rejected(
    keyring_vault: tuple[Vault, str],
) -> None:
    v, _ = keyring_vault
    note = v.save(v.new_note(title="x", body="y"))
    v.lock()
    conn = _raw(v)
    conn.execute("UPDATE notes SET version = version + 1 WHERE id=?", (note.id,))
    conn.commit()
    conn.close()
    v.unlock_with_keyring()
    assert set(v.damaged()) == {note.id}


def test_no_nonce_repeats_over_a_million_seals(monkeypatch: pytest.MonkeyPatch) -> None:
    # The seal path draws its nonce from crypto.new_nonce; prove that, then draw 10**6 the same way.
    drawn: list[bytes] = []
    real = crypto.new_nonce

    def spy() -> bytes:
        n = real()
        drawn.append(n)
        return n

    monkeypatch.setattr(crypto, "new_nonce", spy)
    cipher = crypto.NoteCipher(crypto.new_key())
    first, _ = cipher.seal(b"x", b"aad")
    second, _ = cipher.seal(b"x", b"aad")
    assert drawn == [first, second] and first != second
    monkeypatch.setattr(crypto, "new_nonce", real)

    count = 1_000_000
    buf = np.empty((count, crypto.NONCE_BYTES), dtype=np.uint8)
    for i in range(count):
        buf[i] = np.frombuffer(crypto.new_nonce(), dtype=np.uint8)
    as_void = buf.view(np.dtype((np.void, crypto.NONCE_BYTES))).ravel()
    assert len(np.unique(as_void)) == count


def test_wrong_passphrase_is_a_clear_error(make_vault: Any) -> None:
    v = make_vault(None)
    v.create(use_keyring=False, passphrase="right one")
    v.lock()
    with pytest.raises(WrongPassphrase) as err:
        v.unlock_with_passphrase("wrong one")
    assert "passphrase" in err.value.message().lower()
    assert not v.is_unlocked
    with pytest.raises(WrongRecoveryCode):
        v.unlock_with_recovery_code(crypto.new_recovery_code())


def test_after_the_keyring_entry_is_deleted_the_recovery_code_alone_opens_every_note(
    make_vault: Any, memory_backend: MemoryKeyring
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    code = v.create(use_keyring=True)  # keyring only: no passphrase at all
    ids = _three_notes(v)
    v.lock()
    memory_backend.items.clear()
    with pytest.raises(KeyringEntryMissing):
        v.unlock_with_keyring()
    with pytest.raises(VaultExists):
        v.create(use_keyring=True)
    v.unlock_with_recovery_code(" " + code.lower().replace("-", " ") + " ")
    assert sorted(n.id for n in v.notes()) == sorted(ids)
    assert all(n.body.startswith("body") for n in v.notes())
    v.use_keyring(True)  # put a fresh key back in the keyring: re-wrap only
    v.lock()
    v.unlock_with_keyring()
    assert len(v.notes()) == 3


def test_locked_missing_and_changed_keyring_are_told_apart(
    keyring_vault: tuple[Vault, str], memory_backend: MemoryKeyring
) -> None:
    v, _ = keyring_vault
    v.lock()
    memory_backend.locked = True
    with pytest.raises(KeyringLocked):
        v.unlock_with_keyring()
    memory_backend.locked = False
    [(key, _secret)] = memory_backend.items.items()
    memory_backend.items[key] = "srv1:" + crypto.b64e(crypto.new_key())
    with pytest.raises(KeyringChanged):
        v.unlock_with_keyring()
    memory_backend.items[key] = "something else entirely"
    with pytest.raises(KeyringChanged):
        v.unlock_with_keyring()
    del memory_backend.items[key]
    with pytest.raises(KeyringEntryMissing):
        v.unlock_with_keyring()
    assert key[0] == SERVICE and len(_secret.encode()) < 2560


def test_never_a_new_key_when_notes_exist_without_a_header(
    keyring_vault: tuple[Vault, str], make_vault: Any
) -> None:
    v, _ = keyring_vault
    _three_notes(v)
    v.lock()
    v.header_path.unlink()
    fresh = make_vault(None)
    assert fresh.state() == "header_missing"
    with pytest.raises(VaultHeaderMissing):
        fresh.create(use_keyring=False, passphrase="new")
    assert not fresh.header_path.exists()


@pytest.mark.parametrize(("m_kib", "t"), [(19 * 1024 - 1, 3), (64 * 1024, 1), (1024, 1), (8, 1)])
def test_weakened_kdf_parameters_in_the_header_are_refused(
    make_vault: Any, m_kib: int, t: int
) -> None:
    v = make_vault(None)
    v.create(use_keyring=False, passphrase="pw")
    v.lock()
    header = json.loads(v.header_path.read_text())
    header["slots"]["passphrase"]["kdf"].update(m_kib=m_kib, t=t)
    v.header_path.write_text(json.dumps(header))
    with pytest.raises(WeakKdfParameters):
        v.unlock_with_passphrase("pw")
    with pytest.raises(WeakKdfParameters):
        Vault(v.directory, keystore=None, kdf_params=KdfParams(m_kib, t))


def test_default_kdf_is_at_least_64_mib_and_3_iterations(vault_dir: Path) -> None:
    v = Vault(vault_dir, keystore=None)
    assert v.kdf_params.memory_kib >= 64 * 1024 and v.kdf_params.iterations >= 3


def test_changing_the_passphrase_rewraps_only(keyring_vault: tuple[Vault, str]) -> None:
    v, code = keyring_vault
    _three_notes(v)
    before = _raw(v).execute("SELECT id, nonce, sealed FROM notes ORDER BY id").fetchall()
    with pytest.raises(WrongPassphrase):
        v.change_passphrase("new secret words", current="not it")
    v.change_passphrase("new secret words", current="correct horse battery")
    after = _raw(v).execute("SELECT id, nonce, sealed FROM notes ORDER BY id").fetchall()
    assert before == after
    v.lock()
    with pytest.raises(WrongPassphrase):
        v.unlock_with_passphrase("correct horse battery")
    v.unlock_with_passphrase("new secret words")
    v.use_keyring(False)  # passphrase mode only
    v.lock()
    assert v.methods() == ["passphrase", "recovery"]
    with pytest.raises(KeyringEntryMissing):
        v.unlock_with_keyring()
    v.unlock_with_recovery_code(code)
    assert len(v.notes()) == 3


def test_schema_is_versioned_and_migrates_from_v1(vault_dir: Path) -> None:
    from app.notes import storage

    vault_dir.mkdir(parents=True)
    path = vault_dir / "old.db"
    conn = sqlite3.connect(path)
    storage.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    store = storage.NoteStore(path)
    assert store.schema_version() == storage.SCHEMA_VERSION == 4
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "manifest" in names and "notes_session" not in names  # no index of session ids
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()


def test_only_ids_timestamps_and_versions_are_plaintext_the_session_link_is_sealed(
    keyring_vault: tuple[Vault, str],
) -> None:
    v, _ = keyring_vault
    session = "Group therapy with Dana|2030-01-01T10:00"  # an event without UID: its title
    note = v.save(v.new_note(title="T", body="B", session_id=session))
    cols = [r[1] for r in _raw(v).execute("PRAGMA table_info(notes)")]
    assert cols == ["id", "version", "created", "updated", "session_id", "nonce", "sealed",
                    "format", "next_nonce", "next_sealed"]  # fmt: skip
    assert _raw(v).execute("SELECT session_id, format FROM notes").fetchall() == [(None, 2)]
    v.lock()
    v.unlock_with_keyring()
    assert v.get(note.id).session_id == session  # filtering by session works after unlock
