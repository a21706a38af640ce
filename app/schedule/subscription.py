"""Fetch an ICS / webcal subscription with a cache for offline use.

Conditional requests (ETag / Last-Modified) make refreshing cheap; responses that are too large,
not a calendar, or fail to parse never replace the last good copy. Runs off the UI thread; the
caller may pass ``cancelled()`` to stop cooperatively between chunks.
"""

from __future__ import annotations

import hashlib
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import APP_NAME, __version__
from app.atomic import atomic_write_bytes, atomic_write_text
from app.i18n import translate
from app.schedule.ics import MAX_CALENDAR_BYTES, CalendarError, ParsedCalendar, parse_calendar
from app.schedule.links import host_of

log = logging.getLogger("app.schedule")

TIMEOUT_S = 20.0
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
    url = url.strip()
    if url.lower().startswith("webcal://"):
        return "https://" + url[len("webcal://") :]
    return url


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
            return self.body_path.read_bytes()
        except OSError:
            return None

    def load(self) -> ParsedCalendar | None:
        body = self.body()
        if body is None:
            return None
        try:
            return parse_calendar(body)
        except CalendarError:
            return None


def _error(message: str, detail: str, status: int = 0) -> FetchResult:
    return FetchResult(ok=False, error=message, detail=detail, status=status)


def download(
    url: str,
    headers: dict[str, str] | None = None,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_CALENDAR_BYTES,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """GET *url*; returns (status, headers, body). Raises CalendarError for every failure."""
    target = http_url(url)
    if not target.lower().startswith(("http://", "https://")):
        raise CalendarError(
            translate("Schedule", "The calendar link should start with https:// or webcal://."),
            "scheme",
        )
    req = urllib.request.Request(
        target, headers={"User-Agent": f"{APP_NAME}/{__version__}", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
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
            length = hdrs.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise CalendarError(
                    translate("Schedule", "The calendar is too large to be a session schedule."),
                    f"content-length {length}",
                )
            chunks: list[bytes] = []
            total = 0
            while True:
                if cancelled is not None and cancelled():
                    raise CalendarError(translate("Schedule", "Update cancelled."), "cancelled")
                chunk = resp.read(CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise CalendarError(
                        translate(
                            "Schedule", "The calendar is too large to be a session schedule."
                        ),
                        f"body over {max_bytes}",
                    )
                chunks.append(chunk)
            return status, hdrs, b"".join(chunks)
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
        reason = getattr(exc, "reason", exc)
        raise CalendarError(
            translate(
                "Schedule",
                "Could not reach the calendar. Check your internet connection; we will try again later.",
            ),
            f"network: {type(reason).__name__}",
        ) from None


def refresh_feed(
    url: str,
    cache: FeedCache,
    now: datetime | None = None,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_CALENDAR_BYTES,
    cancelled: Callable[[], bool] | None = None,
) -> FetchResult:
    """Fetch *url* (conditionally), and on success replace the cache. Never raises."""
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
        meta.last_error = str(exc)
        meta.last_error_detail = exc.detail
        try:
            cache.save_meta(meta)
        except OSError:
            pass
        log.warning("calendar refresh from %s failed: %s", host, exc.detail)
        return _error(str(exc), exc.detail)
