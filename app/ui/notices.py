"""Every text SessionReady shows outside its own window: one home, built from a kind + the mode.

Notifications (tray balloons, or the small reminder window when there is no tray), the window
title and the tray tooltip are built here and nowhere else, so the privacy rules hold in one place:

- in every mode a notification never shows a session's title or any note text;
- in discreet mode (setting ``discreet``) the window title, the tray tooltip and every
  notification show only "SessionReady": never the treatment program's name (it may reveal
  treatment) nor the join-by-phone number. Reminders then say "Your session starts in N minutes".
- the daily diary card reminder never shows anything from the diary; in discreet mode it does
  not even say "diary" (a neutral line under "SessionReady").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app import APP_NAME
from app.i18n import translate
from app.ui.formatting import time_text

KINDS = ("before", "start")  # reminder kinds (app.schedule.reminders.Reminder.kind)


@dataclass(frozen=True)
class Notice:
    title: str
    message: str
    action: str  # the button of the small reminder window


def notice(kind: str, *, discreet: bool, start: datetime, now: datetime, phone: str = "") -> Notice:
    """The notification for a reminder of *kind* about a session starting at *start*."""
    minutes = max(1, round((start - now).total_seconds() / 60))
    if kind == "before":
        action = translate("Notices", "Run checks now")
        if discreet:
            return Notice(
                APP_NAME,
                translate("Notices", "Your session starts in {minutes} minutes").format(
                    minutes=minutes
                ),
                action,
            )
        return Notice(
            translate("Notices", "Your session starts at {time}").format(time=time_text(start)),
            translate("Notices", "Your session starts soon. Run your checks now so you are ready."),
            action,
        )
    if kind == "start":
        action = translate("Notices", "Join")
        if discreet:
            return Notice(APP_NAME, translate("Notices", "Your session is starting now."), action)
        message = translate(
            "Notices", "Your session is starting now. Join when you are in a private spot."
        )
        if phone:
            message += " " + translate("Notices", "To join by phone, call {number}.").format(
                number=phone
            )
        return Notice(translate("Notices", "Your session is starting"), message, action)
    raise ValueError(f"unknown notification kind: {kind}")


def diary_notice(*, discreet: bool) -> Notice:
    """The daily reminder to fill in the diary card (clicking it opens today's card)."""
    if discreet:
        return Notice(
            APP_NAME,
            translate("Notices", "A reminder you set for today."),
            translate("Notices", "Open"),
        )
    return Notice(
        translate("Notices", "Time for your diary card"),
        translate("Notices", "Take a minute to fill in today's card."),
        translate("Notices", "Open today's card"),
    )


def window_title(program_name: str, *, discreet: bool) -> str:
    return f"{APP_NAME} — {program_name}" if program_name and not discreet else APP_NAME


def tray_tooltip(program_name: str, *, discreet: bool) -> str:
    return window_title(program_name, discreet=discreet)
