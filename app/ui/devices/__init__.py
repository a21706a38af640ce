"""Live device widgets for Check my setup: camera mirror, microphone meter, device pickers."""

from app.ui.devices.panel import DevicesPanel

__all__ = ["DevicesPanel"]
