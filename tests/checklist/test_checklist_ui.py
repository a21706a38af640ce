"""The checklist walkthrough, summary and Ready screen, driven like a patient would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.checklist.prefill import NO, YES
from app.checks.history import RunRecord
from app.profile import Profile
from app.schedule.model import Session
from app.ui.context import AppContext
from app.ui.join import open_join_link
from app.ui.pages.checklist import ChecklistPage
from tests.checklist.test_checklist_core import result, run_with
from tests.harness.urls import UrlCatcher


class FixedSchedule:
    def __init__(self, *sessions: Session) -> None:
        self.sessions = list(sessions)

    def upcoming(self, now: datetime, days: int = 7) -> list[Session]:
        return [s for s in self.sessions if s.end > now]


def answer_join(accept: bool = True) -> list[str]:
    """Answer the next join confirmation (Join or Cancel); returns the texts it showed."""
    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "joinConfirm")
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        word = "Join" if accept else "Cancel"
        next(b for b in box.findChildren(QPushButton) if word in b.text()).click()

    QTimer.singleShot(0, answer)
    return seen


def make_page(qtbot, ctx: AppContext) -> ChecklistPage:  # type: ignore[no-untyped-def]
    page = ChecklistPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    page.page_shown()
    return page


def test_walkthrough_completes_by_keyboard_alone(qtbot, app_ctx: AppContext) -> None:
    page = make_page(qtbot, app_ctx)
    total = len(page.content.items)
    assert page.stack.currentWidget() is page.step
    assert page.step.progress_label.text() == f"1 of {total}"
    for n in range(total):
        focus = QApplication.focusWidget()
        assert focus is page.step.yes_button, n
        qtbot.keyClick(focus, Qt.Key.Key_Space)
        if n < total - 1:
            assert page.step.progress_label.text() == f"{n + 2} of {total}"
    assert page.stack.currentWidget() is page.summary
    assert "All" in page.summary.overview.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Continue to join
    assert page.stack.currentWidget() is page.ready
    assert set(page.store.answers(page.key).values()) == {YES}


def test_not_possible_today_records_a_warning_with_a_tip_and_moves_on(
    qtbot, app_ctx: AppContext
) -> None:
    page = make_page(qtbot, app_ctx)
    qtbot.mouseClick(page.step.not_possible_button, Qt.MouseButton.LeftButton)
    assert page.step.tip.isVisible() and page.step.tip.text().startswith("Tip:")
    assert QApplication.focusWidget() is page.step.next_button
    qtbot.keyClick(page.step.next_button, Qt.Key.Key_Space)
    assert page.step.progress_label.text().startswith("2 of")
    page.show_summary()
    first = page.content.items[0]
    tips = [w.text() for w in page.summary.findChildren(type(page.step.tip), "summaryTip")]
    assert any(first.tip_in("en") in t for t in tips)


def test_back_returns_to_the_previous_question(qtbot, app_ctx: AppContext) -> None:
    page = make_page(qtbot, app_ctx)
    assert not page.step.back_button.isEnabled()
    qtbot.keyClick(page.step.yes_button, Qt.Key.Key_Space)
    qtbot.keyClick(page.step.back_button, Qt.Key.Key_Space)
    assert page.step.progress_label.text().startswith("1 of")
    assert page.step.yes_button.isChecked()


@pytest.mark.parametrize(
    ("check", "metrics", "item_id", "answer", "words"),
    [
        ("microphone", {"noise_floor_dbfs": -60.0}, "private_room", YES, "quiet room"),
        ("camera", {"faces": 3}, "alone_in_view", NO, "3 faces"),
        ("speakers", {"headphones_likely": True}, "headphones", YES, "headphones"),
        ("battery", {"plugged": True, "battery_pct": 90}, "charger", YES, "plugged in"),
        ("connection", {"background_mbps": 8.0}, "other_apps_closed", NO, "Other apps"),
        ("camera", {"brightness": 240.0}, "good_light", NO, "too bright"),
    ],
)
def test_measured_items_appear_prefilled_with_the_measurement(
    qtbot, app_ctx: AppContext, check, metrics, item_id, answer, words
) -> None:
    app_ctx.record_run(run_with(result(check, **metrics)))
    page = make_page(qtbot, app_ctx)
    page.go_to([i.id for i in page.content.items].index(item_id))
    assert page.step.measured_box.isVisible()
    assert words in page.step.measured.text()
    button = page.step.yes_button if answer == YES else page.step.no_button
    assert button.isChecked()
    # the patient can override the measurement
    other = page.step.no_button if answer == YES else page.step.yes_button
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert page.store.answers(page.key)[item_id] == (NO if answer == YES else YES)


def test_overridden_answer_persists_across_a_new_app_context(qtbot, app_ctx: AppContext) -> None:
    app_ctx.record_run(run_with(result("battery", plugged=True)))
    page = make_page(qtbot, app_ctx)
    page.go_to([i.id for i in page.content.items].index("charger"))
    assert page.step.yes_button.isChecked()
    qtbot.mouseClick(page.step.no_button, Qt.MouseButton.LeftButton)

    fresh = AppContext(app_ctx.data_dir)
    again = make_page(qtbot, fresh)
    assert again.key == page.key
    again.go_to([i.id for i in again.content.items].index("charger"))
    assert again.step.no_button.isChecked() and not again.step.yes_button.isChecked()
    assert again.step.tip.isVisible()


def test_finished_checklist_is_not_asked_again_for_the_same_session(
    qtbot, app_ctx: AppContext
) -> None:
    start = datetime.now(UTC) + timedelta(minutes=10)
    app_ctx.schedule = FixedSchedule(Session("s1", "Group", start, start + timedelta(hours=3)))
    page = make_page(qtbot, app_ctx)
    for _ in page.content.items:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.summary
    again = make_page(qtbot, AppContext(app_ctx.data_dir))
    again.ctx.schedule = app_ctx.schedule
    again.page_shown()
    assert again.stack.currentWidget() is again.summary


def test_program_profile_adding_and_removing_items_changes_the_walkthrough(
    qtbot, app_ctx: AppContext
) -> None:
    app_ctx.set_profile(
        Profile(
            checklist={
                "remove": ["water_and_notes", "safety_plan", "phone_silenced"],
                "add": [
                    {
                        "id": "pet_away",
                        "text": {"en": "Is your pet in another room?", "es": "¿Su mascota?"},
                    }
                ],
            }
        )
    )
    page = make_page(qtbot, app_ctx)
    seen = []
    total = len(page.content.items)
    for _ in range(total):
        seen.append(page.step.question.text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert seen[-1] == "Is your pet in another room?"
    assert not any("safety plan" in s or "silenced" in s for s in seen)
    assert page.stack.currentWidget() is page.summary


def test_spanish_shows_spanish_item_text(qtbot, main_window, app_ctx: AppContext) -> None:
    app_ctx.set_profile(app_ctx.profile.replace(language="es"))
    page = main_window.pages["checklist"]
    main_window.show_page("checklist")
    page.go_to(0)
    assert page.step.question.text() == page.content.items[0].text["es"]
    assert page.step.why.text().startswith("Por qué importa")
    assert page.step.yes_button.text() == "&Sí"
    assert page.step.progress_label.text().startswith("1 de ")


def test_join_opens_the_session_link_else_the_profile_link(
    qtbot, app_ctx: AppContext, opened: UrlCatcher
) -> None:
    app_ctx.set_profile(Profile(join_url="https://video.example.org/j/123", phone_line="555 0100"))
    page = make_page(qtbot, app_ctx)
    page.show_ready()
    assert "video.example.org" in page.ready.join_host.text()
    assert page.ready.primary_button() is page.ready.join_button
    seen = answer_join()
    qtbot.mouseClick(page.ready.join_button, Qt.MouseButton.LeftButton)
    assert seen and "video.example.org" in seen[0] and "/j/123" not in seen[0]
    assert opened.urls == ["https://video.example.org/j/123"]

    start = datetime.now(UTC) + timedelta(minutes=30)
    app_ctx.schedule = FixedSchedule(
        Session("s", "Group", start, start + timedelta(hours=3), "https://zoom.us/j/999")
    )
    app_ctx.schedule_changed.emit()
    assert "zoom.us" in page.ready.join_host.text()
    assert "in 29 min" in page.ready.when.text() or "in 30 min" in page.ready.when.text()
    seen = answer_join()
    qtbot.mouseClick(page.ready.join_button, Qt.MouseButton.LeftButton)
    assert seen and "zoom.us" in seen[0]
    assert opened.urls[-1] == "https://zoom.us/j/999"


def test_join_opens_nothing_when_the_patient_cancels(
    qtbot, app_ctx: AppContext, opened: UrlCatcher
) -> None:
    app_ctx.set_profile(Profile(join_url="https://video.example.org/j/123"))
    page = make_page(qtbot, app_ctx)
    page.show_ready()
    seen = answer_join(accept=False)
    qtbot.mouseClick(page.ready.join_button, Qt.MouseButton.LeftButton)
    assert seen and opened.urls == []


def test_a_link_that_is_not_a_web_link_is_never_opened_nor_offered(
    qtbot, app_ctx: AppContext, opened: UrlCatcher
) -> None:
    start = datetime.now(UTC) + timedelta(minutes=30)
    app_ctx.schedule = FixedSchedule(
        Session("s", "Group", start, start + timedelta(hours=3), "file:///etc/passwd")
    )
    page = make_page(qtbot, app_ctx)
    page.show_ready()
    assert not page.ready.join_button.isEnabled()
    for link in ("javascript:alert(1)", "file:///etc/passwd", "https://"):
        assert open_join_link(page, link) is False  # the tray and schedule go through here too
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "joinConfirm"]
    assert opened.urls == []


def test_join_by_phone_is_first_and_primary_after_a_failed_connection(
    qtbot, app_ctx: AppContext, opened: UrlCatcher
) -> None:
    app_ctx.set_profile(
        Profile(join_url="https://video.example.org/j/1", phone_line="+1 (555) 010-0100")
    )
    app_ctx.record_run(RunRecord(datetime.now(UTC), "not_ready", (result("connection", "fail"),)))
    page = make_page(qtbot, app_ctx)
    qtbot.keyClick(page.skip_button, Qt.Key.Key_Space)  # Skip to Join from the first step
    ready = page.ready
    assert page.stack.currentWidget() is ready
    assert ready.primary_button() is ready.phone_button
    assert ready.phone_button.property("primary") and not ready.join_button.property("primary")
    assert ready.ways.indexOf(ready.phone_box) == 0
    assert ready.phone_box.y() < ready.join_box.y()
    assert QApplication.focusWidget() is ready.phone_button
    assert ready.join_button.isEnabled()  # the link is still offered
    assert ready.phone_number.text() == "+1 555 010 0100"  # grouped as a person dials it
    qtbot.mouseClick(ready.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+1 (555) 010-0100"
    qtbot.mouseClick(ready.phone_button, Qt.MouseButton.LeftButton)
    assert opened.urls == ["tel:+15550100100"]


def test_the_verdict_has_the_same_words_on_home_and_the_ready_screen(
    qtbot, main_window, app_ctx: AppContext
) -> None:
    app_ctx.record_run(RunRecord(datetime.now(UTC), "warnings", (result("camera", "warn"),)))
    app_ctx.set_profile(app_ctx.profile.replace(language="es"))
    checklist = main_window.pages["checklist"]
    checklist.show_ready()
    home = main_window.pages["home"]
    qtbot.waitUntil(lambda: home.last_badge.word.text() == "Listo, con avisos", timeout=5000)
    assert checklist.ready.verdict.word.text() == "Listo, con avisos"


def test_ready_without_a_check_run_offers_to_check_and_says_no_session(
    qtbot, app_ctx: AppContext
) -> None:
    page = make_page(qtbot, app_ctx)
    pages: list[str] = []
    app_ctx.navigate_requested.connect(pages.append)
    page.show_ready()
    assert page.ready.verdict.word.text() == "Not checked yet"
    assert page.ready.when.text() == "No session scheduled."
    qtbot.mouseClick(page.ready.run_checks_button, Qt.MouseButton.LeftButton)
    assert pages == ["checks"]


def test_ready_lists_what_is_still_open(qtbot, app_ctx: AppContext) -> None:
    page = make_page(qtbot, app_ctx)
    qtbot.mouseClick(page.step.no_button, Qt.MouseButton.LeftButton)  # first item: No
    page.show_ready()
    assert page.content.items[0].text_in("en") in page.ready.open_list.text()
