"""Every flow of the whole app by keyboard alone: the tests press keys (Tab, Space, Return,
shortcuts, mnemonics) on whatever has the focus, exactly as a person without a mouse would, and
never call a method to move on. Links are caught with QDesktopServices.setUrlHandler."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.checks.base import Status
from app.ui.main_window import MainWindow
from tests.fakes.checks import FakeCheck
from tests.fakes.notes import FastVault
from tests.harness.urls import UrlCatcher

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
JOIN_URL = "https://video.example.org/j/123?pwd=TOKEN"


@pytest.fixture
def window(qtbot: Any, app_ctx: Any) -> MainWindow:
    """The whole app with fast fake checks (real ids) and a notes vault with the fast KDF."""
    fakes = [
        FakeCheck("connection"),
        FakeCheck("camera"),
        FakeCheck("microphone"),
        FakeCheck("speakers", status=Status.WARN, advice=("Turn the volume up",)),
        FakeCheck("battery"),
    ]
    app_ctx.services.checks = lambda _options: list(fakes)
    app_ctx.services.vault = FastVault
    app_ctx.services.live_devices = False  # no camera mirror, no microphone meter
    app_ctx.set_setting("orientation_done", True)
    app_ctx.set_profile(app_ctx.profile.replace(join_url=JOIN_URL, phone_line="+1 555 0100"))
    from app.ui.application import build_window

    win = build_window(app_ctx)
    qtbot.addWidget(win)
    win.resize(1100, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    win.nav.setFocus(Qt.FocusReason.OtherFocusReason)
    return win


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: Any, target: QWidget, limit: int = 80) -> None:
    """Press Tab until *target* has the focus (fails if Tab never gets there)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target!r}"


def in_modal(qtbot: Any, drive: Callable[[QDialog], None]) -> list[str]:
    """Run *drive* on the next modal dialog once it is open (exec() blocks the test)."""
    errors: list[str] = []

    def later(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            if tries:
                QTimer.singleShot(20, lambda: later(tries - 1))
            else:
                errors.append("no dialog opened")
            return
        try:
            drive(dialog)
        except AssertionError as exc:  # reported after exec() returns
            errors.append(str(exc))
            dialog.reject()

    QTimer.singleShot(0, later)
    return errors


def test_checks_then_checklist_then_ready_then_join_by_keyboard(
    qtbot: Any, window: MainWindow, opened: UrlCatcher
) -> None:
    press(qtbot, Qt.Key.Key_2, CTRL)  # Go → Check my setup
    page = window.pages["checks"]
    assert window.current_page_id() == "checks"
    press(qtbot, Qt.Key.Key_C, ALT)  # "&Check my setup"
    qtbot.waitUntil(page.banner.isVisible, timeout=10_000)
    assert page.cards["speakers"].result is not None
    assert "Turn the volume up" in page.cards["speakers"].advice.text()
    tab_to(qtbot, page.banner.next_button)
    press(qtbot, Qt.Key.Key_Space)  # Next: privacy checklist
    checklist = window.pages["checklist"]
    assert window.current_page_id() == "checklist"
    tab_to(qtbot, checklist.step.yes_button)
    for _ in range(len(checklist.content.items) + 1):
        if checklist.stack.currentWidget() is not checklist.step:
            break
        if checklist.step.yes_button.isChecked():  # pre-filled from the run: move on
            tab_to(qtbot, checklist.step.next_button)
        else:
            tab_to(qtbot, checklist.step.yes_button)
        press(qtbot, Qt.Key.Key_Space)
    assert checklist.stack.currentWidget() is checklist.summary
    assert focused() is checklist.summary.continue_button
    press(qtbot, Qt.Key.Key_Space)
    assert checklist.stack.currentWidget() is checklist.ready
    assert focused() is checklist.ready.join_button

    def accept(dialog: QDialog) -> None:
        assert "video.example.org" in dialog.findChild(QObject, "qt_msgbox_label").text()  # type: ignore[union-attr]
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Join is the default button

    errors = in_modal(qtbot, accept)
    press(qtbot, Qt.Key.Key_Space)  # Join session
    assert not errors, errors
    assert opened.urls == [JOIN_URL]


def test_notes_create_type_autosave_lock_and_unlock_by_keyboard(
    qtbot: Any, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_4, CTRL)  # Go → Notes
    page = window.pages["notes"]
    setup = page.setup_view
    qtbot.waitUntil(lambda: page.stack.currentWidget() is setup, timeout=10_000)
    tab_to(qtbot, setup.passphrase)
    qtbot.keyClicks(focused(), "long passphrase")
    press(qtbot, Qt.Key.Key_Return)  # moves to "type it again"
    assert focused() is setup.confirm
    qtbot.keyClicks(focused(), "long passphrase")
    press(qtbot, Qt.Key.Key_Return)  # create
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.recovery_view, timeout=20_000)
    rec = page.recovery_view
    parts = rec.code.split("-")
    tab_to(qtbot, rec.group_a)
    qtbot.keyClicks(focused(), parts[rec.groups[0] - 1])
    tab_to(qtbot, rec.group_b)
    qtbot.keyClicks(focused(), parts[rec.groups[1] - 1])
    tab_to(qtbot, rec.continue_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.notes_view
    view = page.notes_view
    press(qtbot, Qt.Key.Key_N, CTRL)  # new note
    qtbot.waitUntil(lambda: focused() in (view.title, view.body), timeout=10_000)
    tab_to(qtbot, view.title)
    qtbot.keyClicks(focused(), "Breathing")
    tab_to(qtbot, view.body)
    qtbot.keyClicks(focused(), "Box breathing helped")
    assert page.dirty
    qtbot.waitUntil(lambda: not page.dirty, timeout=10_000)  # autosave, no Save button
    qtbot.waitUntil(lambda: "Saved" in view.saved_label.text(), timeout=10_000)
    qtbot.keyClicks(focused(), " a lot")
    press(qtbot, Qt.Key.Key_L, CTRL)  # lock now (keeps the unsaved words)
    assert page.stack.currentWidget() is page.unlock_view
    assert view.body.toPlainText() == ""
    qtbot.waitUntil(lambda: not page.worker.busy(), timeout=20_000)
    unlock = page.unlock_view
    tab_to(qtbot, unlock.passphrase)
    qtbot.keyClicks(focused(), "long passphrase")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is view, timeout=20_000)
    titles = [page.notes[i].title for i in view.listed_ids()]
    assert titles == ["Breathing"]
    assert [n.body for n in page.notes.values()] == ["Box breathing helped a lot"]


