"""Thought records: the list of past ones and the form (situation, automatic thought, emotion and
how strong, evidence for and against, a balanced thought, how strong afterwards)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.diary.entries import ThoughtRecord
from app.ui.diary.entry_list import EntryList
from app.ui.formatting import date_time_text
from app.ui.widgets import ButtonRow, PrimaryButton, body, heading, wrap_form

NOT_RATED = -1  # the spin boxes' "not rated" value (shown as words)


def text_box(name: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 3 // 2)
    return box


def percent_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(NOT_RATED, 100)
    box.setSingleStep(10)
    box.setValue(NOT_RATED)
    return box


def spin_value(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_RATED else box.value()


def lay_out_pane(
    pane: QWidget,
    entries: QWidget,
    editor_heading: QWidget,
    fields: list[tuple[QLabel, QWidget]],
    save_name: str,
) -> tuple[PrimaryButton, QLabel]:
    """A diary pane (thought records, skills practice): its list, the editor's heading, the
    labelled fields, then Save with its status line. Returns (Save, status); Save calls
    ``pane.save``."""
    form = QFormLayout()
    for label, widget in fields:
        label.setBuddy(widget)
        form.addRow(label, widget)
    save_button = PrimaryButton()
    save_button.setObjectName(save_name)
    save_button.clicked.connect(pane.save)  # type: ignore[attr-defined]
    status = body()
    save_row = ButtonRow(save_button)
    save_row.add_flexible(status)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(entries)
    layout.addWidget(editor_heading)
    layout.addLayout(wrap_form(form))
    layout.addWidget(save_row)
    layout.addStretch(1)  # a shorter tab keeps its lines together at the top
    return save_button, status


def save_shortcut(widget: QWidget, slot: object) -> QAction:
    """Ctrl+S while the focus is anywhere in *widget*."""
    action = QAction(widget)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


class ThoughtPane(QWidget):
    save_requested = Signal(object)  # ThoughtRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thoughtPane")
        self.record: ThoughtRecord | None = None  # the one being edited (None: a new one)
        self.saving = False  # a save of the form shown is on its way
        self.entries = EntryList("thought")
        self.entries.new_requested.connect(lambda: self.load(None, focus=True))
        self.editor_heading = heading(level=2)
        self.situation = text_box("thoughtSituation")
        self.thought = text_box("thoughtAutomatic")
        self.emotion = QLineEdit()
        self.emotion.setObjectName("thoughtEmotion")
        self.intensity = percent_box("thoughtIntensity")
        self.evidence_for = text_box("thoughtFor")
        self.evidence_against = text_box("thoughtAgainst")
        self.balanced = text_box("thoughtBalanced")
        self.intensity_after = percent_box("thoughtAfter")
        self.fields: list[tuple[QLabel, QWidget]] = [
            (QLabel(), w)
            for w in (
                self.situation,
                self.thought,
                self.emotion,
                self.intensity,
                self.evidence_for,
                self.evidence_against,
                self.balanced,
                self.intensity_after,
            )
        ]
        self.save_button, self.status = lay_out_pane(
            self, self.entries, self.editor_heading, self.fields, "thoughtSave"
        )
        self.save_action = save_shortcut(self, self.save)

    def retranslate(self) -> None:
        self.entries.retranslate(
            self.tr("My thought records"), self.tr("No thought records yet. Start one below.")
        )
        texts = (
            (self.tr("&Situation: what happened?"), self.tr("Situation")),
            (self.tr("Automatic &thought: what went through your mind?"), self.tr("Thought")),
            (self.tr("&Emotion you felt"), self.tr("Emotion")),
            (self.tr("How strong (0–100)"), self.tr("How strong the emotion was")),
            (self.tr("Evidence &for the thought"), self.tr("Evidence for")),
            (self.tr("Evidence a&gainst the thought"), self.tr("Evidence against")),
            (self.tr("&Balanced thought"), self.tr("Balanced thought")),
            (self.tr("How strong now (0–100)"), self.tr("How strong the emotion is now")),
        )
        for (label, widget), (text, name) in zip(self.fields, texts, strict=True):
            label.setText(text)
            widget.setAccessibleName(name)
        for box in (self.intensity, self.intensity_after):
            box.setSpecialValueText(self.tr("not rated"))
        self.save_button.setText(self.tr("Save &record"))
        self.save_button.setToolTip(self.tr("Save this thought record (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save thought record"))
        self._heading()

    def _heading(self) -> None:
        r = self.record
        self.editor_heading.setText(
            self.tr("Thought record of {when}").format(when=date_time_text(r.when))
            if r is not None
            else self.tr("New thought record")
        )

    def show_records(self, records: list[ThoughtRecord]) -> None:
        current = self.record.id if self.record is not None else ""
        self.entries.show_entries(
            [
                (r.id, f"{date_time_text(r.when)} · {one_line(r.situation or r.thought)}")
                for r in records
            ],
            current,
        )

    def load(self, record: ThoughtRecord | None, focus: bool = False) -> None:
        self.record = record
        for box, text in (
            (self.situation, record.situation if record else ""),
            (self.thought, record.thought if record else ""),
            (self.evidence_for, record.evidence_for if record else ""),
            (self.evidence_against, record.evidence_against if record else ""),
            (self.balanced, record.balanced if record else ""),
        ):
            box.setPlainText(text)
        self.emotion.setText(record.emotion if record else "")
        for spin, value in (
            (self.intensity, record.intensity if record else None),
            (self.intensity_after, record.intensity_after if record else None),
        ):
            spin.setValue(NOT_RATED if value is None else value)
        self.status.setText("")
        self.saving = False
        self._heading()
        if focus:
            self.situation.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> ThoughtRecord:
        old = self.record
        return ThoughtRecord(
            when=old.when if old is not None else datetime.now().astimezone(),
            situation=self.situation.toPlainText().strip(),
            thought=self.thought.toPlainText().strip(),
            emotion=self.emotion.text().strip(),
            intensity=spin_value(self.intensity),
            evidence_for=self.evidence_for.toPlainText().strip(),
            evidence_against=self.evidence_against.toPlainText().strip(),
            balanced=self.balanced.toPlainText().strip(),
            intensity_after=spin_value(self.intensity_after),
            id=old.id if old is not None else "",
        )

    def save(self) -> None:
        value = self.value()
        if not (value.situation or value.thought or value.balanced):
            self.status.setText(self.tr("Write at least the situation or the thought first."))
            return
        self.status.setText(self.tr("Saving…"))
        self.saving = True
        self.save_requested.emit(value)

    def saved(self, record: ThoughtRecord, when: str) -> None:
        if self.saving and (self.record is None or self.record.id == record.id):
            self.saving = False
            self.record = record
            self.status.setText(self.tr("Saved at {time}").format(time=when))
            self._heading()


def one_line(text: str, limit: int = 60) -> str:
    """The first line of *text*, cut to about *limit* characters."""
    first = text.strip().splitlines()[0] if text.strip() else "…"
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"
