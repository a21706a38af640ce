"""The report's words: status, check, connection and host labels, and values with units.

Shared by the HTML page and the text summary (and the in-app preview through them).
"""

from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate

STATUSES = {
    "pass": QT_TRANSLATE_NOOP("Report", "✓ Pass"),
    "warn": QT_TRANSLATE_NOOP("Report", "! Warning"),
    "fail": QT_TRANSLATE_NOOP("Report", "✕ Fail"),
    "unavailable": QT_TRANSLATE_NOOP("Report", "– Not found"),
    "error": QT_TRANSLATE_NOOP("Report", "! Check failed"),
}
CHECK_TITLES = {
    "connection": QT_TRANSLATE_NOOP("Report", "Connection"),
    "camera": QT_TRANSLATE_NOOP("Report", "Camera"),
    "microphone": QT_TRANSLATE_NOOP("Report", "Microphone"),
    "speakers": QT_TRANSLATE_NOOP("Report", "Speakers"),
    "battery": QT_TRANSLATE_NOOP("Report", "Battery"),
}
KINDS = {
    "wired": QT_TRANSLATE_NOOP("Report", "wired"),
    "wifi": QT_TRANSLATE_NOOP("Report", "Wi-Fi"),
    "loopback": QT_TRANSLATE_NOOP("Report", "loopback"),
    "virtual": QT_TRANSLATE_NOOP("Report", "virtual"),
    "cellular": QT_TRANSLATE_NOOP("Report", "mobile data"),
    "other": QT_TRANSLATE_NOOP("Report", "other"),
}
HOST_LABELS = {
    "video_host": QT_TRANSLATE_NOOP("Report", "Video platform"),
    "join_host": QT_TRANSLATE_NOOP("Report", "Session link (host only)"),
    "speedtest_host": QT_TRANSLATE_NOOP("Report", "Speed-test server"),
    "calendar_host": QT_TRANSLATE_NOOP("Report", "Calendar (host only)"),
    "stun_host": QT_TRANSLATE_NOOP("Report", "Media server (STUN/TURN)"),
}
# The media path (report "media_path"): labels of its figures, then of their values.
MEDIA_LABELS = {
    "udp_path": QT_TRANSLATE_NOOP("Report", "UDP to the media server"),
    "udp_rtt_ms": QT_TRANSLATE_NOOP("Report", "UDP round trip"),
    "udp_jitter_ms": QT_TRANSLATE_NOOP("Report", "UDP jitter (RFC 3550)"),
    "udp_loss_pct": QT_TRANSLATE_NOOP("Report", "UDP loss"),
    "udp_packets": QT_TRANSLATE_NOOP("Report", "UDP requests sent"),
    "nat_mapping": QT_TRANSLATE_NOOP("Report", "Public address toward two server addresses"),
    "public_address": QT_TRANSLATE_NOOP("Report", "Public address (cut)"),
    "media_fallback": QT_TRANSLATE_NOOP("Report", "Ways that reach the server without UDP"),
}
MEDIA_VALUES = {
    "ok": QT_TRANSLATE_NOOP("Report", "open"),
    "blocked": QT_TRANSLATE_NOOP("Report", "blocked (no answer)"),
    "untested": QT_TRANSLATE_NOOP("Report", "not tried (the program gave TCP/TLS only)"),
    "error": QT_TRANSLATE_NOOP("Report", "could not try (name or network problem)"),
    "skipped": QT_TRANSLATE_NOOP("Report", "not checked (no STUN server in the profile)"),
    "same": QT_TRANSLATE_NOOP("Report", "stays the same (direct media can work)"),
    "changes": QT_TRANSLATE_NOOP(
        "Report", "changes per server address (symmetric NAT: calls need a relay)"
    ),
    "unknown": QT_TRANSLATE_NOOP("Report", "not known (the server offers one address)"),
    "none": QT_TRANSLATE_NOOP("Report", "none"),
}


def _tr(table: dict[str, str], key: str) -> str:
    return translate("Report", table[key]) if key in table else key


def status_text(status: str) -> str:
    return _tr(STATUSES, status)


def check_title(check_id: str) -> str:
    return _tr(CHECK_TITLES, check_id)


def kind_text(kind: str) -> str:
    return _tr(KINDS, kind)


def host_label(key: str) -> str:
    return _tr(HOST_LABELS, key)


def media_label(key: str) -> str:
    return _tr(MEDIA_LABELS, key)


def media_value(value: Any, unit: str = "") -> str:
    """A media-path value for people: its words when it has some, else value_text()."""
    if isinstance(value, str) and value in MEDIA_VALUES:
        return _tr(MEDIA_VALUES, value)
    return value_text(value, unit)


def value_text(value: Any, unit: str = "") -> str:
    """A metric value with its unit, for people: 42.5 ms, yes/no, — when unknown."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("Report", "yes") if value else translate("Report", "no")
    if isinstance(value, float):
        text = f"{value:.1f}" if abs(value) < 1000 else f"{value:.0f}"
    else:
        text = str(value)
    return f"{text} {unit}".strip() if unit not in ("%",) else f"{text}{unit}"


def yes_no(value: bool) -> str:
    return translate("Report", "yes") if value else translate("Report", "no")


def audio_format(dev: dict[str, Any]) -> str:
    parts = []
    if dev.get("default_samplerate"):
        parts.append(f"{float(dev['default_samplerate']) / 1000:g} kHz")
    if dev.get("channels"):
        parts.append(translate("Report", "{n} ch").format(n=dev["channels"]))
    if dev.get("hostapi"):
        parts.append(str(dev["hostapi"]))
    return ", ".join(parts) or "—"
