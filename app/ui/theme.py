"""Look and feel: Fusion, a calm accent colour, a high-contrast alternative, and text scaling.

Every colour of the interface lives here, as a named role with a calm and a high-contrast value.
Widgets never carry colours of their own: they take ``colour(role)`` / ``qcolor(role)``, or give
their style sheet as a template with ``$role`` placeholders to ``styled(widget, template)``, which
renders it for the current mode and again whenever the mode changes.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

ACCENT = "#2f6f8f"  # calm teal-blue; 5.9:1 contrast on white
# role: (calm, high contrast). High contrast keeps to black, white, yellow and a few strong hues.
ROLES: dict[str, tuple[str, str]] = {
    "accent": (ACCENT, "#ffff00"),
    "accent_hover": ("#245a75", "#ffffff"),
    "on_accent": ("#ffffff", "#000000"),  # text on an accent background
    "primary_border": (ACCENT, "#ffffff"),
    "focus": ("#f0b400", "#00ffff"),  # the keyboard focus ring
    "surface": ("#ffffff", "#000000"),
    "text": ("#1b1f23", "#ffffff"),
    "muted": ("#5f6368", "#dddddd"),
    "border": ("#9aa5ab", "#ffffff"),
    "card_border": ("#c9d1d6", "#ffffff"),
    "error": ("#b3261e", "#ff8080"),
    "success": ("#1e7b34", "#7cff7c"),
    "caution": ("#8a5a00", "#ffe14d"),
    "measured_bg": ("#e8f1f5", "#000000"),  # the box with a check's measurement
    "measured_border": ("#b8cfd9", "#ffffff"),
    "tip_bg": ("#fff4d6", "#000000"),  # a tip for something not possible today
    "tip_border": ("#e0c060", "#ffe14d"),
    "tip_text": ("#4a3700", "#ffe14d"),
    "drop_border": ("#5a6b7a", "#ffffff"),  # a dashed "drop a file here" area
    "preview_bg": ("#20262b", "#000000"),  # behind the live camera picture
    "preview_text": ("#ffffff", "#ffffff"),
    # A control that cannot act now: greyed text on a flat, lighter face (dashed in high contrast).
    "disabled_text": ("#7c868c", "#9a9a9a"),
    "disabled_bg": ("#e3e8eb", "#000000"),
    "disabled_border": ("#c3cbd0", "#9a9a9a"),
    "placeholder": ("#6f777c", "#a8a8a8"),  # hint text in an empty box: never like a typed value
    "chart_download": (ACCENT, "#66ccff"),
    "chart_upload": ("#1e7b34", "#7cff7c"),
    "chart_rtt": ("#b3261e", "#ff8080"),
}
_SHEET_PROPERTY = "theme_sheet"  # a widget's style sheet template, re-rendered on a mode change
STATUS_COLOURS = {  # status is always icon + word + colour, never colour alone
    "pass": "#1e7b34",
    "warn": "#8a5a00",
    "fail": "#b3261e",
    "unavailable": "#5f6368",
    "error": "#8a5a00",
}
HIGH_CONTRAST_STATUS = {
    "pass": "#7CFF7C",
    "warn": "#FFE14D",
    "fail": "#FF8080",
    "unavailable": "#FFFFFF",
    "error": "#FFE14D",
}
_base_point_size: float | None = None
_current_scale = 100
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the widget's font size was set explicitly


def current_text_scale() -> int:
    """The text size in per cent (100–200) the theme was last applied with."""
    return _current_scale


def status_colour(status: str, high_contrast: bool = False) -> str:
    return (HIGH_CONTRAST_STATUS if high_contrast else STATUS_COLOURS).get(status, "#5f6368")


def high_contrast_on() -> bool:
    app = QApplication.instance()
    return bool(app.property("high_contrast")) if app else False


def colour(role: str, high_contrast: bool | None = None) -> str:
    """The colour of *role* ("#rrggbb") in the given mode (default: the current one)."""
    high = high_contrast_on() if high_contrast is None else high_contrast
    return ROLES[role][1 if high else 0]


def qcolor(role: str) -> QColor:
    return QColor(colour(role))


def sheet(template: str, high_contrast: bool | None = None) -> str:
    """*template* with each ``$role`` replaced by that role's colour."""
    high = high_contrast_on() if high_contrast is None else high_contrast
    return Template(template).substitute({k: v[1 if high else 0] for k, v in ROLES.items()})


