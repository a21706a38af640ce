"""Controls say what they do: disabled looks disabled, the focus ring sits outside the label,
Enter presses the focused button, Ctrl+L locks the notes from any page, and high contrast keeps
edges, check boxes and hint text visible."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionButton, QWidget

from app.notes.vault import Vault
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.services import Services
from app.ui.widgets import PrimaryButton
from app.ui.wrapping import WrapCheckBox
from tests import ui_walk
from tests.notes.conftest import FAST

ROLES = (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for y in range(image.height()) for x in range(image.width())}


def _shown(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(max(widget.sizeHint().width(), 260), max(widget.sizeHint().height(), 40))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("high_contrast", [False, True])
def test_disabled_text_differs_from_enabled_text_in_the_palette(
    main_window: MainWindow, app_ctx: AppContext, high_contrast: bool
) -> None:
    app_ctx.set_setting("high_contrast", high_contrast)
    palette = QApplication.palette()
    for role in ROLES:
        enabled = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        assert _distance(enabled, disabled) > 120, (role, enabled.name(), disabled.name())
    app_ctx.set_setting("high_contrast", False)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_disabled_primary_button_and_text_box_look_different_from_enabled_ones(
    qtbot: Any, main_window: MainWindow, app_ctx: AppContext, high_contrast: bool
) -> None:
    app_ctx.set_setting("high_contrast", high_contrast)
    for widget in (PrimaryButton("Continue to my notes"), QLineEdit("typed")):
        _shown(qtbot, widget)
        enabled = widget.grab().toImage()
        widget.setEnabled(False)
        ui_walk.settle(qtbot)
        disabled = widget.grab().toImage()
        assert enabled != disabled, type(widget).__name__
        # not a one-pixel change: the colours themselves differ
        assert len(_colours(enabled) ^ _colours(disabled)) > 10, type(widget).__name__
    app_ctx.set_setting("high_contrast", False)


def _label_rect(button: PrimaryButton) -> QRect:
    """Where the style puts the button's text (inside border and padding)."""
    opt = QStyleOptionButton()
    button.initStyleOption(opt)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, button)
    text = QFontMetrics(button.font()).boundingRect(button.text())
    return QRect(QPoint(0, 0), text.size()).translated(
        room.center() - QRect(QPoint(0, 0), text.size()).center()
    )


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_focus_ring_changes_only_pixels_outside_the_label(
    qtbot: Any, main_window: MainWindow, app_ctx: AppContext, high_contrast: bool
) -> None:
    app_ctx.set_setting("high_contrast", high_contrast)
    button = main_window.findChild(PrimaryButton, "checkMySetup")
    main_window.nav.setFocus()
    ui_walk.settle(qtbot)
    before = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    ui_walk.settle(qtbot)
    after = button.grab().toImage()
    assert before != after  # there is a ring
    label = _label_rect(button).adjusted(-2, -2, 2, 2)
    changed = [
        (x, y)
        for y in range(before.height())
        for x in range(before.width())
        if before.pixel(x, y) != after.pixel(x, y)
    ]
    assert changed
    over_text = [p for p in changed if label.contains(*p)]
    assert not over_text, f"the focus ring is drawn over the label at {over_text[:5]}"
    app_ctx.set_setting("high_contrast", False)


def test_enter_presses_the_focused_button_on_a_page(qtbot: Any, main_window: MainWindow) -> None:
    main_window.show_page("checklist")
    page = main_window.pages["checklist"]
    ui_walk.settle(qtbot)
    assert page.stack.currentWidget() is page.step  # type: ignore[attr-defined]
    page.skip_button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(page.skip_button, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.ready)  # type: ignore[attr-defined]
    back = main_window.pages["checklist"]
    back.go_to(0)  # type: ignore[attr-defined]
    yes = back.step.yes_button  # type: ignore[attr-defined]
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: back.index == 1)  # type: ignore[attr-defined]


def test_enter_in_a_text_box_presses_no_button(qtbot: Any, main_window: MainWindow) -> None:
    main_window.show_page("schedule")
    ui_walk.settle(qtbot)
    pressed: list[str] = []
    for button in main_window.findChildren(PrimaryButton):
        button.clicked.connect(lambda _c=False, b=button: pressed.append(b.objectName()))
    box = QLineEdit(main_window.pages["schedule"])
    box.show()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    ui_walk.settle(qtbot)
    assert pressed == []


