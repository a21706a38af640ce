"""The monitor's words: what a notification says for each problem, the one action it offers,
and how the timeline tells an episode. Marked for translation, translated when shown; never the
session's title (others may see the screen): "your session"."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.monitor.rules import (
    BATTERY,
    BUSY,
    CHARGER,
    LOSS,
    OFFLINE,
    PAUSE,
    PHONE,
    SLOW,
    VPN_OFF,
    VPN_ON,
    WIFI,
)

C = "Monitor"

# Notifications: (title, message).
NOTICES: dict[str, tuple[str, str]] = {
    OFFLINE: (
        QT_TRANSLATE_NOOP("Monitor", "Your internet connection dropped"),
        QT_TRANSLATE_NOOP("Monitor", "Your session may freeze or stop. You can join by phone."),
    ),
    SLOW: (
        QT_TRANSLATE_NOOP("Monitor", "Your internet is slow right now"),
        QT_TRANSLATE_NOOP("Monitor", "Video and sound in your session may lag or freeze."),
    ),
    LOSS: (
        QT_TRANSLATE_NOOP("Monitor", "Your connection is losing data"),
        QT_TRANSLATE_NOOP("Monitor", "Sound and video in your session may break up."),
    ),
    BATTERY: (
        QT_TRANSLATE_NOOP("Monitor", "Your battery is running low"),
        QT_TRANSLATE_NOOP("Monitor", "It may run out before your session ends."),
    ),
}
# Short names (the command line, the support view).
NAMES: dict[str, str] = {
    OFFLINE: QT_TRANSLATE_NOOP("Monitor", "Connection lost"),
    SLOW: QT_TRANSLATE_NOOP("Monitor", "Slow connection"),
    LOSS: QT_TRANSLATE_NOOP("Monitor", "Data lost"),
    WIFI: QT_TRANSLATE_NOOP("Monitor", "Weak Wi-Fi signal"),
    BUSY: QT_TRANSLATE_NOOP("Monitor", "Other apps using the connection"),
    BATTERY: QT_TRANSLATE_NOOP("Monitor", "Battery low"),
    VPN_ON: QT_TRANSLATE_NOOP("Monitor", "A VPN connected"),
    VPN_OFF: QT_TRANSLATE_NOOP("Monitor", "A VPN disconnected"),
}
BUSY_HINT = QT_TRANSLATE_NOOP("Monitor", "Other apps on this computer are using a lot of data.")

ACTIONS: dict[str, str] = {
    PHONE: QT_TRANSLATE_NOOP("Monitor", "Join by phone"),
    CHARGER: QT_TRANSLATE_NOOP("Monitor", "Plug in your charger"),
    PAUSE: QT_TRANSLATE_NOOP("Monitor", "Pause other downloads"),
}

# Timeline: (an episode that ended, one still on when the watch ended). {time} is when it
# began, {duration} how long it lasted, {figure} what was seen, {limit} the limit.
EPISODES: dict[str, tuple[str, str]] = {
    OFFLINE: (
        QT_TRANSLATE_NOOP("Monitor", "Connection lost at {time}, for {duration}"),
        QT_TRANSLATE_NOOP("Monitor", "Connection lost at {time}, until the end"),
    ),
    SLOW: (
        QT_TRANSLATE_NOOP("Monitor", "Round trip above {limit} ms for {duration}, from {time}"),
        QT_TRANSLATE_NOOP("Monitor", "Round trip above {limit} ms from {time} until the end"),
    ),
    LOSS: (
        QT_TRANSLATE_NOOP("Monitor", "Data lost ({figure} %) for {duration}, from {time}"),
        QT_TRANSLATE_NOOP("Monitor", "Data lost ({figure} %) from {time} until the end"),
    ),
    WIFI: (
        QT_TRANSLATE_NOOP("Monitor", "Wi-Fi signal fell at {time} ({figure} dBm), for {duration}"),
        QT_TRANSLATE_NOOP("Monitor", "Wi-Fi signal fell at {time} ({figure} dBm)"),
    ),
    BUSY: (
        QT_TRANSLATE_NOOP("Monitor", "Other apps used {figure} Mbit/s for {duration}, from {time}"),
        QT_TRANSLATE_NOOP("Monitor", "Other apps used {figure} Mbit/s from {time} until the end"),
    ),
    BATTERY: (
        QT_TRANSLATE_NOOP("Monitor", "Battery ran low at {time}; charging after {duration}"),
        QT_TRANSLATE_NOOP("Monitor", "Battery ran low at {time}"),
    ),
    VPN_ON: (
        QT_TRANSLATE_NOOP("Monitor", "A VPN connected at {time}"),
        QT_TRANSLATE_NOOP("Monitor", "A VPN connected at {time}"),
    ),
    VPN_OFF: (
        QT_TRANSLATE_NOOP("Monitor", "A VPN disconnected at {time}"),
        QT_TRANSLATE_NOOP("Monitor", "A VPN disconnected at {time}"),
    ),
}
NOTHING = QT_TRANSLATE_NOOP("Monitor", "No problems seen")


def notice(problem: str, action: str) -> tuple[str, str]:
    """(title, message) of the notification for *problem*, translated."""
    title, message = NOTICES[problem]
    text = translate(C, message)
    if action == PAUSE:
        text = f"{text} {translate(C, BUSY_HINT)}"
    return translate(C, title), text


def problem_name(problem: str) -> str:
    return translate(C, NAMES[problem]) if problem in NAMES else problem


def action_label(action: str) -> str:
    return translate(C, ACTIONS[action]) if action in ACTIONS else ""


def duration_text(seconds: float) -> str:
    minutes = round(seconds / 60.0)
    if minutes < 1:
        return translate("Monitor", "under a minute")
    if minutes < 60:
        return translate("Monitor", "{n} min").format(n=minutes)
    return translate("Monitor", "{h} h {m} min").format(h=minutes // 60, m=minutes % 60)
