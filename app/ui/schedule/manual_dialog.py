"""Add a session by hand: title, start, length, repeat days, join link, dial-in (no notes)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.links import host_of
from app.schedule.manual import ManualEntry
from app.schedule.zones import zone_name
from app.ui.formatting import follow_locale
from app.ui.theme import styled
from app.ui.widgets import ButtonRow, wrap_form
from app.ui.wrapping import WrapCheckBox


class ManualEntryDialog(QDialog):
    def __init__(self, zone_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualEntryDialog")
        self.zone_key = zone_key
        self.setWindowTitle(self.tr("Add a session"))
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("manualTitle")
        self.kind = QComboBox()
        for key, text in (
            ("group", self.tr("Group")),
            ("individual", self.tr("Individual")),
            ("family", self.tr("Family")),
            ("psychiatry", self.tr("Psychiatry")),
            ("", self.tr("Other")),
        ):
            self.kind.addItem(text, key)
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        follow_locale(self.start)
        now = QDateTime.currentDateTime()
        self.start.setDateTime(QDateTime(now.date().addDays(1), QTime(18, 0)))
        self.length = QSpinBox()
        self.length.setRange(5, 600)
        self.length.setSingleStep(15)
        self.length.setValue(180)
        self.length.setSuffix(self.tr(" min"))
        days_row = ButtonRow(spacing=8)  # the seven days wrap onto two lines when narrow
        self.day_boxes: list[QCheckBox] = []
        for text in (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ):
            box = WrapCheckBox(text)
            box.setAccessibleName(self.tr("Repeats on {day}").format(day=text))
            self.day_boxes.append(box)
            days_row.add(box)
        self.join_edit = QLineEdit()
        self.join_edit.setPlaceholderText("https://")
        self.dial_edit = QLineEdit()
        self.error = QLabel()
        self.error.setObjectName("manualError")
        self.error.setWordWrap(True)
        styled(self.error, "color: $error;")
        for label, widget, name in (
            (self.tr("&Title"), self.title_edit, self.tr("Title")),
            (self.tr("&Kind"), self.kind, self.tr("Kind")),
            (self.tr("&Starts"), self.start, self.tr("Starts")),
            (self.tr("&Length"), self.length, self.tr("Length in minutes")),
            (self.tr("&Join link"), self.join_edit, self.tr("Join link")),
            (self.tr("&Dial-in number"), self.dial_edit, self.tr("Dial-in number")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.tr("Repeats every week on"), days_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(wrap_form(form))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.entry: ManualEntry | None = None

    def _accept(self) -> None:
        title = self.title_edit.text().strip()
        if not title:
            self.error.setText(self.tr("Please give the session a title."))
            self.title_edit.setFocus()
            return
        url = self.join_edit.text().strip()
        if url and not (url.lower().startswith(("https://", "http://")) and host_of(url)):
            self.error.setText(self.tr("The join link should start with https://"))
            self.join_edit.setFocus()
            return
        qdt = self.start.dateTime()
        start = datetime(
            qdt.date().year(),
            qdt.date().month(),
            qdt.date().day(),
            qdt.time().hour(),
            qdt.time().minute(),
        )
        self.entry = ManualEntry(
            title=title[:200],
            start=start.isoformat(timespec="minutes"),
            zone=self.zone_key,
            duration_minutes=self.length.value(),
            weekdays=[i for i, b in enumerate(self.day_boxes) if b.isChecked()],
            join_url=url,
            dial_in=self.dial_edit.text().strip()[:40],
            kind=str(self.kind.currentData()),
        )
        self.accept()


__all__ = ["ManualEntryDialog", "zone_name"]
