"""The Notes page's file actions: encrypted backup export -> import, recovery code save/print,
and the "changed outside SessionReady" notice (dialogs replaced via the page's ask_* methods)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.notes.vault import Vault
from app.ui.context import AppContext
from app.ui.pages.notes import NotesPage
from tests.fakes.notes import FAST, FakeClock
from tests.notes.test_notes_page import clock as _clock
from tests.notes.test_notes_page import make_page, settle
from tests.notes.test_notes_page import passphrase_page as _passphrase_page

# The same fixtures as the page tests, shared.
clock = _clock
passphrase_page = _passphrase_page


def _answers(page: NotesPage, monkeypatch: pytest.MonkeyPatch, **answers: Any) -> list[str]:
    asked: list[str] = []
    for name, value in answers.items():
        monkeypatch.setattr(page, name, lambda *args, _v=value, _n=name: (asked.append(_n), _v)[1])
    return asked


def _type(qtbot: Any, page: NotesPage, title: str, body: str) -> None:
    page.new_note("")
    settle(qtbot, page)
    qtbot.keyClicks(page.notes_view.title, title)
    page.notes_view.body.setFocus()
    qtbot.keyClicks(page.notes_view.body, body)
    page.flush()
    settle(qtbot, page)


def test_backup_export_then_import_from_the_page_round_trips(
    qtbot: Any, passphrase_page: NotesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = passphrase_page
    _type(qtbot, page, "Skills", "grounding 5-4-3-2-1")
    _type(qtbot, page, "Homework", "walk after lunch")
    dest = tmp_path / "mine.srbackup"
    asked = _answers(page, monkeypatch, ask_save_path=str(dest), ask_passphrase="backup words here")
    page.menu.export_backup()
    settle(qtbot, page)
    assert asked == ["ask_save_path", "ask_passphrase"]
    assert "2 notes" in page.notes_view.saved_label.text()
    assert dest.exists() and b"grounding" not in dest.read_bytes()

    # Lose one note and change the other, then restore: the missing one comes back, the newer
    # local edit is kept (newer copy wins).
    gone = next(n.id for n in page.notes.values() if n.title == "Homework")
    kept = next(n.id for n in page.notes.values() if n.title == "Skills")
    monkeypatch.setattr(page, "confirm", lambda *_: True)
    page._select(gone)
    page.delete_current()
    settle(qtbot, page)
    page._select(kept)
    page.notes_view.body.setPlainText("grounding, edited after the backup")
    page.flush()
    settle(qtbot, page)
    assert gone not in page.notes

    _answers(page, monkeypatch, ask_open_path=str(dest), ask_passphrase="wrong words")
    page.menu.import_backup()
    settle(qtbot, page)
    assert "passphrase does not open this backup" in page.notes_view.saved_label.text()
    assert gone not in page.notes

    _answers(page, monkeypatch, ask_open_path=str(dest), ask_passphrase="backup words here")
    page.menu.import_backup()
    settle(qtbot, page)
    assert "Restored 1 new and 0 newer" in page.notes_view.saved_label.text()
    assert page.notes[gone].body == "walk after lunch"
    assert page.notes[kept].body == "grounding, edited after the backup"
    assert set(page.notes_view.listed_ids()) == {gone, kept}
    # And it is really stored: a fresh unlock sees both.
    other = Vault(page.controller.vault.directory, keystore=None, kdf_params=FAST)
    other.unlock_with_passphrase("long passphrase")
    assert {n.body for n in other.notes()} == {
        "walk after lunch",
        "grounding, edited after the backup",
    }
    other.close()


def test_cancelling_a_file_dialog_does_nothing(
    qtbot: Any, passphrase_page: NotesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = passphrase_page
    asked = _answers(page, monkeypatch, ask_save_path="", ask_open_path="", ask_passphrase="x")
    page.menu.export_backup()
    page.menu.import_backup()
    settle(qtbot, page)
    assert asked == ["ask_save_path", "ask_open_path"]  # no passphrase asked after a cancel
    assert list(tmp_path.glob("*.srbackup")) == []


def _recovery_screen(qtbot: Any, app_ctx: AppContext, vault_dir: Path) -> NotesPage:
    page = make_page(qtbot, app_ctx, Vault(vault_dir, keystore=None, kdf_params=FAST), FakeClock())
    settle(qtbot, page)
    page.setup_view.passphrase.setText("long passphrase")
    page.setup_view.confirm.setText("long passphrase")
    page.setup_view.create_button.click()
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.recovery_view
    return page


def test_recovery_code_save_and_print_from_the_setup_screen(
    qtbot: Any,
    app_ctx: AppContext,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    page = _recovery_screen(qtbot, app_ctx, vault_dir)
    code = page.recovery_view.code
    saved = tmp_path / "code.txt"
    _answers(page, monkeypatch, ask_save_path=str(saved))
    qtbot.mouseClick(page.recovery_view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert code in saved.read_text()
    assert "Saved" in page.recovery_view.status.text()

    _answers(page, monkeypatch, ask_printer=None)  # print dialog cancelled
    qtbot.mouseClick(page.recovery_view.print_button, Qt.MouseButton.LeftButton)
    assert page.recovery_view.status.text().startswith("Saved")

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(pdf))
    _answers(page, monkeypatch, ask_printer=printer)
    qtbot.mouseClick(page.recovery_view.print_button, Qt.MouseButton.LeftButton)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert "printer" in page.recovery_view.status.text()
    # The code works: it opens the vault.
    other = Vault(vault_dir, keystore=None, kdf_params=FAST)
    other.unlock_with_recovery_code(code)
    other.close()


def test_saving_the_recovery_code_to_an_unwritable_place_says_so(
    qtbot: Any,
    app_ctx: AppContext,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _recovery_screen(qtbot, app_ctx, vault_dir)
    (tmp_path / "a file").write_text("not a folder")
    _answers(page, monkeypatch, ask_save_path=str(tmp_path / "a file" / "code.txt"))
    page.recovery_view.save_button.click()
    settle(qtbot, page)
    assert "Could not save" in page.recovery_view.status.text()


def test_a_rolled_back_note_is_flagged_on_the_page_and_the_others_open(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path
) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="long passphrase")
    a = v.save(v.new_note(title="a", body="first"))
    b = v.save(v.new_note(title="b", body="other"))
    with sqlite3.connect(v.db_path) as conn:
        old = conn.execute("SELECT * FROM notes WHERE id=?", (a.id,)).fetchone()
    v.save(a.with_changes(body="second"))
    v.close()
    conn = sqlite3.connect(v.db_path)
    conn.execute(f"INSERT OR REPLACE INTO notes VALUES ({', '.join('?' * len(old))})", old)
    conn.commit()
    conn.close()
    page = make_page(qtbot, app_ctx, Vault(vault_dir, keystore=None, kdf_params=FAST), FakeClock())
    settle(qtbot, page)
    qtbot.keyClicks(page.unlock_view.passphrase, "long passphrase")
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert page.unlocked and list(page.notes) == [b.id]
    assert page.notes_view.notice.isVisibleTo(page)
    assert "changed or removed outside SessionReady" in page.notes_view.notice.text()
    assert "damaged" not in page.notes_view.notice.text()
