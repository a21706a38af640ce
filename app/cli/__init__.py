"""Headless command line: `session-ready --help` (app.cli.main)."""

from app.cli.main import main

__all__ = ["main"]
