"""The Notes page: setup, unlock, create, autosave, search, lock / auto-lock, change passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.notes.keystore import OsKeyring
from app.notes.vault import Vault
from app.ui.context import AppContext
from app.ui.pages.notes import NotesPage
from app.ui.services import Services
from tests.fakes.notes import FAST, FakeClock, MemoryKeyring


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_page(qtbot: Any, app_ctx: AppContext, vault: Vault, clock: FakeClock) -> NotesPage:
    """The Notes page of *app_ctx*, with *vault* as the vault its services give it."""
    app_ctx.services = Services(vault=lambda _folder: vault)
    page = NotesPage(app_ctx, clock=clock)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.page_shown()
    return page


def settle(qtbot: Any, page: NotesPage) -> None:
    """Wait for the worker queue, then deliver its queued results."""
    assert page.worker.wait(20_000)
    qtbot.wait(1)
    qtbot.waitUntil(lambda: not page.worker.busy(), timeout=20_000)
    qtbot.wait(1)


@pytest.fixture
def passphrase_page(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock
) -> NotesPage:
    page = make_page(qtbot, app_ctx, Vault(vault_dir, keystore=None, kdf_params=FAST), clock)
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.setup_view
    assert not page.setup_view.keyring_radio.isEnabled()
    page.setup_view.passphrase.setText("long passphrase")
    page.setup_view.confirm.setText("long passphrase")
    qtbot.mouseClick(page.setup_view.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.recovery_view
    assert len(page.recovery_view.code) == 39
    assert not page.recovery_view.continue_button.isEnabled()
    rec = page.recovery_view
    parts = rec.code.split("-")
    rec.group_a.setText(parts[rec.groups[0] - 1])
    rec.group_b.setText(parts[rec.groups[1] - 1].lower())  # case does not matter
    qtbot.mouseClick(page.recovery_view.continue_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.notes_view
    assert page.recovery_view.code == ""
    return page


def type_note(qtbot: Any, page: NotesPage, title: str, body: str) -> None:
    qtbot.keyClick(page.notes_view.title, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    qtbot.keyClicks(page.notes_view.title, title)
    page.notes_view.body.setFocus()
    qtbot.keyClicks(page.notes_view.body, body)


def test_create_a_note_and_autosave_it_without_a_save_button(
    qtbot: Any, passphrase_page: NotesPage, vault_dir: Path
) -> None:
    page = passphrase_page
    page.notes_view.search.setFocus()
    type_note(qtbot, page, "Breathing", "Box breathing helped")
    assert page.dirty and page.autosave.isActive()
    page.autosave.timeout.emit()  # the debounce timer fires (no sleeping)
    page.autosave.stop()
    settle(qtbot, page)
    assert not page.dirty
    assert "Saved" in page.notes_view.saved_label.text()
    other = Vault(vault_dir, keystore=None, kdf_params=FAST)
    other.unlock_with_passphrase("long passphrase")
    [note] = other.notes()
    assert (note.title, note.body) == ("Breathing", "Box breathing helped")
    other.close()


def test_templates_search_and_filter_by_tag(qtbot: Any, passphrase_page: NotesPage) -> None:
    page = passphrase_page
    page.new_note("mood")
    settle(qtbot, page)
    assert page.notes_view.mood_row.isVisibleTo(page)
    page.notes_view.mood.setValue(8)
    page.new_note("homework")
    settle(qtbot, page)
    qtbot.keyClicks(page.notes_view.body, "walk the dog")
    page.flush()
    settle(qtbot, page)
    assert {n.title for n in page.notes.values()} == {"Mood check-in", "Homework"}
    mood = next(n for n in page.notes.values() if n.title == "Mood check-in")
    assert mood.mood == 8 and mood.tags == ("mood",)
    qtbot.keyClick(page.notes_view.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.notes_view.search.hasFocus()
    qtbot.keyClicks(page.notes_view.search, "DOG")
    assert [page.notes[i].title for i in page.notes_view.listed_ids()] == ["Homework"]
    page.notes_view.search.clear()
    assert len(page.notes_view.listed_ids()) == 2
    idx = page.notes_view.filter.findData("tag:mood")
    page.notes_view.filter.setCurrentIndex(idx)
    assert [page.notes[i].title for i in page.notes_view.listed_ids()] == ["Mood check-in"]


def test_lock_now_saves_typing_clears_the_editor_and_unlock_brings_it_back(
    qtbot: Any, passphrase_page: NotesPage
) -> None:
    page = passphrase_page
    type_note(qtbot, page, "Bring up", "talk about sleep")
    assert page.autosave.isActive()  # not yet saved: lock must not lose it
    qtbot.keyClick(page.notes_view.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.unlock_view
    assert page.notes_view.body.toPlainText() == "" and page.notes_view.title.text() == ""
    assert not page.notes_view.body.document().isUndoAvailable()
    assert page.notes == {} and page.notes_view.list.count() == 0
    settle(qtbot, page)
    assert not page.controller.vault.is_unlocked
    qtbot.keyClicks(page.unlock_view.passphrase, "wrong passphrase")
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert "not right" in page.unlock_view.message.text()
    page.unlock_view.passphrase.clear()
    qtbot.keyClicks(page.unlock_view.passphrase, "long passphrase")
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.notes_view
    assert page.notes_view.body.toPlainText() == "talk about sleep"


def test_auto_lock_after_idle_minutes_from_settings(
    qtbot: Any, passphrase_page: NotesPage, clock: FakeClock, app_ctx: AppContext
) -> None:
    page = passphrase_page
    app_ctx.set_setting("autolock_minutes", 5)
    clock.now += 4 * 60
    page.autolock.check()
    assert page.unlocked
    qtbot.keyClick(page.notes_view.body, Qt.Key.Key_A)  # activity resets the idle time
    clock.now += 4 * 60
    page.autolock.check()
    assert page.unlocked
    clock.now += 61
    page.autolock.timer.timeout.emit()
    assert not page.unlocked
    assert page.stack.currentWidget() is page.unlock_view


def test_default_auto_lock_is_ten_minutes(
    qtbot: Any, passphrase_page: NotesPage, clock: FakeClock
) -> None:
    clock.now += 9 * 60 + 59
    passphrase_page.autolock.check()
    assert passphrase_page.unlocked
    clock.now += 1
    passphrase_page.autolock.check()
    assert not passphrase_page.unlocked


def test_change_passphrase_from_the_page(
    qtbot: Any, passphrase_page: NotesPage, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = passphrase_page

    def fill(dialog: Any) -> bool:
        assert dialog.current.isVisibleTo(dialog) or not dialog.current.isHidden()
        dialog.current.setText("long passphrase")
        dialog.new.setText("a brand new phrase")
        dialog.confirm.setText("a brand new phrase")
        dialog._check()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", fill)
    page.menu.change_passphrase()
    settle(qtbot, page)
    assert "changed" in page.notes_view.saved_label.text()
    page.lock()
    settle(qtbot, page)
    qtbot.keyClicks(page.unlock_view.passphrase, "a brand new phrase")
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert page.unlocked


def test_keyring_vault_unlocks_by_itself_and_recovery_code_works_when_entry_lost(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock
) -> None:
    backend = MemoryKeyring()
    v = Vault(vault_dir, keystore=OsKeyring(backend), kdf_params=FAST)
    code = v.create(use_keyring=True)
    v.save(v.new_note(title="kept", body="safe"))
    v.close()
    page = make_page(
        qtbot, app_ctx, Vault(vault_dir, keystore=OsKeyring(backend), kdf_params=FAST), clock
    )
    settle(qtbot, page)
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.notes_view
    assert page.notes_view.title.text() == "kept"
    page.lock()
    settle(qtbot, page)
    backend.items.clear()
    qtbot.mouseClick(page.unlock_view.keyring_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert "recovery code" in page.unlock_view.message.text()
    assert page.unlock_view.recovery.isVisibleTo(page)
    qtbot.keyClicks(page.unlock_view.recovery, code.lower())
    qtbot.keyClick(page.unlock_view.recovery, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert page.unlocked and page.notes_view.body.toPlainText() == "safe"


def test_link_to_a_session_offers_none_without_a_schedule(
    qtbot: Any, passphrase_page: NotesPage
) -> None:
    page = passphrase_page
    page.new_note("")
    settle(qtbot, page)
    assert not page.notes_view.session.isEnabled()
    assert page.notes_view.session.currentData() is None


def test_link_to_a_scheduled_session_and_filter_by_it(
    qtbot: Any, app_ctx: AppContext, vault_dir: Path, clock: FakeClock
) -> None:
    from datetime import datetime, timedelta

    from app.schedule.model import Session

    start = datetime.now().astimezone() + timedelta(days=1)

    class Schedule:
        def upcoming(self, now: datetime, days: int = 7) -> list[Session]:
            return [Session("uid-1", "Group", start, start + timedelta(hours=3))]

    app_ctx.schedule = Schedule()
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="long passphrase")
    v.close()
    page = make_page(qtbot, app_ctx, Vault(vault_dir, keystore=None, kdf_params=FAST), clock)
    settle(qtbot, page)
    qtbot.keyClicks(page.unlock_view.passphrase, "long passphrase")
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    settle(qtbot, page)
    page.new_note("")
    settle(qtbot, page)
    page.new_note("")  # a second, unlinked note
    settle(qtbot, page)
    first = next(i for i in page.notes if i != page.notes_view.current_id)
    page._select(first)
    assert page.notes_view.session.isEnabled()
    page.notes_view.session.setCurrentIndex(1)
    page.flush()
    settle(qtbot, page)
    assert page.notes[first].session_id.startswith("uid-1|")
    idx = page.notes_view.filter.findData("session:" + page.notes[first].session_id)
    assert idx > 0
    page.notes_view.filter.setCurrentIndex(idx)
    assert page.notes_view.listed_ids() == [first]


def test_markdown_export_only_after_confirmation(
    qtbot: Any, passphrase_page: NotesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = passphrase_page
    type_note(qtbot, page, "Homework", "walk")
    out = tmp_path / "notes.md"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(out))
    monkeypatch.setattr(page, "confirm", lambda *_: False)
    page.menu.export_markdown()
    settle(qtbot, page)
    assert not out.exists()
    monkeypatch.setattr(page, "confirm", lambda *_: True)
    page.menu.export_markdown()
    settle(qtbot, page)
    assert "walk" in out.read_text()
