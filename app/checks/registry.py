"""Which checks exist, in the order the Check my setup page and the CLI show them."""

from __future__ import annotations

from app.checks.base import Check
from app.checks.options import RunOptions


def build_checks(options: RunOptions) -> list[Check]:
    """Instantiate every check for a run (*options* are the run's CheckContext.options)."""
    from app.checks.battery import BatteryCheck
    from app.checks.camera import CameraCheck
    from app.checks.connection import ConnectionCheck
    from app.checks.microphone import MicrophoneCheck
    from app.checks.speakers import SpeakersCheck

    return [ConnectionCheck(), CameraCheck(), MicrophoneCheck(), SpeakersCheck(), BatteryCheck()]
