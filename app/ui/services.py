"""The services the window is built with: one field per outside thing a page uses.

Pages take them from ``ctx.services``; tests build an AppContext with their own Services
instead of replacing module globals by dotted name. Defaults import lazily, so building the
window loads none of the heavy libraries (tests/test_startup_imports.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.checks.base import Check
    from app.checks.options import RunOptions


def _default_checks(_options: RunOptions) -> list[Check]:
    """Every real check; they read the run's options when they run (CheckContext.options)."""
    from app.checks.registry import build_checks

    return build_checks()


def _default_vault(folder: Path) -> Any:
    from app.notes.vault import Vault

    return Vault(folder)


@dataclass
class Services:
    # the checks of one run, built from its options (app.checks.registry.build_checks)
    checks: Callable[[RunOptions], list[Check]] = field(default=_default_checks)
    # the notes vault for a folder (app.notes.vault.Vault)
    vault: Callable[[Path], Any] = field(default=_default_vault)
    # whether the Check page starts its live camera mirror and microphone meter when shown
    live_devices: bool = True
