"""Buttons, check boxes and radio buttons whose text wraps onto more lines when they are narrow
(a long Spanish sentence at 200 % text) instead of being cut: Qt's own never wrap. And views
chosen by a wrapping row of buttons (``WrapTabs``), where a tab bar would scroll sideways."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from app.ui.theme import qcolor, styled
from app.ui.widgets import ButtonRow, TallButton


class _WrapsText:
    """Mixin (first base) for a QAbstractButton subclass: the style draws the button without its
    text (frame, indicator), the text is drawn word-wrapped in the contents rectangle, and
    heightForWidth tells the layout the height that needs."""

    _CONTROL = QStyle.ControlElement.CE_PushButton
    _CONTENTS = QStyle.SubElement.SE_PushButtonContents
    _ALIGN = Qt.AlignmentFlag.AlignCenter
    _TEXT_ROLE = QPalette.ColorRole.ButtonText

    def _button(self) -> QAbstractButton:
        return cast(QAbstractButton, self)

    def _one_line(self) -> QSize:
        return cast(QSize, super().sizeHint())  # type: ignore[misc]

    def _setup_wrapping(self) -> None:
        # Buttons default to (Minimum, Fixed): never narrower than their one-line text.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self._button().setSizePolicy(policy)

    def _flags(self) -> int:
        return int(self._ALIGN | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)

    def _padding(self) -> QSize:
        """What the style adds around a one-line text (frame, padding, indicator)."""
        b = self._button()
        text = QFontMetrics(b.font()).size(int(Qt.TextFlag.TextShowMnemonic), b.text())
        one = self._one_line()
        return QSize(max(0, one.width() - text.width()), max(0, one.height() - text.height()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        b, pad = self._button(), self._padding()
        room = QRect(0, 0, max(1, width - pad.width()), 100_000)
        text = QFontMetrics(b.font()).boundingRect(room, self._flags(), b.text())
        return max(self._one_line().height(), text.height() + pad.height())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word. The height stays one line's: the layouts ask
        heightForWidth for the real one (a tall minimum would make them share out space)."""
        b = self._button()
        fm = QFontMetrics(b.font())
        words = b.text().replace("&", "").split() or [""]
        width = max(fm.horizontalAdvance(w) for w in words) + self._padding().width()
        hint = cast(QSize, super().minimumSizeHint())  # type: ignore[misc]
        return QSize(min(width, hint.width()), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        b = self._button()
        style = b.style()
        painter = QStylePainter(b)
        opt = QStyleOptionButton()
        b.initStyleOption(opt)  # type: ignore[attr-defined]
        text, opt.text = opt.text, ""
        painter.drawControl(self._CONTROL, opt)  # frame, indicator, no text
        opt.text = text
        room = style.subElementRect(self._CONTENTS, opt, b)
        if room.width() < 10:
            room = b.rect()
        flags = self._flags()
        if not style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, opt, b):
            flags = flags & ~int(Qt.TextFlag.TextShowMnemonic) | int(Qt.TextFlag.TextHideMnemonic)
        style.drawItemText(painter, room, flags, opt.palette, b.isEnabled(), text, self._TEXT_ROLE)
        if b.hasFocus() and not isinstance(b, QPushButton):  # a button shows focus itself
            focus = QStyleOptionFocusRect()
            focus.initFrom(b)
            used = style.itemTextRect(QFontMetrics(b.font()), room, flags, True, text)
            focus.rect = used.adjusted(-3, -1, 3, 1)  # around the text, never over it
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)

    def hitButton(self, pos: QPoint) -> bool:
        return self._button().rect().contains(pos)


class WrapCheckBox(_WrapsText, QCheckBox):
    """A check box whose text wraps (long sentences at large text sizes are never cut)."""

    _CONTROL = QStyle.ControlElement.CE_CheckBox
    _CONTENTS = QStyle.SubElement.SE_CheckBoxContents
    _ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    _TEXT_ROLE = QPalette.ColorRole.WindowText

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping()


