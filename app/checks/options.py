"""RunOptions: the settings of one run of the checks, the same for the window and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from app.profile import Profile


@dataclass(frozen=True)
class RunOptions:
    profile: Profile = field(default_factory=Profile)
    camera: str = ""  # camera index as text, or a video/image file path; "" = the default
    microphone: str = ""  # input device name, "" = the default
    speaker: str = ""  # output device name, "" = the default
    interactive: bool = True  # may the patient be asked questions ("Did you hear the tone?")
    session_minutes: float | None = None  # minutes the next session still needs (None: unknown)

    @classmethod
    def of(cls, options: RunOptions | Mapping[str, Any] | None) -> RunOptions:
        """*options* as RunOptions: a mapping names fields (an unknown name is a TypeError)."""
        if isinstance(options, RunOptions):
            return options
        return cls(**dict(options or {}))

    def get(self, name: str, default: Any = None) -> Any:
        """The option called *name* (*default* for a name that is not an option)."""
        if name in {f.name for f in fields(self)}:
            return getattr(self, name)
        return default
