"""The patient's local time zone as a real IANA zone (so DST changes are right), when knowable."""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_named(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def local_zone() -> tzinfo:
    """$TZ, /etc/timezone or the /etc/localtime link; else the current fixed offset."""
    tz = os.environ.get("TZ", "").lstrip(":")
    zone = zone_named(tz)
    if zone is not None:
        return zone
    try:
        zone = zone_named(Path("/etc/timezone").read_text("utf-8").strip())
        if zone is not None:
            return zone
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            zone = zone_named(target.split("zoneinfo/", 1)[1])
            if zone is not None:
                return zone
    except OSError:
        pass
    fixed = datetime.now().astimezone().tzinfo
    assert fixed is not None
    return fixed


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", "") or ""
