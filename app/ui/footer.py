"""The footer on every page: the crisis line and the join-by-phone fallback."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.ui import join
from app.ui.context import AppContext


class Footer(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("footer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.crisis = QLabel()
        self.crisis.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.crisis.setObjectName("crisisLine")
        font = self.crisis.font()
        font.setBold(True)
        self.crisis.setFont(font)
        self.phone = QLabel()
        self.phone.setObjectName("phoneLine")
        self.phone.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.phone.setWordWrap(True)
        self.crisis.setWordWrap(True)
        layout.addWidget(self.crisis, 1)
        layout.addWidget(self.phone, 1)
        ctx.profile_changed.connect(self.retranslate)
        ctx.schedule_changed.connect(self.retranslate)
        # The number follows the session: when one ends, the next one's dial-in (or the
        # profile's line) takes its place. A minute's lag is fine; the lookup is in memory.
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.retranslate)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        p = self.ctx.profile
        self.crisis.setText(
            self.tr("In crisis? Call or text {number}, any time.").format(
                number=p.crisis_line or "988"
            )
        )
        number = join.join_info(self.ctx).phone  # the same number as the Ready screen
        if number:
            self.phone.setText(
                self.tr("Can't connect? Join by phone: {number}").format(
                    number=join.dial_text(number)
                )
            )
        else:
            self.phone.setText(
                self.tr("Can't connect? Call your program and ask to join by phone.")
            )
        self.crisis.setAccessibleName(self.crisis.text())
        self.phone.setAccessibleName(self.phone.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
