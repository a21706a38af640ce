"""Which checks exist, in the order the Check my setup page and the CLI show them."""

from __future__ import annotations

from app.checks.base import Check


def build_checks() -> list[Check]:
    """Instantiate every check for a run. Each check reads the run's settings (profile, camera,
    microphone, speaker, interactive, session_minutes) from CheckContext.options when it runs."""
    from app.checks.battery import BatteryCheck
    from app.checks.camera import CameraCheck
    from app.checks.connection import ConnectionCheck
    from app.checks.microphone import MicrophoneCheck
    from app.checks.speakers import SpeakersCheck

    return [ConnectionCheck(), CameraCheck(), MicrophoneCheck(), SpeakersCheck(), BatteryCheck()]
