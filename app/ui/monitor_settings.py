"""Settings of the watch over a session, shown under Reminders: the check by itself before a
session, whether it may use a metered connection, and the watch during a session."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.wrapping import WrapCheckBox

KEYS = ("precheck_before_session", "precheck_on_metered", "watch_sessions")


class MonitorSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitorSettings")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for key in KEYS:
            box = WrapCheckBox()  # long sentences wrap at large text sizes
            box.setObjectName(key)
            box.setChecked(bool(ctx.settings.get(key)))
            box.toggled.connect(self._save)
            layout.addWidget(box)
            self.boxes[key] = box
        self.boxes["precheck_on_metered"].setEnabled(self.boxes[KEYS[0]].isChecked())
        self.retranslate()

    def _save(self) -> None:
        for key, box in self.boxes.items():
            if box.isChecked() != bool(self.ctx.settings.get(key)):
                self.ctx.set_setting(key, box.isChecked())
        self.boxes["precheck_on_metered"].setEnabled(self.boxes[KEYS[0]].isChecked())

    def retranslate(self) -> None:
        b = self.boxes
        b["precheck_before_session"].setText(
            self.tr("Check my internet and battery by itself at the reminder")
        )
        b["precheck_on_metered"].setText(
            self.tr("Also on a metered connection (the speed test uses some data)")
        )
        b["watch_sessions"].setText(
            self.tr("Watch my connection and battery during a session, and warn me")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
