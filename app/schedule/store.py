"""ScheduleStore: every calendar source together (imported file, subscription, manual entries).

It is the app's SessionSource. Reading, parsing and expanding calendars is work that can take
seconds (bounded: app/schedule/expansion.py), so it happens in :meth:`prepare`, which the app
calls from a worker thread; :meth:`upcoming` then answers from the prepared window. When the
app has set :attr:`ScheduleStore.on_stale`, :meth:`between` never parses or expands: it answers
from what was prepared (perhaps nothing yet) and asks for a new preparation. Without it (the CLI,
tests) :meth:`between` prepares inline. Network I/O happens only in
:meth:`refresh_subscription` (a worker thread too). A calendar that fails is never accepted
(the last good copy stays), and one that fails when loaded is reported in :meth:`problems`,
never allowed to stop the rest of the schedule.
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
    CalendarError,
    ParsedCalendar,
    expand_checked,
    parse_calendar,
    read_calendar_file,
)
from app.schedule.manual import ManualEntry, ManualStore, to_calendar
from app.schedule.model import Session
from app.schedule.subscription import FeedCache, FetchResult, refresh_feed
from app.schedule.zones import local_zone

Expanded = tuple[list[Session], list[str]]  # the sessions of a window, the events left out

log = logging.getLogger("app.schedule")

REFRESH_EVERY = timedelta(hours=1)
SOURCES = ("file", "subscription", "manual")
PREPARE_BEFORE = timedelta(days=8)  # the prepared window: a week back (notes), a month ahead
PREPARE_AFTER = timedelta(days=32)


@dataclass
class Prepared:
    """Sessions of one window, made from the sources as they were at *version*."""

    version: int
    start: datetime
    end: datetime
    sessions: list[Session]
    problems: list[str]  # for the patient (may hold event titles: never logged)

    def covers(self, start: datetime, end: datetime) -> bool:
        return self.start <= start and end <= self.end


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
        self._prepare_lock = threading.Lock()  # one preparation at a time
        self.manual = ManualStore(self.dir / "manual.json")
        self._parsed: dict[str, ParsedCalendar | None] = dict.fromkeys(SOURCES)
        self._errors: dict[str, str] = {}  # source → message for the patient, from loading
        self._stale = set(SOURCES)  # sources to (re)load from disk at the next preparation
        self._version = 0  # bumped on every source change
        self._gen = dict.fromkeys(SOURCES, 0)  # per source: a load started before a change is void
        self._prepared: Prepared | None = None
        # source → (calendar, window, result) of the trial expansion that accepted it: the next
        # preparation of the same window uses it instead of expanding the calendar again
        self._trials: dict[str, tuple[ParsedCalendar, tuple[datetime, datetime], Expanded]] = {}
        # Set by the app: called (with the window's start) instead of preparing inline.
        self.on_stale: Callable[[datetime], None] | None = None

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

    def set_subscription_url(self, url: str) -> None:
        cfg = self._config()
        cfg["subscription_url"] = url.strip()
        atomic_write_text(self._config_path, json.dumps(cfg, indent=2))
        self._changed("subscription")

    def reload(self, source: str) -> None:
        """Read *source* again at the next preparation (e.g. the profile's link changed)."""
        self._changed(source)

    def _changed(
        self, source: str, parsed: ParsedCalendar | None = None, load: bool = True
    ) -> None:
        """*source* changed: take *parsed*, or read it again at the next preparation."""
        with self._lock:
            self._gen[source] += 1
            if load:
                self._stale.add(source)
            else:
                self._stale.discard(source)
                self._parsed[source] = parsed
                self._errors.pop(source, None)
            self._version += 1

    def _feed_cache(self) -> FeedCache:
        return FeedCache(self.dir, self.subscription_url)

    # loading ----------------------------------------------------------------------------
    @property
    def imported_path(self) -> Path:
        return self.dir / "imported.ics"

    def _load(self, source: str) -> tuple[ParsedCalendar | None, str]:
        """Read one source from disk (a worker thread): (calendar or None, error message)."""
        try:
            if source == "file":
                if not self.imported_path.exists():
                    return None, ""
                return parse_calendar(read_calendar_file(self.imported_path)), ""
            if source == "subscription":
                if not self.subscription_url:
                    return None, ""
                return self._feed_cache().load_checked(), ""
            return _manual_calendar(self.manual.load()), ""
        except CalendarError as exc:
            log.warning("calendar source %s could not be loaded: %s", source, exc.detail)
            return None, str(exc)

    def import_file(self, path: Path) -> ParsedCalendar:
        """Read an .ics file and keep a copy; raises CalendarError (the old import stays).
        A worker thread: reading, parsing and a trial expansion take up to seconds."""
        data = read_calendar_file(Path(path))
        parsed = parse_calendar(data)
        self._trial("file", parsed)
        atomic_write_bytes(self.imported_path, data)
        self._changed("file", parsed, load=False)
        log.info("calendar file imported: %d events", parsed.events)
        return parsed

    def refresh_subscription(self, cancelled: Callable[[], bool] | None = None) -> FetchResult:
        """Network I/O: call from a worker thread."""
        url = self.subscription_url
        if not url:
            return FetchResult(ok=True)
        result = refresh_feed(
            url,
            self._feed_cache(),
            cancelled=cancelled,
            check=lambda p: self._trial("subscription", p),
        )
        if result.ok and result.parsed is not None:
            self._changed("subscription", result.parsed, load=False)
        elif result.ok and self._parsed["subscription"] is None:  # 304 with nothing loaded yet
            self._changed("subscription")
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
        self._changed("manual")

    def remove_manual(self, entry_id: str) -> None:
        entries = [e for e in self.manual.load() if e.id != entry_id]
        self.manual.save(entries)
        self._changed("manual")

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
            if self._parsed["subscription"] is not None:
                return True
        return self.subscription_url != "" and self._feed_cache().body_path.exists()

    def problems(self) -> list[str]:
        """Why part of the schedule is not shown (for the patient), as last prepared."""
        with self._lock:
            return list(self._prepared.problems) if self._prepared else []

    @property
    def ready(self) -> bool:
        """True once a schedule has been prepared (the app shows "loading" before)."""
        with self._lock:
            return self._prepared is not None

    # SessionSource ----------------------------------------------------------------------
    def upcoming(self, now: datetime, days: int = 7) -> list[Session]:
        """Sessions in progress or starting within *days* days, in local time."""
        return self.between(now, now + timedelta(days=days))

    def between(self, start: datetime, end: datetime) -> list[Session]:
        """Sessions overlapping [start, end), from the prepared window (see the module doc)."""
        with self._lock:
            prepared, version = self._prepared, self._version
        if prepared is not None and prepared.version == version and prepared.covers(start, end):
            return _within(prepared.sessions, start, end)
        if self.on_stale is not None:  # the app: never parse or expand on its UI thread
            self.on_stale(start)
            return _within(prepared.sessions, start, end) if prepared is not None else []
        if end - start > PREPARE_BEFORE + PREPARE_AFTER:  # a long listing (the CLI): as asked
            with self._prepare_lock:
                self._load_stale()
            return self._expand(start, end)[0]
        return _within(self.prepare(start).sessions, start, end)

    def prepare(self, around: datetime) -> Prepared:
        """Load what changed and expand the window around *around* (a worker thread). Never
        raises: a source that fails is left out and named in the problems."""
        with self._prepare_lock:
            version = self._load_stale()
            lo, hi = self._window(around)
            sessions, problems = self._expand(lo, hi)
            prepared = Prepared(version, lo, hi, sessions, problems)
            with self._lock:
                self._prepared = prepared
            return prepared

    def _load_stale(self) -> int:
        """Read the sources that changed on disk; the version they make (hold _prepare_lock)."""
        with self._lock:
            version, stale, gen = self._version, set(self._stale), dict(self._gen)
        loaded = {source: self._load(source) for source in stale}
        with self._lock:
            for source, (parsed, error) in loaded.items():
                if self._gen[source] == gen[source]:  # not changed meanwhile
                    self._stale.discard(source)
                    self._parsed[source] = parsed
                    self._errors[source] = error
        return version

    def _window(self, around: datetime) -> tuple[datetime, datetime]:
        """The prepared window around *around*: from a week back to a month ahead, whole days."""
        day = around.astimezone(self.zone).replace(hour=0, minute=0, second=0, microsecond=0)
        return day - PREPARE_BEFORE, day + PREPARE_AFTER

    def _trial(self, source: str, parsed: ParsedCalendar) -> None:
        """Raise CalendarError unless *parsed* expands within its budget around today (a
        calendar that would not is refused, and the last good one stays). The result is kept
        for the preparation that follows."""
        window = self._window(datetime.now(self.zone))
        result = expand_checked(parsed, *window, self.zone, source)
        with self._lock:
            self._trials[source] = (parsed, window, result)

    def _expanded(
        self, source: str, parsed: ParsedCalendar, start: datetime, end: datetime
    ) -> Expanded:
        """*parsed* expanded over [start, end): the trial's result when it covered just that."""
        with self._lock:
            trial = self._trials.pop(source, None)
        if trial is not None and trial[0] is parsed and trial[1] == (start, end):
            return trial[2]
        return expand_checked(parsed, start, end, self.zone, source)

    def _expand(self, start: datetime, end: datetime) -> tuple[list[Session], list[str]]:
        with self._lock:
            sources = [(name, self._parsed[name]) for name in SOURCES]
            problems = [msg for name in SOURCES if (msg := self._errors.get(name, ""))]
        out: list[Session] = []
        seen: set[tuple[str, datetime]] = set()
        for name, parsed in sources:
            if parsed is None:
                continue
            problems.extend(parsed.warnings)
            try:
                sessions, left_out = self._expanded(name, parsed, start, end)
            except CalendarError as exc:
                log.warning("calendar source %s could not be expanded: %s", name, exc.detail)
                problems.append(str(exc))
                continue
            except Exception as exc:  # never let one source stop the schedule
                log.warning("calendar source %s failed: %s", name, type(exc).__name__)
                continue
            if left_out:
                log.warning("calendar source %s: %s", name, "; ".join(parsed.problems))
                problems.extend(left_out)
            for s in sessions:
                key = (s.uid.split("/")[0], s.start)  # same event in file and feed: show once
                if key not in seen:
                    seen.add(key)
                    out.append(s)
        out.sort(key=lambda s: (s.start, s.end, s.title))
        return out, list(dict.fromkeys(problems))


def _within(sessions: list[Session], start: datetime, end: datetime) -> list[Session]:
    return [s for s in sessions if s.end > start and s.start < end]
