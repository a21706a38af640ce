"""The battery: percent, charging and time left, behind a provider tests can replace."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class BatteryReading:
    percent: float
    plugged: bool | None  # None: the system does not say
    minutes_left: float | None  # None: unknown (or unlimited while plugged in)


class BatteryProvider(Protocol):
    def read(self) -> BatteryReading | None:
        """The battery now, or None when this computer has no battery reading."""
        ...


class PsutilBattery:
    """psutil.sensors_battery(): None on desktops (and some laptops) is "no battery reading"."""

    def read(self) -> BatteryReading | None:
        import psutil

        fn = getattr(psutil, "sensors_battery", None)
        if fn is None:
            return None
        b = fn()
        if b is None:
            return None
        secs = b.secsleft
        minutes: float | None
        if secs in (psutil.POWER_TIME_UNKNOWN, psutil.POWER_TIME_UNLIMITED) or secs is None:
            minutes = None
        else:
            minutes = max(0.0, float(secs) / 60.0)
        return BatteryReading(float(b.percent), b.power_plugged, minutes)
