"""Gather everything the report needs from this machine (slow: call it off the UI thread)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.checks.history import HistoryStore
from app.devices.inventory import DeviceProvider, collect_devices
from app.monitor.store import MonitorStore
from app.monitor.timeline import watch_report
from app.profile import Profile
from app.report.build import build_report, profile_hosts
from app.report.system import network_interfaces, system_info

HISTORY_RUNS = 10


def collect_report(
    profile: Profile,
    history: HistoryStore,
    qt_version: str = "",
    device_provider: DeviceProvider | None = None,
    runs: int = HISTORY_RUNS,
    now: datetime | None = None,
    monitor: MonitorStore | None = None,
) -> dict[str, Any]:
    """Collect system, interfaces, devices and recent runs, and build the report.

    The profile is reduced to its host names at once; nothing else of it is read. *monitor*
    gives the last session's timeline.
    """
    return build_report(
        system=system_info(qt_version),
        interfaces=network_interfaces(),
        devices=collect_devices(device_provider),
        hosts=profile_hosts(profile),
        runs=history.recent(runs),
        now=now,
        timeline=watch_report(monitor.last_watch()) if monitor is not None else None,
    )
