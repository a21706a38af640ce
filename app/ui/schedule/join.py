"""Join a session: show which site will open (host only), then hand the link to the browser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.schedule.links import host_of


def confirm_join(parent: QWidget | None, url: str) -> bool:
    """Ask before opening; the patient sees the site's name, never the token in the link."""
    host = host_of(url)
    if not host:
        return False
    box = QMessageBox(parent)
    box.setObjectName("joinConfirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Join", "Join your session"))
    box.setText(
        QCoreApplication.translate("Join", "Your session will open on {host}.").format(host=host)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Join", "Find a private spot and put on headphones. Then press Join."
        )
    )
    join = box.addButton(
        QCoreApplication.translate("Join", "&Join"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(join)
    box.exec()
    return box.clickedButton() is join


def open_join_link(parent: QWidget | None, url: str) -> bool:
    if confirm_join(parent, url):
        return QDesktopServices.openUrl(QUrl(url))
    return False
