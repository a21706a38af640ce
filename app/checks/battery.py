"""Battery check: percent, charging and time left against the next session's remaining length."""

from __future__ import annotations

from app.checks.base import CheckContext, CheckResult, Metric, Status
from app.checks.thresholds import BatteryThresholds, default_thresholds, thresholds_for
from app.devices.battery import BatteryProvider, BatteryReading, PsutilBattery
from app.i18n import translate
from app.profile import DEFAULT_SESSION_MINUTES


class BatteryCheck:
    id = "battery"
    timeout_s = 5.0
    devices = frozenset({"battery"})

    def __init__(self, provider: BatteryProvider | None = None) -> None:
        self.provider: BatteryProvider = provider or PsutilBattery()

    @property
    def title(self) -> str:
        return translate("BatteryCheck", "Battery")

    def run(self, ctx: CheckContext) -> CheckResult:
        session = float(ctx.options.session_minutes or DEFAULT_SESSION_MINUTES)
        details = {"session_minutes": f"{session:.0f}"}
        try:
            reading = self.provider.read()
        except Exception as exc:  # a broken sensor is "no reading", never a crash
            details["error"] = type(exc).__name__
            return CheckResult(
                self.id,
                Status.WARN,
                translate("BatteryCheck", "We could not read your battery."),
                (translate("BatteryCheck", "Plug in your charger to be safe."),),
                (
                    Metric("battery_pct", None, "%"),
                    Metric("plugged", None),
                    Metric("minutes_left", None, "min"),
                ),
                details=details,
            )
        return self.judge(reading, session, details, thresholds_for(ctx.options.profile).battery)

    def judge(
        self,
        reading: BatteryReading | None,
        session: float,
        details: dict[str, str],
        bat: BatteryThresholds | None = None,
    ) -> CheckResult:
        """Judged on the figures as shown (whole minutes, whole percent): on a line, the
        better side (exactly session + margin minutes passes, 20 % does not fail)."""
        bat = bat or default_thresholds().battery
        if reading is None:
            details["battery"] = "none"
            return CheckResult(
                self.id,
                Status.PASS,
                translate("BatteryCheck", "No battery: on mains power."),
                (),
                (
                    Metric("battery_pct", None, "%"),
                    Metric("plugged", True),
                    Metric("minutes_left", None, "min"),
                ),
                details=details,
            )
        pct = round(reading.percent, 1)
        left = None if reading.minutes_left is None else round(reading.minutes_left)
        metrics = (
            Metric("battery_pct", pct, "%"),
            Metric("plugged", reading.plugged),
            Metric("minutes_left", left, "min"),
        )
        hours = session / 60.0

        def result(status: Status, headline: str, advice: tuple[str, ...]) -> CheckResult:
            return CheckResult(self.id, status, headline, advice, metrics, details=details)

        if reading.plugged:
            return result(
                Status.PASS,
                translate("BatteryCheck", "Your charger is plugged in."),
                (),
            )
        plug_now = translate("BatteryCheck", "Plug in your charger now.")
        if left is not None and left < session:
            return result(
                Status.FAIL,
                translate(
                    "BatteryCheck",
                    "Your battery may run out before this {hours:g}-hour session ends. Plug in your charger now.",
                ).format(hours=round(hours, 1)),
                (plug_now,),
            )
        if round(reading.percent) < bat.fail_pct:
            return result(
                Status.FAIL,
                translate(
                    "BatteryCheck", "Your battery is low ({pct:.0f}%). Plug in your charger now."
                ).format(pct=reading.percent),
                (plug_now,),
            )
        if left is None:
            return result(
                Status.WARN,
                translate(
                    "BatteryCheck", "We can't tell how long your battery will last ({pct:.0f}%)."
                ).format(pct=reading.percent),
                (translate("BatteryCheck", "Plug in your charger to be safe."),),
            )
        if left < session + bat.margin_min:
            return result(
                Status.WARN,
                translate(
                    "BatteryCheck",
                    "Your battery will only just last this session. Plug in your charger.",
                ),
                (translate("BatteryCheck", "Plug in your charger to be safe."),),
            )
        return result(
            Status.PASS,
            translate("BatteryCheck", "Your battery will last this session."),
            (translate("BatteryCheck", "Keep your charger close, just in case."),),
        )
