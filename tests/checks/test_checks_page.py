"""The Check my setup page: runs checks off the UI thread, cancels, asks inline, records runs.

The page gets its checks from the context's services: each test builds its context with fakes."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from app.checks.base import CheckResult, Status
from app.checks.history import RunRecord
from app.ui.context import AppContext
from app.ui.pages.checks import ChecksPage
from app.ui.services import Services
from tests.fakes.checks import FakeCheck


def _page(qtbot, app_ctx: AppContext, checks: list[FakeCheck]) -> ChecksPage:  # type: ignore[no-untyped-def]
    """The page in a context (the fixture's data dir) whose services build *checks*."""
    ctx = AppContext(app_ctx.data_dir, services=Services(checks=lambda _options: list(checks)))  # type: ignore[arg-type, return-value]
    page = ChecksPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


class _NeedsTheUiThread(FakeCheck):
    """Finishes only after the UI thread handled an event while it ran: a run that blocked the
    UI thread would never see one (a condition, not a timing: the event-loop latency itself is
    measured in benchmarks/ui.py)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.ui_answered = threading.Event()
        self.saw_ui: bool | None = None
        self.on_ui_thread: bool | None = None

    def run(self, ctx):  # type: ignore[no-untyped-def]
        self.on_ui_thread = threading.current_thread() is threading.main_thread()
        self.running.set()
        self.saw_ui = self.ui_answered.wait(15)
        return super().run(ctx)


def test_running_all_checks_keeps_the_ui_thread_responsive(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    camera = _NeedsTheUiThread(
        "camera",
        Status.WARN,
        seconds=1.0,
        devices=frozenset({"camera"}),
        timeout_s=30,  # the wait below bounds it
        advice=("Turn on a light",),
    )
    checks = [
        FakeCheck("connection", seconds=1.2, steps=30),
        camera,
        FakeCheck("microphone", seconds=0.8, devices=frozenset({"audio"})),
        FakeCheck("speakers", seconds=0.8, devices=frozenset({"audio"})),
    ]
    page = _page(qtbot, app_ctx, checks)

    def tick() -> None:  # on the UI thread, while the checks run
        if camera.running.is_set():
            camera.ui_answered.set()

    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(tick)
    probe.start()
    recorded = []
    page.ctx.check_run_finished.connect(recorded.append)
    page.run_all()
    assert page.is_running() and not page.run_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=30_000)
    probe.stop()
    assert camera.on_ui_thread is False
    assert camera.saw_ui is True  # the UI thread handled events while the camera check ran
    assert page.state.result("camera").status is Status.WARN  # type: ignore[union-attr]
    assert page.cards["camera"].headline.text() == "camera is warn"  # the card shows the state
    assert page.banner.isVisible() and page.banner.verdict.level == "warnings"  # type: ignore[union-attr]
    assert page.banner.next_button.isEnabled()
    assert recorded and recorded[0].verdict == "warnings"
    assert app_ctx.history.last().verdict == "warnings"  # type: ignore[union-attr]
    assert page.ctx.last_run is recorded[0]


def test_cancel_stops_slow_checks_and_records_nothing(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    slow = FakeCheck("connection", seconds=30)
    page = _page(qtbot, app_ctx, [slow])
    page.run_all()
    qtbot.waitUntil(slow.running.is_set, timeout=20_000)
    start = time.monotonic()
    qtbot.mouseClick(
        page.cancel_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not page.is_running(), timeout=10000)
    assert time.monotonic() - start < 10
    assert page.state.result("connection").details["error"] == "cancelled"  # type: ignore[union-attr]
    assert page.cards["connection"].result is page.state.result("connection")
    assert page.run_button.isEnabled() and app_ctx.history.last() is None


def test_a_question_is_shown_inline_and_answered_by_button(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    check = FakeCheck("speakers", question=("Did you hear the tone?", ("Yes", "No")), timeout_s=10)
    page = _page(qtbot, app_ctx, [check])
    page.run_all()
    card = page.cards["speakers"]
    qtbot.waitUntil(card.question_box.isVisible, timeout=20_000)
    assert card.question_label.text() == "Did you hear the tone?"
    no = next(b for b in card.question_box.findChildren(QPushButton) if b.text() == "No")
    no.click()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=10000)
    assert check.answer == "No" and page.state.result("speakers").metric("answer") == "No"  # type: ignore[union-attr]


def test_details_toggle_shows_every_metric_with_units(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, app_ctx, [FakeCheck("connection")])
    page.run_one("connection")
    qtbot.waitUntil(lambda: not page.is_running(), timeout=10000)
    card = page.cards["connection"]
    assert not card.details.isVisible()
    card.details_button.click()
    assert card.details.isVisible()
    assert "fake_ms" in card.details.text() and "ms" in card.details.text()
    assert "backend" in card.details.text()


def test_extras_and_panels_plug_into_the_page(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, app_ctx, [FakeCheck("camera")])
    panel, extra = QLabel("pickers"), QLabel("preview")
    page.add_panel(panel)
    page.add_card_extra("camera", extra)
    page.run_all()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=10000)
    assert extra.parent() is page.cards["camera"] and extra.isVisible()
    assert panel.isVisible()


def test_next_button_goes_to_the_checklist_even_when_not_ready(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, app_ctx, [FakeCheck("connection", Status.FAIL, advice=("Restart router",))])
    page.run_all()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=10000)
    assert page.banner.verdict.phone_fallback  # type: ignore[union-attr]
    with qtbot.waitSignal(page.ctx.navigate_requested) as sig:
        page.banner.next_button.click()
    assert sig.args == ["checklist"]


def test_running_one_check_again_judges_it_with_the_results_shown(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    camera = FakeCheck("camera", Status.WARN, advice=("Turn on a light",))
    page = _page(qtbot, app_ctx, [FakeCheck("connection"), camera])
    page.run_all()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=10000)
    page.run_one("connection")
    assert page.state.is_running("connection") and not page.state.is_running("camera")
    qtbot.waitUntil(lambda: not page.is_running(), timeout=10000)
    last = app_ctx.history.last()
    assert [r.check_id for r in last.results] == ["connection", "camera"]  # type: ignore[union-attr]
    assert last.verdict == "warnings" and page.banner.verdict.level == "warnings"  # type: ignore[union-attr]
    assert len(app_ctx.history.recent()) == 2


def test_the_last_run_is_shown_when_the_page_opens(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    failed = CheckResult("connection", Status.FAIL, "connection is fail", ("Restart",))
    app_ctx.record_run(RunRecord(datetime.now(UTC), "not_ready", (failed,)))
    page = _page(qtbot, app_ctx, [FakeCheck("connection"), FakeCheck("camera")])
    assert page.state.result("connection") == failed and page.state.result("camera") is None
    assert page.cards["connection"].headline.text() == "connection is fail"
