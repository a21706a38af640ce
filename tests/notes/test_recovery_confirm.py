"""Setup asks the patient to show the recovery code is kept before the notes open: two groups
typed back, or saved to a file they chose (or printed) and the box ticked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.notes.vault import Vault
from app.ui.context import AppContext
from app.ui.notes.recovery import RecoveryView, groups_match, pick_groups
from app.ui.pages.notes import NotesPage
from tests.fakes.notes import FAST, FakeClock
from tests.notes.test_notes_page import make_page, settle

CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"


def test_two_groups_picked_are_different_and_in_range() -> None:
    for _ in range(200):
        a, b = pick_groups(CODE)
        assert 1 <= a < b <= 8


def test_wrong_groups_are_refused_and_right_ones_accepted() -> None:
    assert groups_match(CODE, (2, 5), ("EFGH", "TVWX"))
    assert groups_match(CODE, (2, 5), (" efgh ", "tvwx"))
    assert not groups_match(CODE, (2, 5), ("TVWX", "EFGH"))  # swapped
    assert not groups_match(CODE, (2, 5), ("EFGH", ""))
    assert not groups_match(CODE, (2, 5), ("EFG", "TVWX"))
    assert not groups_match(CODE, (2, 9), ("EFGH", "TVWX"))


def test_view_continues_only_when_the_code_is_shown_to_be_kept(qtbot: Any) -> None:
    view = RecoveryView()
    qtbot.addWidget(view)
    view.show_code(CODE)
    parts = CODE.split("-")
    a, b = view.groups
    assert not view.continue_button.isEnabled()
    view.wrote_it.setChecked(True)  # ticking alone is not enough: nothing was saved yet
    assert not view.wrote_it.isEnabled() or not view.continue_button.isEnabled()
    view.group_a.setText(parts[a - 1])
    view.group_b.setText(parts[a - 1])  # the wrong group
    assert not view.continue_button.isEnabled()
    with qtbot.assertNotEmitted(view.confirmed):
        view._continue()
    view.group_b.setText(parts[b - 1])
    assert view.continue_button.isEnabled()
    with qtbot.waitSignal(view.confirmed):
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert view.code == ""


@pytest.fixture
def setup_page(qtbot: Any, app_ctx: AppContext, vault_dir: Path) -> NotesPage:
    page = make_page(qtbot, app_ctx, Vault(vault_dir, keystore=None, kdf_params=FAST), FakeClock())
    settle(qtbot, page)
    page.setup_view.passphrase.setText("long passphrase")
    page.setup_view.confirm.setText("long passphrase")
    qtbot.mouseClick(page.setup_view.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.stack.currentWidget() is page.recovery_view
    return page


def test_saved_to_a_chosen_file_then_ticked_opens_the_notes(
    qtbot: Any, setup_page: NotesPage, tmp_path: Path
) -> None:
    page = setup_page
    rec = page.recovery_view
    code = rec.code
    target = tmp_path / "my-code.txt"
    page.ask_save_path = lambda _t, _n: str(target)  # type: ignore[method-assign]
    qtbot.mouseClick(rec.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert code in target.read_text("utf-8")
    assert rec.wrote_it.isEnabled()
    rec.wrote_it.setChecked(True)
    qtbot.mouseClick(rec.continue_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.notes_view


def test_a_failed_save_does_not_count_as_kept(
    qtbot: Any, setup_page: NotesPage, tmp_path: Path
) -> None:
    page = setup_page
    rec = page.recovery_view
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    page.ask_save_path = lambda _t, _n: str(blocker / "code.txt")  # type: ignore[method-assign]
    rec.save_button.click()
    settle(qtbot, page)
    assert "Could not save" in rec.status.text()
    assert not rec.wrote_it.isEnabled()
    assert not rec.continue_button.isEnabled()
    assert page.stack.currentWidget() is page.recovery_view
