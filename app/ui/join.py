"""Joining a session: which link and which phone number, checking and confirming the link, and
opening it. The one way in for the Ready screen, the schedule page and the tray.

The link comes from the session being joined, else the next session in the schedule, else the
program profile. Only web links are ever handed to the desktop, and only after the patient has
seen the site it opens (the host, never the token in the link). Only the host is ever logged.
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


def safe_link(url: str) -> str:
    """*url* if it is a web link with a host, else "": never hand an odd scheme (file:,
    javascript:) to the desktop."""
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in ("https", "http") and host_of(url) else ""


@dataclass(frozen=True)
class JoinInfo:
    url: str  # "" when neither the schedule nor the profile has a (web) link
    phone: str  # "" when no dial-in number is known

    @property
    def host(self) -> str:
        return host_of(self.url)


def join_info(ctx: AppContext, now: datetime | None = None) -> JoinInfo:
    session = ctx.next_session(now)
    url = (session.join_url if session else "") or ctx.profile.join_url
    phone = (session.dial_in if session else "") or ctx.profile.phone_line
    return JoinInfo(safe_link(url), phone)


def tel_url(number: str) -> str:
    """ "tel:+15550100,,1234#" from "+1 555 0100,,1234#": digits, +, pauses and tones only."""
    return "tel:" + re.sub(r"[^0-9+*#,;]", "", number)


def connection_is_poor(ctx: AppContext) -> bool:
    """The last connection check failed or warned: phone is the safer way in."""
    run = ctx.last_run
    result = run.result("connection") if run else None
    return result is not None and result.status in (Status.FAIL, Status.WARN)


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


def _tell_no_way_in(parent: QWidget | None, had_link: bool) -> None:
    """The link is missing or the desktop could not open it: say so, and point to the phone."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Join", "Join session"))
    if had_link:
        text = QCoreApplication.translate(
            "Join", "We could not open your session link. Try joining by phone."
        )
    else:
        text = QCoreApplication.translate(
            "Join", "We do not have a link for your session. Ask your program, or join by phone."
        )
    box.setText(text)
    box.open()  # not modal-blocking: the patient can still reach Join by phone


def open_join_link(parent: QWidget | None, url: str, ctx: AppContext | None = None) -> bool:
    """Check *url*, show the site it opens and, once the patient agrees, hand it to the browser
    or video app. False if there is no usable link, the patient cancelled, or the desktop could
    not open it (in the first and last case the patient is told and pointed to the phone).
    Once opened, *ctx* (when given) says so: ``session_joined`` starts the session monitor."""
    link = safe_link(url)
    if not link:
        log.warning("no usable session link (host %r)", host_of(url))
        _tell_no_way_in(parent, had_link=False)
        return False
    if not confirm_join(parent, link):
        return False
    if QDesktopServices.openUrl(QUrl(link)):
        log.info("opened session link on %s", host_of(link))
        if ctx is not None:
            ctx.session_joined.emit()
        return True
    log.warning("could not open a session link (host %r)", host_of(link))
    _tell_no_way_in(parent, had_link=True)
    return False


def open_join(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Join the next session (or the program's link): see open_join_link."""
    return open_join_link(parent, join_info(ctx).url, ctx)


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
