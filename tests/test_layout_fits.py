"""Every page and dialog fits the window's minimum size: no horizontal scroll bar, no text cut,
no button label elided — in English and Spanish, at 100 % and 200 % text, in normal and high
contrast. Pages and dialogs (and each view of their stacked views) are found generically by
tests/ui_walk.py, so what is added later is measured too."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog

from app.checks.base import CheckResult, Metric, Status
from app.checks.history import RunRecord
from app.ui.context import AppContext
from app.ui.main_window import MIN_HEIGHT, MIN_WIDTH, MainWindow
from tests import ui_walk

MODES = [
    (language, scale, high)
    for language in ("en", "es")
    for scale in (100, 200)
    for high in (False, True)
]


def _failed_run() -> RunRecord:
    """A run with a failed connection and a warning: the longest Ready screen (phone first,
    problems listed) and the check cards with their status words and advice."""
    return RunRecord(
        datetime.now(UTC),
        "not_ready",
        (
            CheckResult(
                "connection",
                Status.FAIL,
                "Your connection is too slow for video right now.",
                ("Move closer to your Wi-Fi router.", "Pause downloads and other videos."),
                (Metric("download_mbps", 0.4, "Mbps"),),
            ),
            CheckResult("camera", Status.WARN, "Your camera works, but the room is dark.", ()),
        ),
    )


def _set_mode(ctx: AppContext, language: str, scale: int, high: bool) -> None:
    if language != ctx.profile.language:
        ctx.set_profile(ctx.profile.replace(language=language))
    ctx.set_setting("text_scale", scale)
    ctx.set_setting("high_contrast", high)


def _walk_checklist_states(window: MainWindow, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The checklist's conditional parts: a tip after "No", the summary with open items."""
    page = window.pages["checklist"]
    window.show_page("checklist")
    problems = []
    page.go_to(0)
    page.step.no_button.click()
    ui_walk.settle(qtbot)
    problems += [f"checklist step with a tip: {p}" for p in ui_walk.fit_problems(window)]
    problems += _walk_checkin_step(window, qtbot)
    page.show_summary()
    ui_walk.settle(qtbot)
    problems += [f"checklist summary: {p}" for p in ui_walk.fit_problems(window)]
    page.show_ready()
    ui_walk.settle(qtbot)
    problems += [f"ready screen: {p}" for p in ui_walk.fit_problems(window)]
    return problems


def _walk_checkin_step(window: MainWindow, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The location step with the safety check-in: locked, then shown (as after unlock)."""
    from app.notes.checkin import CheckIn

    page = window.pages["checklist"]
    ctx = window.ctx
    page.go_to(next(n for n, i in enumerate(page.content.items) if i.shows == "checkin"))
    problems = []
    for value in (
        None,
        CheckIn(
            "1234 Northwestern Boulevard, Apartment 56B",
            "Guadalupe Fernández-Castillo",
            "+1 (555) 014-2233",
        ),
    ):
        ctx.checkin = value
        ctx.checkin_changed.emit()
        ui_walk.settle(qtbot)
        state = "shown" if value else "locked"
        problems += [f"check-in step ({state}): {p}" for p in ui_walk.fit_problems(window)]
    ctx.checkin = None
    ctx.checkin_changed.emit()
    return problems


@pytest.mark.slow
@pytest.mark.parametrize(("language", "scale", "high"), MODES)
def test_every_page_and_dialog_fits_the_minimum_window(
    qtbot,
    main_window: MainWindow,
    app_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    scale: int,
    high: bool,
) -> None:
    rec = ui_walk.install_recorders(monkeypatch)
    app_ctx.record_run(_failed_run())
    for r in _failed_run().results:  # the cards show a result (as after a run)
        main_window.pages["checks"].cards[r.check_id].set_result(r)  # type: ignore[attr-defined]
    _set_mode(app_ctx, language, scale, high)
    main_window.resize(MIN_WIDTH, MIN_HEIGHT)
    ui_walk.settle(qtbot)
    assert main_window.width() == MIN_WIDTH and main_window.height() == MIN_HEIGHT
    problems: list[str] = []
    walked = []
    for surface in ui_walk.surfaces(main_window, qtbot, rec):
        top = surface.widget
        if isinstance(top, QDialog):  # a dialog may not be larger than the minimum window
            top.resize(min(top.width(), MIN_WIDTH), min(top.height(), MIN_HEIGHT))
            ui_walk.settle(qtbot)
        for view in ui_walk.views(top, qtbot, surface.name):
            walked.append(view)
            problems += [f"{view}: {p}" for p in ui_walk.fit_problems(top)]
    problems += _walk_checklist_states(main_window, qtbot)
    mode = f"{language}, {scale} %, {'high contrast' if high else 'normal'}"
    assert len(walked) > 20, walked
    assert not problems, f"does not fit {MIN_WIDTH}x{MIN_HEIGHT} ({mode}):\n" + "\n".join(problems)
