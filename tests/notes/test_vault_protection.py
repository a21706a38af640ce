"""Switching how the notes open (keyring <-> passphrase) in the core, without Qt: the data key
is re-wrapped only, and a keyring that does not give the key back leaves the vault as it was."""

from __future__ import annotations

from typing import Any

import pytest

from app.notes.errors import KeyringUnavailable, WrongPassphrase
from app.notes.keystore import SERVICE, OsKeyring
from tests.fakes.notes import MemoryKeyring


class ForgetfulKeyring(MemoryKeyring):
    """Accepts the key, then never gives it back (a keyring that does not really keep it)."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


def _bodies(vault: Any) -> dict[str, str]:
    return {n.id: n.body for n in vault.notes()}


def test_switch_to_keyring_checks_the_passphrase_then_drops_it(
    make_vault: Any, memory_backend: MemoryKeyring
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    v.create(use_keyring=False, passphrase="old passphrase")
    v.save(v.new_note(title="Skills", body="box breathing"))
    bodies = _bodies(v)
    with pytest.raises(WrongPassphrase):
        v.switch_to_keyring("wrong words")
    assert v.methods() == ["passphrase", "recovery"] and not memory_backend.items
    v.switch_to_keyring("old passphrase")
    assert v.methods() == ["keyring", "recovery"]
    assert (SERVICE, v.vault_id) in memory_backend.items
    v.close()
    again = make_vault(OsKeyring(memory_backend))
    again.unlock_with_keyring()
    assert _bodies(again) == bodies


def test_switch_to_keyring_rolls_back_when_the_keyring_does_not_give_the_key_back(
    make_vault: Any,
) -> None:
    backend = ForgetfulKeyring()
    v = make_vault(OsKeyring(backend))
    v.create(use_keyring=False, passphrase="kept passphrase")
    with pytest.raises(KeyringUnavailable):
        v.switch_to_keyring("kept passphrase")
    assert v.methods() == ["passphrase", "recovery"]  # as it was: passphrase only
    assert not backend.items  # the key it was given is removed again
    v.close()
    make_vault(None).unlock_with_passphrase("kept passphrase")


def test_switch_to_keyring_keeps_a_keyring_that_was_already_in_use(
    make_vault: Any, memory_backend: MemoryKeyring
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    v.create(use_keyring=True, passphrase="both")
    memory_backend.items.clear()  # the keyring lost the entry since
    with pytest.raises(KeyringUnavailable):
        v.switch_to_keyring("both")
    assert v.methods() == ["keyring", "passphrase", "recovery"]


def test_switch_to_passphrase_sets_the_new_one_then_leaves_the_keyring(
    make_vault: Any, memory_backend: MemoryKeyring
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    v.create(use_keyring=True)
    v.save(v.new_note(title="Homework", body="call my sister"))
    bodies = _bodies(v)
    v.switch_to_passphrase("brand new words")
    assert v.methods() == ["passphrase", "recovery"]
    assert not memory_backend.items
    v.close()
    again = make_vault(None)
    again.unlock_with_passphrase("brand new words")
    assert _bodies(again) == bodies


def test_switch_to_passphrase_with_a_wrong_current_one_changes_nothing(
    make_vault: Any, memory_backend: MemoryKeyring
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    v.create(use_keyring=True, passphrase="current words")
    with pytest.raises(WrongPassphrase):
        v.switch_to_passphrase("brand new words", "not the current")
    assert v.methods() == ["keyring", "passphrase", "recovery"]
    assert memory_backend.items