class WrapRadioButton(_WrapsText, QRadioButton):
    """A radio button whose text wraps."""

    _CONTROL = QStyle.ControlElement.CE_RadioButton
    _CONTENTS = QStyle.SubElement.SE_RadioButtonContents
    _ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    _TEXT_ROLE = QPalette.ColorRole.WindowText

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping()


class WrapButton(_WrapsText, TallButton):
    """A push button whose text wraps onto a second line rather than being cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None, min_height: int = 44) -> None:
        super().__init__(text, parent, min_height)
        self._setup_wrapping()


VIEW_BUTTONS = (  # the view shown stands out in every mode: filled (its text: see _sync)
    "QPushButton { border: 2px solid $border; border-radius: 4px; background: $surface;"
    " padding: 4px 12px; }"
    " QPushButton:checked { background: $accent; border-color: $accent; }"
    " QPushButton:focus { border-color: $focus; }"
)


class WrapTabs(QWidget):
    """Views chosen by a row of buttons that wraps onto more lines, in place of a QTabWidget
    (whose tab bar hides tabs behind scroll arrows when the labels are long: Spanish, 200 %
    text). The same calls as a QTabWidget: insertTab, setTabText, indexOf, currentWidget,
    setCurrentWidget. Tab reaches each button, Space or Enter shows its view, Ctrl+Page Down /
    Ctrl+Page Up go to the next or previous view. Only the view shown takes room (a stacked
    widget is as tall as its tallest view, at every width), so a short view has no gap."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = ButtonRow(spacing=6)
        self.bar.setObjectName("viewButtons")
        styled(self.bar, VIEW_BUTTONS)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[WrapButton] = []
        self.views: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.bar)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(lambda step=step: self._step(step))

    def insertTab(self, index: int, widget: QWidget, text: str) -> int:
        index = max(0, min(index, len(self.buttons)))
        button = WrapButton(text, min_height=36)
        button.setCheckable(True)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False, w=widget: self.setCurrentWidget(w))
        self.group.addButton(button)
        self.buttons.insert(index, button)
        current = self.currentWidget()
        self.views.insert(index, widget)
        self._layout.insertWidget(1 + index, widget, 1)  # below the row of buttons
        while self.bar.flow.count():  # the buttons again, in view order
            self.bar.flow.takeAt(0)
        for b in self.buttons:
            self.bar.flow.addWidget(b)
        self._current = self.views.index(current) if current is not None else 0
        self._sync()
        return index

    def addTab(self, widget: QWidget, text: str) -> int:
        return self.insertTab(len(self.buttons), widget, text)

    def setTabText(self, index: int, text: str) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setText(text)
            self.buttons[index].setAccessibleName(text.replace("&", ""))

    def count(self) -> int:
        return len(self.views)

    def widget(self, index: int) -> QWidget | None:
        return self.views[index] if 0 <= index < len(self.views) else None

    def indexOf(self, widget: QWidget) -> int:
        return self.views.index(widget) if widget in self.views else -1

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self.views[self._current] if 0 <= self._current < len(self.views) else None

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < len(self.views) and index != self._current:
            self._current = index
            self._sync()
            self.currentChanged.emit(index)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(widget))

    def _step(self, step: int) -> None:
        if self.views:
            self.setCurrentIndex((self._current + step) % len(self.views))
            self.buttons[self._current].setFocus()

    def _sync(self) -> None:
        """Show the current view only and check its button. The button's text is drawn by
        WrapButton from the palette and font (a style sheet's colour and weight do not reach
        it): on the accent, bold."""
        for n, view in enumerate(self.views):
            view.setVisible(n == self._current)
        for n, b in enumerate(self.buttons):
            current = n == self._current
            b.setChecked(current)
            palette = QPalette()  # only this role set: the rest follows the theme
            palette.setColor(
                QPalette.ColorRole.ButtonText, qcolor("on_accent" if current else "text")
            )
            b.setPalette(palette)
            font = QFont()  # only the weight set: the size follows the text-size setting
            font.setBold(current)
            b.setFont(font)

    def theme_changed(self) -> None:
        """(apply_theme) High contrast on or off: the buttons' text colours again."""
        self._sync()
