"""SessionReady: get ready for a virtual intensive outpatient program (IOP) session."""

__version__ = "0.1.0"
APP_NAME = "SessionReady"