def _calendar(path: Path) -> Path:
    start = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    stamp = "%Y%m%dT%H%M%SZ"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:kbd-group@example.org\r\n"
        f"DTSTAMP:{start.strftime(stamp)}\r\nDTSTART:{start.strftime(stamp)}\r\n"
        f"DTEND:{(start + timedelta(hours=3)).strftime(stamp)}\r\n"
        "SUMMARY:Keyboard Group\r\nLOCATION:https://zoom.us/j/555?pwd=SECRET\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


def test_schedule_import_a_calendar_file_and_join_by_keyboard(
    qtbot: Any, window: MainWindow, opened: UrlCatcher, tmp_path: Path, monkeypatch: Any
) -> None:
    ics = _calendar(tmp_path / "group.ics")
    # the file chooser is the platform's own dialog: it answers with the fixture's path
    monkeypatch.setattr(
        "app.ui.schedule.sources.QFileDialog.getOpenFileName", lambda *a, **k: (str(ics), "")
    )
    press(qtbot, Qt.Key.Key_6, CTRL)  # Go → Schedule
    page = window.pages["schedule"]
    tab_to(qtbot, page.sources.import_button)
    press(qtbot, Qt.Key.Key_Space)
    # new cards are shown by a queued event; Tab only reaches them once they are visible
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in page.findChildren(QWidget, "join")), timeout=10_000
    )
    join = next(b for b in page.findChildren(QWidget, "join") if b.isVisible())
    tab_to(qtbot, join)

    def accept(dialog: QDialog) -> None:
        assert "zoom.us" in dialog.findChild(QObject, "qt_msgbox_label").text()  # type: ignore[union-attr]
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Join is the default button

    errors = in_modal(qtbot, accept)
    press(qtbot, Qt.Key.Key_Space)
    assert not errors, errors
    assert opened.urls == ["https://zoom.us/j/555?pwd=SECRET"]


def test_settings_open_with_ctrl_comma_change_language_and_save(
    qtbot: Any, window: MainWindow, app_ctx: Any
) -> None:
    def change_language(dialog: QDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        assert focused() is dialog.fields["program_name"]  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_G, ALT)  # "Lan&guage"
        combo = dialog.language  # type: ignore[attr-defined]
        assert dialog.focusWidget() is combo
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() == "es"
        qtbot.keyClick(combo, Qt.Key.Key_Return)  # Save is the default button

    errors = in_modal(qtbot, change_language)
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    assert not errors, errors
    assert app_ctx.profile.language == "es"
    qtbot.waitUntil(lambda: window.go_menu.title() != "&Go", timeout=5000)
