"""Dates and times shown the way the patient's language writes them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def _qdt(dt: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(dt.timestamp() * 1000))


def time_text(dt: datetime) -> str:
    """ "6:00 PM" / "18:00" in the current locale, in local time."""
    return QLocale().toString(_qdt(dt).time(), QLocale.FormatType.ShortFormat)


def date_text(dt: datetime, long: bool = True) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(_qdt(dt).date(), fmt)


def date_time_text(dt: datetime) -> str:
    return f"{date_text(dt)} · {time_text(dt)}"
