"""Switching keyring <-> passphrase from the Notes page: re-wraps the key only, never loses notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.notes.errors import KeyringUnavailable
from app.notes.keystore import SERVICE, OsKeyring
from app.notes.vault import Vault
from app.ui.context import AppContext
from app.ui.notes.dialogs import ProtectionDialog
from app.ui.pages.notes import NotesPage
from tests.fakes.notes import FAST, FakeClock, MemoryKeyring
from tests.harness.secret_service import SecretService
from tests.notes.test_notes_page import make_page, settle


def _unlocked_page(
    qtbot: Any, app_ctx: AppContext, vault: Vault, passphrase: str | None = None
) -> NotesPage:
    page = make_page(qtbot, app_ctx, vault, FakeClock())
    settle(qtbot, page)
    settle(qtbot, page)
    if passphrase is not None:
        qtbot.keyClicks(page.unlock_view.passphrase, passphrase)
        qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
        settle(qtbot, page)
    assert page.unlocked
    return page


def _answer(page: NotesPage, monkeypatch: pytest.MonkeyPatch, fill: Any) -> list[Any]:
    seen: list[Any] = []

    def run(dialog: Any) -> bool:
        assert isinstance(dialog, ProtectionDialog)
        seen.append(dialog)
        fill(dialog)
        dialog._check()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return seen


def _two_notes(vault: Vault) -> dict[str, str]:
    a = vault.save(vault.new_note(title="Skills", body="box breathing"))
    b = vault.save(vault.new_note(title="Homework", body="call my sister"))
    return {a.id: a.body, b.id: b.body}


@pytest.mark.harness
def test_switch_passphrase_to_real_keyring_and_back_keeps_every_note(
    qtbot: Any,
    app_ctx: AppContext,
    vault_dir: Path,
    secret_service: SecretService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    v = Vault(vault_dir, keystore=OsKeyring(secret_service.backend()), kdf_params=FAST)
    code = v.create(use_keyring=False, passphrase="old passphrase")
    bodies = _two_notes(v)
    vault_id = v.vault_id
    v.close()
    page = _unlocked_page(
        qtbot,
        app_ctx,
        Vault(vault_dir, keystore=OsKeyring(secret_service.backend()), kdf_params=FAST),
        "old passphrase",
    )

    # passphrase -> keyring: the current passphrase is asked first
    def to_keyring(d: ProtectionDialog) -> None:
        assert d.current_mode == d.PASSPHRASE and d.keyring_radio.isEnabled()
        d.keyring_radio.setChecked(True)
        assert d.current.isVisibleTo(d) and not d.new.isVisibleTo(d)
        d.current.setText("wrong words")

    _answer(page, monkeypatch, to_keyring)
    page.menu.change_protection()
    settle(qtbot, page)
    settle(qtbot, page)
    assert "not right" in page.notes_view.saved_label.text()
    assert page.controller.vault.methods() == ["passphrase", "recovery"]  # nothing changed

    _answer(page, monkeypatch, lambda d: (d.keyring_radio.setChecked(True),
                                          d.current.setText("old passphrase")))  # fmt: skip
    page.menu.change_protection()
    settle(qtbot, page)
    settle(qtbot, page)
    assert "automatically" in page.notes_view.saved_label.text()
    assert page.controller.vault.methods() == ["keyring", "recovery"]
    assert secret_service.backend().get_password(SERVICE, vault_id) is not None
    page.lock()
    settle(qtbot, page)
    page.close()

    # A fresh start opens by itself through gnome-keyring, every note intact.
    fresh = Vault(vault_dir, keystore=OsKeyring(secret_service.backend()), kdf_params=FAST)
    page = _unlocked_page(qtbot, app_ctx, fresh)
    assert {n.id: n.body for n in page.notes.values()} == bodies

    # keyring -> passphrase: a new passphrase, the keyring entry is removed
    def to_passphrase(d: ProtectionDialog) -> None:
        assert d.current_mode == d.KEYRING
        d.passphrase_radio.setChecked(True)
        assert d.new.isVisibleTo(d) and not d.current.isVisibleTo(d)
        d.new.setText("brand new words")
        d.confirm.setText("brand new words")

    _answer(page, monkeypatch, to_passphrase)
    page.menu.change_protection()
    settle(qtbot, page)
    settle(qtbot, page)
    assert "passphrase" in page.notes_view.saved_label.text()
    assert page.controller.vault.methods() == ["passphrase", "recovery"]
    assert secret_service.backend().get_password(SERVICE, vault_id) is None
    page.lock()
    settle(qtbot, page)
    qtbot.keyClicks(page.unlock_view.passphrase, "brand new words")
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert {n.id: n.body for n in page.notes.values()} == bodies
    page.lock()
    settle(qtbot, page)
    # The recovery code, shown once at setup, still opens everything.
    again = Vault(vault_dir, keystore=None, kdf_params=FAST)
    again.unlock_with_recovery_code(code)
    assert {n.id: n.body for n in again.notes()} == bodies
    again.close()


def test_without_a_keyring_the_passphrase_cannot_be_turned_off(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="only passphrase")
    bodies = _two_notes(v)
    v.close()
    page = _unlocked_page(
        qtbot, app_ctx, Vault(vault_dir, keystore=None, kdf_params=FAST), "only passphrase"
    )

    def look(d: ProtectionDialog) -> None:
        assert not d.keyring_radio.isEnabled()
        assert d.no_keyring.isVisibleTo(d) and "no safe keyring" in d.no_keyring.text()
        assert "recovery code" in d.safety.text()
        d.keyring_radio.setChecked(True)  # even if forced, the dialog refuses

    seen = _answer(page, monkeypatch, look)
    page.menu.change_protection()
    settle(qtbot, page)
    settle(qtbot, page)
    assert seen and "no safe keyring" in seen[0].error.text()
    assert page.controller.vault.methods() == ["passphrase", "recovery"]
    assert {n.id: n.body for n in page.notes.values()} == bodies


def test_core_keeps_the_passphrase_when_the_keyring_does_not_give_the_key_back(
    make_vault: Any, memory_backend: MemoryKeyring
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    v.create(use_keyring=False, passphrase="kept passphrase")
    v.use_keyring(True)
    memory_backend.items.clear()  # the keyring lost the entry
    with pytest.raises(KeyringUnavailable):
        v.remove_passphrase()
    assert v.methods() == ["keyring", "passphrase", "recovery"]
    memory_backend.locked = True
    with pytest.raises(KeyringUnavailable):
        v.remove_passphrase()
    assert "passphrase" in v.methods()


def test_core_refuses_to_drop_the_passphrase_on_a_machine_without_keyring(
    make_vault: Any, memory_backend: MemoryKeyring, vault_dir: Path
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    code = v.create(use_keyring=True, passphrase="both")
    v.close()
    elsewhere = make_vault(None)  # same files, no usable keyring here
    elsewhere.unlock_with_recovery_code(code)
    with pytest.raises(KeyringUnavailable):
        elsewhere.remove_passphrase()
    assert elsewhere.methods() == ["keyring", "passphrase", "recovery"]


def test_locked_keyring_on_switch_leaves_passphrase_mode_as_it_was(
    qtbot: Any,
    app_ctx: AppContext,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend = MemoryKeyring()
    v = Vault(vault_dir, keystore=OsKeyring(backend), kdf_params=FAST)
    v.create(use_keyring=False, passphrase="my passphrase")
    v.close()
    page = _unlocked_page(
        qtbot, app_ctx, Vault(vault_dir, keystore=OsKeyring(backend), kdf_params=FAST),
        "my passphrase",
    )  # fmt: skip
    backend.locked = True
    _answer(page, monkeypatch, lambda d: (d.keyring_radio.setChecked(True),
                                          d.current.setText("my passphrase")))  # fmt: skip
    page.menu.change_protection()
    settle(qtbot, page)
    settle(qtbot, page)
    assert "locked" in page.notes_view.saved_label.text()
    assert page.controller.vault.methods() == ["passphrase", "recovery"]
