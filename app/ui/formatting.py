"""Dates and times shown the way the patient's language writes them.

One time-zone rule for everything the app shows: the machine's local time. Aware datetimes are
converted with ``.astimezone()`` (a session from a calendar in another zone shows at the local
hour the patient will sit down); naive ones are taken as local already.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit


def local(dt: datetime) -> datetime:
    return dt.astimezone()


def time_text(dt: datetime) -> str:
    """ "6:00 PM" / "18:00" in the current locale, in local time."""
    t = local(dt)
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def date_text(dt: datetime, long: bool = True) -> str:
    d = local(dt)
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def date_time_text(dt: datetime) -> str:
    return f"{date_text(dt)} · {time_text(dt)}"


def day_text(d: date, long: bool = True) -> str:
    """A calendar day (no time zone involved): "Monday, March 3, 2025" / "3/3/25"."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def follow_locale(edit: QDateTimeEdit) -> None:
    """*edit* shows dates and times the current language's way ("29/11/26" in Spanish). A date
    box keeps the format of the language it was made in unless told: call from retranslate."""
    locale = QLocale()
    edit.setLocale(locale)
    short = QLocale.FormatType.ShortFormat
    if isinstance(edit, QTimeEdit):
        edit.setDisplayFormat(locale.timeFormat(short))
    elif isinstance(edit, QDateEdit):
        edit.setDisplayFormat(locale.dateFormat(short))
    else:
        edit.setDisplayFormat(locale.dateTimeFormat(short))


def weekday_text(d: date) -> str:
    """The short name of *d*'s weekday: "Mon" / "lun"."""
    return QLocale().dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)


def day_month_text(d: date) -> str:
    """Day and month without the year, in the locale's order: "3/4" (en_US) / "4/3" (es)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"[^dM]*y+[^dM]*", "", pattern).strip(" ./-") or "d/M"
    return QLocale().toString(QDate(d.year, d.month, d.day), pattern)