@pytest.fixture
def fast_vault(app_ctx: AppContext) -> AppContext:
    app_ctx.services = Services(vault=lambda folder: Vault(folder, keystore=None, kdf_params=FAST))
    return app_ctx


def test_ctrl_l_locks_the_notes_from_another_page(
    qtbot: Any, fast_vault: AppContext, main_window: MainWindow
) -> None:
    page = main_window.pages["notes"]
    main_window.show_page("notes")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.setup_view, timeout=20_000)
    setup = page.setup_view  # type: ignore[attr-defined]
    setup.passphrase_radio.setChecked(True)
    setup.passphrase.setText("long passphrase")
    setup.confirm.setText("long passphrase")
    setup.create_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.recovery_view, timeout=20_000)
    page.recovery_view.wrote_it.setChecked(True)  # type: ignore[attr-defined]
    page.recovery_view.continue_button.click()  # type: ignore[attr-defined]
    assert page.unlocked  # type: ignore[attr-defined]
    main_window.show_page("home")
    ui_walk.settle(qtbot)
    main_window.activateWindow()
    focus = QApplication.focusWidget() or main_window.nav
    qtbot.keyClick(focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.unlocked, timeout=20_000)  # type: ignore[attr-defined]
    assert main_window.current_page_id() == "home"  # locking does not drag the patient away


def test_greyed_notes_fields_and_continue_say_why(
    qtbot: Any, fast_vault: AppContext, main_window: MainWindow
) -> None:
    page = main_window.pages["notes"]
    view = page.notes_view  # type: ignore[attr-defined]
    assert not view.title.isEnabled() and not view.body.isEnabled()
    assert not view.start_hint.isHidden() and "New note" in view.start_hint.text()
    recovery = page.recovery_view  # type: ignore[attr-defined]
    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    recovery.show_code(code)
    assert not recovery.continue_button.isEnabled() and not recovery.continue_hint.isHidden()
    parts = code.split("-")  # typed back, the way setup asks (issue 18)
    recovery.group_a.setText(parts[recovery.groups[0] - 1])
    recovery.group_b.setText(parts[recovery.groups[1] - 1])
    assert recovery.continue_button.isEnabled() and recovery.continue_hint.isHidden()


def test_cancel_is_shown_only_while_the_checks_run(main_window: MainWindow) -> None:
    checks = main_window.pages["checks"]
    main_window.show_page("checks")
    assert checks.cancel_button.isHidden()  # type: ignore[attr-defined]


def _edge_colours(image: QImage) -> set[int]:
    w, h = image.width(), image.height()
    return {image.pixel(x, h // 2) for x in range(0, 4)} | {
        image.pixel(w // 2, y) for y in range(4)
    }


def test_high_contrast_text_boxes_and_unticked_boxes_are_visible(
    qtbot: Any, main_window: MainWindow, app_ctx: AppContext
) -> None:
    app_ctx.set_setting("high_contrast", True)
    black = QColor("#000000").rgb()
    box = _shown(qtbot, QLineEdit())
    assert _edge_colours(box.grab().toImage()) - {black}, "the text box has no visible edge"
    check = _shown(qtbot, WrapCheckBox("Keep running in the tray"))
    check.setChecked(False)
    image = check.grab().toImage()
    indicator = QRect(0, 0, image.height(), image.height())  # the box sits at the left
    light = [
        (x, y)
        for y in range(indicator.height())
        for x in range(indicator.width())
        if QColor(image.pixel(x, y)).lightness() > 200
    ]
    assert len(light) > 20, "an unticked check box is invisible on black"
    app_ctx.set_setting("high_contrast", False)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_placeholder_text_does_not_look_like_typed_text(
    main_window: MainWindow, app_ctx: AppContext, high_contrast: bool
) -> None:
    app_ctx.set_setting("high_contrast", high_contrast)
    palette = QApplication.palette()
    typed = palette.color(QPalette.ColorRole.Text)
    hint = palette.color(QPalette.ColorRole.PlaceholderText)
    assert _distance(typed, hint) > 150, (typed.name(), hint.name())
    app_ctx.set_setting("high_contrast", False)
