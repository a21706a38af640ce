"""Nothing fails silently on the way in: no phone app, no browser, one phone number."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.profile import Profile
from app.schedule.dialing import parse_dial
from app.schedule.model import Session
from app.ui.context import AppContext
from app.ui.join import dial_text, open_join_link
from tests.checklist.test_checklist_ui import FixedSchedule, answer_join, make_page


def top_level(name: str) -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == name]
    visible = [b for b in boxes if b.isVisible()]
    box = (visible or boxes or [None])[-1]
    assert box is None or isinstance(box, QMessageBox)
    return box


@pytest.mark.parametrize(
    ("raw", "number", "meeting", "passcode"),
    [
        ("tel:+16465588656,,81234567890#", "+1 646 558 8656", "812 3456 7890 #", ""),
        ("+1 646 558 8656,,812 3456 7890#", "+1 646 558 8656", "812 3456 7890 #", ""),
        ("+16465588656,,8123456789#,,,,*445566#", "+1 646 558 8656", "812 345 6789 #", "*445566 #"),
        ("+44 20 3481 5237", "+44 20 3481 5237", "", ""),
        ("+1 (555) 010-0100", "+1 555 010 0100", "", ""),
        ("tel:+442034815237;ext=12", "+442 034 815 237", "12", ""),
    ],
)
def test_dial_strings_split_into_what_a_person_keys_in(raw, number, meeting, passcode) -> None:
    dial = parse_dial(raw)
    assert (dial.number, dial.meeting_id, dial.passcode) == (number, meeting, passcode)


@pytest.mark.parametrize("raw", ["", "tel:", "call us", ",,#"])
def test_no_number_in_a_dial_string_is_empty(raw) -> None:
    assert not parse_dial(raw)


def test_dial_text_reads_like_spoken_instructions(qapp) -> None:
    assert (
        dial_text("tel:+16465588656,,81234567890#")
        == "+1 646 558 8656, then meeting ID 812 3456 7890 #"
    )
    assert dial_text("+16465588656,,81234567890#,,*99#").endswith(", then passcode *99 #")


def session_in(minutes: int, dial_in: str = "", url: str = "") -> Session:
    start = datetime.now(UTC) + timedelta(minutes=minutes)
    return Session("s", "Group", start, start + timedelta(hours=3), url, dial_in)


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")  # the case under test
def test_join_by_phone_without_a_dialer_shows_the_number_to_call(
    qtbot, app_ctx: AppContext
) -> None:
    # Offscreen Qt, like most desktops, has no tel: handler: openUrl returns False.
    app_ctx.schedule = FixedSchedule(session_in(20, dial_in="tel:+16465588656,,81234567890#"))
    page = make_page(qtbot, app_ctx)
    page.show_ready()
    ready = page.ready
    qtbot.mouseClick(ready.phone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (b := top_level("callFromPhone")) is not None and b.isVisible())
    box = top_level("callFromPhone")
    assert box is not None
    assert box.text() == "Call this number from your phone:"
    shown = box.informativeText().replace("&nbsp;", " ")
    assert "+1 646 558 8656, then meeting ID 812 3456 7890 #" in shown
    assert "+1&nbsp;646&nbsp;558&nbsp;8656," in box.informativeText()  # never split
    assert "xx-large" in box.informativeText()  # large, not small print
    box.close()


def test_join_by_phone_with_a_dialer_hands_over_the_call(
    qtbot, app_ctx: AppContext, opened
) -> None:
    app_ctx.schedule = FixedSchedule(session_in(20, dial_in="+1 646 558 8656,,812 3456 7890#"))
    page = make_page(qtbot, app_ctx)
    page.show_ready()
    qtbot.mouseClick(page.ready.phone_button, Qt.MouseButton.LeftButton)
    assert opened.urls == ["tel:+16465588656,,81234567890#"]
    box = top_level("callFromPhone")
    assert box is None or not box.isVisible()


def test_copy_number_says_where_the_number_went(qtbot, app_ctx: AppContext) -> None:
    app_ctx.set_profile(Profile(phone_line="+1 555 010 0100"))
    page = make_page(qtbot, app_ctx)
    page.show_ready()
    qtbot.mouseClick(page.ready.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+1 555 010 0100"
    assert "this computer" in page.ready.copied.text()
    assert "phone app" not in page.ready.copied.text()


def test_footer_and_ready_show_one_phone_number(qtbot, main_window, app_ctx: AppContext) -> None:
    app_ctx.set_profile(Profile(phone_line="+1 555 010 0100"))
    footer = main_window.footer
    assert "+1 555 010 0100" in footer.phone.text()
    app_ctx.schedule = FixedSchedule(session_in(20, dial_in="+16465588656,,81234567890#"))
    app_ctx.schedule_changed.emit()
    ready = main_window.pages["checklist"].ready
    ready.refresh()
    spoken = "+1 646 558 8656, then meeting ID 812 3456 7890 #"
    assert ready.phone_number.text() == spoken
    assert spoken in footer.phone.text()
    assert "555" not in footer.phone.text()
    app_ctx.schedule = FixedSchedule()  # the session is over: back to the program's line
    app_ctx.schedule_changed.emit()
    ready.refresh()
    assert "+1 555 010 0100" in footer.phone.text()
    assert ready.phone_number.text() == "+1 555 010 0100"


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")  # the case under test
def test_a_link_no_browser_can_open_is_explained_with_copy_link(
    qtbot, app_ctx: AppContext, caplog
) -> None:
    page = make_page(qtbot, app_ctx)
    link = "https://video.example.org/j/123?pwd=SECRET"
    answer_join()
    with caplog.at_level(logging.INFO, logger="app"):
        assert open_join_link(page, link) is False  # offscreen Qt: no browser answers
    box = top_level("joinNoWayIn")
    assert box is not None and box.isVisible()
    assert "could not open" in box.text()
    copy = next(b for b in box.findChildren(QPushButton) if b.objectName() == "copyJoinLink")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == link
    assert box.isVisible() and "copied" in box.informativeText()
    assert "SECRET" not in caplog.text
    box.close()


def test_a_missing_link_says_so_without_copy_link(qtbot, app_ctx: AppContext) -> None:
    page = make_page(qtbot, app_ctx)
    assert open_join_link(page, "") is False
    box = top_level("joinNoWayIn")
    assert box is not None and "do not have a link" in box.text()
    assert not [b for b in box.findChildren(QPushButton) if b.objectName() == "copyJoinLink"]
    box.close()


def test_qt_messages_are_logged_with_links_cut_to_their_host(caplog, capsys) -> None:
    from app.ui.application import qt_message_handler

    with caplog.at_level(logging.DEBUG, logger="app.qt"):
        qt_message_handler(
            QtMsgType.QtWarningMsg,
            QMessageLogContext(),
            "This plugin does not support openUrl() for 'https://zoom.us/j/812?pwd=TOKEN'.",
        )
    assert "https://zoom.us/…" in caplog.text
    assert "TOKEN" not in caplog.text and "/j/812" not in caplog.text
    err = capsys.readouterr().err
    assert "zoom.us" in err and "TOKEN" not in err


def test_the_installed_handler_catches_qts_own_open_url_warning(qapp, caplog, capfd) -> None:
    from PySide6.QtCore import QUrl, qInstallMessageHandler

    from app.ui.application import install_qt_message_handler

    install_qt_message_handler()
    try:
        with caplog.at_level(logging.DEBUG, logger="app.qt"):
            QDesktopServices.openUrl(QUrl("https://zoom.us/j/812?pwd=TOKEN"))
    finally:
        qInstallMessageHandler(None)
    assert "TOKEN" not in capfd.readouterr().err
    assert "TOKEN" not in caplog.text
    assert "zoom.us" in caplog.text


def test_ready_screen_opens_at_the_top_without_skip_to_join(qtbot, app_ctx: AppContext) -> None:
    app_ctx.set_profile(Profile(phone_line="+1 555 010 0100"))
    page = make_page(qtbot, app_ctx)
    page.resize(700, 360)  # short window: the Ready screen must scroll
    assert page.skip_button.isVisible()
    qtbot.keyClick(page.skip_button, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.ready
    assert not page.skip_button.isVisible()
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(50)  # let the deferred focus scrolling run (the page must stay at the top)
    assert bar.value() == 0
    page.go_to(0)
    assert page.skip_button.isVisible()
