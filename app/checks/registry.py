"""Which checks exist, in the order the Check my setup page and the CLI show them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.checks.base import Check


def build_checks(options: Mapping[str, Any]) -> list[Check]:
    """Instantiate every check for a run. *options* are the same as CheckContext.options
    (profile, camera, microphone, speaker, interactive, session_minutes)."""
    from app.checks.battery import BatteryCheck
    from app.checks.camera import CameraCheck
    from app.checks.connection import ConnectionCheck
    from app.checks.microphone import MicrophoneCheck
    from app.checks.speakers import SpeakersCheck

    return [ConnectionCheck(), CameraCheck(), MicrophoneCheck(), SpeakersCheck(), BatteryCheck()]
