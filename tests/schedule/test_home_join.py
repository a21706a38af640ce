"""Home offers Join when the session is near, the countdowns tick as often as they show, and a
check recorded by the CLI updates "Last check"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.checks.history import HistoryStore, RunRecord
from app.profile import Profile
from app.schedule.model import Session
from app.ui.context import AppContext
from app.ui.pages.home import HomePage, countdown_interval_ms
from tests.checklist.test_checklist_core import result
from tests.checklist.test_checklist_ui import FixedSchedule, answer_join


def home_with(qtbot, ctx: AppContext, *sessions: Session) -> HomePage:  # type: ignore[no-untyped-def]
    ctx.schedule = FixedSchedule(*sessions)
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.show()
    return home


def group(start: datetime, url: str = "https://zoom.us/j/42?pwd=x", dial: str = "") -> Session:
    return Session("s", "Group", start, start + timedelta(hours=3), url, dial)


NOW = datetime(2025, 3, 3, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("minutes", "shown"), [(45, False), (31, False), (30, True), (5, True), (-60, True)]
)
def test_home_shows_join_within_30_minutes_or_during_the_session(
    qtbot, app_ctx: AppContext, minutes: int, shown: bool
) -> None:
    home = home_with(qtbot, app_ctx, group(NOW + timedelta(minutes=minutes)))
    home.refresh(NOW)
    assert home.join_button.isVisibleTo(home) is shown


def test_home_join_opens_the_session_link_after_confirmation(
    qtbot, app_ctx: AppContext, opened
) -> None:
    home = home_with(qtbot, app_ctx, group(datetime.now(UTC) + timedelta(minutes=10)))
    home.refresh()
    assert home.join_button.isVisibleTo(home) and "Join session" in home.join_button.text()
    seen = answer_join()
    qtbot.mouseClick(home.join_button, Qt.MouseButton.LeftButton)
    assert seen and "zoom.us" in seen[0]
    assert opened.urls == ["https://zoom.us/j/42?pwd=x"]


def test_home_join_without_a_link_is_join_by_phone(qtbot, app_ctx: AppContext) -> None:
    app_ctx.set_profile(Profile(phone_line="+1 555 010 0100"))
    home = home_with(qtbot, app_ctx, group(datetime.now(UTC) + timedelta(minutes=10), url=""))
    home.refresh()
    assert home.join_button.isVisibleTo(home) and "phone" in home.join_button.text()


def test_no_join_on_home_without_any_way_in(qtbot, app_ctx: AppContext) -> None:
    home = home_with(qtbot, app_ctx, group(NOW + timedelta(minutes=5), url=""))
    home.refresh(NOW)
    assert not home.join_button.isVisibleTo(home)


def test_countdowns_tick_each_second_while_they_show_seconds(qtbot, app_ctx: AppContext) -> None:
    assert countdown_interval_ms(12 * 60) == 1000
    assert countdown_interval_ms(2 * 3600) == 30_000
    assert countdown_interval_ms(None) == 30_000
    from tests.checklist.test_checklist_ui import make_page

    app_ctx.schedule = FixedSchedule(group(NOW + timedelta(minutes=12, seconds=5)))
    page = make_page(qtbot, app_ctx)
    page.show_ready()
    page.ready.refresh(NOW)
    assert "in 12 min 05 s" in page.ready.when.text()
    assert page.ready._timer.interval() == 1000  # not every 30 s while seconds are shown
    page.ready.refresh(NOW - timedelta(hours=3))
    assert page.ready._timer.interval() == 30_000


def test_a_check_recorded_by_the_cli_refreshes_the_last_check_time(
    qtbot, app_ctx: AppContext
) -> None:
    home = home_with(qtbot, app_ctx)
    assert "not checked" in home.last_when.text()
    home.history_watch.poll()  # the first look only learns the file's state
    qtbot.waitUntil(lambda: not home.history_watch._runner.busy())
    # The CLI writes through its own store (another process in real life).
    HistoryStore(app_ctx.data_dir).add(
        RunRecord(datetime.now(UTC), "ready", (result("battery", "pass"),))
    )
    with qtbot.waitSignal(app_ctx.check_run_finished, timeout=10_000):
        home.history_watch.poll()
    assert "Last check at" in home.last_when.text()
    assert home.last_badge.isVisibleTo(home)


def test_the_history_watch_stays_quiet_when_nothing_changed(qtbot, app_ctx: AppContext) -> None:
    app_ctx.record_run(RunRecord(datetime.now(UTC), "ready", (result("battery", "pass"),)))
    home = home_with(qtbot, app_ctx)
    seen: list[object] = []
    app_ctx.check_run_finished.connect(seen.append)
    for _ in range(2):
        home.history_watch.poll()
        qtbot.waitUntil(lambda: not home.history_watch._runner.busy())
    assert seen == []  # the run the window already knows is not announced again


def test_a_calendar_link_added_on_the_schedule_page_is_the_one_settings_and_report_use(
    qtbot, app_ctx: AppContext, sr_home
) -> None:
    from app.report.build import profile_hosts
    from app.schedule.store import ScheduleStore
    from app.ui.schedule.sources import ScheduleSources

    store = app_ctx.schedule  # the app's own store (profile-backed link)
    panel = ScheduleSources(app_ctx, store, lambda: NOW)
    qtbot.addWidget(panel)
    panel.subscribe("https://calendar.example.org/feed.ics?token=SECRET")
    panel.runner.cancel_all()
    assert app_ctx.profile.calendar_url == "https://calendar.example.org/feed.ics?token=SECRET"
    assert store.subscription_url == app_ctx.profile.calendar_url
    assert profile_hosts(app_ctx.profile)["calendar_host"] == "calendar.example.org"
    # Settings changes it: the schedule follows.
    app_ctx.set_profile(app_ctx.profile.replace(calendar_url="webcal://other.example.org/c"))
    assert store.subscription_url == "webcal://other.example.org/c"
    # A link kept with the schedule by an older version moves into the profile once.
    old = ScheduleStore(app_ctx.data_dir)
    old.set_subscription_url("https://legacy.example.org/c.ics")
    fresh = AppContext(app_ctx.data_dir)
    assert fresh.schedule.subscription_url == "https://legacy.example.org/c.ics"
    assert fresh.profile.calendar_url == "https://legacy.example.org/c.ics"
    assert fresh.schedule.legacy_subscription_url() == ""
