"""Find the join link and the dial-in number in a calendar event (URL, LOCATION, DESCRIPTION)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

# Hosts of common video platforms (the host itself or any sub-domain of it).
VIDEO_HOSTS = (
    "zoom.us",
    "zoomgov.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.google.com",
    "webex.com",
    "gotomeeting.com",
    "meet.goto.com",
    "gotomeet.me",
    "whereby.com",
    "doxy.me",
    "vsee.me",
    "vsee.com",
    "bluejeans.com",
    "chime.aws",
    "meet.jit.si",
    "thera-link.com",
    "simplepractice.com",
    "clients.simplepractice.com",
    "telehealth.therapynotes.com",
    "sessions.psychologytoday.com",
    "healthie.com",
    "amwell.com",
)

_URL = re.compile(r"""(?i)\b(?:https?://|webcal://)[^\s<>"'\\)\]]+""")
_TEL_URI = re.compile(r"(?i)\btel:([+0-9][0-9,;#*.\-()]{2,40})")
# A phone number near a word that says so ("Dial", "Phone", "Teléfono", "Call-in", "Join by phone").
_PHONE_LABELLED = re.compile(
    r"(?i)(?:dial(?:-?in)?|phone|tel[eé]fono|call(?:-?in)?|by phone|llame)\b[^0-9+(]{0,40}"
    r"(\+?\(?[0-9][0-9 ().\-]{6,20}[0-9](?:\s*(?:,,|;|,)\s*[0-9#*,;]{1,30})?)"
)
_MAX_SCAN = 20_000  # characters of DESCRIPTION we look through (bounded work on hostile input)


def host_of(url: str) -> str:
    """The host of *url* only (what we may show or log), lower case; "" if none."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def is_video_link(url: str) -> bool:
    host = host_of(url)
    return bool(host) and any(host == h or host.endswith("." + h) for h in VIDEO_HOSTS)


def _clean(url: str) -> str:
    return url.rstrip(".,;:!?")


def find_join_url(url_prop: str = "", location: str = "", description: str = "") -> str:
    """The best join link: a video-platform link first (URL, LOCATION, DESCRIPTION), then any
    web link in URL or LOCATION. Empty when none."""
    candidates: list[str] = []
    for text in (url_prop, location, description[:_MAX_SCAN]):
        candidates.extend(_clean(m.group(0)) for m in _URL.finditer(text or ""))
    candidates = [c for c in candidates if c.lower().startswith(("http://", "https://"))]
    for c in candidates:
        if is_video_link(c):
            return c
    for text in (url_prop, location):
        for m in _URL.finditer(text or ""):
            c = _clean(m.group(0))
            if c.lower().startswith(("http://", "https://")):
                return c
    return ""


def find_dial_in(location: str = "", description: str = "") -> str:
    """A dial-in number ("+1 646 558 8656,,123456789#") from a tel: link or a labelled number."""
    for text in (location or "", (description or "")[:_MAX_SCAN]):
        m = _TEL_URI.search(text)
        if m:
            return m.group(1).strip()
    for text in (location or "", (description or "")[:_MAX_SCAN]):
        m = _PHONE_LABELLED.search(text)
        if m:
            return re.sub(r"\s+", " ", m.group(1)).strip()
    return ""


def webcal_to_https(url: str) -> str:
    """webcal://host/x → https://host/x (webcal is https by convention)."""
    url = url.strip()
    return "https://" + url[len("webcal://") :] if url.lower().startswith("webcal://") else url


def _loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def link_allowed(url: str) -> bool:
    """A calendar link we fetch: https:// or webcal://. Plain http:// only to this computer
    (localhost), where nothing leaves the machine: elsewhere event titles and join links with
    meeting passwords would cross the network readable by anyone on the way."""
    parts = urlsplit(webcal_to_https(url))
    if parts.scheme.lower() == "https":
        return bool(parts.hostname)
    return parts.scheme.lower() == "http" and _loopback(parts.hostname or "")
