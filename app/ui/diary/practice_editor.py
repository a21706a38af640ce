"""The skills practice log: the list of past practice and the form (which skill, when, how it
went 0–5, a note). The skills come from the card definition (the program's list)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QWidget,
)

from app.diary.card import CardDefinition
from app.diary.entries import SkillPractice
from app.i18n import current_language
from app.ui.diary.entry_list import EntryList
from app.ui.diary.scale import ScaleInput
from app.ui.diary.thought_editor import lay_out_pane, one_line, save_shortcut, text_box
from app.ui.formatting import date_time_text, follow_locale
from app.ui.widgets import fit_combo, heading


class PracticePane(QWidget):
    save_requested = Signal(object)  # SkillPractice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePane")
        self.definition: CardDefinition | None = None
        self.practice: SkillPractice | None = None  # the one being edited (None: a new one)
        self.saving = False
        self.entries = EntryList("practice")
        self.entries.new_requested.connect(lambda: self.load(None, focus=True))
        self.editor_heading = heading(level=2)
        self.skill = fit_combo(QComboBox(), 20)
        self.skill.setObjectName("practiceSkill")
        self.when = QDateTimeEdit()
        self.when.setObjectName("practiceWhen")
        self.when.setCalendarPopup(True)
        self.rating = ScaleInput()
        self.rating.setObjectName("practiceRating")
        self.note = text_box("practiceNote")
        self.fields: list[tuple[QLabel, QWidget]] = [
            (QLabel(), w) for w in (self.skill, self.when, self.rating, self.note)
        ]
        self.save_button, self.status = lay_out_pane(
            self, self.entries, self.editor_heading, self.fields, "practiceSave"
        )
        self.save_action = save_shortcut(self, self.save)
        self.load(None)

    def set_definition(self, definition: CardDefinition) -> None:
        self.definition = definition
        self._fill_skills()

    def _fill_skills(self) -> None:
        chosen = self.skill.currentData()
        self.skill.clear()
        definition = self.definition
        if definition is None:
            return
        language = current_language()
        for module in definition.modules:
            for skill in definition.skills_in(module.id):
                self.skill.addItem(
                    f"{skill.label_in(language)} · {module.label_in(language)}", skill.id
                )
        self._choose(chosen)

    def _choose(self, skill_id: object) -> None:
        index = self.skill.findData(skill_id) if skill_id else -1
        if index < 0 and isinstance(skill_id, str) and skill_id:  # no longer on the card
            self.skill.addItem(skill_id, skill_id)
            index = self.skill.count() - 1
        self.skill.setCurrentIndex(max(0, index))

    def skill_name(self, skill_id: str) -> str:
        skill = self.definition.skill(skill_id) if self.definition is not None else None
        return skill.label_in(current_language()) if skill is not None else skill_id

    def retranslate(self) -> None:
        self.entries.retranslate(
            self.tr("My skills practice"), self.tr("No practice logged yet. Add one below.")
        )
        texts = (
            (self.tr("&Which skill"), self.tr("Skill practised")),
            (self.tr("&When"), self.tr("When you practised")),
            (self.tr("How it went (0–5)"), self.tr("How it went")),
            (self.tr("N&ote (optional)"), self.tr("Note")),
        )
        for (label, widget), (text, name) in zip(self.fields, texts, strict=True):
            label.setText(text)
            widget.setAccessibleName(name)
        follow_locale(self.when)
        self.rating.set_label(
            self.tr("How it went"),
            self.tr("not rated"),
            self.tr("Type a number from 0 (did not help) to 5 (helped a lot); Delete clears it."),
        )
        self.save_button.setText(self.tr("Save &practice"))
        self.save_button.setToolTip(self.tr("Save this practice (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save practice"))
        self._fill_skills()
        self._heading()

    def _heading(self) -> None:
        p = self.practice
        self.editor_heading.setText(
            self.tr("Practice of {when}").format(when=date_time_text(p.when))
            if p is not None
            else self.tr("Log a practice")
        )

    def show_practice(self, items: list[SkillPractice]) -> None:
        current = self.practice.id if self.practice is not None else ""
        rows = []
        for p in items:
            text = f"{date_time_text(p.when)} · {self.skill_name(p.skill)}"
            if p.rating is not None:
                text += f" · {p.rating}/5"
            if p.note:
                text += f" · {one_line(p.note, 40)}"
            rows.append((p.id, text))
        self.entries.show_entries(rows, current)

    def load(self, practice: SkillPractice | None, focus: bool = False) -> None:
        self.practice = practice
        self.saving = False
        when = practice.when.astimezone() if practice is not None else datetime.now().astimezone()
        now = QDateTime.currentDateTime()
        self.when.setMaximumDateTime(now if practice is None else max(now, self._qt(when)))
        self.when.setDateTime(self._qt(when))
        self._choose(practice.skill if practice is not None else None)
        self.rating.set_value(practice.rating if practice is not None else None)
        self.note.setPlainText(practice.note if practice is not None else "")
        self.status.setText("")
        self._heading()
        if focus:
            self.skill.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _qt(when: datetime) -> QDateTime:
        return QDateTime(when.year, when.month, when.day, when.hour, when.minute, 0)

    def value(self) -> SkillPractice | None:
        skill = self.skill.currentData()
        if not skill:
            return None
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        when = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
        old = self.practice
        return SkillPractice(
            when=when,
            skill=str(skill),
            rating=self.rating.value(),
            note=self.note.toPlainText().strip(),
            id=old.id if old is not None else "",
        )

    def save(self) -> None:
        value = self.value()
        if value is None:
            self.status.setText(self.tr("Choose a skill first."))
            return
        self.status.setText(self.tr("Saving…"))
        self.saving = True
        self.save_requested.emit(value)

    def saved(self, practice: SkillPractice, when: str) -> None:
        if self.saving and (self.practice is None or self.practice.id == practice.id):
            self.saving = False
            self.practice = practice
            self.status.setText(self.tr("Saved at {time}").format(time=when))
            self._heading()
