"""Colours live in the theme only: widgets name a role, and every role follows high contrast."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from app.ui import theme
from app.ui.context import AppContext

UI = Path(__file__).resolve().parent.parent / "app" / "ui"
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
LITERAL_COLOUR = re.compile(
    r"\bQColor\s*\(|\bQt\.(?:GlobalColor\.)?(?:white|black|red|green|blue)\b"
)


def colour_literals(source: str) -> list[str]:
    """Hex colours in string literals, and QColor(...) / Qt colour constants in the code."""
    found: list[str] = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING:
            found += [f"line {tok.start[0]}: {m}" for m in HEX.findall(tok.string)]
        elif tok.type == tokenize.NAME and tok.string == "QColor":
            found.append(f"line {tok.start[0]}: QColor")
    found += [
        f"line {source.count(chr(10), 0, m.start()) + 1}: {m.group(0)}"
        for m in LITERAL_COLOUR.finditer(source)
        if not m.group(0).startswith("QColor")
    ]
    return found


def test_the_guard_sees_hex_colours_and_literal_qcolors() -> None:
    assert colour_literals('x.setStyleSheet("color: #b3261e;")') == ["line 1: #b3261e"]
    assert colour_literals('pen = QPen(QColor("red"))')
    assert colour_literals("p.setPen(Qt.white)")
    assert colour_literals('styled(x, "color: $error;")  # was #b3261e') == []


def test_no_colour_outside_the_theme() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py" and path.parent == UI:
            continue
        rel = path.relative_to(UI.parent.parent)
        problems += [f"{rel} {hit}" for hit in colour_literals(path.read_text(encoding="utf-8"))]
    assert not problems, "colours belong in app/ui/theme.py (a role):\n" + "\n".join(problems)


def test_every_role_has_a_calm_and_a_high_contrast_colour() -> None:
    for role, values in theme.ROLES.items():
        assert len(values) == 2 and all(QColor(v).isValid() for v in values), role
        assert theme.colour(role, False) == values[0]
        assert theme.colour(role, True) == values[1]


def test_a_styled_widget_follows_a_switch_to_high_contrast(
    qtbot, main_window, app_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("That file was not used.")
    qtbot.addWidget(label)
    theme.styled(label, "color: $error; font-weight: bold;")
    assert theme.colour("error", False) in label.styleSheet()
    app_ctx.set_setting("high_contrast", True)
    assert theme.colour("error", True) in label.styleSheet()
    app_ctx.set_setting("high_contrast", False)
    assert theme.colour("error", False) in label.styleSheet()
