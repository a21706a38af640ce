"""Small shared widgets: headings, body text, the primary button and the status badge."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from app.ui.theme import button_sheet, current_text_scale, high_contrast_on, status_colour
from app.ui.theme import colour as theme_colour

STATUS_GLYPHS = {"pass": "✓", "warn": "!", "fail": "✕", "unavailable": "–", "error": "!"}


def heading(text: str = "", level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # No setAccessibleName(text): a QLabel's accessible name is its text, which keeps following
    # setText() (a frozen name stays in the old language after a language change).
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


def scrolling(content: QWidget) -> QScrollArea:
    """*content* in a frameless, vertically scrolling area: long text at 200 % scrolls instead of
    being squeezed (word-wrapped labels keep the height they need)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Resize *dialog* to *width* × *height* (its preferred size, grown with the text size) but
    never larger than the screen it is on, so its buttons always stay on screen."""
    scale = current_text_scale() / 100
    screen = dialog.screen() or QApplication.primaryScreen()
    w, h = round(width * scale), round(height * scale)
    if screen is not None:
        avail = screen.availableGeometry()
        w, h = min(w, avail.width() - 40), min(h, avail.height() - 60)
    dialog.resize(max(w, 320), max(h, 240))


class TallButton(QPushButton):
    """A button with a large target: at least *min_height* px high, and never squeezed below the
    height its text needs (a plain setMinimumHeight lets a layout do that at 200 %)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, min_height: int = 48) -> None:
        super().__init__(text, parent)
        self.min_height = min_height

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.min_height, hint.height()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.sizeHint().height())


class PrimaryButton(TallButton):
    """The one main action of a screen: large target, accent colour (yellow on black in high
    contrast), and a thick focus ring."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent, min_height=48)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("primary", True)
        self._styled: tuple[bool, bool] | None = None  # (high contrast, primary) it is styled for
        self._restyle()

    def set_primary(self, primary: bool) -> None:
        """Look like the screen's one main action, or (when another way in comes first) like a
        secondary one of the same size."""
        self.setProperty("primary", primary)
        self._restyle()

    def _restyle(self) -> None:
        look = (high_contrast_on(), bool(self.property("primary")))
        if look == self._styled:
            return
        self._styled = look
        self.setStyleSheet(button_sheet(look[1], look[0]))

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
        self._size_icon()
        self.word = QLabel()
        font = self.word.font()
        font.setBold(True)
        self.word.setFont(font)
        layout.addWidget(self.icon)
        layout.addWidget(self.word)
        layout.addStretch()

    def _size_icon(self) -> int:
        """A round icon that grows with the text size (28 px at 100 %, about 50 px at 200 %).

        The glyph takes the application font (bold) explicitly: a style sheet on an ancestor
        (the check cards have one) keeps children on the font they were polished with.
        apply_theme calls theme_changed after every text size change."""
        font = QFont(QApplication.font())
        font.setBold(True)
        if self.icon.font() != font:
            self.icon.setFont(font)
        side = max(28, round(QFontMetrics(font).height() * 1.5))
        self.icon.setFixedSize(side, side)
        return side

    def set_status(self, status: str, word: str) -> None:
        self._last = (status, word)
        high = high_contrast_on()
        colour = status_colour(status, high)
        side = self._size_icon()
        self.icon.setText(STATUS_GLYPHS.get(status, "?"))
        sheet = (
            f"QLabel {{ background: {colour}; color: {theme_colour('on_accent', high)};"
            f" border-radius: {side // 2}px; }}"
        )
        if sheet != self.icon.styleSheet():  # a new style sheet re-polishes (a font change)
            self.icon.setStyleSheet(sheet)
        self.word.setText(word)
        self.word.setStyleSheet(f"color: {colour};")
        self.setAccessibleName(word)

    def theme_changed(self) -> None:
        """Called by app.ui.theme.apply_theme: colours (and icon size) for the new theme."""
        last = getattr(self, "_last", None)
        if last is not None:
            self.set_status(*last)
        else:
            self._size_icon()
