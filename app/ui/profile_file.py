"""Choosing a program's profile file: one dialog for Settings and the welcome tour."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_profile_file(parent: QWidget | None) -> Path | None:
    """Ask for the JSON or TOML profile the program gave the patient; None if cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ProfileFile", "Choose your program's profile"),
        str(Path.home()),
        QCoreApplication.translate("ProfileFile", "Profiles (*.json *.toml);;All files (*)"),
    )
    return Path(path) if path else None
