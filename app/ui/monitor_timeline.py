"""The support view's "Last session" block: what the session monitor saw, in sentences, with
times in the patient's own format ("Wi-Fi signal fell at 6:42 PM (-78 dBm), for 4 min")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.formatting import time_text
from app.ui.widgets import body, heading


class SessionTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionTimeline")
        self.timeline: dict[str, Any] | None = None
        self.heading = heading(level=3)
        self.when: QLabel = body()
        self.when.setObjectName("sessionTimelineWhen")
        self.lines: QLabel = body()
        self.lines.setObjectName("sessionTimelineLines")
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.when)
        layout.addWidget(self.lines)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your last session"))
        self.set_timeline(self.timeline)

    def texts(self) -> list[str]:
        from app.monitor.limits import load_limits
        from app.monitor.timeline import report_lines

        if not self.timeline:
            return []
        return report_lines(self.timeline, load_limits(), time_text)

    def set_timeline(self, timeline: dict[str, Any] | None) -> None:
        self.timeline = timeline
        if not timeline:
            self.when.setText(self.tr("No session has been watched yet."))
            self.lines.setText("")
            self.lines.hide()
            return
        start = datetime.fromisoformat(timeline["started"])
        end = timeline["ended"] and datetime.fromisoformat(timeline["ended"])
        self.when.setText(
            self.tr("Watched from {start} to {end}.").format(
                start=time_text(start), end=time_text(end) if end else "…"
            )
        )
        lines = self.texts()
        self.lines.setText(
            "\n".join(f"• {line}" for line in lines) if lines else self.tr("No problems seen.")
        )
        self.lines.show()
