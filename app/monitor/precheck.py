"""Before a session, by itself: the checks that need no device and no patient — the connection
(short form: a shorter speed test) and the battery — and one sentence for the reminder.

Cameras, microphones and speakers are never opened here. The speed test uses data, so nothing
runs on a connection the system calls metered unless the patient allowed it.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.checks.base import Check, CheckResult, Status
from app.checks.battery import BatteryCheck
from app.checks.connection import ConnectionCheck
from app.checks.options import RunOptions
from app.checks.runner import run_checks
from app.checks.thresholds import load_thresholds
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.context import SystemLinkInfo

SHORT_SPEED_S = 1.5  # seconds per direction (the full check's 2.5, cut: the answer is "ok or not")
DEVICE_FREE = {"network", "battery"}  # what these checks may touch

GOOD = QT_TRANSLATE_NOOP("PreCheck", "Your internet looks good.")
SLOW_PHONE = QT_TRANSLATE_NOOP(
    "PreCheck", "Your internet is slow right now — join by phone: {phone}"
)
SLOW = QT_TRANSLATE_NOOP(
    "PreCheck", "Your internet is slow right now. Check your setup before you join."
)
CHARGE = QT_TRANSLATE_NOOP("PreCheck", "Plug in your charger before your session.")


@dataclass(frozen=True)
class PreCheck:
    skipped: str = ""  # "metered" when nothing ran; "" when the checks ran
    results: tuple[CheckResult, ...] = ()

    def status(self, check_id: str) -> Status | None:
        r = next((r for r in self.results if r.check_id == check_id), None)
        return None if r is None else r.status


def short_checks() -> list[Check]:
    """The connection check with a short speed test, and the battery check."""
    thresholds = dataclasses.replace(
        load_thresholds(), download_seconds=SHORT_SPEED_S, upload_seconds=SHORT_SPEED_S
    )
    return [ConnectionCheck(thresholds=thresholds), BatteryCheck()]


def run_precheck(
    options: RunOptions,
    allow_metered: bool,
    checks: Sequence[Check] | None = None,
    metered: Callable[[], bool | None] | None = None,
    cancel_event: threading.Event | None = None,
) -> PreCheck:
    """Run the short checks (blocking: call it off the UI thread). An unknown metered state
    counts as not metered (most systems cannot say)."""
    is_metered = (metered or (lambda: SystemLinkInfo().context().metered))()
    if is_metered and not allow_metered:
        return PreCheck(skipped="metered")
    chosen = list(checks) if checks is not None else short_checks()
    if any(not set(c.devices) <= DEVICE_FREE for c in chosen):
        raise ValueError("the pre-session check never opens a camera, microphone or speaker")
    outcome = run_checks(chosen, options, cancel_event=cancel_event)
    return PreCheck(results=tuple(outcome.results))


def precheck_text(pre: PreCheck, phone: str) -> str:
    """The sentence(s) added to the reminder; "" when there is nothing sure to say."""
    parts = []
    connection = pre.status("connection")
    if connection == Status.PASS:
        parts.append(translate("PreCheck", GOOD))
    elif connection in (Status.WARN, Status.FAIL):
        if phone:
            parts.append(translate("PreCheck", SLOW_PHONE).format(phone=phone))
        else:
            parts.append(translate("PreCheck", SLOW))
    if pre.status("battery") in (Status.WARN, Status.FAIL):
        parts.append(translate("PreCheck", CHARGE))
    return " ".join(parts)
