"""The main window: navigation, keyboard use, settings and language."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.profile import Profile
from app.ui.context import AppContext
from app.ui.main_window import PAGES, MainWindow
from app.ui.settings_dialog import SettingsDialog

EXPECTED_NAV = [
    "Home",
    "Check my setup",
    "Privacy checklist",
    "Notes",
    "Diary card",
    "Schedule",
    "Help & support",
]


def nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_window_opens_with_every_navigation_entry(main_window: MainWindow) -> None:
    assert nav_labels(main_window) == EXPECTED_NAV
    assert main_window.windowTitle() == "SessionReady"
    assert main_window.current_page_id() == "home"
    assert main_window.stack.count() == 7


def test_arrow_keys_in_the_navigation_reach_every_page(qtbot, main_window: MainWindow) -> None:
    main_window.nav.setFocus()
    seen = [main_window.current_page_id()]
    for _ in range(len(PAGES) - 1):
        qtbot.keyClick(main_window.nav, Qt.Key.Key_Down)
        seen.append(main_window.current_page_id())
    assert seen == [pid for pid, _c, _l in PAGES]


def test_ctrl_number_shortcuts_switch_pages_and_f1_opens_help(
    qtbot, main_window: MainWindow
) -> None:
    main_window.activateWindow()
    for i, (pid, _c, _l) in enumerate(PAGES, start=1):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_page_id() == pid
    main_window.show_page("home")
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert main_window.current_page_id() == "help"


def test_tab_reaches_the_check_button_and_space_presses_it(
    qtbot, main_window: MainWindow, app_ctx: AppContext
) -> None:
    runs: list[bool] = []
    app_ctx.run_checks_requested.disconnect()  # no real network checks in this test
    app_ctx.run_checks_requested.connect(lambda: runs.append(True))
    main_window.nav.setFocus()
    button = main_window.pages["home"].check_button
    for _ in range(20):
        if QApplication.focusWidget() is button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert main_window.current_page_id() == "checks"
    assert runs == [True]  # one click runs the checks


def test_every_action_shows_its_shortcut_and_buttons_have_names(main_window: MainWindow) -> None:
    for action in main_window.page_actions + [main_window.settings_action, main_window.help_action]:
        assert action.shortcut().toString(), action.text()
    for button in main_window.findChildren(QPushButton):
        assert button.accessibleName() or button.text(), button.objectName()


def test_footer_shows_crisis_line_and_phone_fallback(
    main_window: MainWindow, app_ctx: AppContext
) -> None:
    crisis = main_window.findChild(QLabel, "crisisLine")
    phone = main_window.findChild(QLabel, "phoneLine")
    assert "988" in crisis.text()
    app_ctx.set_profile(Profile(phone_line="+1 555 0100", crisis_line="+1 800 273 8255"))
    assert "+1 555 0100" in phone.text()
    assert "+1 800 273 8255" in crisis.text()
    for pid, _c, _l in PAGES:  # visible on every page
        main_window.show_page(pid)
        assert crisis.isVisible() and phone.isVisible()


def test_profile_round_trips_through_settings_and_survives_restart(
    qtbot, main_window, app_ctx
) -> None:
    dialog = SettingsDialog(app_ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.fields["program_name"].setText("Harbor Virtual IOP")
    dialog.fields["video_host"].setText("video.example.org:8443")
    dialog.fields["phone_line"].setText("+1 555 0100")
    dialog.fields["join_url"].setText("https://video.example.org/j/42")
    dialog.minutes.setValue(120)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert main_window.windowTitle() == "SessionReady — Harbor Virtual IOP"
    assert main_window.pages["home"].title.text() == "Harbor Virtual IOP"

    restarted = AppContext(app_ctx.data_dir)  # a new process reads the same data dir
    assert restarted.profile.program_name == "Harbor Virtual IOP"
    assert restarted.profile.video_host_port == ("video.example.org", 8443)
    assert restarted.profile.session_minutes == 120
    assert restarted.profile.join_url == "https://video.example.org/j/42"


def test_invalid_field_in_settings_is_named_and_nothing_saved(qtbot, main_window, app_ctx) -> None:
    dialog = SettingsDialog(app_ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.fields["join_url"].setText("zoom meeting 42")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "join_url" in dialog.error.text()
    assert app_ctx.profile.join_url == ""
    assert not (app_ctx.data_dir / "profile.json").exists()


def test_malformed_profile_file_is_rejected_and_previous_profile_kept(
    qtbot, main_window, app_ctx, tmp_path: Path
) -> None:
    app_ctx.set_profile(Profile(program_name="Old Program", phone_line="555 0100"))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"program_name": "New", "session_minutes": "three hours"}))
    dialog = SettingsDialog(app_ctx, main_window)
    qtbot.addWidget(dialog)
    assert dialog.import_file(bad) is False
    assert dialog.error.isVisibleTo(dialog)
    assert "session_minutes" in dialog.error.text()
    assert dialog.fields["program_name"].text() == "Old Program"
    broken = tmp_path / "broken.toml"
    broken.write_text("program_name = 'unterminated")
    assert dialog.import_file(broken) is False
    assert "not a valid profile" in dialog.error.text()
    assert AppContext(app_ctx.data_dir).profile.program_name == "Old Program"


def test_good_profile_file_fills_the_form(qtbot, main_window, app_ctx, tmp_path: Path) -> None:
    good = tmp_path / "program.toml"
    good.write_text('program_name = "Harbor"\nphone_line = "+1 555 0100"\nlanguage = "en"\n')
    dialog = SettingsDialog(app_ctx, main_window)
    qtbot.addWidget(dialog)
    assert dialog.import_file(good)
    dialog.save()
    assert app_ctx.profile.program_name == "Harbor"


def test_switching_to_spanish_changes_navigation_labels(qtbot, main_window, app_ctx) -> None:
    dialog = SettingsDialog(app_ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.save()
    qtbot.waitUntil(lambda: nav_labels(main_window)[0] == "Inicio", timeout=5000)
    labels = nav_labels(main_window)
    assert labels == [
        "Inicio",
        "Revisar mi equipo",
        "Lista de privacidad",
        "Notas",
        "Tarjeta diaria",
        "Horario",
        "Ayuda y soporte",
    ]
    assert "llame" in main_window.findChild(QLabel, "crisisLine").text().lower()
    assert main_window.go_menu.title() == "&Ir"
    # and back, without restart
    app_ctx.set_profile(app_ctx.profile.replace(language="en"))
    qtbot.waitUntil(lambda: nav_labels(main_window) == EXPECTED_NAV, timeout=5000)


def test_display_settings_apply_text_scale(qtbot, main_window, app_ctx) -> None:
    before = QApplication.font().pointSizeF()
    dialog = SettingsDialog(app_ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.text_scale.setValue(150)
    dialog.save()
    assert QApplication.font().pointSizeF() > before * 1.4
    app_ctx.set_setting("text_scale", 100)
    assert abs(QApplication.font().pointSizeF() - before) < 0.01
