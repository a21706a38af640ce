"""The week view shows the grid therapists know, computed from known entries."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.ui.diary.week_view import NO_CARD, NOTE_MARK, WeekView
from tests.diary_view import data


def _view(qtbot, today=data.WEEK_B + timedelta(days=4)) -> WeekView:  # type: ignore[no-untyped-def]
    view = WeekView(today=lambda: today)
    qtbot.addWidget(view)
    d = data.definition()
    view.set_data(d, data.entries(d), "en")
    view.resize(900, 700)
    view.show()
    return view


def _row(view: WeekView, label: str) -> int:
    for r in range(view.table.rowCount()):
        item = view.table.item(r, 0)
        if item is not None and label in (
            item.text(),
            item.data(Qt.ItemDataRole.AccessibleTextRole),
        ):
            return r
    raise AssertionError(f"no row {label!r}")


def _cells(view: WeekView, label: str) -> list[str]:
    r = _row(view, label)
    return [view.table.item(r, c).text() for c in range(1, 8)]  # type: ignore[union-attr]


def test_the_grid_shows_ratings_acted_skills_and_notes_of_the_week(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    view.show_week(data.WEEK_A + timedelta(days=3))  # any day of the week shows its Monday
    assert view.start == data.WEEK_A
    d = data.definition()
    urge, emo1, emo2 = data.rows(d)
    label = {r.id: r.label_in("en") for r in d.rows}
    # Mon 4, Tue 0, Wed no card, Thu card without this row, Fri..Sun no card
    assert _cells(view, label[urge]) == ["4", "0", NO_CARD, "", NO_CARD, NO_CARD, NO_CARD]
    assert _cells(view, f"{label[urge]}: acted on it") == [
        "Yes", "No", NO_CARD, "", NO_CARD, NO_CARD, NO_CARD,
    ]  # fmt: skip
    assert _cells(view, label[emo1]) == ["2", "5", NO_CARD, "3", NO_CARD, NO_CARD, NO_CARD]
    assert _cells(view, label[emo2])[3] == "1"
    assert _cells(view, "Skills used")[:4] == ["2", "0", NO_CARD, "1"]
    assert _cells(view, "Note")[:2] == [NOTE_MARK, ""]
    note = view.table.item(_row(view, "Note"), 1)
    assert note is not None and note.toolTip() == "heron note monday"
    skills = view.table.item(_row(view, "Skills used"), 1)
    names = [s.label_in("en") for s in d.skills[:2]]
    assert skills is not None and skills.toolTip() == ", ".join(names)


def test_an_empty_day_is_a_dash_that_says_no_card_never_a_zero(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    view.show_week(data.WEEK_A)
    urge = data.definition().rows[0].label_in("en")
    wed = view.table.item(_row(view, urge), 3)
    assert wed is not None and wed.text() == NO_CARD
    spoken = wed.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "no card" in spoken and "0" not in spoken.split(":")[-1]


def test_previous_next_and_this_week_move_by_weeks_and_signal(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    assert view.start == data.WEEK_B  # opens on this week
    assert not view.next.isEnabled() and not view.this_week.isEnabled()
    with qtbot.waitSignal(view.week_changed) as moved:
        view.previous.click()
    assert moved.args == [data.WEEK_A] and view.start == data.WEEK_A
    assert view.next.isEnabled() and view.this_week.isEnabled()
    view.this_week.click()
    assert view.start == data.WEEK_B
    # a week with no entries at all: every day column is the empty mark
    view.show_week(data.WEEK_B + timedelta(weeks=-4))
    urge = data.definition().rows[0].label_in("en")
    assert set(_cells(view, urge)) == {NO_CARD}


def test_columns_are_the_seven_days_with_dates_and_the_table_never_scrolls_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    view.show_week(data.WEEK_A)
    heads = [view.table.horizontalHeaderItem(c).text() for c in range(1, 8)]  # type: ignore[union-attr]
    assert len(heads) == 7 and heads[0].startswith("Mon") and heads[6].startswith("Sun")
    assert "3" in heads[0] and "9" in heads[6]
    view.resize(420, 500)
    qtbot.wait(20)
    assert view.table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    total = sum(view.table.columnWidth(c) for c in range(8))
    assert total <= view.table.viewport().width()


def test_clear_forgets_the_entries(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    view.clear()
    assert view.table.rowCount() == 0 and view.grid is None
