"""Fetch an ICS / webcal subscription with a cache for offline use.

Conditional requests (ETag / Last-Modified) make refreshing cheap; responses that are too large,
not a calendar, fail to parse or fail the caller's check never replace the last good copy. Runs
off the UI thread.

Every download is bounded: a deadline for the whole download (a server dripping a byte at a
time cannot hold it), each network wait at most ``POLL_S`` long between checks of the deadline
and of the caller's ``cancelled()``, the size limit, and at most ``MAX_REDIRECTS`` redirects,
each checked like the first link.

Plain ``http://`` is refused (calendar text — titles, join links with meeting passwords — would
cross the network readable by anyone on the way), except to this computer itself (localhost),
where nothing leaves the machine. Links are ``https://`` or ``webcal://`` (which means https).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import APP_NAME, __version__
from app.atomic import atomic_write_bytes, atomic_write_text
from app.i18n import translate
from app.links import host_of, link_allowed, webcal_to_https
from app.schedule.ics import (
    MAX_CALENDAR_BYTES,
    CalendarError,
    ParsedCalendar,
    parse_calendar,
    read_calendar_file,
)

log = logging.getLogger("app.schedule")

TIMEOUT_S = 20.0  # one network wait (connecting, a read)
DEADLINE_S = 45.0  # the whole download, however the server paces it
POLL_S = 0.25  # how often a waiting download looks at cancel and the deadline
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
# Servers label calendars many ways; these are the ones that can hold one. HTML, JSON, images … no.
CALENDAR_TYPES = {
    "text/calendar",
    "text/x-vcalendar",
    "application/ics",
    "application/x-ics",
    "text/plain",
    "application/octet-stream",
    "application/calendar",
    "",
}


def http_url(url: str) -> str:
    """webcal://host/x → https://host/x (webcal is https by convention)."""
    return webcal_to_https(url)


def _bad_link(detail: str) -> CalendarError:
    return CalendarError(
        translate("Schedule", "The calendar link should start with https:// or webcal://."),
        detail,
    )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to a link that would be allowed as the first one."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not link_allowed(newurl):
            raise _bad_link(f"redirect to {urllib.parse.urlsplit(newurl).scheme or '?'}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_CheckedRedirects())


class _Watch:
    """Ends a download from another thread when it is cancelled or past its deadline: the
    response's socket is shut down, so a read waiting on a silent server returns at once."""

    def __init__(self, deadline: float, cancelled: Callable[[], bool] | None) -> None:
        self.deadline = deadline
        self.cancelled = cancelled or (lambda: False)
        self.reason = ""
        self._resp: object | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="calendar-download", daemon=True)
        self._thread.start()

    def attach(self, resp: object) -> None:
        self._resp = resp
        if self.reason:
            self._cut()

    def check(self) -> None:
        if self.cancelled():
            self.reason = self.reason or "cancelled"
        elif time.monotonic() > self.deadline:
            self.reason = self.reason or "deadline"
        if self.reason:
            raise _stopped(self.reason)

    def _run(self) -> None:
        while not self._done.wait(POLL_S):
            if self.cancelled() or time.monotonic() > self.deadline:
                self.reason = self.reason or ("cancelled" if self.cancelled() else "deadline")
                self._cut()
                return

    def _cut(self) -> None:
        import socket

        fp = getattr(self._resp, "fp", None)
        sock = getattr(getattr(fp, "raw", None), "_sock", None)
        if isinstance(sock, socket.socket):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self) -> None:
        self._done.set()


def _stopped(reason: str) -> CalendarError:
    if reason == "cancelled":
        return CalendarError(translate("Schedule", "Update cancelled."), "cancelled")
    return CalendarError(
        translate(
            "Schedule",
            "The calendar server is too slow right now. We will try again later.",
        ),
        "deadline",
    )


@dataclass
class CacheMeta:
    url_key: str = ""
    etag: str = ""
    last_modified: str = ""
    last_updated: str = ""  # ISO time of the last successful contact (200 or 304)
    last_error: str = ""  # message for the patient
    last_error_detail: str = ""  # for support staff: status code / error type, no URL


@dataclass
class FetchResult:
    ok: bool
    changed: bool = False
    status: int = 0
    error: str = ""
    detail: str = ""
    parsed: ParsedCalendar | None = None


def url_key(url: str) -> str:
    return hashlib.sha256(http_url(url).encode("utf-8")).hexdigest()[:16]


class FeedCache:
    """One subscription's last good body and its validators, under ``<dir>/feed-<hash>.*``."""

    def __init__(self, directory: Path, url: str) -> None:
        self.dir = Path(directory)
        self.key = url_key(url)
        self.body_path = self.dir / f"feed-{self.key}.ics"
        self.meta_path = self.dir / f"feed-{self.key}.json"

    def meta(self) -> CacheMeta:
        try:
            data = json.loads(self.meta_path.read_text("utf-8"))
            return CacheMeta(
                **{k: str(v) for k, v in data.items() if k in CacheMeta.__annotations__}
            )
        except (OSError, ValueError, TypeError):
            return CacheMeta(url_key=self.key)

    def save_meta(self, meta: CacheMeta) -> None:
        meta.url_key = self.key
        atomic_write_text(self.meta_path, json.dumps(meta.__dict__, indent=2))

    def body(self) -> bytes | None:
        try:
            return read_calendar_file(self.body_path)
        except CalendarError:
            return None

    def load(self) -> ParsedCalendar | None:
        try:
            return self.load_checked()
        except CalendarError:
            return None

    def load_checked(self) -> ParsedCalendar | None:
        """The cached calendar; None when there is none; CalendarError when it is unusable."""
        if not self.body_path.exists():
            return None
        return parse_calendar(read_calendar_file(self.body_path))


