"""A 0–5 rating as one keyboard stop: a row of small buttons for the mouse, digits for the keys.

Tab reaches the row once; a digit sets it, the arrow keys move it, Delete or Backspace clears it
(not rated). Clicking the chosen number again clears it too. The buttons themselves take no
focus, so a card of ten rows is ten Tab stops, not sixty.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from app.ui.theme import qcolor, styled

RING = 3  # px around the buttons where the focus ring is drawn
SHEET = (  # the chosen number stands out in every mode: filled, bold
    "QPushButton { border: 2px solid $border; border-radius: 4px; background: $surface;"
    " color: $text; padding: 0; }"
    " QPushButton:checked { background: $accent; color: $on_accent; border-color: $accent;"
    " font-weight: bold; }"
)


class ScaleInput(QWidget):
    changed = Signal()

    def __init__(self, maximum: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.maximum = maximum
        self.label = ""
        self._value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(RING, RING, RING, RING)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for n in range(maximum + 1):
            button = QPushButton(str(n))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"scale{n}")
            button.clicked.connect(lambda _checked=False, n=n: self._clicked(n))
            layout.addWidget(button)
            self.buttons.append(button)
        styled(self, SHEET)
        self._fit_buttons()
        self._describe()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, notify: bool = False) -> None:
        if value is not None:
            value = max(0, min(self.maximum, value))
        changed = value != self._value
        self._value = value
        for n, button in enumerate(self.buttons):
            button.setChecked(n == value)
        self._describe()
        if changed and notify:
            self.changed.emit()

    def set_label(self, label: str, not_rated: str, hint: str) -> None:
        """The row's name (read with its value by screen readers) and the words for "no value"
        and for how to use it."""
        self.label, self._not_rated = label, not_rated
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)
        self._describe()

    def _describe(self) -> None:
        shown = str(self._value) if self._value is not None else getattr(self, "_not_rated", "–")
        self.setAccessibleName(f"{self.label}: {shown}" if self.label else shown)
        for n, button in enumerate(self.buttons):
            button.setAccessibleName(f"{self.label}: {n}" if self.label else str(n))

    def _clicked(self, n: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(None if self._value == n else n, notify=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), event.key()
        if text.isdigit() and int(text) <= self.maximum:
            self.set_value(int(text), notify=True)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(0 if self._value is None else self._value + 1, notify=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(0 if self._value is None else self._value - 1, notify=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None, notify=True)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _fit_buttons(self) -> None:
        """Square-ish buttons big enough for a digit at any text size."""
        side = max(36, self.fontMetrics().height() + 14)
        for button in self.buttons:
            button.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_buttons()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(qcolor("focus"))
        pen.setWidth(RING - 1)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 4, 4)
