"""psutil's battery reading as each OS reports it, with a fake ``psutil`` module: laptops on
battery or on the charger, the "calculating…" time left, desktops without a battery, and a psutil
build without ``sensors_battery`` at all."""

from __future__ import annotations

import sys
from collections import namedtuple
from types import ModuleType
from typing import Any

import pytest

from app.checks.base import CheckContext, Status
from app.checks.battery import BatteryCheck
from app.checks.options import RunOptions
from app.devices.battery import BatteryReading, PsutilBattery

sbattery = namedtuple("sbattery", ["percent", "secsleft", "power_plugged"])
UNKNOWN, UNLIMITED = -1, -2  # psutil.POWER_TIME_UNKNOWN / POWER_TIME_UNLIMITED


def fake_psutil(battery: Any = None, has_sensor: bool = True) -> ModuleType:
    m = ModuleType("psutil")
    m.POWER_TIME_UNKNOWN, m.POWER_TIME_UNLIMITED = UNKNOWN, UNLIMITED  # type: ignore[attr-defined]
    if has_sensor:
        m.sensors_battery = lambda: battery  # type: ignore[attr-defined]
    return m


@pytest.mark.parametrize(
    ("battery", "reading"),
    [
        # Windows (GetSystemPowerStatus): on battery with an estimate; on the charger "unlimited".
        (sbattery(63, 5400, False), BatteryReading(63.0, False, 90.0)),
        (sbattery(80, UNLIMITED, True), BatteryReading(80.0, True, None)),
        # macOS (IOPowerSources): "calculating…" just after unplugging is "unknown".
        (sbattery(97.0, UNKNOWN, False), BatteryReading(97.0, False, None)),
        # Linux (/sys/class/power_supply): no AC adapter node, so plugged is not known.
        (sbattery(41.5, 3000, None), BatteryReading(41.5, None, 50.0)),
        # A battery that reports a tiny negative number is never "minus minutes".
        (sbattery(5, -30, False), BatteryReading(5.0, False, 0.0)),
    ],
    ids=["windows-on-battery", "windows-charging", "macos-calculating", "linux-no-ac-node",
         "negative-secsleft"],
)  # fmt: skip
def test_laptop_readings(
    battery: Any, reading: BatteryReading, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psutil", fake_psutil(battery))
    assert PsutilBattery().read() == reading


@pytest.mark.parametrize("has_sensor", [True, False], ids=["desktop", "no-sensors_battery"])
def test_no_battery_is_mains_power(has_sensor: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # A desktop (any OS) returns None; psutil on some systems has no sensors_battery at all.
    monkeypatch.setitem(sys.modules, "psutil", fake_psutil(None, has_sensor))
    assert PsutilBattery().read() is None
    r = BatteryCheck(PsutilBattery()).run(CheckContext(options=RunOptions(session_minutes=60)))
    assert r.status == Status.PASS and "No battery" in r.headline


def test_windows_laptop_that_will_not_last_fails_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psutil", fake_psutil(sbattery(30, 45 * 60, False)))
    r = BatteryCheck(PsutilBattery()).run(CheckContext(options=RunOptions(session_minutes=180)))
    assert r.status == Status.FAIL
