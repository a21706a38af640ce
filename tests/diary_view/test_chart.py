"""The chart: weekly averages of a row or of mood, gaps for empty weeks, and its text form."""

from __future__ import annotations

from datetime import timedelta

from app.ui.diary.chart import ChartView
from tests.diary_view import data


def _chart(qtbot) -> ChartView:  # type: ignore[no-untyped-def]
    chart = ChartView(today=lambda: data.WEEK_B + timedelta(days=4))
    qtbot.addWidget(chart)
    d = data.definition()
    chart.set_data(d, data.entries(d), "en")
    chart.resize(800, 600)
    chart.show()
    return chart


def test_a_row_is_averaged_per_week_and_empty_weeks_are_gaps(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot)
    _urge, emo1, _ = data.rows(data.definition())
    chart.show_row(emo1)
    chart.set_weeks(4)
    values = [(p.week, p.value) for p in chart.points]
    assert values == [
        (data.WEEK_A - timedelta(weeks=2), None),
        (data.BEFORE, 5.0),
        (data.WEEK_A, (2 + 5 + 3) / 3),
        (data.WEEK_B, 1.0),
    ]
    text = chart.plot.accessibleDescription()
    assert "no entries" in text and "3.3" in text and "5" in text
    chart.as_table.setChecked(True)
    assert chart.table.isVisible() and chart.table.rowCount() == 4
    assert chart.table.item(0, 1).text().startswith("1 (1 ")  # type: ignore[union-attr]
    assert chart.table.item(3, 1).text() == "no entries"  # type: ignore[union-attr]


def test_mood_is_on_its_own_scale(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot)
    chart.show_row("mood")
    chart.set_weeks(12)
    assert len(chart.points) == 12
    assert chart.points[-2].value == 7.0 and chart.points[-1].value == 3.0
    assert (chart.plot.bottom, chart.plot.top) == (1, 10)
    assert chart.what.itemText(0).startswith("Mood")


def test_nothing_recorded_says_so_instead_of_drawing_zeros(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot)
    chart.clear()
    assert all(p.value is None for p in chart.points)
    assert chart.caption.text() == "Nothing recorded in these weeks yet."
    chart.grab()  # paints without data


def test_a_tall_chart_keeps_its_parts_together_and_the_table_takes_the_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot)
    chart.resize(800, 1400)
    qtbot.waitUntil(lambda: chart.height() == 1400)
    # the room left goes below the parts, not between them
    gap = chart.caption.geometry().top() - chart.plot.geometry().bottom()
    assert gap < 40, gap
    assert chart.as_table.geometry().bottom() < 700
    chart.as_table.setChecked(True)
    qtbot.waitUntil(lambda: chart.table.isVisible())
    qtbot.waitUntil(lambda: chart.table.geometry().bottom() > 1300)  # shown: it fills the room
