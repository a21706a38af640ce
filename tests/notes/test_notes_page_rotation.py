"""The change-passphrase dialog offers a new key for every note: progress while it runs on the
vault's queue, then the NEW recovery code; named errors reach the page as plain sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from app.notes.vault import Vault
from app.ui.notes.dialogs import PassphraseDialog
from app.ui.pages.notes import NotesPage
from tests.notes.conftest import FAST
from tests.notes.test_notes_page import clock as _clock
from tests.notes.test_notes_page import passphrase_page as _passphrase_page
from tests.notes.test_notes_page import settle

clock = _clock
passphrase_page = _passphrase_page


def _fill(page: NotesPage, monkeypatch: pytest.MonkeyPatch, *, rotate: bool, current: str) -> None:
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PassphraseDialog)
        assert dialog.rotate.isVisibleTo(dialog) and not dialog.rotate.isChecked()  # opt-in
        dialog.current.setText(current)
        dialog.new.setText("a brand new passphrase")
        dialog.confirm.setText("a brand new passphrase")
        dialog.rotate.setChecked(rotate)
        dialog._check()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)


def _notes(vault: Vault, n: int) -> dict[str, str]:
    notes = [vault.new_note(title=f"n{i}", body=f"body {i}", version=1) for i in range(n)]
    vault.save_many(notes)
    return {x.id: x.body for x in notes}


def test_changing_the_key_from_the_page_shows_progress_then_the_new_code(
    qtbot: Any, passphrase_page: NotesPage, monkeypatch: pytest.MonkeyPatch, vault_dir: Path
) -> None:
    page = passphrase_page
    vault = page.controller.vault
    old_code_slot = vault.slots.read()["slots"]["recovery"]
    bodies: dict[str, str] = {}
    page.controller.run(lambda: bodies.update(_notes(vault, 600)))
    settle(qtbot, page)
    seen: list[str] = []
    monkeypatch.setattr(page.notes_view, "set_saved", lambda text: seen.append(text))
    _fill(page, monkeypatch, rotate=True, current="long passphrase")
    page.menu.change_passphrase()
    settle(qtbot, page)
    assert any("600 of 600" in s for s in seen), seen  # progress on the UI thread
    assert page.stack.currentWidget() is page.recovery_view
    code = page.recovery_view.code
    assert len(code) == 39 and "NEW recovery code" in page.recovery_view.status.text()
    assert vault.slots.read()["slots"]["recovery"] != old_code_slot
    page.recovery_view.wrote_it.setChecked(True)
    page.recovery_view.continue_button.click()
    assert page.stack.currentWidget() is page.notes_view
    page.lock()
    settle(qtbot, page)
    check = Vault(vault_dir, keystore=None, kdf_params=FAST)
    check.unlock_with_recovery_code(code)
    assert {k: v for k, v in ((n.id, n.body) for n in check.notes()) if k in bodies} == bodies
    check.close()


def test_a_lock_during_the_change_shows_a_fresh_code_after_the_next_unlock(
    qtbot: Any, passphrase_page: NotesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = passphrase_page
    _fill(page, monkeypatch, rotate=True, current="long passphrase")
    page.menu.change_passphrase()
    page.lock()  # queued after the change: its code must not appear on the locked page
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.unlock_view and page.recovery_pending
    page.unlock_view.passphrase.setText("a brand new passphrase")
    page.unlock_view._unlock()
    settle(qtbot, page)
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.recovery_view and len(page.recovery_view.code) == 39


def test_plain_passphrase_change_keeps_the_key_and_a_wrong_current_is_named(
    qtbot: Any, passphrase_page: NotesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = passphrase_page
    before = [r.sealed for r in page.controller.vault.store().all()]
    _fill(page, monkeypatch, rotate=True, current="not the passphrase")
    page.menu.change_passphrase()
    settle(qtbot, page)
    assert "passphrase is not right" in page.notes_view.saved_label.text()
    _fill(page, monkeypatch, rotate=False, current="long passphrase")
    page.menu.change_passphrase()
    settle(qtbot, page)
    assert "passphrase was changed" in page.notes_view.saved_label.text()
    assert [r.sealed for r in page.controller.vault.store().all()] == before
    assert page.stack.currentWidget() is page.notes_view


def test_a_damaged_notes_file_is_named_on_the_unlock_screen(
    qtbot: Any, passphrase_page: NotesPage, vault_dir: Path
) -> None:
    page = passphrase_page
    page.lock()
    settle(qtbot, page)
    (vault_dir / "notes.db").write_bytes(b"\x00garbage" * 512)
    page.unlock_view.passphrase.setText("long passphrase")
    page.unlock_view._unlock()
    settle(qtbot, page)
    assert "file that holds your notes is damaged" in page.unlock_view.message.text()
