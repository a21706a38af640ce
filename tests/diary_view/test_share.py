""" "Prepare for my therapist": the PDF holds the chosen days and kinds and nothing else, one page
per week, read back with a real PDF text extractor (poppler's pdftotext)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.diary.entries import KIND_CARD, KIND_PRACTICE, KIND_THOUGHT
from app.diary.progress import MOOD
from app.ui.diary.share import ShareDialog
from app.ui.diary.share_pages import SharePlan, build_pages, pdf_bytes
from tests.diary_view import data
from tests.harness import require_tool

ALL = {KIND_CARD, KIND_THOUGHT, KIND_PRACTICE, MOOD}
TODAY = data.WEEK_B + timedelta(days=6)


def pdf_text(path: Path) -> tuple[str, int]:
    """(the text, the number of pages) as pdftotext reads them."""
    tool = require_tool("pdftotext")
    text = subprocess.run(
        [tool, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text, text.count("\f")


def _dialog(qtbot) -> ShareDialog:  # type: ignore[no-untyped-def]
    d = data.definition()
    dialog = ShareDialog(d, data.entries(d), today=lambda: TODAY, language="en")
    qtbot.addWidget(dialog)
    dialog.warn = lambda: True  # type: ignore[method-assign]
    dialog.show()
    return dialog


def _save(qtbot, dialog: ShareDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(dialog.pages), timeout=10_000)
    dialog.ask_path = lambda: str(path)  # type: ignore[method-assign]
    dialog.save()
    qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=10_000)


@pytest.mark.harness
def test_the_pdf_holds_the_chosen_range_and_nothing_outside_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    dialog.set_range(data.WEEK_A, TODAY)
    _save(qtbot, dialog, tmp_path / "for-my-therapist")
    saved = tmp_path / "for-my-therapist.pdf"
    assert dialog.last_saved == saved and saved.stat().st_mode & 0o777 == 0o600
    text, pages = pdf_text(saved)
    assert pages == 2  # one page per week
    for word in ("heron note monday", "heron automatic thought", "heron practice note",
                 "otter thought they hate me", "otter practice went well", "otter card note",
                 "not a medical record"):  # fmt: skip
        assert word in text, word
    assert "walrus" not in text  # the week before the range: nothing of it
    assert list(tmp_path.iterdir()) == [saved]  # no temporary file left behind


@pytest.mark.harness
def test_unchosen_kinds_and_days_outside_a_partial_week_stay_out(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    dialog.set_range(data.WEEK_A + timedelta(days=2), data.WEEK_A + timedelta(days=6))
    dialog.set_kinds({KIND_CARD, KIND_PRACTICE})
    _save(qtbot, dialog, tmp_path / "part.pdf")
    text, pages = pdf_text(tmp_path / "part.pdf")
    assert pages == 1
    assert "heron practice note" in text  # Wednesday: inside
    assert "heron note monday" not in text  # Monday's card: outside the days chosen
    assert "heron automatic thought" not in text  # thought records were not chosen
    assert "otter" not in text and "walrus" not in text
    assert "Mood (1 to 10)" not in text and "Thought records" not in text


@pytest.mark.harness
def test_a_year_is_53_pages_at_most_and_more_is_refused(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = data.definition()
    start = date(2024, 3, 4)
    plan = SharePlan(start, start + timedelta(days=370), frozenset(ALL))
    pages = build_pages(d, data.entries(d), plan, "en")
    assert len(pages) == 53
    (tmp_path / "year.pdf").write_bytes(pdf_bytes(pages))
    assert pdf_text(tmp_path / "year.pdf")[1] == 53
    dialog = _dialog(qtbot)
    dialog.start.setMinimumDate(dialog.start.minimumDate().addYears(-5))
    dialog.set_range(date(2023, 1, 1), TODAY)
    assert dialog.plan() is None and not dialog.save_button.isEnabled()
    assert "one year" in dialog.status.text()


def test_the_preview_shows_one_page_image_per_week_before_anything_is_saved(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    dialog.set_range(data.WEEK_A, TODAY)
    qtbot.waitUntil(lambda: dialog.preview_layout.count() == 2, timeout=10_000)
    first = dialog.preview_layout.itemAt(0).widget()  # type: ignore[union-attr]
    assert first.accessibleName() == "Page 1 of 2"
    assert "heron automatic thought" in first.accessibleDescription()  # screen readers: the text
    assert dialog.last_saved is None and not list(tmp_path.iterdir())


def test_nothing_is_written_when_the_warning_is_declined(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.pages), timeout=10_000)
    asked: list[bool] = []
    dialog.warn = lambda: False  # type: ignore[method-assign]
    dialog.ask_path = lambda: asked.append(True) or str(tmp_path / "x.pdf")  # type: ignore[method-assign]
    dialog.save()
    assert not asked and not list(tmp_path.iterdir())


def test_a_folder_that_cannot_be_written_gives_a_plain_message(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.pages), timeout=10_000)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    dialog.save_to(blocked / "diary.pdf")
    qtbot.waitUntil(lambda: "not saved" in dialog.status.text(), timeout=10_000)
    assert "Choose another folder" in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.last_saved is None


def test_no_kind_or_a_reversed_range_cannot_be_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    dialog.set_kinds(set())
    assert dialog.plan() is None and "at least one" in dialog.status.text()
    dialog.set_kinds(ALL)
    dialog.set_range(TODAY, data.WEEK_A)
    assert dialog.plan() is None and not dialog.save_button.isEnabled()
