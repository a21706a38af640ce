"""The safety check-in: sealed in the vault, out of the notes list and the readable export,
shown on the Ready screen only after unlock, with today's location for one session only."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app.notes import backup
from app.notes.checkin import CHECKIN_ID, CheckIn, split
from app.ui.application import build_window
from app.ui.context import AppContext
from app.ui.services import Services
from tests.fakes.notes import FastVault

PASS = "long passphrase"
ADDRESS = "12 Willow Lane, Apt 3"
NAME = "Ana Ruiz"
PHONE = "555-0142"


def test_checkin_round_trips_through_a_note_and_is_split_out() -> None:
    value = CheckIn(ADDRESS, NAME, PHONE).with_today("s1|2025-03-03T17:00", "Mom's house")
    note = value.to_note()
    assert note.id == CHECKIN_ID and note.title == ""
    assert CheckIn.from_note(note) == value
    assert value.location_for("s1|2025-03-03T17:00") == ("Mom's house", True)
    assert value.location_for("s1|2025-03-10T17:00") == (ADDRESS, False)  # that session only
    others, found = split([note])
    assert others == [] and found == note
    assert CheckIn.from_note(note.with_changes(body="not json")) == CheckIn()


def test_readable_export_leaves_the_checkin_out(tmp_path: Path) -> None:
    v = FastVault(tmp_path / "notes")
    v.create(use_keyring=False, passphrase=PASS)
    v.save(v.new_note(title="Homework", body="walk"))
    v.save(CheckIn(ADDRESS, NAME, PHONE).to_note())
    out = tmp_path / "notes.md"
    assert backup.export_markdown(v, out, confirmed_plaintext=True) == 1
    assert ADDRESS not in out.read_text()
    v.close()


def test_ready_screen_shows_the_checkin_after_unlock_and_keeps_today_sealed(
    qtbot: Any, app_ctx: AppContext
) -> None:
    app_ctx.services = Services(vault=FastVault, live_devices=False)
    v = FastVault(app_ctx.data_dir / "notes")
    v.create(use_keyring=False, passphrase=PASS)
    v.save(CheckIn(ADDRESS, NAME, PHONE).to_note())
    v.close()
    w = build_window(app_ctx)
    qtbot.addWidget(w)
    w.show()
    box = w.pages["checklist"].ready.checkin  # type: ignore[attr-defined]
    assert ADDRESS not in box.text.text() and box.unlock_button.isVisibleTo(box)
    page = w.notes_page()
    w.show_page("notes")
    assert page.stack.currentWidget() is not page.notes_view
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.unlock_view, timeout=20_000)
    page.unlock_view.passphrase_entered.emit(PASS)
    qtbot.waitUntil(lambda: page.unlocked, timeout=20_000)
    assert page.notes.ordered() == []  # the check-in is not a note in the list
    text = box.text.text()
    assert ADDRESS in text and NAME in text and PHONE in text
    box.ask_location = lambda: "Library, 2nd floor"  # type: ignore[method-assign]
    box.somewhere_else()
    qtbot.waitUntil(lambda: "Library, 2nd floor" in box.text.text(), timeout=10_000)
    assert page.worker.wait(20_000)
    qtbot.waitUntil(lambda: not page.worker.busy(), timeout=20_000)
    raw = (app_ctx.data_dir / "notes" / "notes.db").read_bytes()
    assert b"Library" not in raw and ADDRESS.encode() not in raw
    page.lock()
    assert ADDRESS not in box.text.text() and "Library" not in box.text.text()
    assert app_ctx.checkin is None
    check = FastVault(app_ctx.data_dir / "notes")
    check.unlock_with_passphrase(PASS)
    assert CheckIn.from_note(check.get(CHECKIN_ID)).today_location == "Library, 2nd floor"
    check.close()


def _unlock(qtbot: Any, w: Any) -> Any:
    page = w.notes_page()
    w.show_page("notes")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.unlock_view, timeout=20_000)
    page.unlock_view.passphrase_entered.emit(PASS)
    qtbot.waitUntil(lambda: page.unlocked, timeout=20_000)
    return page


def _checklist_at(w: Any, item_id: str) -> Any:
    w.show_page("checklist")
    checklist = w.pages["checklist"]
    checklist.go_to(next(n for n, i in enumerate(checklist.content.items) if i.id == item_id))
    return checklist


def test_the_location_step_shows_the_checkin_after_unlock_and_today_for_this_session_only(
    qtbot: Any, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_ctx.services = Services(vault=FastVault, live_devices=False)
    v = FastVault(app_ctx.data_dir / "notes")
    v.create(use_keyring=False, passphrase=PASS)
    v.save(CheckIn(ADDRESS, NAME, PHONE).to_note())
    v.close()
    w = build_window(app_ctx)
    qtbot.addWidget(w)
    w.show()
    checklist = _checklist_at(w, "location_and_contact")
    box = checklist.step.extras["checkin"]
    assert box.isVisible() and box.unlock_button.isVisible()  # locked: asks to unlock
    assert ADDRESS not in box.text.text() and NAME not in box.text.text()
    box.unlock_button.click()
    assert w.current_page_id() == "notes"
    page = _unlock(qtbot, w)
    # back on the step the patient was reading, without looking for it
    qtbot.waitUntil(lambda: w.current_page_id() == "checklist", timeout=10_000)
    qtbot.waitUntil(lambda: box.isVisible() and not box.unlock_button.isVisible(), timeout=5000)
    page.lock()
    w.show_page("notes")
    page = _unlock(qtbot, w)  # unlocked on its own: no jump back to the checklist
    qtbot.wait(50)
    assert w.current_page_id() == "notes"
    checklist = _checklist_at(w, "location_and_contact")
    assert box.isVisible() and not box.unlock_button.isVisible()
    assert all(v in box.text.text() for v in (ADDRESS, NAME, PHONE))
    checklist.go_to(0)  # another item: no check-in on it
    assert not box.isVisible()
    checklist = _checklist_at(w, "location_and_contact")

    box.ask_location = lambda: "Library, 2nd floor"  # type: ignore[method-assign]
    box.elsewhere_button.click()
    qtbot.waitUntil(lambda: "Library, 2nd floor" in box.text.text(), timeout=10_000)
    assert ADDRESS not in box.text.text()
    ready = checklist.ready.checkin  # the Ready screen shows the same, from the same place
    assert "Library, 2nd floor" in ready.text.text()
    assert page.worker.wait(20_000)
    qtbot.waitUntil(lambda: not page.worker.busy(), timeout=20_000)
    raw = (app_ctx.data_dir / "notes" / "notes.db").read_bytes()
    assert b"Library" not in raw
    # Another session: the usual address again, today's place kept for its own session only.
    # through monkeypatch: undone after the test, so this window's context (alive until Qt
    # deletes it) answers a later test's language change with a real session, not this stand-in
    monkeypatch.setattr(
        app_ctx, "next_session", lambda now=None: SimpleNamespace(key="s9|2099-01-01T10:00")
    )
    box.refresh()
    assert ADDRESS in box.text.text() and "Library" not in box.text.text()

    page.lock()
    assert box.unlock_button.isVisible()
    assert all(v not in box.text.text() for v in (ADDRESS, NAME, PHONE, "Library"))


def test_the_location_step_says_where_to_add_a_checkin_when_none_is_saved(
    qtbot: Any, app_ctx: AppContext
) -> None:
    app_ctx.services = Services(vault=FastVault, live_devices=False)
    v = FastVault(app_ctx.data_dir / "notes")
    v.create(use_keyring=False, passphrase=PASS)
    v.close()
    w = build_window(app_ctx)
    qtbot.addWidget(w)
    w.show()
    _unlock(qtbot, w)
    box = _checklist_at(w, "location_and_contact").step.extras["checkin"]
    assert "Safety check-in" in box.text.text() and "not filled in" not in box.text.text()
    assert box.elsewhere_button.isVisible() and not box.unlock_button.isVisible()
