"""Real stand-ins for hardware and network (local servers, PulseAudio, Secret Service, fake sysfs).

Harness tests are marked ``@pytest.mark.harness``. Outside CI a missing prerequisite skips them;
with ``CI=true`` it fails the run, so CI can never silently skip the real-device tier.
"""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, what: str) -> None:
    """Skip (locally) or fail (in CI) when a harness prerequisite is missing."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"harness prerequisite missing in CI: {what}")
    pytest.skip(f"harness prerequisite missing: {what}")


def require_tool(name: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"the '{name}' program (see tools/sysdeps.sh)")
    assert path is not None
    return path


def require_root(what: str) -> None:
    require(hasattr(os, "geteuid") and os.geteuid() == 0, f"root, for {what}")
