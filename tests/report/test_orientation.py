"""The first-run welcome tour: keyboard only, skippable, shown once, sets up the essentials."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.context import AppContext
from app.ui.orientation.dialog import OrientationDialog, maybe_show_orientation
from app.ui.orientation.texts import STEPS


def focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def make(qtbot, app_ctx, parent=None) -> OrientationDialog:  # type: ignore[no-untyped-def]
    dialog = OrientationDialog(app_ctx, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    return dialog


def press_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def tab_to(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    for _ in range(30):
        if focused() is widget:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_the_tour_completes_by_keyboard_alone_and_leaves_a_usable_profile(
    qtbot, app_ctx: AppContext
) -> None:
    assert app_ctx.settings.get("orientation_done") is False  # first start
    dialog = make(qtbot, app_ctx)
    navigated: list[str] = []
    app_ctx.navigate_requested.connect(navigated.append)
    seen = []
    for _ in range(len(STEPS) + 2):
        step = dialog.current_step()
        seen.append(step)
        if step == "program":
            tab_to(qtbot, dialog.fields["program_name"])
            qtbot.keyClicks(focused(), "Harbor Virtual IOP")
            tab_to(qtbot, dialog.fields["video_host"])
            qtbot.keyClicks(focused(), "video.example.org")
            tab_to(qtbot, dialog.fields["join_url"])
            qtbot.keyClicks(focused(), "https://video.example.org/j/42")
            tab_to(qtbot, dialog.fields["phone_line"])
            qtbot.keyClicks(focused(), "+1 555 0100")
            tab_to(qtbot, dialog.fields["support_contact"])
            qtbot.keyClicks(focused(), "Tech help 555-0101")
        if step == "techhelp":
            assert "Tech help 555-0101" in dialog.texts["techhelp"].text()
        if step == "fallback":
            assert "+1 555 0100" in dialog.texts["fallback"].text()
        if step == "calendar":
            assert focused() is dialog.calendar
            qtbot.keyClicks(focused(), "http://127.0.0.1:9/feed.ics")
        press_enter(qtbot)
        if dialog.outcome:
            break
    assert seen == STEPS
    assert dialog.outcome == "finished"
    p = app_ctx.profile
    assert (p.program_name, p.video_host_port, p.phone_line) == (
        "Harbor Virtual IOP",
        ("video.example.org", 443),
        "+1 555 0100",
    )
    assert p.calendar_url == "http://127.0.0.1:9/feed.ics"
    assert AppContext(app_ctx.data_dir).profile == p  # saved
    assert app_ctx.settings.get("orientation_done") is True
    assert navigated == ["notes"]  # the last step points to Notes
    assert maybe_show_orientation(app_ctx) is None


def test_skipping_marks_done_and_the_tour_is_not_shown_again(qtbot, app_ctx: AppContext) -> None:
    dialog = make(qtbot, app_ctx)
    tab_to(qtbot, dialog.skip_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.outcome == "skipped" and not dialog.isVisible()
    assert AppContext(app_ctx.data_dir).settings.get("orientation_done") is True
    assert maybe_show_orientation(AppContext(app_ctx.data_dir)) is None


def test_escape_also_skips(qtbot, app_ctx: AppContext) -> None:
    dialog = make(qtbot, app_ctx)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.outcome == "skipped"
    assert app_ctx.settings.get("orientation_done") is True


def test_a_bad_value_is_named_and_keeps_the_patient_on_the_step(qtbot, app_ctx) -> None:
    dialog = make(qtbot, app_ctx)
    dialog.go_to(STEPS.index("program"))
    tab_to(qtbot, dialog.fields["join_url"])
    qtbot.keyClicks(focused(), "zoom meeting 42")
    tab_to(qtbot, dialog.fields["phone_line"])
    press_enter(qtbot)
    assert dialog.current_step() == "program"
    assert "join_url" in dialog.error.text() and dialog.error.isVisible()
    assert focused() is dialog.fields["join_url"]
    assert app_ctx.profile.join_url == ""


def test_profile_file_import_fills_the_fields(qtbot, app_ctx, tmp_path: Path) -> None:
    good = tmp_path / "program.json"
    good.write_text(
        json.dumps({"program_name": "Harbor", "phone_line": "555 0100", "session_minutes": 120})
    )
    dialog = make(qtbot, app_ctx)
    assert dialog.import_file(good)
    assert dialog.fields["program_name"].text() == "Harbor"
    assert app_ctx.profile.session_minutes == 120
    bad = tmp_path / "bad.json"
    bad.write_text("{ nope")
    assert not dialog.import_file(bad)
    assert "not a valid profile" in dialog.error.text()
    assert dialog.fields["program_name"].text() == "Harbor"


def test_choosing_spanish_switches_the_tour_at_once(qtbot, app_ctx: AppContext) -> None:
    from app.ui.application import build_window

    window = build_window(app_ctx)  # installs live language switching
    qtbot.addWidget(window)
    dialog = make(qtbot, app_ctx)
    dialog.go_to(STEPS.index("language"))
    assert dialog.titles["language"].text() == "Your language"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.titles["language"].text() == "Su idioma", timeout=5000)
    assert app_ctx.profile.language == "es"
    assert dialog.next_button.text() == "&Siguiente"
    assert window.nav.item(0).text() == "Inicio"
