"""Battery check: every branch with a provider stand-in, then real psutil on a fake sysfs."""

from __future__ import annotations

import pytest

from app.checks.base import CheckContext, Status
from app.checks.battery import BatteryCheck
from app.checks.options import RunOptions
from app.devices.battery import BatteryReading
from tests.harness.battery import run_with_fake_battery


class Stub:
    def __init__(self, reading: BatteryReading | None, error: Exception | None = None) -> None:
        self.reading, self.error = reading, error

    def read(self) -> BatteryReading | None:
        if self.error:
            raise self.error
        return self.reading


def run(reading: BatteryReading | None, minutes: float = 180, error: Exception | None = None):  # type: ignore[no-untyped-def]
    return BatteryCheck(Stub(reading, error)).run(
        CheckContext(options=RunOptions(session_minutes=minutes))
    )


@pytest.mark.parametrize(
    ("reading", "status", "words"),
    [
        (None, Status.PASS, "No battery: on mains power"),
        (BatteryReading(10, True, None), Status.PASS, "charger is plugged in"),
        (BatteryReading(40, False, 60), Status.FAIL, "may run out before this 3-hour session"),
        (BatteryReading(15, False, None), Status.FAIL, "battery is low"),
        (BatteryReading(60, False, None), Status.WARN, "can't tell how long"),
        (BatteryReading(70, False, 185), Status.WARN, "only just last"),
        (BatteryReading(90, False, 300), Status.PASS, "will last this session"),
    ],
)
def test_battery_branches(reading: BatteryReading | None, status: Status, words: str) -> None:
    r = run(reading)
    assert r.status == status
    assert words in r.headline


def test_remaining_session_length_is_what_counts() -> None:
    assert run(BatteryReading(40, False, 60), minutes=30).status == Status.PASS
    assert "1.5-hour" in run(BatteryReading(40, False, 60), minutes=90).headline


def test_a_broken_sensor_is_a_warning_not_a_crash() -> None:
    r = run(None, error=RuntimeError("ACPI"))
    assert r.status == Status.WARN and r.metric("battery_pct") is None


@pytest.mark.harness
@pytest.mark.parametrize(
    ("capacity", "state", "ac", "status", "plugged", "minutes"),
    [
        (15, "Discharging", 0, "fail", False, 45),
        (80, "Discharging", 0, "pass", False, 240),
        (50, "Charging", 1, "pass", True, None),
    ],
)
def test_psutil_reads_a_fake_power_supply(
    capacity: int, state: str, ac: int, status: str, plugged: bool, minutes: int | None
) -> None:
    out = run_with_fake_battery(capacity, state, ac)
    result = out["result"]
    metrics = {m["name"]: m["value"] for m in result["metrics"]}
    assert result["status"] == status
    assert metrics["battery_pct"] == capacity
    assert metrics["plugged"] is plugged
    assert metrics["minutes_left"] == minutes
