"""Settings: the program profile (editable, importable from a file) and display preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import SUPPORTED_LANGUAGES
from app.profile import Profile, ProfileError, load_profile_file, validate_profile
from app.ui.context import AppContext
from app.ui.formatting import follow_locale
from app.ui.profile_file import choose_profile_file
from app.ui.theme import status_colour
from app.ui.widgets import ButtonRow, hint, wrap_form
from app.ui.wrapping import WrapCheckBox

TEXT_FIELDS = [
    "program_name",
    "video_host",
    "join_url",
    "speedtest_server",
    "phone_line",
    "support_contact",
    "crisis_line",
    "calendar_url",
]


def scrolled(content: QWidget) -> QScrollArea:
    """At large text sizes on a small screen the form scrolls instead of squeezing its rows."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._checklist = dict(ctx.profile.checklist)

        tabs = QTabWidget()
        tabs.addTab(scrolled(self._program_tab()), self.tr("Program"))
        tabs.addTab(scrolled(self._display_tab()), self.tr("Display"))
        tabs.addTab(scrolled(self._reminders_tab()), self.tr("Reminders"))

        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self._message_colour("fail")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.fill(ctx.profile)
        self.fields["program_name"].setFocus()  # the keyboard starts in the first field

    def _program_tab(self) -> QWidget:
        """The program's profile: its text fields, session length, language, import."""
        program = QWidget()
        form = QFormLayout(program)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Long labels (Spanish, large text) go above their field instead of being cut off.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = {
            "program_name": self.tr("&Program name"),
            "video_host": self.tr("&Video platform host"),
            "join_url": self.tr("&Session link"),
            "speedtest_server": self.tr("Speed-test ser&ver (optional)"),
            "phone_line": self.tr("Join by p&hone number"),
            "support_contact": self.tr("&Tech-help contact"),
            "crisis_line": self.tr("C&risis line"),
            "calendar_url": self.tr("Cale&ndar link"),
        }
        hints = {
            "video_host": self.tr("For example: zoom.us or video.example.org:443"),
            "join_url": self.tr("The link you use to join, starting with https://"),
            "speedtest_server": self.tr("Leave empty to use public speed-test servers"),
            "crisis_line": self.tr("988 in the United States"),
            "calendar_url": self.tr("An https:// or webcal:// calendar link from your program"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setAccessibleName(labels[name].replace("&", ""))
            if name in hints:
                edit.setPlaceholderText(hints[name])
                edit.setToolTip(hints[name])
            form.addRow(labels[name], edit)
            self.fields[name] = edit
        self.minutes = QSpinBox()
        self.minutes.setObjectName("field_session_minutes")
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Usual session length"))
        form.addRow(self.tr("Usual session &length"), self.minutes)
        self.language = QComboBox()
        self.language.setObjectName("field_language")
        for code, name in SUPPORTED_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Lan&guage"), self.language)
        self.import_button = QPushButton(self.tr("&Import from file…"))
        self.import_button.setObjectName("importProfile")
        self.import_button.setToolTip(
            self.tr("Load the profile file your program gave you (Alt+I)")
        )
        self.import_button.clicked.connect(self._choose_file)
        form.addRow(ButtonRow(self.import_button))
        wrap_form(form)
        return program

    def _display_tab(self) -> QWidget:
        """Text size and high contrast (app settings, applied on save)."""
        display = QWidget()
        dform = QFormLayout(display)
        self.text_scale = QSpinBox()
        self.text_scale.setObjectName("field_text_scale")
        self.text_scale.setRange(100, 200)
        self.text_scale.setSingleStep(25)
        self.text_scale.setSuffix(" %")
        self.text_scale.setAccessibleName(self.tr("Text size"))
        self.text_scale.setValue(int(self.ctx.settings.get("text_scale")))
        dform.addRow(self.tr("Te&xt size"), self.text_scale)
        self.high_contrast = WrapCheckBox(self.tr("&High contrast colours"))
        self.high_contrast.setObjectName("field_high_contrast")
        self.high_contrast.setChecked(bool(self.ctx.settings.get("high_contrast")))
        dform.addRow(self.high_contrast)
        self.discreet = WrapCheckBox(self.tr("&Discreet mode"))
        self.discreet.setObjectName("field_discreet")
        self.discreet.setToolTip(
            self.tr(
                "The window title, the tray and every notification show only “SessionReady”: "
                "never your program's name or a phone number"
            )
        )
        self.discreet.setChecked(bool(self.ctx.settings.get("discreet")))
        dform.addRow(self.discreet)
        wrap_form(dform)
        return display

    def _reminders_tab(self) -> QWidget:
        """The daily diary card reminder: off, or a time of day."""
        from app.ui.diary.reminder import SETTING, parse_time

        tab = QWidget()
        form = QFormLayout(tab)
        at = parse_time(str(self.ctx.settings.get(SETTING) or ""))
        self.diary_reminder = WrapCheckBox(self.tr("Remind me &every day to fill in my diary card"))
        self.diary_reminder.setObjectName("field_diary_reminder")
        self.diary_reminder.setChecked(at is not None)
        self.diary_time = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(20, 0))
        self.diary_time.setObjectName("field_diary_reminder_time")
        follow_locale(self.diary_time)
        self.diary_time.setAccessibleName(self.tr("Reminder time"))
        self.diary_time.setEnabled(at is not None)
        self.diary_reminder.toggled.connect(self.diary_time.setEnabled)
        form.addRow(self.diary_reminder)
        form.addRow(self.tr("At &what time"), self.diary_time)
        form.addRow(
            hint(
                self.tr(
                    "The reminder never shows anything you wrote. In discreet mode it shows "
                    "only “SessionReady”."
                )
            )
        )
        wrap_form(form)
        return tab

    def diary_reminder_value(self) -> str:
        """ "HH:MM", or "" when the reminder is off."""
        if not self.diary_reminder.isChecked():
            return ""
        return self.diary_time.time().toString("HH:mm")

    def fill(self, profile: Profile) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(profile, name))
        self.minutes.setValue(profile.session_minutes)
        self.language.setCurrentIndex(max(0, self.language.findData(profile.language)))
        self._checklist = dict(profile.checklist)

    def form_profile(self) -> Profile:
        data: dict[str, object] = {name: edit.text() for name, edit in self.fields.items()}
        data["session_minutes"] = self.minutes.value()
        data["language"] = self.language.currentData()
        data["checklist"] = self._checklist
        return validate_profile(data)

    def _message_colour(self, status: str) -> None:
        high = bool(QApplication.instance().property("high_contrast"))  # type: ignore[union-attr]
        self.error.setStyleSheet(f"color: {status_colour(status, high)}; font-weight: bold;")

    def show_error(self, message: str, field: str = "") -> None:
        self.error.setText(message)
        self.error.show()
        if field in self.fields:
            self.fields[field].setFocus()
            self.fields[field].selectAll()

    def _choose_file(self) -> None:
        path = choose_profile_file(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Fill the form from a profile file. A bad file changes nothing and says why."""
        try:
            profile = load_profile_file(path)
        except ProfileError as exc:
            self.show_error(
                self.tr("That file was not used: {message}").format(message=exc), exc.field
            )
            return False
        self.fill(profile)
        self.error.setText(self.tr("Profile loaded. Press Save to keep it."))
        self._message_colour("pass")
        self.error.show()
        return True

    def save(self) -> None:
        try:
            profile = self.form_profile()
        except ProfileError as exc:
            self._message_colour("fail")
            self.show_error(str(exc), exc.field)
            return
        if self.text_scale.value() != self.ctx.settings.get("text_scale"):
            self.ctx.set_setting("text_scale", self.text_scale.value())
        if self.high_contrast.isChecked() != self.ctx.settings.get("high_contrast"):
            self.ctx.set_setting("high_contrast", self.high_contrast.isChecked())
        if self.discreet.isChecked() != self.ctx.settings.get("discreet"):
            self.ctx.set_setting("discreet", self.discreet.isChecked())
        if self.diary_reminder_value() != self.ctx.settings.get("diary_reminder"):
            self.ctx.set_setting("diary_reminder", self.diary_reminder_value())
        self.ctx.set_profile(profile)
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.focusWidget() is self.import_button
        ):
            self.import_button.click()
            return
        super().keyPressEvent(event)
