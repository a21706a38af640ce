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
}


# Measurements whose name alone would not say what they are (the rest show their name).
METRIC_LABELS = {
    "latency_failure": QT_TRANSLATE_NOOP("Report", "delay test failed"),
    "speed_test_failure": QT_TRANSLATE_NOOP("Report", "speed test could not run"),
    "rtt_idle_ms": QT_TRANSLATE_NOOP("Report", "round trip, idle"),
    "rtt_loaded_down_ms": QT_TRANSLATE_NOOP("Report", "round trip while downloading"),
    "rtt_loaded_up_ms": QT_TRANSLATE_NOOP("Report", "round trip while uploading"),
    "bufferbloat_ms": QT_TRANSLATE_NOOP("Report", "added delay under load"),
    "bufferbloat_grade": QT_TRANSLATE_NOOP("Report", "delay under load, grade"),
    "fps_nominal": QT_TRANSLATE_NOOP("Report", "camera's own frame rate"),
}
# What a failed network test ran into (app.net.problems.NetProblem values), named as such.
FAILURES = {
    "offline": QT_TRANSLATE_NOOP("Report", "not connected (offline)"),
    "dns": QT_TRANSLATE_NOOP("Report", "name not found (DNS failure)"),
    "refused": QT_TRANSLATE_NOOP("Report", "connection refused"),
    "timeout": QT_TRANSLATE_NOOP("Report", "no answer in time (time-out)"),
    "tls": QT_TRANSLATE_NOOP("Report", "secure connection failed (TLS)"),
    "proxy": QT_TRANSLATE_NOOP("Report", "proxy error"),
    "captive": QT_TRANSLATE_NOOP("Report", "Wi-Fi sign-in page"),
    "forbidden": QT_TRANSLATE_NOOP("Report", "refused by the service (HTTP 403/429)"),
    "dropped": QT_TRANSLATE_NOOP("Report", "connection dropped"),
    "garbage": QT_TRANSLATE_NOOP("Report", "unreadable answer"),
    "unknown": QT_TRANSLATE_NOOP("Report", "unknown error"),
}
FAILURE_METRICS = ("latency_failure", "speed_test_failure")


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


def metric_label(name: str) -> str:
    """A measurement's label: its words where the name alone would not say, else the name."""
    return _tr(METRIC_LABELS, name)


def metric_text(name: str, value: Any, unit: str = "") -> str:
    """A measurement's value for people: a failure named for what it is (DNS, refused,
    time-out …), anything else as ``value_text``."""
    if name in FAILURE_METRICS and isinstance(value, str):
        return _tr(FAILURES, value)
    return value_text(value, unit)


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
