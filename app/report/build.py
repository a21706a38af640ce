"""Build the support report as a plain dict (the JSON twin is this dict, verbatim).

Inputs are device, system and check data only, plus the program profile reduced to host names.
Nothing here can see notes, calendar events, names or join-link paths and queries (device names
are reduced to kind and model: app/report/names.py): the report is
safe to email to tech support. Check ``details`` (free text for staff) are deliberately left out;
headlines and text metric values pass through ``safe_text`` (URLs cut to their host).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from app.checks.base import CheckResult, Metric
from app.checks.history import RunRecord
from app.devices.inventory import DeviceLists
from app.net.stun_wire import cut_address
from app.profile import Profile, ProfileError, split_host_port, stun_uris
from app.report.names import scrub_name, scrub_text
from app.report.system import InterfaceInfo

REPORT_SCHEMA_VERSION = 2  # 2: session_timeline (issue 17)
# Figures shown for each past run and drawn in the support chart.
KEY_FIGURES: tuple[str, ...] = ("download_mbps", "upload_mbps", "rtt_ms", "jitter_ms", "loss_pct")
_SUFFIX_UNITS = {
    "_mbps": "Mbit/s",
    "_kbps": "kbit/s",
    "_ms": "ms",
    "_s": "s",
    "_pct": "%",
    "_dbfs": "dBFS",
    "_hz": "Hz",
}
_NAME_UNITS = {"width": "px", "height": "px", "fps": "fps", "faces": "", "minutes_left": "min"}
_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s\"'<>]+")
# The media-path part of the connection check (app/checks/connection_udp.py), as the report's
# "media_path": the UDP figures, the NAT's mapping and the TCP/TLS fallback.
MEDIA_FIGURES: tuple[str, ...] = (
    "udp_path",
    "udp_rtt_ms",
    "udp_jitter_ms",
    "udp_loss_pct",
    "udp_packets",
    "nat_mapping",
    "public_address",
    "media_fallback",
)
_FULL_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$|^[0-9a-fA-F:]*:[0-9a-fA-F:]*$")


def unit_for(metric: Metric) -> str:
    """The metric's own unit, else one implied by its name (rtt_ms → ms)."""
    if metric.unit:
        return metric.unit
    if metric.name in _NAME_UNITS:
        return _NAME_UNITS[metric.name]
    for suffix, unit in _SUFFIX_UNITS.items():
        if metric.name.endswith(suffix):
            return unit
    return ""


def _url_host(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return ""
    return f"{host}:{port}" if host and port else host


def safe_text(text: str, limit: int = 200) -> str:
    """Collapse whitespace, cut every URL down to its host, owners' names out of device names
    (app/report/names.py), bound the length."""
    cleaned = _URL.sub(lambda m: _url_host(m.group(0)) or "…", str(text))
    return scrub_text(" ".join(cleaned.split()))[:limit]


def _device(entry: dict[str, Any]) -> dict[str, Any]:
    """A device as the report shows it: its name reduced to kind and model."""
    out = dict(entry)
    if isinstance(out.get("name"), str):
        out["name"] = scrub_name(out["name"])[:120]
    return out


def profile_hosts(profile: Profile) -> dict[str, str]:
    """Host names (with a port when one is set) from the profile; never a path or query."""
    video = ""
    if profile.video_host:
        try:
            host, port = split_host_port(profile.video_host)
            video = host if port == 443 else f"{host}:{port}"
        except ValueError:
            video = ""
    stun = ""
    try:
        uris = stun_uris(profile.stun_server) if profile.stun_server else []
    except ProfileError:
        uris = []
    if uris:  # host and port only: never the program's TURN username or credential
        stun = f"{uris[0].host}:{uris[0].port}"
    return {
        "video_host": video,
        "join_host": _url_host(profile.join_url),
        "speedtest_host": _url_host(profile.speedtest_server),
        "calendar_host": _url_host(profile.calendar_url),
        "stun_host": stun,
    }


def _metric_value(value: Any) -> float | int | bool | str | None:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value, 3) if math.isfinite(value) else None
    return safe_text(str(value), 80)


def _check_entry(result: CheckResult) -> dict[str, Any]:
    return {
        "check_id": safe_text(result.check_id, 40),
        "status": result.status.value,
        "headline": safe_text(result.headline),
        "duration_s": round(float(result.duration_s), 2),
        "metrics": [
            {"name": safe_text(m.name, 40), "value": _cut_public(m), "unit": unit_for(m)}
            for m in result.metrics
        ],
    }


def _figure(run: RunRecord, name: str) -> float | None:
    for result in run.results:
        value = result.metric(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return round(float(value), 2) if math.isfinite(value) else None
    return None


def _cut_public(metric: Metric) -> float | int | bool | str | None:
    """The metric's value; a public address only cut (203.0.x.x), even if a record held more."""
    value = _metric_value(metric.value)
    if metric.name == "public_address" and isinstance(value, str) and _FULL_IP.match(value):
        return cut_address(value)
    return value


def media_path(run: RunRecord | None) -> dict[str, Any] | None:
    """The last run's media-path figures, or None when that part did not run. The public
    address only ever cut (203.0.x.x), even if a record held more."""
    conn = next((r for r in run.results if r.check_id == "connection"), None) if run else None
    if conn is None or conn.metric("udp_path") is None:
        return None
    return {name: _cut_public(Metric(name, conn.metric(name))) for name in MEDIA_FIGURES}


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def build_report(
    *,
    system: dict[str, Any],
    interfaces: Sequence[InterfaceInfo],
    devices: DeviceLists,
    hosts: dict[str, str],
    runs: Sequence[RunRecord],
    now: datetime | None = None,
    timeline: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The report dict. *runs* are recent check runs, newest first (the first is the last run);
    *timeline* is what the session monitor saw last time (app.monitor.timeline.watch_report)."""
    last = runs[0] if runs else None
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "generated_at": _iso(now or datetime.now(UTC)),
        "system": dict(system),
        "network_interfaces": [i.to_dict() for i in interfaces],
        "devices": {
            "cameras": [_device(c.to_dict()) for c in devices.cameras],
            "microphones": [_device(a.to_dict()) for a in devices.microphones],
            "speakers": [_device(a.to_dict()) for a in devices.speakers],
            "notes": [safe_text(n) for n in devices.notes],
        },
        "profile_hosts": {k: safe_text(v, 260) for k, v in hosts.items()},
        "last_run": None
        if last is None
        else {
            "timestamp": _iso(last.timestamp),
            "verdict": last.verdict,
            "checks": [_check_entry(r) for r in last.results],
        },
        "media_path": media_path(last),
        "history": [
            {
                "timestamp": _iso(run.timestamp),
                "verdict": run.verdict,
                **{name: _figure(run, name) for name in KEY_FIGURES},
            }
            for run in runs
        ],
        "session_timeline": timeline,
    }
