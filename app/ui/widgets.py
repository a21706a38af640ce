"""Small shared widgets: headings, body text, the primary button, the status badge and the
button row that wraps (FlowLayout)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from app.ui.theme import (
    button_sheet,
    current_text_scale,
    high_contrast_on,
    status_colour,
    styled,
)
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


def hint(text: str = "") -> QLabel:
    """One quiet line saying why a control cannot act yet ("Press New note to start")."""
    label = body(text)
    label.setObjectName("hint")
    label.setProperty("hint", True)
    styled(label, "QLabel { color: $muted; font-style: italic; }")
    return label


class _ScrollingArea(QScrollArea):
    def showEvent(self, event: QShowEvent) -> None:
        """Lay the content out again once shown: style sheets polish (and resize) its widgets
        at show time, after the first layout, which otherwise keeps their old heights."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        content = self.widget()
        layout = content.layout() if content is not None else None
        if layout is not None:
            layout.invalidate()


def scrolling(content: QWidget) -> QScrollArea:
    """*content* in a frameless, vertically scrolling area: long text at 200 % scrolls instead of
    being squeezed (word-wrapped labels keep the height they need)."""
    area = _ScrollingArea()
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


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps onto a new line when the width runs out, so a
    row of buttons never forces a horizontal scroll bar (long Spanish labels, 200 % text).

    Items keep their preferred width; an item whose widget expands horizontally (a word-wrapped
    label beside a button, a stretch) takes what is left of its line, but moves to a line of its
    own when less than its *flex minimum* is left. Heights follow the width (heightForWidth)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._flex_min: dict[int, int] = {}  # id(item) -> minimum width when sharing a line
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout's item protocol -------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._flex_min.pop(id(item), None)
        return item

    def add_flexible(self, widget: QWidget, min_width: int) -> None:
        """*widget* fills the rest of its line, or a line of its own below *min_width* px."""
        self.addWidget(widget)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._flex_min[id(self._items[-1])] = min_width

    def add_stretch(self) -> None:
        """Pushes what follows to the right end of the line (while it fits on the line)."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    # geometry ----------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        need = self._place(rect, move=True)
        owner = self.parentWidget()
        if owner is not None and owner.layout() is self and owner.minimumHeight() != need:
            # Height-for-width does not reach through every parent layout (a form, a grid, a
            # page hidden while the text size changed): the owner asks for the height directly.
            owner.setMinimumHeight(need)

    def sizeHint(self) -> QSize:
        """All on one line."""
        items = self._visible()
        width = sum(self._natural(i) for i in items) + self.spacing() * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """One item per line: as narrow as the widest single item."""
        items = self._visible()
        width = max((self._least(i) for i in items), default=0)
        height = max((i.minimumSize().height() for i in items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _flexible(self, item: QLayoutItem) -> bool:
        return id(item) in self._flex_min or isinstance(item, QSpacerItem)

    def _natural(self, item: QLayoutItem) -> int:
        if isinstance(item, QSpacerItem):
            return 0
        if id(item) in self._flex_min:
            return max(self._flex_min[id(item)], item.minimumSize().width())
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _least(self, item: QLayoutItem) -> int:
        """The narrowest *item* can be on a line of its own."""
        if isinstance(item, QSpacerItem):
            return 0
        if id(item) in self._flex_min or item.hasHeightForWidth():  # it wraps its text
            return item.minimumSize().width()
        return self._natural(item)

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            need = self._natural(item)
            if lines[-1] and used + self.spacing() + need > width:
                lines.append([])
                used = 0
            if not lines[-1] and isinstance(item, QSpacerItem):
                continue  # a stretch at the start of a wrapped line would only indent it
            used += (self.spacing() if lines[-1] else 0) + need
            lines[-1].append(item)
        return [line for line in lines if line]

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            widths = [min(self._natural(i), area.width()) for i in line]
            spare = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
            flex = [n for n, i in enumerate(line) if self._flexible(i)]
            for n in flex:  # shared equally by what may grow
                widths[n] += max(0, spare) // len(flex)
            heights = [
                i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                for i, w in zip(line, widths, strict=True)
            ]
            line_h = max(heights)
            x = area.x()
            for item, w, h in zip(line, widths, heights, strict=True):
                top = bool(item.alignment() & Qt.AlignmentFlag.AlignTop)
                if move:
                    item.setGeometry(QRect(x, y if top else y + (line_h - h) // 2, w, h))
                x += w + self.spacing()
            y += line_h + self.spacing()
        return max(0, y - self.spacing() - area.y()) + m.top() + m.bottom()


class ButtonRow(QWidget):
    """A row of buttons (and maybe a short text) that wraps onto more lines when the window is
    narrow or the text is large: use it wherever buttons sit side by side."""

    def __init__(self, *widgets: QWidget, spacing: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing)
        for w in widgets:
            self.flow.addWidget(w)

    def add(self, widget: QWidget, top: bool = False) -> QWidget:
        """*widget* at its preferred width; *top*: at the top of its line, not centred."""
        self.flow.addWidget(widget)
        if top:
            self.flow.setAlignment(widget, Qt.AlignmentFlag.AlignTop)
        return widget

    def add_flexible(self, widget: QWidget, min_chars: int = 24) -> QWidget:
        """*widget* (a word-wrapped label) takes the rest of the line, or a line of its own when
        fewer than about *min_chars* characters would fit beside the buttons."""
        chars = QFontMetrics(widget.font()).averageCharWidth() * min_chars
        self.flow.add_flexible(widget, chars)
        return widget

    def add_stretch(self) -> None:
        self.flow.add_stretch()


def wrap_form(form: QFormLayout) -> QFormLayout:
    """Call after adding the rows: each label goes on a line of its own above its field, and
    wraps (long Spanish labels, 200 % text). QFormLayout gives height-for-width only to spanning
    rows, so label and field become two spanning rows; buddies and mnemonics are kept."""
    rows = []
    while form.rowCount():
        taken = form.takeRow(0)
        rows.append((taken.labelItem, taken.fieldItem))
    for label_item, field_item in rows:
        label = label_item.widget() if label_item is not None else None
        if isinstance(label, QLabel):
            label.setWordWrap(True)
            form.addRow(label)
        if field_item is None:
            continue
        field, inner = field_item.widget(), field_item.layout()
        if field is not None:
            form.addRow(field)
        elif inner is not None:
            form.addRow(inner)
    return form


def fit_combo(combo: QComboBox, chars: int = 14) -> QComboBox:
    """A combo box that never asks for the width of its longest entry (a long device or session
    name would push the page sideways): about *chars* characters, wider when there is room."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo
