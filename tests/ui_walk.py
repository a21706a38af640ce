"""Walk every page and dialog of the main window, for the accessibility and Spanish audits.

Generic on purpose: pages come from ``app.ui.main_window.PAGES``; dialogs are found two ways —
every menu action is triggered (with ``QDialog.exec`` and ``QMessageBox``'s static helpers
replaced by non-blocking recorders), and every ``QDialog`` subclass defined under ``app.ui`` is
built directly. A dialog class that needs more than ``(ctx, parent)`` must get a factory in
``DIALOG_FACTORIES``; ``dialog_classes_without_factory()`` names the ones that have none, so a
new dialog can never silently escape the audits.
"""

from __future__ import annotations

import html
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import app.ui
from app.ui.main_window import PAGES, MainWindow
from app.ui.wrapping import WrapTabs


def _passphrase_dialog(window: MainWindow) -> QDialog:
    from app.ui.notes.dialogs import PassphraseDialog

    return PassphraseDialog(True, window)  # with "Current passphrase": every field shown


def _protection_dialog(window: MainWindow) -> QDialog:
    from app.ui.notes.dialogs import ProtectionDialog

    # keyring now, none usable: the longest variant (the "no safe keyring" notice shown)
    return ProtectionDialog(["keyring", "passphrase"], False, window)


def _manual_entry_dialog(window: MainWindow) -> QDialog:
    from app.ui.schedule.manual_dialog import ManualEntryDialog

    return ManualEntryDialog("America/New_York", window)


def _report_preview_dialog(window: MainWindow) -> QDialog:
    from app.ui.support.panel import ReportPreviewDialog
    from tests.report.conftest import make_run, sample_report

    return ReportPreviewDialog(sample_report([make_run(0)]), window)


def _checkin_dialog(window: MainWindow) -> QDialog:
    from app.notes.checkin import CheckIn
    from app.ui.notes.checkin_dialog import CheckInDialog

    return CheckInDialog(CheckIn("48 Maple Street", "Jordan Lee", "(555) 010-0142"), window)


def _share_dialog(window: MainWindow) -> QDialog:
    from datetime import timedelta

    from app.ui.diary.share import ShareDialog
    from tests.diary_view import data

    d = data.definition()
    today = data.WEEK_B + timedelta(days=6)
    # ratings and moods only: the patient's own words are not interface text to translate
    entries = data.many_weeks(d, today, weeks=3, note="")
    return ShareDialog(d, entries, window, today=lambda: today)


# Dialog classes that need arguments besides (ctx, parent): class name -> factory(window).
DIALOG_FACTORIES: dict[str, Callable[[MainWindow], QDialog]] = {
    "PassphraseDialog": _passphrase_dialog,
    "ProtectionDialog": _protection_dialog,
    "ManualEntryDialog": _manual_entry_dialog,
    "ReportPreviewDialog": _report_preview_dialog,
    "CheckInDialog": _checkin_dialog,
    "ShareDialog": _share_dialog,
}

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)
# Parts of composite widgets: Qt names them itself (or they are the composite's own parts).
COMPOSITES = (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QScrollBar)


@dataclass
class Surface:
    """A page or dialog to audit: its top widget and a name for messages."""

    name: str
    widget: QWidget
    close: Callable[[], None] = lambda: None


@dataclass
class Recorder:
    dialogs: list[QDialog] = field(default_factory=list)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (title, text)


def install_recorders(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Make modal dialogs and message boxes non-blocking and remember them."""
    rec = Recorder()

    def fake_exec(self: QDialog) -> int:
        rec.dialogs.append(self)
        self.show()
        self.activateWindow()  # as exec() would
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "open", fake_exec)

    def fake_box(*args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        texts = [a for a in args if isinstance(a, str)]
        rec.messages.append((texts[0] if texts else "", texts[1] if len(texts) > 1 else ""))
        return QMessageBox.StandardButton.Cancel

    for name in ("about", "information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake_box))
    return rec


def menu_actions(window: MainWindow) -> list[QAction]:
    out: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        out += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    return out


def _is_quit(action: QAction) -> bool:
    return action is getattr(
        action.parent(), "quit_action", None
    ) or action.shortcut().toString() in ("Ctrl+Q",)


def dialog_classes() -> list[type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__.startswith("app."):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[k] for k in sorted(found)]


def _construct(cls: type[QDialog], window: MainWindow) -> QDialog | None:
    if cls.__name__ in DIALOG_FACTORIES:
        return DIALOG_FACTORIES[cls.__name__](window)
    params = [
        p
        for p in list(inspect.signature(cls.__init__).parameters.values())[1:]
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]
    args: list[object] = []
    for p in params:
        if p.name == "ctx":
            args.append(window.ctx)
        elif p.name == "parent":
            args.append(window)
        else:
            return None
    kwargs = {}
    if "parent" in inspect.signature(cls.__init__).parameters and not any(
        p.name == "parent" for p in params
    ):
        kwargs["parent"] = window
    return cls(*args, **kwargs)


def dialog_classes_without_factory(window: MainWindow) -> list[str]:
    out = []
    for cls in dialog_classes():
        if cls.__name__ in DIALOG_FACTORIES:
            continue
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        needed = [
            p.name
            for p in params
            if p.default is inspect.Parameter.empty
            and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
            and p.name not in ("ctx", "parent")
        ]
        if needed:
            out.append(f"{cls.__module__}.{cls.__qualname__} needs {needed}")
    return out


def settle(qtbot: Any) -> None:
    """Let layouts settle: a font or language change relayouts in several passes."""
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(10)


def surfaces(window: MainWindow, qtbot: Any, rec: Recorder) -> Iterator[Surface]:
    """Every page (shown in turn) and every dialog (shown, then closed)."""
    for page_id, _cls, _label in PAGES:
        window.show_page(page_id)
        settle(qtbot)
        yield Surface(f"page {page_id}", window)
    seen: set[type] = set()
    for action in menu_actions(window):
        if _is_quit(action) or not action.isEnabled():
            continue
        before = len(rec.dialogs)
        action.trigger()
        settle(qtbot)
        for dialog in rec.dialogs[before:]:
            seen.add(type(dialog))
            yield Surface(f"dialog {type(dialog).__name__} (menu {action.text()!r})", dialog)
            dialog.close()
            dialog.deleteLater()
    for cls in dialog_classes():
        if cls in seen:
            continue
        dialog = _construct(cls, window)
        if dialog is None:
            continue  # reported by dialog_classes_without_factory()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        yield Surface(f"dialog {cls.__name__}", dialog)
        dialog.close()


def visible_widgets(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget) if w.isVisible() and w.window() is top.window()]


def inside_composite(w: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, COMPOSITES):
            return True
        if isinstance(p, QDialog | MainWindow):
            return False
        p = p.parentWidget()
    return False


def interactive_widgets(top: QWidget) -> list[QWidget]:
    out = []
    for w in visible_widgets(top):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar) or inside_composite(w):
            continue
        if w.objectName().startswith("qt_"):  # Qt's own internals (scroll-area corners …)
            continue
        out.append(w)
    return out


def accessible_name(w: QWidget) -> str:
    """What a screen reader announces: Qt's accessible Name (accessibleName, else button text,
    else a buddy label's text)."""
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or w.accessibleName()).strip()


