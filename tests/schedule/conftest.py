"""Fixtures for the schedule tests."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.harness.calendar_server import calendar_server

__all__ = ["calendar_server", "machine_in_chicago"]


@pytest.fixture(autouse=True)
def machine_in_chicago(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local zone is America/Chicago, as the stores these tests pin: the app shows
    every time in the machine's local zone."""
    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
