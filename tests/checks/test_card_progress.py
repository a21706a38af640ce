"""A check card shows progress without flooding the UI thread: the first update at once, then at
most one per interval, always the latest; a result or a new run drops what is still pending."""

from __future__ import annotations

from app.checks.base import CheckResult, Status
from app.ui.checks.card import PROGRESS_INTERVAL_MS, CheckCard


def _card(qtbot) -> CheckCard:  # type: ignore[no-untyped-def]
    card = CheckCard("connection", "Internet")
    qtbot.addWidget(card)
    card.show()
    card.set_running()
    return card


def test_first_progress_update_is_shown_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    card.set_progress(0.1, "Measuring download")
    assert card.progress.value() == 10
    assert card.progress.format() == "Measuring download  %p%"


def test_a_burst_of_progress_updates_shows_only_the_latest_after_the_interval(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    card.set_progress(0.1, "Measuring download")
    for i in range(2, 50):
        card.set_progress(i / 100, f"step {i}")
    # still the first one: the rest waits for the interval
    assert card.progress.value() == 10
    qtbot.waitUntil(lambda: card.progress.value() == 49, timeout=10 * PROGRESS_INTERVAL_MS)
    assert card.progress.format() == "step 49  %p%"


def test_updates_are_rate_limited_per_interval(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    shown: list[int] = []
    card.progress.valueChanged.connect(shown.append)
    for i in range(1, 101):
        card.set_progress(i / 100, "")
    qtbot.waitUntil(lambda: card.progress.value() == 100, timeout=10 * PROGRESS_INTERVAL_MS)
    assert shown == [1, 100]  # 100 updates in one interval: two repaints


def test_a_result_drops_pending_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    card.set_progress(0.2, "a")
    card.set_progress(0.9, "b")  # pending
    card.set_result(CheckResult("connection", Status.PASS, "Your internet is good."))
    qtbot.wait(3 * PROGRESS_INTERVAL_MS)
    assert card.progress.isHidden()
    assert card.progress.value() == 20
    assert card.headline.text() == "Your internet is good."
    # a new run starts from zero, not from a stale pending value
    card.set_running()
    qtbot.wait(3 * PROGRESS_INTERVAL_MS)
    assert card.progress.value() == 0
