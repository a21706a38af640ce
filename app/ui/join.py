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

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.checks.base import Status
from app.links import host_of
from app.schedule.dialing import parse_dial
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
    """The one link and the one phone number for now: the session's own when it has them, else
    the program profile's. The Ready screen, the footer and the tray all ask here."""
    session = ctx.next_session(now)
    url = (session.join_url if session else "") or ctx.profile.join_url
    phone = (session.dial_in if session else "") or ctx.profile.phone_line
    return JoinInfo(safe_link(url), phone)


def tel_url(number: str) -> str:
    """ "tel:+15550100,,1234#" from "+1 555 0100,,1234#": digits, +, pauses and tones only."""
    return "tel:" + re.sub(r"[^0-9+*#,;]", "", number)


def dial_text(number: str) -> str:
    """The number as a person dials it: "+1 646 558 8656, then meeting ID 812 3456 7890 #"."""
    dial = parse_dial(number)
    if not dial:
        return number.strip()
    text = dial.number
    if dial.meeting_id:
        text = QCoreApplication.translate("Join", "{number}, then meeting ID {id}").format(
            number=text, id=dial.meeting_id
        )
    if dial.passcode:
        text = QCoreApplication.translate("Join", "{text}, then passcode {code}").format(
            text=text, code=dial.passcode
        )
    return text


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


def _tell_no_way_in(parent: QWidget | None, link: str = "") -> QMessageBox:
    """The link is missing or the desktop could not open it: say so, offer to copy the link
    (for another browser or the video app), and point to the phone."""
    box = QMessageBox(parent)
    box.setObjectName("joinNoWayIn")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Join", "Join session"))
    if link:
        box.setText(
            QCoreApplication.translate(
                "Join", "This computer could not open your session link: no web browser answered."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Join",
                "Copy the link and paste it into your browser or video app, or join by phone.",
            )
        )
        copy = box.addButton(
            QCoreApplication.translate("Join", "&Copy link"), QMessageBox.ButtonRole.ActionRole
        )
        copy.setObjectName("copyJoinLink")
        copy.clicked.disconnect()  # keep the box open: the patient reads what happened next
        copy.clicked.connect(lambda: _copy_link(box, link))
    else:
        box.setText(
            QCoreApplication.translate(
                "Join",
                "We do not have a link for your session. Ask your program, or join by phone.",
            )
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()  # not modal-blocking: the patient can still reach Join by phone
    return box


def _copy_link(box: QMessageBox, link: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(link)
    log.info("session link copied (host %r)", host_of(link))
    box.setInformativeText(
        QCoreApplication.translate(
            "Join", "Link copied. Paste it into your browser or video app, or join by phone."
        )
    )


def open_join_link(parent: QWidget | None, url: str, ctx: AppContext | None = None) -> bool:
    """Check *url*, show the site it opens and, once the patient agrees, hand it to the browser
    or video app. False if there is no usable link, the patient cancelled, or the desktop could
    not open it (in the first and last case the patient is told and pointed to the phone).
    Once opened, *ctx* (when given) says so: ``session_joined`` starts the session monitor."""
    link = safe_link(url)
    if not link:
        log.warning("no usable session link (host %r)", host_of(url))
        _tell_no_way_in(parent)
        return False
    if not confirm_join(parent, link):
        return False
    if QDesktopServices.openUrl(QUrl(link)):
        log.info("opened session link on %s", host_of(link))
        if ctx is not None:
            ctx.session_joined.emit()
        return True
    log.warning("could not open a session link (host %r)", host_of(link))
    _tell_no_way_in(parent, link)
    return False


def open_join(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Join the next session (or the program's link): see open_join_link."""
    return open_join_link(parent, join_info(ctx).url, ctx)


def open_phone(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Hand the tel: link to the desktop (a softphone or a paired phone). Most computers cannot
    dial: then show the number large, as a person dials it, to call from a phone. True when the
    desktop took the call."""
    number = join_info(ctx).phone
    if not number:
        return False
    if QDesktopServices.openUrl(QUrl(tel_url(number))):
        log.info("dial-in handed to the desktop")
        return True
    log.info("no phone app on this computer: showing the dial-in number")
    show_number(parent, number)
    return False


def show_number(parent: QWidget | None, number: str) -> QMessageBox:
    """ "Call this number from your phone", with the number large and grouped for dialing."""
    box = QMessageBox(parent)
    box.setObjectName("callFromPhone")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Join", "Join by phone"))
    box.setText(QCoreApplication.translate("Join", "Call this number from your phone:"))
    box.setInformativeText(
        '<p style="font-size:xx-large; font-weight:bold">' + _unbroken(dial_text(number)) + "</p>"
    )
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unbroken(text: str) -> str:
    """Escaped, with the spaces inside a number unbreakable: lines wrap between the number and
    the meeting ID, never in the middle of either."""
    return re.sub(r"(?<=[0-9+*#]) (?=[0-9#*])", "&nbsp;", _escape(text))


def copy_phone(ctx: AppContext) -> str:
    number = join_info(ctx).phone
    clipboard = QGuiApplication.clipboard()
    if number and clipboard is not None:
        clipboard.setText(number)
    return number
