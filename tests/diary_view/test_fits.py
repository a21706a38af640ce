"""The week view, the chart and the sharing dialog fit the smallest window (960x600, less the
navigation column) in English and Spanish, at 100 % and 200 % text, normal and high contrast:
no sideways scrolling, no text cut (the same checks as tests/test_layout_fits.py, whose walk
does not reach the Diary page's parts until they are placed in it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.qt_i18n import use_language_in_app
from app.ui.diary.chart import ChartView
from app.ui.diary.share import ShareDialog
from app.ui.diary.week_view import WeekView
from app.ui.main_window import MIN_HEIGHT, MIN_WIDTH, NAV_MIN_WIDTH
from app.ui.theme import apply_theme
from tests import ui_walk
from tests.diary_view import data

MODES = [(lang, scale, high) for lang in ("en", "es") for scale in (100, 200) for high in (0, 1)]
TODAY = data.WEEK_B + timedelta(days=4)


@pytest.fixture
def theme(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    apply_theme(qapp, False, 100)


def _in_window(qtbot, part: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    host = QWidget()
    QVBoxLayout(host).addWidget(part)
    qtbot.addWidget(host)
    host.resize(MIN_WIDTH - NAV_MIN_WIDTH, MIN_HEIGHT)
    host.show()
    return host


@pytest.mark.slow
@pytest.mark.parametrize(("language", "scale", "high"), MODES)
def test_the_diary_views_fit_the_smallest_window(  # type: ignore[no-untyped-def]
    qtbot, theme, language: str, scale: int, high: int
) -> None:
    use_language_in_app(language)
    apply_theme(QApplication.instance(), bool(high), scale)  # type: ignore[arg-type]
    d = data.definition()
    entries = data.many_weeks(d, TODAY)
    week = WeekView(today=lambda: TODAY)
    week.set_data(d, entries)
    chart = ChartView(today=lambda: TODAY)
    chart.set_data(d, entries)
    chart.as_table.setChecked(True)
    problems = []
    for name, part in (("week view", week), ("chart", chart)):
        host = _in_window(qtbot, part)
        ui_walk.settle(qtbot)
        problems += [f"{name}: {p}" for p in ui_walk.fit_problems(host)]
    dialog = ShareDialog(d, entries, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(min(dialog.width(), MIN_WIDTH), min(dialog.height(), MIN_HEIGHT))
    qtbot.waitUntil(lambda: dialog.preview_layout.count() > 0, timeout=15_000)
    ui_walk.settle(qtbot)
    problems += [f"share dialog: {p}" for p in ui_walk.fit_problems(dialog)]
    mode = f"{language}, {scale} %, {'high contrast' if high else 'normal'}"
    assert not problems, f"does not fit ({mode}):\n" + "\n".join(problems)
