"""App preferences (not the program profile): declared once, as data, with their defaults."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_text

SETTINGS_FILE = "settings.json"

# key: default. Add a preference here, nowhere else.
DEFAULTS: dict[str, Any] = {
    "text_scale": 100,  # percent, 100–200
    "high_contrast": False,
    "reminder_minutes": 15,
    "keep_in_tray": True,
    "start_at_login": False,
    "autolock_minutes": 10,
    "camera": "",  # chosen camera (index as text) or "" for the default
    "microphone": "",  # chosen input device name, "" for the default
    "speaker": "",  # chosen output device name, "" for the default
    "orientation_done": False,
    "discreet": False,  # window title, tray and notifications show only "SessionReady"
    "precheck_before_session": True,  # check internet and battery by itself at the reminder
    "precheck_on_metered": False,  # … also on a metered connection (the speed test uses data)
    "watch_sessions": True,  # watch the connection and battery during a session
    "diary_reminder": "",  # "HH:MM": a daily reminder to fill in the diary card; "" = off
}


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SETTINGS_FILE
        self._values: dict[str, Any] = dict(DEFAULTS)
        if self.path.exists():
            try:
                stored = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError):
                stored = {}
            if isinstance(stored, dict):
                for key, value in stored.items():
                    if key in DEFAULTS and isinstance(value, type(DEFAULTS[key])):
                        self._values[key] = value

    def get(self, key: str) -> Any:
        return self._values[key] if key in self._values else DEFAULTS[key]

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._values[key] = value
        atomic_write_text(self.path, json.dumps(self._values, indent=2))
