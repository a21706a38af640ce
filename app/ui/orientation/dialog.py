"""The welcome tour (first start, or from Help). Skippable; every step works by keyboard alone.

It also sets up the essentials: the program profile (import a file or type it), language (applies
at once), calendar link, and points to Notes to protect them. Skipping or finishing marks the
``orientation_done`` setting so it is not shown again on start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import SUPPORTED_LANGUAGES
from app.profile import Profile, ProfileError, load_profile_file, validate_profile
from app.ui.context import AppContext
from app.ui.orientation.texts import (
    FIELD_LABELS,
    FIXED_TEXTS,
    PROGRAM_FIELDS,
    STEPS,
    TITLES,
    profile_texts,
    tr,
)
from app.ui.profile_file import choose_profile_file
from app.ui.theme import styled
from app.ui.widgets import (
    ButtonRow,
    PrimaryButton,
    body,
    fit_to_screen,
    heading,
    scrolling,
    wrap_form,
)
from app.ui.wrapping import WrapCheckBox


class OrientationDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("orientationDialog")
        self.setModal(True)
        self.outcome = ""  # "finished" | "skipped" once closed

        self.progress = QLabel()
        self.progress.setObjectName("orientationProgress")
        self.stack = QStackedWidget()
        self.titles: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.pages: dict[str, QWidget] = {}
        self._build_steps()
        self._build_setup(ctx)
        for page in self.pages.values():
            page_layout = page.layout()
            assert isinstance(page_layout, QVBoxLayout)
            page_layout.addStretch()

        self.error = QLabel()
        self.error.setObjectName("orientationError")
        self.error.setWordWrap(True)
        styled(self.error, "color: $error; font-weight: bold;")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addWidget(self._build_buttons())
        # Made default before it had the dialog as an ancestor: again now, so the dialog knows
        # it as its main default (Enter in a field presses Next).
        self.next_button.setDefault(False)
        self.next_button.setDefault(True)
        self.retranslate()
        self.go_to(0)
        fit_to_screen(self, 720, 560)

    def _build_steps(self) -> None:
        """One page per step: a title and a text (long steps scroll at 200 %; buttons stay)."""
        for step in STEPS:
            page = QWidget()
            page.setObjectName(f"step_{step}")
            lay = QVBoxLayout(page)
            lay.setContentsMargins(8, 8, 8, 8)
            lay.setSpacing(12)
            title = heading(level=1)
            text = body()
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(title)
            lay.addWidget(text)
            self.titles[step] = title
            self.texts[step] = text
            self.pages[step] = page
            self.stack.addWidget(scrolling(page))

    def _build_setup(self, ctx: AppContext) -> None:
        """The essentials the tour sets up: language, program profile, calendar, notes."""
        self.language = QComboBox()
        self.language.setObjectName("orientation_language")
        for code, name in SUPPORTED_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.profile.language)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self._add_form("language", [(self.language_label, self.language)])
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.fields: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.import_button = QPushButton()
        self.import_button.setObjectName("orientationImport")
        self.import_button.clicked.connect(self._choose_file)
        rows: list[tuple[QWidget | None, QWidget]] = [(None, self.import_button)]
        for name in PROGRAM_FIELDS:
            edit = QLineEdit(getattr(ctx.profile, name))
            edit.setObjectName(f"orientation_{name}")
            label = QLabel()
            label.setBuddy(edit)
            self.fields[name] = edit
            self.field_labels[name] = label
            rows.append((label, edit))
        self._add_form("program", rows)

        self.calendar = QLineEdit(ctx.profile.calendar_url)
        self.calendar.setObjectName("orientation_calendar_url")
        self.calendar_label = QLabel()
        self.calendar_label.setBuddy(self.calendar)
        self.fields["calendar_url"] = self.calendar
        self.field_labels["calendar_url"] = self.calendar_label
        self._add_form("calendar", [(self.calendar_label, self.calendar)])

        self.open_notes = WrapCheckBox()
        self.open_notes.setObjectName("orientationOpenNotes")
        self.open_notes.setChecked(True)
        self._add_form("notes", [(None, self.open_notes)])

    def _build_buttons(self) -> ButtonRow:
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("orientationSkip")
        self.back_button = QPushButton()
        self.back_button.setObjectName("orientationBack")
        self.next_button = PrimaryButton()
        self.next_button.setObjectName("orientationNext")
        self.next_button.setDefault(True)
        self.skip_button.setAutoDefault(False)
        self.back_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        buttons = ButtonRow()
        buttons.add(self.skip_button)
        buttons.add_stretch()
        buttons.add(self.back_button)
        buttons.add(self.next_button)
        return buttons

    def _add_form(self, step: str, rows: list[tuple[QWidget | None, QWidget]]) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            if label is None:
                form.addRow(widget)
            else:
                form.addRow(label, widget)
        lay = self.pages[step].layout()
        assert isinstance(lay, QVBoxLayout)
        lay.addLayout(wrap_form(form))

    # navigation -------------------------------------------------------------------------
    def current_step(self) -> str:
        return STEPS[self.stack.currentIndex()]

    def go_to(self, index: int) -> None:
        index = max(0, min(len(STEPS) - 1, index))
        self.stack.setCurrentIndex(index)
        self.error.hide()
        self._update_texts()
        step = STEPS[index]
        first = {
            "language": self.language,
            "program": self.import_button,
            "calendar": self.calendar,
            "notes": self.open_notes,
        }.get(step, self.next_button)
        first.setFocus(Qt.FocusReason.TabFocusReason)

    def next(self) -> None:
        step = self.current_step()
        if step in ("program", "calendar") and not self._check_draft(step):
            return
        if self.stack.currentIndex() == len(STEPS) - 1:
            self.finish()
            return
        self.go_to(self.stack.currentIndex() + 1)

    def back(self) -> None:
        self.go_to(self.stack.currentIndex() - 1)

    # the profile being set up -----------------------------------------------------------
    def draft_profile(self) -> Profile:
        """The stored profile with the tour's fields applied (raises ProfileError)."""
        data = self.ctx.profile.to_dict()
        for name, edit in self.fields.items():
            data[name] = edit.text()
        data["language"] = self.language.currentData()
        return validate_profile(data)

    def _draft_or_stored(self) -> Profile:
        try:
            return self.draft_profile()
        except ProfileError:
            return self.ctx.profile

    def _check_draft(self, step: str) -> bool:
        try:
            self.draft_profile()
        except ProfileError as exc:
            owner = "calendar" if exc.field == "calendar_url" else "program"
            if owner != step and exc.field in self.fields:
                return True  # another step's field: checked when leaving that step / at finish
            self._show_error(str(exc), exc.field)
            return False
        return True

    def _show_error(self, message: str, field: str = "") -> None:
        self.error.setText(message)
        styled(self.error, "color: $error; font-weight: bold;")
        self.error.show()
        self.error.setAccessibleName(message)
        if field in self.fields:
            self.fields[field].setFocus()
            self.fields[field].selectAll()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code and code != self.ctx.profile.language:
            self.ctx.set_profile(self.ctx.profile.replace(language=code))  # applies live

    def _choose_file(self) -> None:
        path = choose_profile_file(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Fill the fields from a profile file; a bad file changes nothing and says why."""
        try:
            profile = load_profile_file(path)
        except ProfileError as exc:
            self._show_error(self.tr("That file was not used: {message}").format(message=exc))
            return False
        for name, edit in self.fields.items():
            edit.setText(getattr(profile, name))
        # keep the file's other settings (session length, checklist) for when we finish
        merged = profile.replace(language=self.language.currentData())
        self.ctx.set_profile(merged)
        self.error.setText(self.tr("Your program's details are filled in. Check them below."))
        styled(self.error, "color: $success; font-weight: bold;")
        self.error.show()
        return True

    # closing ----------------------------------------------------------------------------
    def finish(self) -> None:
        try:
            profile = self.draft_profile()
        except ProfileError as exc:
            self.go_to(STEPS.index("calendar" if exc.field == "calendar_url" else "program"))
            self._show_error(str(exc), exc.field)
            return
        self.ctx.set_profile(profile)
        self.ctx.set_setting("orientation_done", True)
        self.outcome = "finished"
        self.accept()
        if self.open_notes.isChecked():
            self.ctx.navigate_requested.emit("notes")

    def skip(self) -> None:
        self.ctx.set_setting("orientation_done", True)
        self.outcome = "skipped"
        super().reject()

    def reject(self) -> None:  # Esc or the window's close button = skip
        self.skip()

    # texts ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to SessionReady"))
        for step, title in TITLES.items():
            self.titles[step].setText(tr(title))
        for step, text in FIXED_TEXTS.items():
            self.texts[step].setText(tr(text))
        self._update_texts()
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.import_button.setText(self.tr("&Import from file…"))
        self.import_button.setToolTip(
            self.tr("Load the profile file your program gave you (Alt+I)")
        )
        self.import_button.setAccessibleName(self.tr("Import from file"))
        for name, label in FIELD_LABELS.items():
            text = tr(label)
            self.field_labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", ""))
        self.calendar.setPlaceholderText("https://…")
        self.open_notes.setText(self.tr("&Open Notes when I finish"))
        self.open_notes.setAccessibleName(self.tr("Open Notes when I finish"))
        self.skip_button.setText(self.tr("&Skip the tour"))
        self.skip_button.setToolTip(self.tr("Close the tour. Open it again from Help (Alt+S, Esc)"))
        self.skip_button.setAccessibleName(self.tr("Skip the tour"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+B)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        last = self.stack.currentIndex() == len(STEPS) - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setToolTip(
            self.tr("Finish the tour (Enter)") if last else self.tr("Next step (Enter)")
        )
        self.next_button.setAccessibleName(self.tr("Finish") if last else self.tr("Next"))
        self.back_button.setEnabled(self.stack.currentIndex() > 0)

    def _update_texts(self) -> None:
        """Texts that show the profile being set up (phone, crisis line, tech help)."""
        for step, text in profile_texts(self._draft_or_stored()).items():
            self.texts[step].setText(text)
        self.progress.setText(
            self.tr("Step {n} of {total}").format(n=self.stack.currentIndex() + 1, total=len(STEPS))
        )
        step = self.current_step()
        self.stack.setAccessibleName(self.titles[step].text())
        self.stack.setAccessibleDescription(self.texts[step].text())
        self._update_buttons()


def maybe_show_orientation(
    ctx: AppContext, parent: QWidget | None = None
) -> OrientationDialog | None:
    """Open the tour (non-blocking) on first start; None when it was already finished or skipped."""
    if ctx.settings.get("orientation_done"):
        return None
    dialog = OrientationDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
