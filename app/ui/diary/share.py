""" "Prepare for my therapist": choose the days and the kinds of entries, look at the pages, then
save them as a PDF — only on purpose, after a plain warning that the file is not encrypted.

Nothing is sent anywhere. The pages are the ones app/ui/diary/share_pages.py paints; the
preview and the file are made on the dialog's TaskRunner (painting onto QImage and QPdfWriter is
allowed off the UI thread), and the file is written atomically next to its target.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.atomic import atomic_write_bytes
from app.i18n import current_language
from app.ui.diary.share_pages import MAX_DAYS, SharePlan, build_pages, pdf_bytes, render_page
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets import ButtonRow, PrimaryButton, body, fit_to_screen, heading, scrolling
from app.ui.wrapping import WrapCheckBox

if TYPE_CHECKING:
    from app.diary.card import CardDefinition
    from app.diary.entries import Entries

PREVIEW_SCALE = 1.0  # preview images at the page's own size; shown scaled to the dialog
DEBOUNCE_MS = 300


class PageImage(QWidget):
    """One page of the preview: the image scaled to the width it is given (never wider)."""

    def __init__(self, image: QImage, name: str, text: str) -> None:
        super().__init__()
        self.image = image
        self.setObjectName("sharePreviewPage")
        self.setAccessibleName(name)
        self.setAccessibleDescription(text)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers can reach each page

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self.image.height() / max(1, self.image.width()))

    def sizeHint(self) -> QSize:
        return QSize(self.image.width(), self.image.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(120))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        w = self.width()
        p.drawImage(
            self.rect().adjusted(0, 0, 0, self.heightForWidth(w) - self.height()), self.image
        )
        p.end()


class ShareDialog(QDialog):
    """``ShareDialog(definition, entries, parent)``; the entries are read, never changed.
    ``saved(path)`` after a PDF was written."""

    def __init__(
        self,
        definition: CardDefinition,
        entries: Entries,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.definition, self.entries = definition, entries
        self._today = today or date.today
        self._language = language or ""
        self.runner = TaskRunner(self)
        self.pages: list[str] = []
        self.last_saved: Path | None = None
        self.setWindowTitle(self.tr("Prepare for my therapist"))
        fit_to_screen(self, 760, 640)

        self.intro = body(
            self.tr(
                "Choose the days and what to include. You will see every page before you save "
                "it. SessionReady never sends it anywhere: you decide whom to give it to."
            )
        )
        today_ = self._today()
        self.start = self._date_edit("shareStart", today_ - timedelta(days=today_.weekday() + 7))
        self.end = self._date_edit("shareEnd", today_)
        from_label, to_label = QLabel(self.tr("&From")), QLabel(self.tr("&To"))
        from_label.setBuddy(self.start)
        to_label.setBuddy(self.end)
        dates = ButtonRow(from_label, self.start, to_label, self.end)
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.kinds = self._kind_boxes()
        self.status = QLabel()
        self.status.setObjectName("shareStatus")
        self.status.setWordWrap(True)
        self.preview = QWidget()
        self.preview.setObjectName("sharePreview")
        self.preview_layout = QVBoxLayout(self.preview)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_layout.setSpacing(16)
        self.save_button = PrimaryButton(self.tr("&Save PDF…"))
        self.save_button.setObjectName("shareSave")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)

        # the choices and the pages scroll together (200 % text on a small screen); the
        # buttons stay in view below
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(heading(self.tr("Prepare for my therapist"), 2))
        column.addWidget(self.intro)
        column.addWidget(dates)
        column.addWidget(ButtonRow(*self.kinds.values()))
        column.addWidget(self.status)
        column.addWidget(self.preview)
        column.addStretch(1)
        self.area = scrolling(content)
        self.area.setObjectName("sharePreviewArea")
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(ButtonRow(self.save_button, self.close_button))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.start.dateChanged.connect(self._debounce.start)
        self.end.dateChanged.connect(self._debounce.start)
        for box in self.kinds.values():
            box.toggled.connect(self._debounce.start)
        self.refresh()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(QDate(*self._today().timetuple()[:3]))
        return edit

    def _kind_boxes(self) -> dict[str, WrapCheckBox]:
        from app.diary.entries import KIND_CARD, KIND_PRACTICE, KIND_THOUGHT
        from app.diary.progress import MOOD

        labels = {
            KIND_CARD: self.tr("&Diary cards"),
            KIND_THOUGHT: self.tr("T&hought records"),
            KIND_PRACTICE: self.tr("S&kills practice"),
            MOOD: self.tr("&Mood"),
        }
        boxes = {}
        for kind, label in labels.items():
            box = WrapCheckBox(label)
            box.setObjectName(f"shareKind_{kind}")
            box.setChecked(True)
            boxes[kind] = box
        return boxes

    # --- the choice ------------------------------------------------------------------------
    def plan(self) -> SharePlan | None:
        """The patient's choice, or None (with the reason shown) when it cannot be used."""
        start, end = _day(self.start), _day(self.end)
        kinds = frozenset(k for k, box in self.kinds.items() if box.isChecked())
        problem = ""
        if end < start:
            problem = self.tr("The last day comes before the first. Please change one of them.")
        elif (end - start).days + 1 > MAX_DAYS:
            problem = self.tr("Please choose at most one year at a time.")
        elif not kinds:
            problem = self.tr("Tick at least one kind of entry to include.")
        self.save_button.setEnabled(not problem)
        if problem:
            self.status.setText(problem)
            return None
        return SharePlan(start, end, kinds)  # type: ignore[arg-type]

    def set_range(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))
        self.refresh()

    def set_kinds(self, kinds: set[str]) -> None:
        for kind, box in self.kinds.items():
            box.setChecked(kind in kinds)
        self.refresh()

    # --- preview ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Make the pages for the current choice and their preview (in the background)."""
        self._debounce.stop()
        plan = self.plan()
        self._clear_preview()
        if plan is None:
            self.pages = []
            return
        from app.diary.progress import select

        language = self._language or current_language()
        # the selection on this thread (a copy: the worker never sees entries being edited)
        chosen = select(self.entries, plan.start, plan.end, plan.kinds)
        self.status.setText(self.tr("Preparing the preview…"))

        def work(task: Task) -> tuple[list[str], list[tuple[QImage, str]]]:
            pages = build_pages(self.definition, chosen, plan, language)
            images = []
            for text in pages:
                if task.cancelled():
                    break
                images.append((render_page(text, PREVIEW_SCALE), _plain(text)))
            return pages, images

        self.runner.submit(work, self._show_preview, self._failed, key="preview")

    def _clear_preview(self) -> None:
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]

    def _show_preview(self, result: tuple[list[str], list[tuple[QImage, str]]]) -> None:
        self.pages, images = result
        self._clear_preview()
        total = len(images)
        for n, (image, text) in enumerate(images, start=1):
            name = self.tr("Page {n} of {total}").format(n=n, total=total)
            self.preview_layout.addWidget(PageImage(image, name, text))
        self.status.setText(
            self.tr("{n} pages, one for each week. Look them through, then save.").format(n=total)
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("The pages could not be prepared ({error}).").format(error=type(exc).__name__)
        )

    # --- saving ----------------------------------------------------------------------------
    def warn(self) -> bool:
        """The plain warning before the file exists (overridable in tests)."""
        answer = QMessageBox.warning(
            self,
            self.tr("This file is not encrypted"),
            self.tr(
                "This file is not encrypted. Anyone who opens it can read it. Keep it somewhere "
                "private, and delete it when you no longer need it."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def ask_path(self) -> str:
        """Where to save (overridable in tests); "" when cancelled."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = self.tr("diary-{start}-to-{end}.pdf").format(
            start=self.start.date().toString("yyyy-MM-dd"),
            end=self.end.date().toString("yyyy-MM-dd"),
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path(folder) / name), self.tr("PDF file (*.pdf)")
        )
        return path

    def save(self) -> None:
        if self.plan() is None or not self.pages:
            return
        if not self.warn():
            return
        chosen = self.ask_path()
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        """Write the pages shown to *path* (".pdf" added when missing), in the background."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        pages, title = list(self.pages), self.windowTitle()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))

        def work(_task: Task) -> Path:
            atomic_write_bytes(path, pdf_bytes(pages, title))
            return path

        self.runner.submit(work, self._saved, self._save_failed, key="save")

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr("Saved as {path}. Remember: this file is not encrypted.").format(path=path)
        )

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else ""
        message = self.tr(
            "The PDF was not saved. Choose another folder, for example your Documents folder."
        )
        if reason:
            message += " " + self.tr("(The computer said: {reason}.)").format(reason=reason)
        self.status.setText(message)

    def done(self, result: int) -> None:
        self.runner.cancel("preview")  # a save under way still finishes its file
        super().done(result)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _plain(text: str) -> str:
    """A page's text for screen readers (the rich text without its markup)."""
    import shiboken6
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(text)
    plain = doc.toPlainText()
    shiboken6.delete(doc)  # on this (worker) thread, not later by the collector on another
    return plain
