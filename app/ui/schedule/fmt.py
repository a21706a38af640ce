"""Session times as the patient's language writes them, in the zone the time already carries.

app.ui.formatting converts to the process's local zone; schedule times are already converted to
the patient's zone (injectable in tests), so we format their wall-clock fields as they are.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime


def wall_time_text(dt: datetime) -> str:
    return QLocale().toString(QTime(dt.hour, dt.minute), QLocale.FormatType.ShortFormat)


def wall_date_text(dt: datetime, long: bool = True) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(dt.year, dt.month, dt.day), fmt)