def styled(widget: QWidget, template: str) -> None:
    """Give *widget* the style sheet *template* (``$role`` placeholders), rendered for the
    current mode now and re-rendered by apply_theme whenever the mode changes."""
    widget.setProperty(_SHEET_PROPERTY, template)
    widget.setStyleSheet(sheet(template))


# Button borders keep one width in every state: focus changes the ring's colour only, so the
# ring sits around the padding, outside the label, and never moves or covers the text.
PRIMARY_BUTTON = (  # the one main action of a screen
    "QPushButton { background: $accent; color: $on_accent; border: 3px solid $accent;"
    " border-radius: 6px; padding: 6px 20px; font-weight: bold; }"
    " QPushButton:hover { background: $accent_hover; border-color: $accent_hover; }"
    " QPushButton:focus { border-color: $focus; }"
    " QPushButton:disabled { background: $disabled_bg; color: $disabled_text;"
    " border: 3px dashed $disabled_border; }"
)
PRIMARY_BUTTON_HIGH_CONTRAST = (  # a white frame, and a cyan focus ring
    "QPushButton { background: $accent; color: $on_accent; border: 4px solid $primary_border;"
    " border-radius: 6px; padding: 6px 20px; font-weight: bold; }"
    " QPushButton:hover { background: $accent_hover; }"
    " QPushButton:focus { border-color: $focus; }"
    " QPushButton:disabled { background: $disabled_bg; color: $disabled_text;"
    " border: 4px dashed $disabled_border; }"
)
SECONDARY_BUTTON = (  # a main-size action that is not the main one now
    "QPushButton { background: $surface; color: $accent; border: 3px solid $accent;"
    " border-radius: 6px; padding: 6px 20px; font-weight: bold; }"
    " QPushButton:focus { border-color: $focus; }"
    " QPushButton:disabled { color: $disabled_text; border: 3px dashed $disabled_border; }"
)
# High contrast only, for the whole application: Fusion draws the edges of buttons, text boxes
# and check boxes in shades of the window colour, which vanish on black.
HIGH_CONTRAST_APP = (
    "QPushButton { border: 2px solid $border; border-radius: 4px; padding: 4px 12px;"
    " background: $surface; color: $text; }"
    " QPushButton:focus { border-color: $focus; }"
    " QPushButton:checked { background: $accent; color: $on_accent; }"
    " QPushButton:disabled { border: 2px dashed $disabled_border; color: $disabled_text; }"
    " QToolButton { border: 2px solid $border; border-radius: 4px; padding: 4px 8px; }"
    " QToolButton:focus { border-color: $focus; }"
    " QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QListWidget {"
    " border: 2px solid $border; border-radius: 3px; padding: 2px; }"
    " QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,"
    " QComboBox:focus, QListWidget:focus { border-color: $focus; }"
    " QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled,"
    " QAbstractSpinBox:disabled, QComboBox:disabled { border: 2px dashed $disabled_border; }"
    " QCheckBox::indicator, QRadioButton::indicator { width: 16px; height: 16px;"
    " border: 2px solid $border; background: $surface; }"
    " QRadioButton::indicator { border-radius: 10px; }"
    " QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: $accent; }"
    " QCheckBox::indicator:focus, QRadioButton::indicator:focus { border-color: $focus; }"
    " QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {"
    " border: 2px dashed $disabled_border; }"
)


