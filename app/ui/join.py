"""Joining a session: which link and which phone number, and opening them.

Reusable by any page (checklist Ready screen, schedule). The link comes from the next session in
the schedule, else the program profile. Only the host is ever logged (links carry meeting tokens).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.checks.base import Status
from app.schedule.links import host_of
from app.ui.context import AppContext

log = logging.getLogger("app.ui.join")


@dataclass(frozen=True)
class JoinInfo:
    url: str  # "" when neither the schedule nor the profile has a link
    phone: str  # "" when no dial-in number is known

    @property
    def host(self) -> str:
        return host_of(self.url)


def join_info(ctx: AppContext, now: datetime | None = None) -> JoinInfo:
    session = ctx.next_session(now)
    url = (session.join_url if session else "") or ctx.profile.join_url
    phone = (session.dial_in if session else "") or ctx.profile.phone_line
    if urlsplit(url).scheme.lower() not in ("https", "http") or not host_of(url):
        url = ""  # never hand an odd scheme (file:, javascript:) to the desktop
    return JoinInfo(url, phone)


def tel_url(number: str) -> str:
    """ "tel:+15550100,,1234#" from "+1 555 0100,,1234#": digits, +, pauses and tones only."""
    return "tel:" + re.sub(r"[^0-9+*#,;]", "", number)


def connection_is_poor(ctx: AppContext) -> bool:
    """The last connection check failed or warned: phone is the safer way in."""
    run = ctx.last_run
    result = run.result("connection") if run else None
    return result is not None and result.status in (Status.FAIL, Status.WARN)


def open_join(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Open the session link in the default browser or video app. False if there is none or the
    desktop could not open it (the patient is told and pointed to joining by phone)."""
    info = join_info(ctx)
    if info.url and QDesktopServices.openUrl(QUrl(info.url)):
        log.info("opened session link on %s", info.host)
        return True
    log.warning("could not open a session link (host %r)", info.host)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Join", "Join session"))
    if info.url:
        text = QCoreApplication.translate(
            "Join", "We could not open your session link. Try joining by phone."
        )
    else:
        text = QCoreApplication.translate(
            "Join", "We do not have a link for your session. Ask your program, or join by phone."
        )
    box.setText(text)
    box.open()  # not modal-blocking: the patient can still reach Join by phone
    return False


def open_phone(ctx: AppContext) -> bool:
    """Hand the tel: link to the desktop (a softphone or a paired phone), if any."""
    info = join_info(ctx)
    return bool(info.phone) and QDesktopServices.openUrl(QUrl(tel_url(info.phone)))


def copy_phone(ctx: AppContext) -> str:
    number = join_info(ctx).phone
    clipboard = QGuiApplication.clipboard()
    if number and clipboard is not None:
        clipboard.setText(number)
    return number
