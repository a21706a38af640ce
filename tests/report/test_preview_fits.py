"""The report preview fits the smallest window at 200 % text, in English and Spanish: a patient
reads it top to bottom, never sideways (the recent checks were a 7-column table that needed a
horizontal scroll bar there). The saved HTML keeps its table for the support staff's browser."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from app.checks.verdict import verdict_label
from app.qt_i18n import use_language_in_app
from app.report.html_page import html_sections, render_html
from app.report.words import value_text, when_text
from app.ui.main_window import MIN_HEIGHT, MIN_WIDTH
from app.ui.support.panel import ReportPreviewDialog
from app.ui.theme import apply_theme
from tests import ui_walk
from tests.report.conftest import make_run, sample_report

UNITS = {
    "download_mbps": "Mbit/s",
    "upload_mbps": "Mbit/s",
    "rtt_ms": "ms",
    "jitter_ms": "ms",
    "loss_pct": "%",
}


@pytest.fixture
def theme(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    apply_theme(qapp, False, 100)
    use_language_in_app("en")


def _report() -> dict:  # type: ignore[type-arg]
    return sample_report(
        [make_run(0), make_run(3600, download=2.5, rtt=180.0), make_run(7200, verdict="ready")]
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_preview_needs_no_sideways_scrolling_at_200_percent(  # type: ignore[no-untyped-def]
    qtbot, theme, language: str
) -> None:
    use_language_in_app(language)
    apply_theme(QApplication.instance(), False, 200)  # type: ignore[arg-type]
    dialog = ReportPreviewDialog(_report())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(min(dialog.width(), MIN_WIDTH), min(dialog.height(), MIN_HEIGHT))
    ui_walk.settle(qtbot)
    assert dialog.view.horizontalScrollBar().maximum() == 0
    assert not ui_walk.fit_problems(dialog)
    assert not mid_word_breaks(dialog.view.document())


def mid_word_breaks(document: QTextDocument) -> list[str]:
    """Lines of the laid-out preview that end inside a word ("Downl" | "oad", "Pérdid" | "a");
    a break after "-" or "/" in a long token (a kernel version, a path) is allowed."""
    found = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(1, layout.lineCount()):
            at = layout.lineAt(i).textStart()
            if 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum():
                found.append(f"{text[max(0, at - 12) : at]}|{text[at : at + 12]}")
        block = block.next()
    return found


def test_the_preview_still_shows_every_figure_of_every_recent_check() -> None:
    report = _report()
    preview = html_sections(report, narrow=True)
    recent = preview.split("Recent checks")[1].split("<h2")[0]
    assert "<table" not in recent  # one block per check, read top to bottom
    for run in report["history"]:
        for key, unit in UNITS.items():
            assert html.escape(value_text(run[key], unit)) in recent, (key, run[key])
        assert html.escape(when_text(run["timestamp"])) in recent
        assert html.escape(verdict_label(run["verdict"])) in recent
    saved = render_html(report).split("Recent checks")[1].split("<h2")[0]
    assert "<table" in saved  # the saved page keeps the table, for a browser's width
