"""Usable without a mouse or sight: names for every control, visual tab order, large text and
high contrast without clipping. Pages and dialogs are found generically (tests/ui_walk.py), so
pages added later are audited too."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.ui.main_window import PAGES, MainWindow
from app.ui.widgets import PrimaryButton
from tests import ui_walk


@pytest.fixture
def rec(monkeypatch: pytest.MonkeyPatch) -> ui_walk.Recorder:
    return ui_walk.install_recorders(monkeypatch)


def test_every_interactive_widget_on_every_page_and_dialog_has_an_accessible_name(
    qtbot, main_window: MainWindow, rec: ui_walk.Recorder
) -> None:
    unnamed: list[str] = []
    audited = 0
    names = []
    for surface in ui_walk.surfaces(main_window, qtbot, rec):
        names.append(surface.name)
        for w in ui_walk.interactive_widgets(surface.widget):
            audited += 1
            if not ui_walk.accessible_name(w):
                unnamed.append(f"{surface.name}: {ui_walk.describe(w)}")
    assert not unnamed, "interactive widgets without an accessible name:\n" + "\n".join(unnamed)
    assert len([n for n in names if n.startswith("page ")]) == len(PAGES)
    assert any("SettingsDialog" in n for n in names), names
    assert audited > 20  # the walk really found the controls


def test_every_dialog_class_can_be_audited(main_window: MainWindow) -> None:
    missing = ui_walk.dialog_classes_without_factory(main_window)
    assert not missing, "add a factory to tests/ui_walk.DIALOG_FACTORIES for: " + "; ".join(missing)


def _rect_in(w: QWidget, top: QWidget) -> QRect:
    return QRect(w.mapTo(top, w.rect().topLeft()), w.size())


def _tab_chain(qtbot, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from *start* until it comes back round (bounded)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    chain: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        nxt = QApplication.focusWidget()
        if nxt is None or nxt is start or nxt in chain:
            break
        chain.append(nxt)
    return chain


def _out_of_visual_order(chain: list[QWidget], top: QWidget) -> list[str]:
    """Consecutive pairs where the second sits above, or on the same row to the left of, the first."""
    bad = []
    for a, b in pairwise(chain):
        ra, rb = _rect_in(a, top), _rect_in(b, top)
        same_row = rb.top() < ra.bottom() and ra.top() < rb.bottom()
        above = rb.bottom() <= ra.top()
        if above or (same_row and rb.right() <= ra.left()):
            bad.append(
                f"{ui_walk.describe(a)} {ra.getRect()} → {ui_walk.describe(b)} {rb.getRect()}"
            )
    return bad


@pytest.mark.parametrize("page_id", [pid for pid, _c, _l in PAGES])
def test_tab_visits_every_control_of_the_page_in_visual_order(
    qtbot, main_window: MainWindow, page_id: str
) -> None:
    main_window.show_page(page_id)
    ui_walk.settle(qtbot)
    page = main_window.pages[page_id]
    chain = [w for w in _tab_chain(qtbot, main_window.nav) if page.isAncestorOf(w)]
    focusable = [
        w
        for w in ui_walk.interactive_widgets(page)
        if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    unreachable = [
        ui_walk.describe(w) for w in focusable if w not in chain and w.focusProxy() is None
    ]
    assert not unreachable, f"Tab never reaches: {unreachable}"
    inner = page.scroll_area.widget() if hasattr(page, "scroll_area") else page
    in_scroll = [w for w in chain if inner.isAncestorOf(w)]
    assert not _out_of_visual_order(in_scroll, inner), "\n".join(
        _out_of_visual_order(in_scroll, inner)
    )


def test_tab_order_of_the_settings_dialog_follows_the_form(
    qtbot, main_window: MainWindow, rec: ui_walk.Recorder
) -> None:
    main_window.open_settings()
    dialog = rec.dialogs[-1]
    ui_walk.settle(qtbot)
    first = dialog.fields["program_name"]  # type: ignore[attr-defined]
    chain = [first, *_tab_chain(qtbot, first)]
    form = first.parentWidget()
    in_form = [w for w in chain if form.isAncestorOf(w)]
    assert not _out_of_visual_order(in_form, form), "\n".join(_out_of_visual_order(in_form, form))
    assert dialog.minutes in chain and dialog.language in chain  # type: ignore[attr-defined]
    dialog.close()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("scale", [100, 200])
def test_nothing_is_clipped_at_any_text_size(
    qtbot, main_window: MainWindow, app_ctx, rec: ui_walk.Recorder, scale: int, language: str
) -> None:
    app_ctx.set_setting("text_scale", scale)
    if language != "en":
        app_ctx.set_profile(app_ctx.profile.replace(language=language))
    ui_walk.settle(qtbot)
    problems: list[str] = []
    for surface in ui_walk.surfaces(main_window, qtbot, rec):
        problems += [f"{surface.name}: {p}" for p in ui_walk.clipped(surface.widget)]
    app_ctx.set_setting("text_scale", 100)
    assert not problems, f"clipped at {scale} % ({language}):\n" + "\n".join(problems)


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _pixel_colours(w: QWidget) -> tuple[QColor, QColor]:
    """The most common colour of the button (its background) and the most different one (text)."""
    image = w.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(2, image.height() - 2, 2):
        for x in range(2, image.width() - 2, 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    bg = QColor.fromRgb(max(counts, key=lambda k: counts[k]))
    fg = max((QColor.fromRgb(k) for k in counts), key=lambda c: _contrast(c, bg))
    return bg, fg


@pytest.mark.parametrize("high_contrast", [False, True])
def test_primary_button_follows_the_theme_and_keeps_strong_contrast(
    qtbot, main_window: MainWindow, app_ctx, high_contrast: bool
) -> None:
    app_ctx.set_setting("high_contrast", high_contrast)
    ui_walk.settle(qtbot)
    button = main_window.findChild(PrimaryButton, "checkMySetup")
    bg, fg = _pixel_colours(button)
    assert _contrast(bg, fg) >= (7.0 if high_contrast else 4.5)
    if high_contrast:  # black, white and yellow only: no teal accent left
        assert bg.name() in ("#000000", "#ffff00"), bg.name()
    window_bg = main_window.palette().color(main_window.backgroundRole())
    assert (window_bg.name() == "#000000") is high_contrast
    app_ctx.set_setting("high_contrast", False)


def test_focused_primary_button_shows_a_visible_focus_ring(qtbot, main_window: MainWindow) -> None:
    button = main_window.findChild(PrimaryButton, "checkMySetup")
    before = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    ui_walk.settle(qtbot)
    after = button.grab().toImage()
    assert before != after


def test_screenshots_at_200_percent_and_in_high_contrast_are_committed() -> None:
    shots = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    for name in ("home-200.png", "home-high-contrast.png"):
        path = shots / name
        assert path.exists(), f"run `make screenshots` ({name})"
        assert 10_000 < path.stat().st_size < 300_000


def test_a_dialog_opened_from_the_menu_gets_keyboard_focus(
    qtbot, main_window: MainWindow, rec: ui_walk.Recorder
) -> None:
    main_window.settings_action.trigger()
    dialog: QDialog = rec.dialogs[-1]
    ui_walk.settle(qtbot)
    # the widget that has the keyboard as soon as the dialog is active: its first field
    assert dialog.focusWidget() is dialog.fields["program_name"]  # type: ignore[attr-defined]
    dialog.close()
