"""ScheduleStore: every calendar source together (imported file, subscription, manual entries).

It is the app's SessionSource. Network I/O happens only in :meth:`refresh_subscription`, which the
UI calls from a worker thread; the parsed calendars are swapped under a lock, so
:meth:`upcoming` is cheap and safe from the UI thread.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from app.atomic import atomic_write_bytes, atomic_write_text
from app.schedule.ics import (
    MAX_CALENDAR_BYTES,
    CalendarError,
    ParsedCalendar,
    expand,
    parse_calendar,
)
from app.schedule.manual import ManualEntry, ManualStore, to_calendar
from app.schedule.model import Session
from app.schedule.subscription import FeedCache, FetchResult, refresh_feed
from app.schedule.zones import local_zone

log = logging.getLogger("app.schedule")

REFRESH_EVERY = timedelta(hours=1)


@dataclass
class SourceStatus:
    kind: str  # "file", "subscription", "manual"
    last_updated: datetime | None = None
    error: str = ""  # message for the patient; the last good copy is still in use
    detail: str = ""  # for support staff


def _manual_calendar(entries: list[ManualEntry]) -> ParsedCalendar | None:
    """The manual entries as a calendar; None when there are none (so a schedule with no
    sources never imports icalendar, which keeps the app's start-up light)."""
    return to_calendar(entries) if entries else None


class ScheduleStore:
    def __init__(
        self,
        data_dir: Path,
        zone: tzinfo | None = None,
        default_url: Callable[[], str] | None = None,
    ) -> None:
        self.dir = Path(data_dir) / "schedule"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.zone = zone or local_zone()
        self._default_url = default_url or (lambda: "")
        self._lock = threading.Lock()
        self.manual = ManualStore(self.dir / "manual.json")
        self._file: ParsedCalendar | None = None
        self._feed: ParsedCalendar | None = None
        self._feed_url = ""  # the link whose calendar _feed holds
        self._manual: ParsedCalendar | None = None  # None: no manual entries
        self.file_error = ""
        self._version = 0  # bumped on every source change; keys the expansion cache
        self._expanded: tuple[tuple[int, datetime], list[Session]] | None = None
        self._load()

    # configuration ----------------------------------------------------------------------
    @property
    def _config_path(self) -> Path:
        return self.dir / "config.json"

    def _config(self) -> dict[str, str]:
        try:
            data = json.loads(self._config_path.read_text("utf-8"))
            return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    @property
    def subscription_url(self) -> str:
        """The calendar link in use: the profile's calendar_url (one home, which Settings, the
        Schedule page and the support report share). A link saved here by older versions is
        still honoured until AppContext moves it into the profile (legacy_subscription_url)."""
        return self._config().get("subscription_url", "") or self._default_url()

    def legacy_subscription_url(self) -> str:
        """A link the Schedule page once kept here, apart from the profile ("" when none)."""
        return self._config().get("subscription_url", "")

    def sync_url(self) -> bool:
        """The link in use changed (the profile was edited): load that link's cached calendar.
        True when it changed."""
        url = self.subscription_url
        if url == self._feed_url:
            return False
        feed = self._feed_cache().load() if url else None
        with self._lock:
            self._feed, self._feed_url = feed, url
            self._version += 1
        return True

    def set_subscription_url(self, url: str) -> None:
        cfg = self._config()
        cfg["subscription_url"] = url.strip()
        atomic_write_text(self._config_path, json.dumps(cfg, indent=2))
        with self._lock:
            self._feed = self._feed_cache().load() if self.subscription_url else None
            self._feed_url = self.subscription_url
            self._version += 1

    def _feed_cache(self) -> FeedCache:
        return FeedCache(self.dir, self.subscription_url)

    # loading ----------------------------------------------------------------------------
    @property
    def imported_path(self) -> Path:
        return self.dir / "imported.ics"

    def _load(self) -> None:
        if self.imported_path.exists():
            try:
                self._file = parse_calendar(self.imported_path.read_bytes())
            except (CalendarError, OSError) as exc:
                self.file_error = str(exc)
        self._feed_url = self.subscription_url
        if self._feed_url:
            self._feed = self._feed_cache().load()
        self._manual = _manual_calendar(self.manual.load())

    def import_file(self, path: Path) -> ParsedCalendar:
        """Read an .ics file and keep a copy; raises CalendarError (the old import stays)."""
        try:
            size = Path(path).stat().st_size
            if size > MAX_CALENDAR_BYTES:
                from app.schedule.ics import _too_big

                raise _too_big()
            data = Path(path).read_bytes()
        except OSError:
            from app.i18n import translate

            raise CalendarError(
                translate("Schedule", "This file could not be opened."), "os"
            ) from None
        parsed = parse_calendar(data)
        atomic_write_bytes(self.imported_path, data)
        with self._lock:
            self._file = parsed
            self.file_error = ""
            self._version += 1
        log.info("calendar file imported: %d events", parsed.events)
        return parsed

    def refresh_subscription(self, cancelled: Callable[[], bool] | None = None) -> FetchResult:
        """Network I/O: call from a worker thread."""
        url = self.subscription_url
        if not url:
            return FetchResult(ok=True)
        result = refresh_feed(url, self._feed_cache(), cancelled=cancelled)
        if result.ok and result.parsed is not None:
            with self._lock:
                self._feed = result.parsed
                self._version += 1
        elif result.ok and self._feed is None:  # 304 with nothing loaded yet
            cached = self._feed_cache().load()
            with self._lock:
                self._feed = cached
                self._version += 1
        return result

    def needs_refresh(self, now: datetime) -> bool:
        if not self.subscription_url:
            return False
        st = self.subscription_status()
        return st.last_updated is None or now - st.last_updated >= REFRESH_EVERY

    # manual entries ---------------------------------------------------------------------
    def manual_entries(self) -> list[ManualEntry]:
        return self.manual.load()

    def add_manual(self, entry: ManualEntry) -> None:
        entries = [*self.manual.load(), entry]
        self.manual.save(entries)
        with self._lock:
            self._manual = _manual_calendar(entries)
            self._version += 1

    def remove_manual(self, entry_id: str) -> None:
        entries = [e for e in self.manual.load() if e.id != entry_id]
        self.manual.save(entries)
        with self._lock:
            self._manual = _manual_calendar(entries)
            self._version += 1

    # status -----------------------------------------------------------------------------
    def subscription_status(self) -> SourceStatus:
        meta = self._feed_cache().meta()
        when = None
        if meta.last_updated:
            try:
                when = datetime.fromisoformat(meta.last_updated)
            except ValueError:
                when = None
        return SourceStatus("subscription", when, meta.last_error, meta.last_error_detail)

    def has_cached_feed(self) -> bool:
        with self._lock:
            return self._feed is not None

    # SessionSource ----------------------------------------------------------------------
    def upcoming(self, now: datetime, days: int = 7) -> list[Session]:
        """Sessions in progress or starting within *days* days, in local time."""
        return self.between(now, now + timedelta(days=days))

    CACHE_BEFORE = timedelta(days=1)
    CACHE_AFTER = timedelta(days=32)

    def between(self, start: datetime, end: datetime) -> list[Session]:
        """Sessions overlapping [start, end). Windows within a month of today come from a
        cache recomputed when a source changes or the day changes (the home countdown asks
        every second)."""
        day = start.astimezone(self.zone).replace(hour=0, minute=0, second=0, microsecond=0)
        lo, hi = day - self.CACHE_BEFORE, day + self.CACHE_AFTER
        if end <= hi:
            with self._lock:
                key = (self._version, day)
                cached = self._expanded if self._expanded and self._expanded[0] == key else None
            if cached is None:
                sessions = self._expand(lo, hi)
                with self._lock:
                    self._expanded = (key, sessions)
            else:
                sessions = cached[1]
            return [s for s in sessions if s.end > start and s.start < end]
        return self._expand(start, end)

    def _expand(self, start: datetime, end: datetime) -> list[Session]:
        with self._lock:
            sources = [("file", self._file), ("subscription", self._feed), ("manual", self._manual)]
        out: list[Session] = []
        seen: set[tuple[str, datetime]] = set()
        for name, parsed in sources:
            if parsed is None:
                continue
            try:
                sessions = expand(parsed, start, end, self.zone, name)
            except CalendarError as exc:
                log.warning("calendar source %s could not be expanded: %s", name, exc.detail)
                continue
            for s in sessions:
                key = (s.uid.split("/")[0], s.start)  # same event in file and feed: show once
                if key not in seen:
                    seen.add(key)
                    out.append(s)
        out.sort(key=lambda s: (s.start, s.end, s.title))
        return out
