"""Note templates. Texts are translated when a note is created from one."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    body: str
    tag: str
    mood: bool = False


TEMPLATES: list[Template] = [
    Template(
        "skills",
        QT_TRANSLATE_NOOP("NoteTemplates", "Skills I learned"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates", "Skill:\n\nWhat it helps with:\n\nWhen I will practise it:\n"
        ),
        QT_TRANSLATE_NOOP("NoteTemplates", "skills"),
    ),
    Template(
        "homework",
        QT_TRANSLATE_NOOP("NoteTemplates", "Homework"),
        QT_TRANSLATE_NOOP("NoteTemplates", "What to do:\n\nBy when:\n\nHow it went:\n"),
        QT_TRANSLATE_NOOP("NoteTemplates", "homework"),
    ),
    Template(
        "bring_up",
        QT_TRANSLATE_NOOP("NoteTemplates", "Bring up next time"),
        QT_TRANSLATE_NOOP("NoteTemplates", "What I want to talk about:\n\nWhy it matters to me:\n"),
        QT_TRANSLATE_NOOP("NoteTemplates", "next time"),
    ),
    Template(
        "mood",
        QT_TRANSLATE_NOOP("NoteTemplates", "Mood check-in"),
        QT_TRANSLATE_NOOP("NoteTemplates", "In my own words, today I feel:\n\nWhat helped:\n"),
        QT_TRANSLATE_NOOP("NoteTemplates", "mood"),
        mood=True,
    ),
]


def template(template_id: str) -> Template:
    return next(t for t in TEMPLATES if t.id == template_id)


def fields_from_template(template_id: str) -> dict[str, object]:
    """Translated title/body/tags (and, for a check-in, a mood not chosen yet: 0) for a new
    note. No mood is pre-picked: the patient chooses it."""
    t = template(template_id)
    return {
        "title": translate("NoteTemplates", t.title),
        "body": translate("NoteTemplates", t.body),
        "tags": (translate("NoteTemplates", t.tag),),
        "mood": 0 if t.mood else None,
    }
