"""RunOptions: the settings of one run of the checks, the same for the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.profile import Profile


@dataclass(frozen=True)
class RunOptions:
    profile: Profile = field(default_factory=Profile)
    camera: str = ""  # camera index as text, or a video/image file path; "" = the default
    microphone: str = ""  # input device name, "" = the default
    speaker: str = ""  # output device name, "" = the default
    interactive: bool = True  # may the patient be asked questions ("Did you hear the tone?")
    session_minutes: float | None = None  # minutes the next session still needs (None: unknown)
