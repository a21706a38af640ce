"""The Diary page: keyboard-only diary card into a real vault, thought records and practice
round trips, entries kept out of the notes list, the locked prompt and the quick entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.diary.entries import DiaryCard, SkillPractice, ThoughtRecord, from_note
from app.notes.vault import Vault
from app.ui.application import build_window
from app.ui.context import AppContext
from app.ui.diary.page import DiaryPage
from app.ui.main_window import MainWindow
from app.ui.services import Services
from tests.fakes.notes import FAST

PASSPHRASE = "a long diary passphrase"


@pytest.fixture
def vault_dir(sr_home: Path) -> Path:
    folder = sr_home / "notes"
    vault = Vault(folder, keystore=None, kdf_params=FAST)
    vault.create(use_keyring=False, passphrase=PASSPHRASE)
    vault.close()
    return folder


@pytest.fixture
def window(qtbot: Any, app_ctx: AppContext, vault_dir: Path) -> MainWindow:
    app_ctx.services = Services(vault=lambda folder: Vault(folder, keystore=None, kdf_params=FAST))
    win = build_window(app_ctx)
    qtbot.addWidget(win)
    win.resize(1100, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.notes_page().shutdown()


def diary(win: MainWindow) -> DiaryPage:
    page = win.pages["diary"]
    assert isinstance(page, DiaryPage)
    return page


def settle(qtbot: Any, win: MainWindow) -> None:
    notes = win.notes_page()
    assert notes.worker.wait(20_000)
    qtbot.waitUntil(lambda: not notes.worker.busy(), timeout=20_000)
    qtbot.wait(5)


def unlock(qtbot: Any, win: MainWindow) -> None:
    notes = win.notes_page()
    win.show_page("notes")
    qtbot.waitUntil(lambda: notes.stack.currentWidget() is notes.unlock_view, timeout=20_000)
    notes.unlock_view.passphrase.setText(PASSPHRASE)
    notes.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: notes.unlocked, timeout=20_000)
    settle(qtbot, win)


def read_back(vault_dir: Path) -> list[Any]:
    """Every entry in the vault on disk, decrypted by a second Vault opened with the passphrase."""
    vault = Vault(vault_dir, keystore=None, kdf_params=FAST)
    try:
        vault.unlock_with_passphrase(PASSPHRASE)
        return [e for e in (from_note(n) for n in vault.notes()) if e is not None]
    finally:
        vault.close()


def key(
    qtbot: Any, k: Qt.Key | str, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, k, mod)


def test_a_full_card_is_filled_in_with_the_keyboard_alone_and_sealed_in_the_vault(
    qtbot: Any, window: MainWindow, vault_dir: Path
) -> None:
    unlock(qtbot, window)
    window.show_page("home")
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # quick entry, another page
    page = diary(window)
    assert window.current_page_id() == "diary"
    editor = page.card
    assert QApplication.focusWidget() is editor.rows[0].scale
    definition = page.definition
    assert definition is not None
    expected: dict[str, int] = {}
    for n, w in enumerate(editor.rows):
        assert QApplication.focusWidget() is w.scale, w.row.id
        digit = n % 6
        key(qtbot, str(digit))
        expected[w.row.id] = digit
        key(qtbot, Qt.Key.Key_Tab)
        if w.acted is not None:
            if n == 0:
                key(qtbot, Qt.Key.Key_Space)  # acted on the first urge only
            key(qtbot, Qt.Key.Key_Tab)
    skills = list(editor.skill_boxes)
    for n, skill_id in enumerate(skills):
        assert QApplication.focusWidget() is editor.skill_boxes[skill_id]
        if n in (0, len(skills) - 1):
            key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.note
    qtbot.keyClicks(editor.note, "Walked the dog; used paced breathing.")
    key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the note
    assert QApplication.focusWidget() is editor.save_button
    key(qtbot, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert editor.status.text().startswith("Saved at")

    cards = [e for e in read_back(vault_dir) if isinstance(e, DiaryCard)]
    assert len(cards) == 1
    card = cards[0]
    assert card.day == date.today()
    assert dict(card.ratings) == expected
    first = editor.rows[0]
    assert card.acted.get(first.row.id) is (True if first.acted is not None else None)
    assert set(card.skills) == {skills[0], skills[-1]}
    assert card.note == "Walked the dog; used paced breathing."

    # a second save for the same day edits the same card (Ctrl+S), never a second one
    editor.rows[0].scale.setFocus()
    key(qtbot, "5")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    cards = [e for e in read_back(vault_dir) if isinstance(e, DiaryCard)]
    assert len(cards) == 1 and cards[0].ratings[first.row.id] == 5


def test_a_digit_outside_the_scale_and_other_keys_change_nothing(
    qtbot: Any, window: MainWindow
) -> None:
    unlock(qtbot, window)
    window.ctx.diary_card_requested.emit()
    scale = diary(window).card.rows[0].scale
    qtbot.keyClick(scale, "7")
    assert scale.value() is None
    qtbot.keyClick(scale, "3")
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 4
    qtbot.keyClick(scale, "9")
    assert scale.value() == 4
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    assert scale.value() is None


def test_locked_the_page_asks_to_unlock_and_shows_nothing(qtbot: Any, window: MainWindow) -> None:
    page = diary(window)
    window.show_page("diary")
    assert page.stack.currentWidget() is page.locked_view
    assert page.unlock_button.isVisible()
    page.unlock_button.click()
    assert window.current_page_id() == "notes"


def test_quick_entry_while_locked_unlocks_first_then_opens_todays_card(
    qtbot: Any, window: MainWindow
) -> None:
    window.show_page("schedule")
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "notes"
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page_id() == "diary")
    page = diary(window)
    assert page.tabs.currentWidget() is page.card
    assert page.card.current_day() == date.today()


def test_after_lock_the_page_forgets_what_was_typed(qtbot: Any, window: MainWindow) -> None:
    unlock(qtbot, window)
    page = diary(window)
    window.show_page("diary")
    qtbot.keyClicks(page.card.note, "private words")
    window.notes_page().lock()
    assert page.stack.currentWidget() is page.locked_view
    assert page.card.note.toPlainText() == ""
    assert window.ctx.diary is None


def test_thought_record_and_practice_round_trip_and_stay_out_of_the_notes_list(
    qtbot: Any, window: MainWindow, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, window)
    page = diary(window)
    window.show_page("diary")
    page.tabs.setCurrentWidget(page.thoughts)
    t = page.thoughts
    t.entries.new_button.click()
    qtbot.keyClicks(t.situation, "Group ran late")
    qtbot.keyClicks(t.thought, "Nobody cares if I am there")
    qtbot.keyClicks(t.emotion, "sad")
    t.intensity.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(t.intensity, "80")
    qtbot.keyClicks(t.balanced, "They waited for me before")
    t.save_button.click()
    settle(qtbot, window)

    page.tabs.setCurrentWidget(page.practice)
    p = page.practice
    p.skill.setCurrentIndex(1)
    skill_id = p.skill.currentData()
    p.rating.set_value(4)
    qtbot.keyClicks(p.note, "before bed")
    p.save_button.click()
    settle(qtbot, window)

    entries = read_back(vault_dir)
    thoughts = [e for e in entries if isinstance(e, ThoughtRecord)]
    practice = [e for e in entries if isinstance(e, SkillPractice)]
    assert len(thoughts) == 1 and len(practice) == 1
    assert thoughts[0].situation == "Group ran late" and thoughts[0].intensity == 80
    assert thoughts[0].intensity_after is None and thoughts[0].emotion == "sad"
    assert practice[0].skill == skill_id and practice[0].rating == 4
    assert practice[0].note == "before bed"
    assert t.entries.list.count() == 1 and p.entries.list.count() == 1

    # the plain notes list and its search never show them
    notes = window.notes_page()
    assert len(notes.notes) == 0
    notes.notes_view.search.setText("Group ran late")
    assert notes.notes_view.list.count() == 0

    # open, edit, save: the same record changes
    t.entries.list.setCurrentRow(0)
    t.entries.open_button.click()
    assert t.emotion.text() == "sad"
    t.emotion.setText("hopeful")
    t.save_button.click()
    settle(qtbot, window)
    thoughts = [e for e in read_back(vault_dir) if isinstance(e, ThoughtRecord)]
    assert len(thoughts) == 1 and thoughts[0].emotion == "hopeful"

    # delete asks first: Cancel keeps it, Yes removes it
    answers = iter([False, True])
    monkeypatch.setattr(page, "confirm", lambda *_a: next(answers))
    p.entries.list.setCurrentRow(0)
    p.entries.delete_button.click()
    settle(qtbot, window)
    assert [e for e in read_back(vault_dir) if isinstance(e, SkillPractice)]
    p.entries.delete_button.click()
    settle(qtbot, window)
    assert not [e for e in read_back(vault_dir) if isinstance(e, SkillPractice)]
    assert p.entries.list.count() == 0


def test_the_programs_card_replaces_the_default_rows_in_the_editor(
    qtbot: Any, window: MainWindow, app_ctx: AppContext
) -> None:
    unlock(qtbot, window)
    page = diary(window)
    assert len(page.card.rows) > 2  # the shipped card
    program = {
        "replace": True,
        "groups": {"body": {"en": "Body", "es": "Cuerpo"}},
        "rows": [
            {"id": "pain", "group": "body", "label": {"en": "Pain", "es": "Dolor"}},
            {"id": "craving", "group": "urge", "label": "Cravings", "acted": True},
        ],
    }
    app_ctx.set_profile(app_ctx.profile.replace(diary_card=program))
    assert [w.row.id for w in page.card.rows] == ["pain", "craving"]
    assert [w.label.text() for w in page.card.rows] == ["Pain", "Cravings"]
    assert page.card.rows[0].acted is None and page.card.rows[1].acted is not None
    assert page.card.group_labels["body"].text() == "Body"


def test_a_diary_card_profile_key_that_is_not_a_table_is_refused() -> None:
    from app.profile import ProfileError, validate_profile

    with pytest.raises(ProfileError) as raised:
        validate_profile({"diary_card": ["pain"]})
    assert raised.value.field == "diary_card"
    assert validate_profile({"diary_card": {"remove": ["joy"]}}).diary_card == {"remove": ["joy"]}


def test_the_week_chart_and_sharing_follow_the_unlocked_diary(
    qtbot: Any, window: MainWindow
) -> None:
    """Seeing change in the page: a saved card reaches the week grid and the chart, a mood
    check-in saved after unlock reaches the mood chart, "Prepare for my therapist…" opens on a
    copy of the entries, the reminder's click opens today's card, and lock forgets it all."""
    from app.diary.progress import MOOD
    from app.ui.diary.share import ShareDialog

    unlock(qtbot, window)
    page = diary(window)
    window.show_page("diary")
    assert page.tools_row.isVisible() and page.share_button.isVisible()
    today = date.today()
    window.ctx.diary_save_requested.emit(DiaryCard(today, {"sadness": 4}))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.week.grid is not None and page.week.grid.has_card(today))
    assert page.week.grid.rating("sadness", today) == 4
    page.chart.show_row("sadness")
    assert page.chart.points[-1].value == 4.0

    notes = window.notes_page()
    notes.controller.save(Vault.new_note(title="check-in", mood=7), lambda _n: None, print)
    settle(qtbot, window)
    page.chart.show_row(MOOD)
    qtbot.waitUntil(lambda: page.chart.points and page.chart.points[-1].value == 7.0)

    page.share_button.click()
    dialog = page.findChild(ShareDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.entries is not window.ctx.diary  # a copy: the worker never reads the live one
    dialog.reject()

    window.show_page("home")
    window.diary_reminder.open_today_card.emit()
    assert window.current_page_id() == "diary" and page.tabs.currentWidget() is page.card

    notes.lock()
    assert page.week.grid is None and not page.tools_row.isVisible()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_view_button_is_in_sight_at_the_minimum_size_and_200_percent(
    qtbot: Any, window: MainWindow, language: str
) -> None:
    """The page's views are chosen by a row of buttons that wraps: none hides behind scroll
    arrows (a tab bar did, in Spanish even at 100 %). The keyboard moves between them too."""
    from app.ui.wrapping import WrapTabs

    window.ctx.set_profile(window.ctx.profile.replace(language=language))
    window.ctx.set_setting("text_scale", 200)
    unlock(qtbot, window)
    window.resize(960, 600)
    window.show_page("diary")
    page = diary(window)
    tabs = page.tabs
    assert isinstance(tabs, WrapTabs) and tabs.count() == 5
    qtbot.waitUntil(lambda: all(b.isVisible() for b in tabs.buttons))
    right = tabs.mapToGlobal(tabs.rect().topRight()).x()
    for button in tabs.buttons:
        assert button.mapToGlobal(button.rect().topRight()).x() <= right, button.text()
        assert button.height() >= button.heightForWidth(button.width())  # text never cut
    tabs.buttons[3].click()
    assert tabs.currentWidget() is page.week and tabs.buttons[3].isChecked()
    assert not tabs.buttons[0].isChecked()
    tabs.buttons[3].setFocus()
    qtbot.keyClick(tabs.buttons[3], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is page.chart
    qtbot.keyClick(tabs.buttons[4], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is page.card  # round to the first


def test_changing_the_day_saves_what_was_typed_and_an_untouched_card_is_not_saved(
    qtbot: Any, window: MainWindow, vault_dir: Path
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QDate

    unlock(qtbot, window)
    page = diary(window)
    window.show_page("diary")
    editor = page.card
    today, yesterday = date.today(), date.today() - timedelta(days=1)
    first = editor.rows[0]
    first.scale.setFocus()
    key(qtbot, "3")
    qtbot.keyClicks(editor.note, "a hard evening")

    def pick(day: date) -> None:  # as the calendar pop-up sets it
        editor.day.setDate(QDate(day.year, day.month, day.day))

    pick(yesterday)  # without pressing Save
    settle(qtbot, window)
    assert editor.current_day() == yesterday and first.scale.value() is None  # a blank card
    assert editor.note.toPlainText() == ""
    assert "is saved" in editor.status.text()
    [card] = [e for e in read_back(vault_dir) if isinstance(e, DiaryCard)]
    assert card.day == today and card.ratings[first.row.id] == 3 and card.note == "a hard evening"

    pick(today)  # yesterday was left blank: nothing saved for it; today's card is back
    settle(qtbot, window)
    assert first.scale.value() == 3 and editor.note.toPlainText() == "a hard evening"
    pick(yesterday)
    pick(today)  # today's card unchanged: not saved again
    settle(qtbot, window)
    cards = [e for e in read_back(vault_dir) if isinstance(e, DiaryCard)]
    assert [c.day for c in cards] == [today] and cards[0].id == card.id


def test_date_boxes_follow_the_language_chosen_after_they_were_made(
    qtbot: Any, window: MainWindow
) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    unlock(qtbot, window)
    page = diary(window)
    window.show_page("diary")
    day = date(2026, 11, 29)
    page.card.day.setDate(QDate(2026, 11, 29))
    page.practice.when.setDateTime(QDateTime(QDate(2026, 11, 29), QTime(18, 5)))
    assert page.card.day.text() == "11/29/26"
    ctx = window.ctx
    ctx.set_profile(ctx.profile.replace(language="es"))
    qtbot.waitUntil(lambda: page.card.day.text() == "29/11/26", timeout=5000)
    assert page.card.current_day() == day
    assert page.practice.when.text() == "29/11/26 18:05"
    ctx.set_profile(ctx.profile.replace(language="en"))
    qtbot.waitUntil(lambda: page.card.day.text() == "11/29/26", timeout=5000)
    assert page.practice.when.text().replace("\u202f", " ") == "11/29/26 6:05 PM"


def test_the_diary_is_built_on_the_worker_with_the_unlock_never_on_the_ui_thread(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from app.diary.entries import Entries

    built_on: list[bool] = []
    original = Entries.from_notes.__func__  # type: ignore[attr-defined]

    def spy(cls: type[Entries], notes: Any) -> Entries:
        built_on.append(threading.current_thread() is threading.main_thread())
        return original(cls, notes)  # type: ignore[no-any-return]

    monkeypatch.setattr(Entries, "from_notes", classmethod(spy))
    unlock(qtbot, window)
    assert built_on == [False]  # 10,000s of notes are split and read off the UI thread
    assert window.ctx.diary is not None
