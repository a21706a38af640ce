"""Dates and times shown the way the patient's language writes them.

One time-zone rule for everything the app shows: the machine's local time. Aware datetimes are
converted with ``.astimezone()`` (a session from a calendar in another zone shows at the local
hour the patient will sit down); naive ones are taken as local already.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime


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
