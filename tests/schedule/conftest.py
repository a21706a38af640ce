"""Fixtures for the schedule tests."""

from tests.harness.calendar_server import calendar_server

__all__ = ["calendar_server"]
