"""The safety check-in dialog (from the Notes page): usual location and local emergency contact."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.notes.checkin import CheckIn
from app.ui.widgets import body, fit_to_screen


class CheckInDialog(QDialog):
    def __init__(self, value: CheckIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinDialog")
        self.setWindowTitle(self.tr("Safety check-in"))
        self.setMinimumWidth(480)
        self.value = value
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        explain = body()
        explain.setText(
            self.tr(
                "Your clinician asks at every session where you are and who to call near you in "
                "an emergency. Kept encrypted with your notes; all optional."
            )
        )
        outer.addWidget(explain)
        outer.addLayout(form)
        self.address = QLineEdit(value.address)
        self.contact_name = QLineEdit(value.contact_name)
        self.contact_phone = QLineEdit(value.contact_phone)
        for edit, label, name in (
            (self.address, self.tr("Usual &location (address)"), "checkinAddress"),
            (self.contact_name, self.tr("Emergency contact's &name"), "checkinContactName"),
            (self.contact_phone, self.tr("Emergency contact's &phone"), "checkinContactPhone"),
        ):
            edit.setObjectName(name)
            edit.setMinimumHeight(36)
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_to_screen(self, 560, 380)

    def result_value(self) -> CheckIn:
        return CheckIn(
            address=self.address.text().strip(),
            contact_name=self.contact_name.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            today_session=self.value.today_session,
            today_location=self.value.today_location,
        )