def button_sheet(primary: bool, high_contrast: bool | None = None) -> str:
    high = high_contrast_on() if high_contrast is None else high_contrast
    if not primary:
        return sheet(SECONDARY_BUTTON, high)
    return sheet(PRIMARY_BUTTON_HIGH_CONTRAST if high else PRIMARY_BUTTON, high)


def apply_theme(app: QApplication, high_contrast: bool = False, text_scale: int = 100) -> None:
    global _base_point_size, _current_scale
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    if _base_point_size is None:
        _base_point_size = max(app.font().pointSizeF(), 10.0) + 1.0  # a little larger than default
    scale = max(100, min(200, text_scale))
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * scale / 100)
    app.setFont(font)
    if scale != _current_scale:
        rescale_explicit_fonts(app, scale / _current_scale)
        _current_scale = scale
    # The property first: widgets with their own style sheets (PrimaryButton, StatusBadge) read
    # it when the palette change reaches them.
    app.setProperty("high_contrast", high_contrast)
    app.setPalette(high_contrast_palette() if high_contrast else calm_palette())
    app.setStyleSheet(sheet(HIGH_CONTRAST_APP, True) if high_contrast else "")
    refresh_style_sheets(app)
    # Widgets with their own style sheet keep the palette and font they were polished with:
    # each defines theme_changed() to restyle itself for the new theme and text size.
    for widget in app.allWidgets():
        hook = getattr(widget, "theme_changed", None)
        if callable(hook):
            hook()


def rescale_explicit_fonts(app: QApplication, ratio: float) -> None:
    """Headings, big buttons, countdowns… set their own (larger) font size, which the new
    application font does not reach: scale those by the same ratio so text size applies to all."""
    for widget in app.allWidgets():
        font = widget.font()
        if font.resolveMask() & _SIZE_RESOLVED and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * ratio)
            widget.setFont(font)


def refresh_style_sheets(app: QApplication) -> None:
    """Qt does not pass a new application font on to widgets under a style sheet whose parent has
    none (the check cards, the checklist answers …): their text would stay at the old size.
    Setting each style sheet again re-polishes that widget and its children with the new font."""
    for widget in app.allWidgets():
        template = widget.property(_SHEET_PROPERTY)
        current = sheet(template) if isinstance(template, str) else widget.styleSheet()
        if current:
            widget.setStyleSheet(current)


def calm_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f5f7f8"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1b1f23"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef2f4"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1b1f23"))
    p.setColor(QPalette.ColorRole.Button, QColor("#e9eef1"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1b1f23"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1f5a78"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#1b1f23"))
    _placeholder_and_disabled(p, False)
    return p


def high_contrast_palette() -> QPalette:
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
    ):
        p.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
    ):
        p.setColor(role, white)
    p.setColor(QPalette.ColorRole.ToolTipBase, black)
    p.setColor(QPalette.ColorRole.Highlight, yellow)
    p.setColor(QPalette.ColorRole.HighlightedText, black)
    p.setColor(QPalette.ColorRole.Link, yellow)
    _placeholder_and_disabled(p, True)
    return p


def _placeholder_and_disabled(p: QPalette, high: bool) -> None:
    """Hint text unlike typed text; and the Disabled group: greyed text on a flatter face, so a
    control that cannot act now looks it (Qt's default Disabled group equals the Active one
    once a palette sets only the Active colours)."""
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(colour("placeholder", high)))
    disabled = QPalette.ColorGroup.Disabled
    grey = QColor(colour("disabled_text", high))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
        QPalette.ColorRole.Link,
        QPalette.ColorRole.HighlightedText,
    ):
        p.setColor(disabled, role, grey)
    p.setColor(disabled, QPalette.ColorRole.Button, QColor(colour("disabled_bg", high)))
    p.setColor(disabled, QPalette.ColorRole.Base, QColor(colour("disabled_bg", high)))
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor(colour("disabled_border", high)))
