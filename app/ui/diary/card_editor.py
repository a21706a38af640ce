"""The diary card editor: one day's ratings (0–5), "acted on it?", skills used, a note.

Built from a CardDefinition (app.diary.card: the shipped card or the program's), one line per
row. Made for the keyboard: Tab goes day → each row's rating (a digit sets it) and its "acted
on it" box → each skill → the note (Tab leaves it) → Save; Ctrl+S saves from anywhere in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.diary.card import CardDefinition, Row
from app.diary.entries import DiaryCard
from app.i18n import current_language
from app.ui.diary.scale import ScaleInput
from app.ui.formatting import day_text, follow_locale
from app.ui.widgets import ButtonRow, PrimaryButton, body, heading
from app.ui.wrapping import WrapCheckBox


@dataclass
class RowWidgets:
    row: Row
    label: QLabel
    scale: ScaleInput
    acted: WrapCheckBox | None


def clear_layout(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class CardEditor(QWidget):
    save_requested = Signal(object)  # DiaryCard
    day_changed = Signal(object)  # date: the patient picked another day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self.definition: CardDefinition | None = None
        self.loaded: DiaryCard | None = None  # the card shown, as last loaded or saved
        self.shown_day = date.today()  # the day the fields belong to (the date box may be ahead)
        self.rows: list[RowWidgets] = []
        self.skill_boxes: dict[str, WrapCheckBox] = {}
        self.module_labels: dict[str, QLabel] = {}
        self.group_labels: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.intro = body()
        self.day_label = QLabel()
        self.day = QDateEdit()
        self.day.setObjectName("cardDay")
        self.day.setCalendarPopup(True)
        self.day.setKeyboardTracking(False)  # a typed date counts once it is complete
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.day_label.setBuddy(self.day)
        self.day.dateChanged.connect(lambda _d: self.day_changed.emit(self.current_day()))
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        self.skills_heading = heading(level=2)
        self.skills_box = QVBoxLayout()
        self.note_label = QLabel()
        self.note = QPlainTextEdit()
        self.note.setObjectName("cardNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.note_label.setBuddy(self.note)
        self.save_button = PrimaryButton()
        self.save_button.setObjectName("cardSave")
        self.save_button.clicked.connect(self.save)
        self.status = body()
        self.status.setObjectName("cardStatus")
        save_row = ButtonRow(self.save_button)
        save_row.add_flexible(self.status)

        layout.addWidget(self.intro)
        layout.addWidget(ButtonRow(self.day_label, self.day))
        layout.addLayout(self.rows_box)
        layout.addWidget(self.skills_heading)
        layout.addLayout(self.skills_box)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(save_row)
        layout.addStretch(1)  # a shorter tab keeps its lines together at the top

        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

    # building -------------------------------------------------------------------------------
    def set_definition(self, definition: CardDefinition) -> None:
        """One line per row of *definition* (grouped), one box per skill (by module)."""
        self.definition = definition
        clear_layout(self.rows_box)
        clear_layout(self.skills_box)
        self.rows, self.skill_boxes, self.module_labels, self.group_labels = [], {}, {}, {}
        for group in definition.groups():
            label = heading(level=2)
            self.group_labels[group] = label
            self.rows_box.addWidget(label)
            for row in (r for r in definition.rows if r.group == group):
                self.rows_box.addWidget(self._row_line(row))
        for module in definition.modules:
            skills = definition.skills_in(module.id)
            if not skills:
                continue
            label = heading(level=3)
            self.module_labels[module.id] = label
            line = ButtonRow(spacing=8)
            for skill in skills:
                box = WrapCheckBox()
                box.setObjectName(f"skill_{skill.id}")
                self.skill_boxes[skill.id] = box
                line.add(box)
            self.skills_box.addWidget(label)
            self.skills_box.addWidget(line)
        self.skills_heading.setVisible(bool(self.skill_boxes))
        self._tab_order()
        self.retranslate()
        self.load(self.loaded, self.current_day())

    def _tab_order(self) -> None:
        """Widgets added after the editor joined the window would come last in its Tab chain:
        day, each row (rating, acted), each skill, note, Save — as they are shown."""
        chain: list[QWidget] = [self.day]
        for w in self.rows:
            chain += [w.scale] + ([w.acted] if w.acted is not None else [])
        chain += [*self.skill_boxes.values(), self.note, self.save_button]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _row_line(self, row: Row) -> QWidget:
        label = body()
        scale = ScaleInput()
        scale.setObjectName(f"rate_{row.id}")
        label.setBuddy(scale)
        acted = WrapCheckBox() if row.acted else None
        line = ButtonRow(spacing=8)
        line.add_flexible(label, min_chars=16)
        line.add(scale)
        if acted is not None:
            acted.setObjectName(f"acted_{row.id}")
            line.add(acted)
        self.rows.append(RowWidgets(row, label, scale, acted))
        return line

    def retranslate(self) -> None:
        language = current_language()
        self.intro.setText(
            self.tr(
                "Rate each line from 0 (not at all) to 5 (very strong). Press Tab to move and "
                "a number to rate; Ctrl+S saves."
            )
        )
        self.day_label.setText(self.tr("&Day:"))
        self.day.setAccessibleName(self.tr("Day of this card"))
        follow_locale(self.day)
        self.skills_heading.setText(self.tr("Skills I used"))
        self.note_label.setText(self.tr("&Note (optional):"))
        self.note.setAccessibleName(self.tr("Note"))
        self.save_button.setText(self.tr("&Save card"))
        self.save_button.setToolTip(self.tr("Save this day's card (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save card"))
        hint = self.tr("Type a number from 0 to 5; Delete clears it.")
        not_rated = self.tr("not rated")
        definition = self.definition
        if definition is None:
            return
        for group, label in self.group_labels.items():
            label.setText(definition.group_label(group, language))
        for w in self.rows:
            text = w.row.label_in(language)
            w.label.setText(text)
            w.scale.set_label(text, not_rated, hint)
            if w.acted is not None:
                w.acted.setText(self.tr("I acted on it"))
                w.acted.setAccessibleName(self.tr("{row}: I acted on it").format(row=text))
        for module_id, label in self.module_labels.items():
            module = next(m for m in definition.modules if m.id == module_id)
            label.setText(module.label_in(language))
        for skill_id, box in self.skill_boxes.items():
            skill = definition.skill(skill_id)
            box.setText(skill.label_in(language) if skill is not None else skill_id)

    # values ---------------------------------------------------------------------------------
    def current_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def load(self, card: DiaryCard | None, day: date) -> None:
        """Show *card* (None: a blank card for *day*)."""
        self.loaded = card if card is not None and card.day == day else None
        self.shown_day = day
        self.day.setMaximumDate(QDate.currentDate())
        self.day.blockSignals(True)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.blockSignals(False)
        card = self.loaded
        for w in self.rows:
            w.scale.set_value(card.ratings.get(w.row.id) if card else None)
            if w.acted is not None:
                w.acted.setChecked(bool(card and card.acted.get(w.row.id)))
        for skill_id, box in self.skill_boxes.items():
            box.setChecked(bool(card and skill_id in card.skills))
        self.note.setPlainText(card.note if card else "")
        self.status.setText("")

    def unsaved(self) -> DiaryCard | None:
        """The card as filled in, when it says something the vault does not have yet (a blank
        card left blank, or a stored one unchanged: None)."""
        card = self.value()
        old = self.loaded
        if old is None:
            filled = card.ratings or any(card.acted.values()) or card.skills or card.note
            return card if filled else None
        same = (dict(card.ratings), dict(card.acted), set(card.skills), card.note) == (
            dict(old.ratings),
            dict(old.acted),
            set(old.skills),
            old.note,
        )
        return None if same else card

    def value(self) -> DiaryCard:
        """The card of the day shown, as filled in; ratings, answers and skills the card no
        longer asks for (the program changed it) are kept from the card loaded."""
        old = self.loaded
        shown_rows = {w.row.id for w in self.rows}
        ratings = {k: v for k, v in (old.ratings if old else {}).items() if k not in shown_rows}
        acted = {k: v for k, v in (old.acted if old else {}).items() if k not in shown_rows}
        for w in self.rows:
            rating = w.scale.value()
            if rating is not None:
                ratings[w.row.id] = rating
            if w.acted is not None and (rating is not None or w.acted.isChecked()):
                acted[w.row.id] = w.acted.isChecked()
        skills = [s for s in (old.skills if old else ()) if s not in self.skill_boxes]
        skills += [s for s, box in self.skill_boxes.items() if box.isChecked()]
        return DiaryCard(
            day=self.shown_day,
            ratings=ratings,
            acted=acted,
            skills=tuple(skills),
            note=self.note.toPlainText().strip(),
            id=old.id if old else "",
        )

    def save(self) -> None:
        self.show_saving()
        self.save_requested.emit(self.value())

    def show_saving(self) -> None:
        """Says "Saving…" until the vault answers (a failure then replaces it: never silent)."""
        self.status.setText(self.tr("Saving…"))

    def saved(self, card: DiaryCard, when: str) -> None:
        """The card is sealed in the vault (*when*: the time, as the patient reads it)."""
        if card.day == self.shown_day:
            self.loaded = card
            self.status.setText(self.tr("Saved at {time}").format(time=when))
        else:  # saved on the way to another day: say so, the patient may wonder
            self.status.setText(
                self.tr("Your card for {day} is saved.").format(day=day_text(card.day))
            )

    def focus_first(self) -> None:
        target = self.rows[0].scale if self.rows else self.note
        target.setFocus(Qt.FocusReason.OtherFocusReason)
