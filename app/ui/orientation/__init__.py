"""First-run guided tour: what SessionReady does, a session day, the video platform, privacy,
what to do if video fails, the crisis line, tech help — and the essential setup."""

from app.ui.orientation.dialog import OrientationDialog, maybe_show_orientation

__all__ = ["OrientationDialog", "maybe_show_orientation"]
