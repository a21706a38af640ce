"""The verdict banner: Ready / Ready with warnings / Not ready, top fixes, the phone fallback,
and the primary "Next: privacy checklist" button (never disabled by a failed check)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.checks.verdict import Verdict, verdict_label
from app.ui.theme import styled
from app.ui.widgets import PrimaryButton, StatusBadge


class VerdictBanner(QFrame):
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        styled(self, "QFrame#verdictBanner { border: 2px solid $accent; border-radius: 10px; }")
        self.verdict: Verdict | None = None
        layout = QVBoxLayout(self)
        self.badge = StatusBadge()
        layout.addWidget(self.badge)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        f = self.headline.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.headline.setFont(f)
        layout.addWidget(self.headline)
        self.fixes = QLabel()
        self.fixes.setWordWrap(True)
        self.fixes.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.fixes)
        self.phone = QLabel()
        self.phone.setWordWrap(True)
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.phone)
        self.next_button = PrimaryButton()
        self.next_button.setObjectName("nextChecklist")
        self.next_button.clicked.connect(self.next_requested.emit)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def set_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.retranslate()

    def retranslate(self) -> None:
        self.next_button.setText(self.tr("&Next: privacy checklist"))
        self.next_button.setToolTip(self.tr("Go to the privacy checklist (Alt+N)"))
        self.next_button.setAccessibleName(self.tr("Next: privacy checklist"))
        v = self.verdict
        if v is None:
            return
        word = verdict_label(v.level)
        self.badge.set_status(v.status.value, word)
        self.headline.setText(v.headline)
        if v.fixes:
            items = "".join(f"<li>{html.escape(f)}</li>" for f in v.fixes)
            first = html.escape(self.tr("Do this first:"))
            self.fixes.setText(f"<b>{first}</b><ol>{items}</ol>")
        else:
            self.fixes.setText("")
        self.fixes.setVisible(bool(v.fixes))
        self.phone.setText(v.phone_message())
        self.phone.setVisible(v.phone_fallback)
        self.setAccessibleName(f"{word}. {v.headline}")
