"""Notes speaks plainly: empty states, an unset mood, locked is information, and unlocking
counts wrong tries, points to the recovery code and then offers a new passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.notes.vault import Vault
from app.ui.context import AppContext
from app.ui.pages.notes import NotesPage
from app.ui.theme import colour
from tests.notes.conftest import FAST
from tests.notes.test_notes_page import FakeClock, make_page, settle, type_note


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def made(vault_dir: Path) -> str:
    """A passphrase vault with one note; returns its recovery code."""
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    code = v.create(use_keyring=False, passphrase="long passphrase")
    v.save(v.new_note(title="kept", body="safe"))
    v.close()
    return code


def locked_page(qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock) -> NotesPage:
    page = make_page(qtbot, app_ctx, Vault(vault_dir, keystore=None, kdf_params=FAST), clock)
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.unlock_view
    return page


def enter(qtbot: Any, page: NotesPage, passphrase: str) -> None:
    qtbot.keyClicks(page.unlock_view.passphrase, passphrase)
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    settle(qtbot, page)


def test_wrong_passphrases_clear_the_field_count_and_point_to_the_recovery_code(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock, made: str
) -> None:
    page = locked_page(qtbot, app_ctx, vault_dir, clock)
    view = page.unlock_view
    enter(qtbot, page, "wrong one")
    assert view.passphrase.text() == ""
    assert "try 1 of 3" in view.message.text()
    assert not view.recovery.isVisibleTo(page)
    enter(qtbot, page, "wrong two")
    assert "try 2 of 3" in view.message.text() and view.passphrase.text() == ""
    enter(qtbot, page, "wrong three")
    assert "recovery code" in view.message.text() and "3 times" in view.message.text()
    assert view.recovery.isVisibleTo(page) and view.recovery.hasFocus()
    enter(qtbot, page, "long passphrase")  # the passphrase still works after three misses
    assert page.unlocked
    page.lock()
    settle(qtbot, page)
    assert view.tries == 0  # a fresh count for the next time


def test_recovery_code_unlock_offers_a_new_passphrase_without_the_old_one(
    qtbot: Any,
    app_ctx: AppContext,
    vault_dir: Path,
    clock: FakeClock,
    made: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = locked_page(qtbot, app_ctx, vault_dir, clock)
    page.unlock_view.show_recovery(True)
    qtbot.keyClicks(page.unlock_view.recovery, made)
    qtbot.keyClick(page.unlock_view.recovery, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert page.unlocked
    offer = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "offerNewPassphrase"
    )
    assert isinstance(offer, QMessageBox) and offer.isVisible()
    asked: list[bool] = []

    def fill(dialog: Any) -> bool:
        asked.append(not dialog.current.isHidden())
        dialog.new.setText("my new phrase 2")
        dialog.confirm.setText("my new phrase 2")
        dialog._check()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", fill)
    choose = next(b for b in offer.findChildren(QPushButton) if "new passphrase" in b.text())
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert asked == [False]  # the forgotten passphrase is not asked for
    assert "changed" in page.notes_view.saved_label.text()
    page.lock()
    settle(qtbot, page)
    enter(qtbot, page, "my new phrase 2")
    assert page.unlocked


def test_a_passphrase_unlock_does_not_offer_a_new_passphrase(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock, made: str
) -> None:
    page = locked_page(qtbot, app_ctx, vault_dir, clock)
    enter(qtbot, page, "long passphrase")
    assert page.unlocked
    offers = [w for w in QApplication.topLevelWidgets() if w.objectName() == "offerNewPassphrase"]
    assert not [w for w in offers if w.isVisible()]


def test_locked_is_information_and_a_wrong_passphrase_is_an_error(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock, made: str
) -> None:
    page = locked_page(qtbot, app_ctx, vault_dir, clock)
    enter(qtbot, page, "long passphrase")
    page.lock()
    settle(qtbot, page)
    message = page.unlock_view.message
    assert message.text() == "Your notes are locked."
    error = colour("error", False)
    assert error not in message.styleSheet()
    enter(qtbot, page, "nope")
    assert error in message.styleSheet()


def test_no_notes_says_so_in_one_plain_line(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock
) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="long passphrase")
    v.close()
    page = locked_page(qtbot, app_ctx, vault_dir, clock)
    enter(qtbot, page, "long passphrase")
    empty = page.notes_view.empty
    assert empty.isVisibleTo(page) and "No notes yet" in empty.text()
    type_note(qtbot, page, "First", "hello")
    page.flush()
    settle(qtbot, page)
    assert not empty.isVisibleTo(page)
    qtbot.keyClicks(page.notes_view.search, "zzz")
    assert empty.isVisibleTo(page) and "No note matches" in empty.text()


def test_a_new_mood_check_in_has_no_mood_until_chosen(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock, made: str
) -> None:
    page = locked_page(qtbot, app_ctx, vault_dir, clock)
    enter(qtbot, page, "long passphrase")
    page.new_note("mood")
    settle(qtbot, page)
    mood = page.notes_view.mood
    assert page.notes_view.mood_row.isVisibleTo(page)
    assert mood.value() == 0 and mood.text() == "Not chosen yet"
    page.flush()
    settle(qtbot, page)
    note = next(n for n in page.notes.values() if n.title == "Mood check-in")
    assert note.mood == 0  # a check-in, nothing chosen: not "1, very low"
    mood.setValue(7)
    page.flush()
    settle(qtbot, page)
    note = next(n for n in page.notes.values() if n.title == "Mood check-in")
    assert note.mood == 7
