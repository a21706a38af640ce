"""The report's words: status, check, connection and host labels, and values with units.

Shared by the HTML page and the text summary (and the in-app preview through them).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
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


# Figures whose value names what a failed network test ran into (FAILURES).
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


# Every figure a check records, as staff read it. A name missing here is shown as "Other
# figure (name)" rather than as a bare key; tests/report/test_words.py keeps the table complete.
METRIC_LABELS = {
    "background_mbps": QT_TRANSLATE_NOOP("Report", "Other traffic on this computer"),
    "battery_pct": QT_TRANSLATE_NOOP("Report", "Battery charge"),
    "brightness": QT_TRANSLATE_NOOP("Report", "Picture brightness (0–255)"),
    "bytes_received": QT_TRANSLATE_NOOP("Report", "Data received"),
    "bytes_sent": QT_TRANSLATE_NOOP("Report", "Data sent"),
    "clipping_pct": QT_TRANSLATE_NOOP("Report", "Sound too loud (clipped)"),
    "confidence": QT_TRANSLATE_NOOP("Report", "Speed-test confidence"),
    "contrast": QT_TRANSLATE_NOOP("Report", "Picture contrast"),
    "covered": QT_TRANSLATE_NOOP("Report", "Lens covered"),
    "download_mbps": QT_TRANSLATE_NOOP("Report", "Download"),
    "faces": QT_TRANSLATE_NOOP("Report", "Faces in view"),
    "fps": QT_TRANSLATE_NOOP("Report", "Frame rate"),
    "frames": QT_TRANSLATE_NOOP("Report", "Frames read"),
    "frozen": QT_TRANSLATE_NOOP("Report", "Picture frozen"),
    "headphones_likely": QT_TRANSLATE_NOOP("Report", "Headphones likely"),
    "height": QT_TRANSLATE_NOOP("Report", "Picture height"),
    "jitter_ms": QT_TRANSLATE_NOOP("Report", "Jitter"),
    "jitter_request_ms": QT_TRANSLATE_NOOP("Report", "Jitter (web requests)"),
    "latency_samples": QT_TRANSLATE_NOOP("Report", "Round-trip samples"),
    "loss_confidence": QT_TRANSLATE_NOOP("Report", "Loss estimate confidence"),
    "loss_pct": QT_TRANSLATE_NOOP("Report", "Packet loss"),
    "loss_probe_pct": QT_TRANSLATE_NOOP("Report", "Packet loss (probes)"),
    "loss_request_pct": QT_TRANSLATE_NOOP("Report", "Packet loss (web requests)"),
    "loss_retrans_high_pct": QT_TRANSLATE_NOOP("Report", "Packet loss, upper estimate"),
    "loss_retrans_low_pct": QT_TRANSLATE_NOOP("Report", "Packet loss, lower estimate"),
    "loss_retrans_pct": QT_TRANSLATE_NOOP("Report", "Packet loss (resent data)"),
    "loss_segments": QT_TRANSLATE_NOOP("Report", "Data segments counted"),
    "minutes_left": QT_TRANSLATE_NOOP("Report", "Battery time left"),
    "mos": QT_TRANSLATE_NOOP("Report", "Call quality score (1–5)"),
    "noise_floor_dbfs": QT_TRANSLATE_NOOP("Report", "Background noise"),
    "patient_heard": QT_TRANSLATE_NOOP("Report", "Patient heard the tone"),
    "peak_dbfs": QT_TRANSLATE_NOOP("Report", "Loudest sound"),
    "plugged": QT_TRANSLATE_NOOP("Report", "Charger plugged in"),
    "rms_dbfs": QT_TRANSLATE_NOOP("Report", "Average sound level"),
    "rtt_connect_ms": QT_TRANSLATE_NOOP("Report", "Round trip (connections)"),
    "rtt_ms": QT_TRANSLATE_NOOP("Report", "Round trip"),
    "rtt_request_ms": QT_TRANSLATE_NOOP("Report", "Round trip (web requests)"),
    "tone_heard_by_mic": QT_TRANSLATE_NOOP("Report", "Microphone heard the test tone"),
    "tone_pickup_dbfs": QT_TRANSLATE_NOOP("Report", "Test tone level at the microphone"),
    "upload_mbps": QT_TRANSLATE_NOOP("Report", "Upload"),
    "width": QT_TRANSLATE_NOOP("Report", "Picture width"),
    "latency_failure": QT_TRANSLATE_NOOP("Report", "Delay test failed"),
    "speed_test_failure": QT_TRANSLATE_NOOP("Report", "Speed test could not run"),
    "rtt_idle_ms": QT_TRANSLATE_NOOP("Report", "Round trip, idle"),
    "rtt_loaded_down_ms": QT_TRANSLATE_NOOP("Report", "Round trip while downloading"),
    "rtt_loaded_up_ms": QT_TRANSLATE_NOOP("Report", "Round trip while uploading"),
    "bufferbloat_ms": QT_TRANSLATE_NOOP("Report", "Added delay under load"),
    "bufferbloat_grade": QT_TRANSLATE_NOOP("Report", "Delay under load, grade"),
    "fps_nominal": QT_TRANSLATE_NOOP("Report", "Camera's own frame rate"),
    **MEDIA_LABELS,
    "udp_jitter_rfc3550_ms": QT_TRANSLATE_NOOP("Report", "UDP jitter (running estimate)"),
    "udp_blocked": QT_TRANSLATE_NOOP("Report", "UDP blocked"),
    "udp_check_s": QT_TRANSLATE_NOOP("Report", "Time the UDP test took"),
    "tcp_stun_rtt_ms": QT_TRANSLATE_NOOP("Report", "Round trip to the media server over TCP"),
    "tls_stun_rtt_ms": QT_TRANSLATE_NOOP("Report", "Round trip to the media server over TLS"),
}
# Figures whose value is a word of MEDIA_VALUES.
MEDIA_WORDS = ("udp_path", "nat_mapping", "media_fallback")
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


def metric_label(name: str) -> str:
    if name in METRIC_LABELS:
        return translate("Report", METRIC_LABELS[name])
    return translate("Report", "Other figure ({name})").format(name=name)


def metric_text(name: str, value: Any, unit: str = "") -> str:
    """A figure's value for people: units, yes/no, a failure named for what it is (DNS,
    refused, time-out …), never None."""
    if name in FAILURE_METRICS and isinstance(value, str):
        return _tr(FAILURES, value)
    if name in MEDIA_WORDS and isinstance(value, str):
        return _tr(MEDIA_VALUES, value)
    if unit == "B" and isinstance(value, int | float) and not isinstance(value, bool):
        return value_text(float(value) / 1e6, "MB")
    if unit == "MOS":
        unit = ""
    return value_text(value, unit)


def figure_text(name: str, value: Any, unit: str = "") -> str:
    """ "Round trip: 42.5 ms"."""
    return f"{metric_label(name)}: {metric_text(name, value, unit)}"


def when_text(iso: str) -> str:
    """An ISO time from the report as the reader's language writes it, in local time."""
    try:
        dt = datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    # A strftime pattern: the language's usual numeric date and clock.
    text = dt.astimezone().strftime(translate("Report", "%m/%d/%Y %I:%M %p"))
    return re.sub(r" 0(\d:)", r" \1", text)  # 06:02 PM → 6:02 PM