def _error(message: str, detail: str, status: int = 0) -> FetchResult:
    return FetchResult(ok=False, error=message, detail=detail, status=status)


def download(
    url: str,
    headers: dict[str, str] | None = None,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_CALENDAR_BYTES,
    cancelled: Callable[[], bool] | None = None,
    deadline_s: float = DEADLINE_S,
) -> tuple[int, dict[str, str], bytes]:
    """GET *url*; returns (status, headers, body). Raises CalendarError for every failure."""
    target = http_url(url)
    if not link_allowed(target):
        raise _bad_link("scheme")
    req = urllib.request.Request(
        target, headers={"User-Agent": f"{APP_NAME}/{__version__}", **(headers or {})}
    )
    watch = _Watch(time.monotonic() + deadline_s, cancelled)
    try:
        with _opener.open(req, timeout=min(timeout, deadline_s)) as resp:
            watch.attach(resp)
            return _read(resp, max_bytes, watch)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return 304, {k.lower(): v for k, v in exc.headers.items()}, b""
        if exc.code in (401, 403, 404, 410):
            msg = translate(
                "Schedule",
                "The calendar link no longer works. Ask your program for a new link.",
            )
        else:
            msg = translate(
                "Schedule",
                "The calendar server has a problem right now. We will try again later.",
            )
        raise CalendarError(msg, f"HTTP {exc.code}") from None
    except CalendarError:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        if watch.reason:
            raise _stopped(watch.reason) from None
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, CalendarError):  # a redirect refused inside urllib
            raise reason from None
        raise CalendarError(
            translate(
                "Schedule",
                "Could not reach the calendar. Check your internet connection; we will try again later.",
            ),
            f"network: {type(reason).__name__}",
        ) from None
    finally:
        watch.stop()


def _read(resp: Any, max_bytes: int, watch: _Watch) -> tuple[int, dict[str, str], bytes]:
    status = resp.status
    hdrs = {k.lower(): v for k, v in resp.headers.items()}
    ctype = hdrs.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in CALENDAR_TYPES:
        raise CalendarError(
            translate(
                "Schedule",
                "The calendar link opened a web page, not a calendar. Ask your program for the calendar (.ics) link.",
            ),
            f"content-type {ctype}",
        )
    too_large = translate("Schedule", "The calendar is too large to be a session schedule.")
    length = hdrs.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise CalendarError(too_large, f"content-length {length}")
    chunks: list[bytes] = []
    total = 0
    while True:
        watch.check()
        chunk = resp.read1(CHUNK)  # what has arrived, not a full CHUNK (a drip would wait)
        if not chunk:
            watch.check()  # a read ended by the watch looks like the end of the body
            break
        total += len(chunk)
        if total > max_bytes:
            raise CalendarError(too_large, f"body over {max_bytes}")
        chunks.append(chunk)
    return status, hdrs, b"".join(chunks)


def refresh_feed(
    url: str,
    cache: FeedCache,
    now: datetime | None = None,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_CALENDAR_BYTES,
    cancelled: Callable[[], bool] | None = None,
    check: Callable[[ParsedCalendar], None] | None = None,
) -> FetchResult:
    """Fetch *url* (conditionally), and on success replace the cache. *check* may refuse a
    parsed calendar (raising CalendarError): the cache then keeps the last good one. Never
    raises."""
    now = now or datetime.now(UTC)
    meta = cache.meta()
    have_body = cache.body() is not None
    headers: dict[str, str] = {"Accept": "text/calendar, text/plain;q=0.8, */*;q=0.1"}
    if have_body and meta.etag:
        headers["If-None-Match"] = meta.etag
    if have_body and meta.last_modified:
        headers["If-Modified-Since"] = meta.last_modified
    host = host_of(http_url(url))
    try:
        status, hdrs, body = download(url, headers, timeout, max_bytes, cancelled)
        if status == 304 and have_body:
            # Unchanged: the caller keeps what it has loaded (no re-parse).
            result = FetchResult(ok=True, changed=False, status=304)
        else:
            parsed = parse_calendar(body)
            if check is not None:
                check(parsed)
            atomic_write_bytes(cache.body_path, body)
            meta.etag = hdrs.get("etag", "")
            meta.last_modified = hdrs.get("last-modified", "")
            result = FetchResult(ok=True, changed=True, status=status, parsed=parsed)
        meta.last_updated = now.isoformat()
        meta.last_error = meta.last_error_detail = ""
        cache.save_meta(meta)
        log.info("calendar refresh from %s: %s", host, result.status)
        return result
    except CalendarError as exc:
        log.warning("calendar refresh from %s failed: %s", host, exc.detail)
        if exc.detail != "cancelled":  # a cancelled update says nothing about the link
            # Read the meta again: another update may have finished meanwhile, and its
            # "last updated" must not be overwritten with what was there when this one began.
            meta = cache.meta()
            meta.last_error = str(exc)
            meta.last_error_detail = exc.detail
            try:
                cache.save_meta(meta)
            except OSError:
                pass
        return _error(str(exc), exc.detail)
