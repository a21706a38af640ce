"""Small shared widgets: headings, body text, the primary button and the status badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.theme import ACCENT, status_colour

STATUS_GLYPHS = {"pass": "✓", "warn": "!", "fail": "✕", "unavailable": "–", "error": "!"}


def heading(text: str = "", level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.25, 3: 1.1}.get(level, 1.0))
    font.setBold(True)
    label.setFont(font)
    label.setProperty("heading", level)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def body(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if "<" in text else Qt.TextFormat.AutoText)
    label.setOpenExternalLinks(False)
    return label


def high_contrast_on() -> bool:
    app = QApplication.instance()
    return bool(app.property("high_contrast")) if app else False


class PrimaryButton(QPushButton):
    """The one main action of a screen: large target, accent colour (yellow on black in high
    contrast), and a thick focus ring."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setMinimumHeight(48)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("primary", True)
        self._styled_high: bool | None = None
        self._restyle()

    def _restyle(self) -> None:
        high = high_contrast_on()
        if high == self._styled_high:
            return
        self._styled_high = high
        if high:
            self.setStyleSheet(
                "QPushButton { background: #ffff00; color: #000000; border: 3px solid #ffffff;"
                " border-radius: 6px; padding: 8px 22px; font-weight: bold; }"
                " QPushButton:focus { border: 4px solid #00ffff; }"
                " QPushButton:hover { background: #ffffff; }"
            )
        else:
            self.setStyleSheet(
                f"QPushButton {{ background: {ACCENT}; color: white; border-radius: 6px;"
                " padding: 8px 22px; font-weight: bold; }"
                " QPushButton:focus { outline: 3px solid #f0b400; border: 3px solid #f0b400; }"
                " QPushButton:hover { background: #245a75; }"
            )

    def theme_changed(self) -> None:
        """Called by app.ui.theme.apply_theme."""
        self._restyle()


class StatusBadge(QWidget):
    """✓ Ready / ! Needs attention / ✕ Not ready: an icon, a word and a colour together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon.setFixedSize(28, 28)
        self.word = QLabel()
        font = self.word.font()
        font.setBold(True)
        self.word.setFont(font)
        layout.addWidget(self.icon)
        layout.addWidget(self.word)
        layout.addStretch()

    def set_status(self, status: str, word: str) -> None:
        self._last = (status, word)
        high = high_contrast_on()
        colour = status_colour(status, high)
        self.icon.setText(STATUS_GLYPHS.get(status, "?"))
        self.icon.setStyleSheet(
            f"QLabel {{ background: {colour}; color: {'black' if high else 'white'};"
            " border-radius: 14px; font-weight: bold; }"
        )
        self.word.setText(word)
        self.word.setStyleSheet(f"color: {colour};")
        self.setAccessibleName(word)

    def theme_changed(self) -> None:
        """Called by app.ui.theme.apply_theme: colours for the new theme."""
        last = getattr(self, "_last", None)
        if last is not None:
            self.set_status(*last)