def describe(w: QWidget) -> str:
    text = ""
    for attr in ("text", "placeholderText", "toolTip"):
        fn = getattr(w, attr, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    return f"{type(w).__name__}#{w.objectName() or '?'} {text[:40]!r}"


# --- visible texts ------------------------------------------------------------------------
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return (
        html.unescape(_TAG.sub(" ", text)).replace("&&", "\0").replace("&", "").replace("\0", "&")
    )


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person sees or hears on *top*'s window."""
    out: list[tuple[str, str]] = []

    def add(w: QWidget | QAction, kind: str, text: str) -> None:
        text = plain(text).strip()
        if text:
            name = w.objectName() or type(w).__name__
            out.append((f"{type(w).__name__}#{name}.{kind}", text))

    win = top.window()
    add(win, "windowTitle", win.windowTitle())
    for w in [win, *visible_widgets(top)]:
        add(w, "toolTip", w.toolTip())
        add(w, "accessibleName", w.accessibleName())
        add(w, "accessibleDescription", w.accessibleDescription())
        add(w, "whatsThis", w.whatsThis())
        if isinstance(w, QLabel | QAbstractButton):
            add(w, "text", w.text())
        if isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QAbstractSpinBox):
            add(w, "specialValueText", w.specialValueText())
            for attr in ("prefix", "suffix"):
                if hasattr(w, attr):
                    add(w, attr, getattr(w, attr)())
        if isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
                add(w, f"tabToolTip{i}", w.tabToolTip(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                add(w, f"item{i}", item.text())
                add(w, f"itemToolTip{i}", item.toolTip())
    if isinstance(win, MainWindow):
        for menu in win.menuBar().findChildren(QMenu):
            add(menu, "title", menu.title())
            for action in menu.actions():
                add(action, "text", action.text())
                add(
                    action,
                    "toolTip",
                    action.toolTip() if action.toolTip() != plain(action.text()) else "",
                )
    return out


# --- clipping -----------------------------------------------------------------------------
def clipped(top: QWidget) -> list[str]:
    """Labels, buttons and list items whose text does not fit the space they were given."""
    problems = []
    for w in visible_widgets(top):
        if w.width() <= 0 or inside_composite(w):
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need_h = w.heightForWidth(w.width())
                if need_h > w.height() + 2:
                    problems.append(f"{describe(w)}: needs {need_h}px height, has {w.height()}")
            else:
                hint = w.minimumSizeHint()
                if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
                    problems.append(
                        f"{describe(w)}: needs {hint.width()}x{hint.height()}, "
                        f"has {w.width()}x{w.height()}"
                    )
        elif isinstance(w, QAbstractButton) and w.text() and w.hasHeightForWidth():
            # a button whose text wraps: its longest word fits, and the wrapped text's height
            least, need_h = w.minimumSizeHint().width(), w.heightForWidth(w.width())
            if least > w.width() + 1 or need_h > w.height() + 1:
                problems.append(
                    f"{describe(w)}: needs {least}px wide and {need_h}px high, "
                    f"has {w.width()}x{w.height()}"
                )
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint()
            fm = QFontMetrics(w.font())
            text_w = fm.horizontalAdvance(plain(w.text()))
            if (
                text_w > w.width()
                or hint.height() > w.height() + 1
                or (hint.width() > w.width() + 1)
            ):
                problems.append(
                    f"{describe(w)}: needs {hint.width()}x{hint.height()}, "
                    f"has {w.width()}x{w.height()}"
                )
        elif isinstance(w, QListWidget) and w.count() and not w.wordWrap():
            need = w.sizeHintForColumn(0)  # the delegate's width, stylesheet padding included
            if need > w.viewport().width():
                problems.append(
                    f"{describe(w)}: items need {need}px, the list shows {w.viewport().width()}"
                )
    return problems


def set_focus_chain_start(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)


# --- fitting: the window's minimum size, every mode ---------------------------------------
def _is_viewport(w: QWidget | None) -> bool:
    return w is not None and w.objectName() == "qt_scrollarea_viewport"


def views(top: QWidget, qtbot: Any, name: str) -> Iterator[str]:
    """Show every view of every stacked widget and tab widget on *top* in turn (nested ones
    too), yielding a name for each; the views shown before are restored afterwards. A page that
    shows one view at a time (setup / unlock / notes, step / summary / ready …) is thus measured
    in each of its views, not only in the one it opened with."""
    yield name
    root = top.stack.currentWidget() if isinstance(top, MainWindow) else top  # pages: surfaces()
    yield from _stack_views(root, qtbot, name)


def _stack_views(top: QWidget, qtbot: Any, name: str) -> Iterator[str]:
    stacks = [
        w
        for w in visible_widgets(top)
        if isinstance(w, QStackedWidget | QTabWidget | WrapTabs)
        and not isinstance(w.parentWidget(), QTabWidget)  # a tab widget's own stack
        and not inside_composite(w)
        and _nearest_stack(w.parentWidget(), top) is None  # nested ones: by recursion below
    ]
    for stack in stacks:
        before = stack.currentIndex()
        for i in range(stack.count()):
            if i == before:
                continue
            stack.setCurrentIndex(i)
            settle(qtbot)
            page = stack.widget(i)
            view = f"{name} / {type(page).__name__}#{page.objectName() or i}"
            yield view
            yield from _stack_views(page, qtbot, view)
        stack.setCurrentIndex(before)
        settle(qtbot)


def _nearest_stack(w: QWidget | None, top: QWidget) -> QWidget | None:
    while w is not None and w is not top:
        if isinstance(w, QStackedWidget | QTabWidget | WrapTabs) and not isinstance(
            w.parentWidget(), QTabWidget
        ):
            return w
        w = w.parentWidget()
    return None


# Scroll areas allowed to scroll sideways, by object name, each with its reason. Keep it empty;
# an entry is a known defect with an owner, not a design.
WIDE_ALLOWED: dict[str, str] = {}


def overflow(top: QWidget) -> list[str]:
    """What needs a horizontal scroll bar or pokes out sideways on *top*'s window."""
    problems = []
    need = top.minimumSizeHint()
    if need.width() > top.width() + 1:
        problems.append(f"the window needs {need.width()}px wide, has {top.width()}")
    for w in visible_widgets(top):
        if inside_composite(w) or w.objectName().startswith("qt_"):
            continue
        area = w.parentWidget().parentWidget() if w.parentWidget() is not None else None
        if (
            isinstance(w, QScrollBar)
            and w.orientation() == Qt.Orientation.Horizontal
            and w.maximum() > 0
            and (area is None or area.objectName() not in WIDE_ALLOWED)
        ):
            problems.append(f"a horizontal scroll bar is needed in {describe(w.parentWidget())}")
        if isinstance(w, QScrollArea) and w.widget() is not None and w.widgetResizable():
            content = w.widget().minimumSizeHint().width()
            if content > w.viewport().width() + 1:
                problems.append(
                    f"{describe(w)}: its content needs {content}px wide, shows "
                    f"{w.viewport().width()} (a horizontal scroll bar); too wide: "
                    + ", ".join(too_wide(w.widget(), w.viewport().width()))
                )
        parent = w.parentWidget()
        if parent is None or _is_viewport(parent) or isinstance(w, QScrollBar):
            continue
        geo = w.geometry()
        if geo.right() > parent.width() + 1 or geo.left() < -1:
            problems.append(
                f"{describe(w)} sticks out sideways: x {geo.left()}..{geo.right()}, "
                f"its parent {describe(parent)} is {parent.width()} wide"
            )
        empty = isinstance(w, QLabel) and not w.text() and w.pixmap().isNull()
        if geo.bottom() > parent.height() + 1 and parent.layout() is not None and not empty:
            problems.append(  # laid out lower than its parent reaches: it overlaps what follows
                f"{describe(w)} sticks out below: y {geo.top()}..{geo.bottom()}, "
                f"its parent {describe(parent)} is {parent.height()} high"
            )
    return problems


def too_wide(content: QWidget, room: int) -> list[str]:
    """The innermost widgets or layout items under *content* that need more than *room* px."""
    out: list[str] = []

    def walk(layout: QLayout | None, path: str, room: int) -> None:
        if layout is None:
            return
        m = layout.contentsMargins()
        room -= m.left() + m.right()
        for n in range(layout.count()):
            item = layout.itemAt(n)
            if item is None or item.minimumSize().width() <= room:
                continue
            w, inner = item.widget(), item.layout()
            name = describe(w) if w is not None else type(item).__name__
            before = len(out)
            if inner is not None:
                walk(inner, f"{path} > {name}", room)
            elif isinstance(w, QStackedWidget):
                for k in range(w.count()):
                    walk(w.widget(k).layout(), f"{path} > {name} > {describe(w.widget(k))}", room)
            elif w is not None:
                walk(w.layout(), f"{path} > {name}", room)
            if len(out) == before:
                out.append(f"{path} > {name} needs {item.minimumSize().width()}")

    walk(content.layout(), "", room)
    return out


def words_cut(top: QWidget) -> list[str]:
    """Word-wrapped plain-text labels with a word wider than the label: Qt cuts it mid-word."""
    problems = []
    for w in visible_widgets(top):
        if not isinstance(w, QLabel) or not w.wordWrap() or not w.text():
            continue
        if w.textFormat() == Qt.TextFormat.RichText or "<" in w.text():
            continue
        fm = QFontMetrics(w.font())
        room = w.contentsRect().width() - 2 * w.margin() - 2 * w.indent() * (w.indent() > 0)
        words = re.split(r"[\s\u200b]+", plain(w.text()))
        longest = max(words, key=fm.horizontalAdvance, default="")
        if longest and fm.horizontalAdvance(longest) > room + 1:
            problems.append(
                f"{describe(w)}: the word {longest!r} needs {fm.horizontalAdvance(longest)}px, "
                f"the label has {room}"
            )
    return problems


def fit_problems(top: QWidget) -> list[str]:
    return overflow(top) + clipped(top) + words_cut(top)
