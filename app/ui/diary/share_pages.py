"""The pages of "Prepare for my therapist": one page per week, the same painting for the preview
(QImage) and the file (QPdfWriter).

``build_pages`` makes each week's page as rich text (the week's grid, then the chosen entries in
full); ``paint_page`` lays a page out with QTextDocument on any paint device. Painting onto a
QImage or a QPdfWriter is allowed off the UI thread in Qt, so the dialog renders the preview and
writes the file on its TaskRunner. Only entries inside the chosen days and of the chosen kinds
reach a page (``progress.select``); days of a week outside the range stay blank.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.i18n import translate
from app.ui.formatting import date_time_text, day_month_text, day_text, weekday_text
from app.ui.theme import colour

if TYPE_CHECKING:
    from app.diary.card import CardDefinition
    from app.diary.entries import Entries, SkillPractice, ThoughtRecord

DPI = 96  # page coordinates: 1 px = 1/96 inch, on the preview image and in the PDF alike
PAGE = QPageSize.PageSizeId.Letter
MARGIN_IN = 0.6
MIN_SCALE = 0.45  # a long week is drawn smaller to fit its page, down to this
FONT_PT = 10.0
MAX_DAYS = 371  # at most a year (53 weeks, 53 pages)


@dataclass(frozen=True)
class SharePlan:
    """What the patient chose: the days (inclusive) and the kinds (entries' kinds, and MOOD)."""

    start: date
    end: date
    kinds: frozenset[str]


def page_size_px() -> QSizeF:
    inches = QPageSize(PAGE).size(QPageSize.Unit.Inch)
    return QSizeF(inches.width() * DPI, inches.height() * DPI)


def build_pages(
    definition: CardDefinition, entries: Entries, plan: SharePlan, language: str
) -> list[str]:
    """One rich-text page per week touching [start, end]."""
    from app.diary.progress import select, weeks_in

    chosen = select(entries, plan.start, plan.end, plan.kinds)
    weeks = weeks_in(plan.start, plan.end)
    return [
        _page(definition, chosen, plan, week, language, n, len(weeks))
        for n, week in enumerate(weeks, start=1)
    ]


def _page(
    definition: CardDefinition,
    chosen: Entries,
    plan: SharePlan,
    week: date,
    language: str,
    number: int,
    total: int,
) -> str:
    from app.diary.entries import KIND_CARD, KIND_PRACTICE, KIND_THOUGHT, local_day
    from app.diary.progress import MOOD

    days = [week + timedelta(days=i) for i in range(7)]
    muted, border = colour("muted", False), colour("card_border", False)
    parts = [
        f"<p style='color:{muted}'>"
        + html.escape(
            translate("SharePages", "Diary from {start} to {end}").format(
                start=day_text(plan.start), end=day_text(plan.end)
            )
        )
        + "<br>"
        + html.escape(
            translate(
                "SharePages", "Prepared by the patient with SessionReady — not a medical record"
            )
        )
        + " · "
        + html.escape(translate("SharePages", "Page {n} of {total}").format(n=number, total=total))
        + "</p>",
        "<h2>"
        + html.escape(translate("SharePages", "Week of {day}").format(day=day_text(week)))
        + "</h2>",
    ]
    if KIND_CARD in plan.kinds:
        parts.append(_grid(definition, chosen, days, plan, language, border))
    if MOOD in plan.kinds:
        moods = sorted((w, v) for w, v in chosen.moods if local_day(w) in days)
        parts.append("<h3>" + html.escape(translate("SharePages", "Mood (1 to 10)")) + "</h3>")
        parts.append(
            _lines(f"{date_time_text(w)}: {v}" for w, v in moods)
            or _none(translate("SharePages", "No mood entries"))
        )
    if KIND_THOUGHT in plan.kinds:
        thoughts = sorted(
            (t for t in chosen.thoughts if local_day(t.when) in days), key=lambda t: t.when
        )
        parts.append("<h3>" + html.escape(translate("SharePages", "Thought records")) + "</h3>")
        parts += [_thought(t) for t in thoughts] or [
            _none(translate("SharePages", "No thought records"))
        ]
    if KIND_PRACTICE in plan.kinds:
        practice = sorted(
            (p for p in chosen.practice if local_day(p.when) in days), key=lambda p: p.when
        )
        parts.append("<h3>" + html.escape(translate("SharePages", "Skills practice")) + "</h3>")
        parts += [_practice(definition, p, language) for p in practice] or [
            _none(translate("SharePages", "No skills practice"))
        ]
    return "\n".join(parts)


def _grid(
    definition: CardDefinition,
    chosen: Entries,
    days: list[date],
    plan: SharePlan,
    language: str,
    border: str,
) -> str:
    from app.diary.progress import week_grid

    grid = week_grid(definition, chosen, days[0])
    cell = f"style='border:1px solid {border}; padding:3px'"

    def row(label: str, values: Iterable[str], bold: bool = False) -> str:
        tag = "th" if bold else "td"
        out = f"<tr><{tag} {cell} align='left'>{html.escape(label)}</{tag}>"
        return out + "".join(f"<td {cell} align='center'>{html.escape(v)}</td>" for v in values)

    def per_day(value: object) -> list[str]:
        out = []
        for d in days:
            if not plan.start <= d <= plan.end:
                out.append("")  # outside the chosen days: blank, nothing shared
            elif not grid.has_card(d):
                out.append("—")
            else:
                out.append(value(d))  # type: ignore[operator]
        return out

    head = f"<tr><th {cell}></th>" + "".join(
        f"<th {cell}>{html.escape(weekday_text(d))}<br>{html.escape(day_month_text(d))}</th>"
        for d in days
    )
    rows = [head + "</tr>"]
    for group in definition.groups():
        rows.append(
            f"<tr><th {cell} colspan='8' align='left'>"
            f"{html.escape(definition.group_label(group, language))}</th></tr>"
        )
        for r in (r for r in grid.rows if r.group == group):
            label = r.label_in(language)
            rows.append(row(label, per_day(lambda d, i=r.id: _num(grid.rating(i, d)))) + "</tr>")
            if r.acted:
                rows.append(
                    row(
                        translate("SharePages", "{row}: acted on it").format(row=label),
                        per_day(lambda d, i=r.id: _yes_no(grid.acted(i, d))),
                    )
                    + "</tr>"
                )
    rows.append(
        row(translate("SharePages", "Skills used"), per_day(lambda d: str(len(grid.skills(d)))))
        + "</tr>"
    )
    table = (
        "<table cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'>"
        + "".join(rows)
        + "</table>"
    )
    return table + _card_details(definition, grid, days, plan, language)


def _card_details(
    definition: CardDefinition, grid: object, days: list[date], plan: SharePlan, language: str
) -> str:
    """Under the grid: each day's skills by name and its note, in full."""
    lines = []
    for d in days:
        if not (plan.start <= d <= plan.end) or not grid.has_card(d):  # type: ignore[attr-defined]
            continue
        names = [
            s.label_in(language) if (s := definition.skill(i)) is not None else i
            for i in grid.skills(d)  # type: ignore[attr-defined]
        ]
        note = grid.note(d)  # type: ignore[attr-defined]
        if not names and not note:
            continue
        text = f"<b>{html.escape(day_text(d))}</b>"
        if names:
            text += "<br>" + html.escape(
                translate("SharePages", "Skills: {skills}").format(skills=", ".join(names))
            )
        if note:
            text += "<br>" + _para(translate("SharePages", "Note: {text}").format(text=note))
        lines.append(f"<p>{text}</p>")
    return "".join(lines)


def _thought(t: ThoughtRecord) -> str:
    fields = [
        (translate("SharePages", "Situation"), t.situation),
        (translate("SharePages", "Automatic thought"), t.thought),
        (
            translate("SharePages", "Emotion"),
            t.emotion + (f" ({t.intensity} %)" if t.intensity is not None else ""),
        ),
        (translate("SharePages", "Evidence for"), t.evidence_for),
        (translate("SharePages", "Evidence against"), t.evidence_against),
        (translate("SharePages", "Balanced thought"), t.balanced),
        (
            translate("SharePages", "Intensity after"),
            f"{t.intensity_after} %" if t.intensity_after is not None else "",
        ),
    ]
    body = "".join(
        f"<br><b>{html.escape(label)}:</b> {_para(value)}" for label, value in fields if value
    )
    return f"<p><b>{html.escape(date_time_text(t.when))}</b>{body}</p>"


def _practice(definition: CardDefinition, p: SkillPractice, language: str) -> str:
    skill = definition.skill(p.skill)
    name = skill.label_in(language) if skill is not None else p.skill
    text = f"<b>{html.escape(date_time_text(p.when))}</b> · {html.escape(name)}"
    if p.rating is not None:
        text += "<br>" + html.escape(
            translate("SharePages", "How it went: {n} of 5").format(n=p.rating)
        )
    if p.note:
        text += "<br>" + _para(p.note)
    return f"<p>{text}</p>"


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def _yes_no(value: bool | None) -> str:
    return (
        ""
        if value is None
        else (translate("SharePages", "Yes") if value else translate("SharePages", "No"))
    )


def _para(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _lines(items: Iterable[str]) -> str:
    return "".join(f"{html.escape(s)}<br>" for s in items)


def _none(text: str) -> str:
    return f"<p style='color:{colour('muted', False)}'><i>{html.escape(text)}</i></p>"


# --- painting ------------------------------------------------------------------------------
def paint_page(painter: QPainter, page: QRectF, text: str) -> bool:
    """Lay *text* out in *page* (device pixels at DPI); shrink to fit, down to MIN_SCALE.
    False when even then it did not fit (the rest is cut, and the page says so)."""
    doc = QTextDocument()
    try:
        fits = _draw_document(painter, page, text, doc)
    finally:
        shiboken6.delete(doc)  # now, on this thread: never later by the collector elsewhere
    if not fits:
        painter.drawText(
            QRectF(page.left(), page.bottom(), page.width(), MARGIN_IN * DPI / 2),
            translate("SharePages", "This week is too long for one page; the rest is in the app."),
        )
    return fits


def _draw_document(painter: QPainter, page: QRectF, text: str, doc: QTextDocument) -> bool:
    font = QFont()
    font.setPointSizeF(FONT_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(text)
    doc.setTextWidth(page.width())
    scale = 1.0
    height = doc.size().height()
    if height > page.height():
        scale = max(MIN_SCALE, (page.height() / height) ** 0.5 * 0.98)
        for _ in range(6):  # narrower text width at a smaller scale: find what fits
            doc.setTextWidth(page.width() / scale)
            if doc.size().height() * scale <= page.height() or scale <= MIN_SCALE:
                break
            scale = max(MIN_SCALE, scale * 0.92)
    fits = doc.size().height() * scale <= page.height() + 1
    painter.save()
    painter.translate(page.topLeft())
    painter.scale(scale, scale)
    doc.drawContents(painter, QRectF(0, 0, page.width() / scale, page.height() / scale))
    painter.restore()
    return fits


def _content_rect(size: QSizeF) -> QRectF:
    m = MARGIN_IN * DPI
    return QRectF(m, m, size.width() - 2 * m, size.height() - 2 * m)


def render_page(text: str, scale: float = 1.0) -> QImage:
    """One page as an image (white paper), *scale* × the page's size at DPI."""
    size = page_size_px()
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(DPI / 0.0254 * scale))
    image.setDotsPerMeterY(round(DPI / 0.0254 * scale))
    image.fill(colour("surface", False))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paint_page(painter, _content_rect(size), text)
    painter.end()
    return image


def pdf_bytes(pages: Collection[str], title: str = "") -> bytes:
    """The pages as a PDF, in memory (the caller writes it atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title or translate("SharePages", "Diary for my therapist"))
    writer.setCreator("SessionReady")
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter(writer)
    size = page_size_px()
    for n, text in enumerate(pages):
        if n:
            writer.newPage()
        paint_page(painter, _content_rect(size), text)
    painter.end()
    buffer.close()
    out = bytes(data.data())
    shiboken6.delete(writer)  # QObjects made on a worker thread end on it
    shiboken6.delete(buffer)
    return out
