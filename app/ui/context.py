"""AppContext: the stores every page shares, and the signals pages use to talk to each other.

Pages keep durable state here (or in the stores), never only in their widgets, so a page can be
rebuilt or retranslated without losing anything.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.checks.history import HistoryStore, RunRecord
from app.profile import Profile, ProfileStore
from app.schedule.model import Session, next_session
from app.settings import Settings
from app.ui.services import Services

if TYPE_CHECKING:
    from app.schedule.store import ScheduleStore
    from app.ui.schedule.loader import ScheduleLoader


class AppContext(QObject):
    profile_changed = Signal()
    settings_changed = Signal(str)  # the key that changed
    navigate_requested = Signal(
        str
    )  # a page id: home, checks, checklist, notes, diary, schedule, help
    run_checks_requested = Signal()  # "Check my setup" pressed elsewhere: go and run them all
    check_run_finished = Signal(object)  # RunRecord
    schedule_changed = Signal()
    language_changed = Signal(str)
    checkin_changed = Signal()  # the notes opened or locked, or the safety check-in changed
    checkin_save_requested = Signal(object)  # CheckIn: the Notes page seals it in the vault
    # The diary (app.diary, issue 19): entries sealed in the notes vault, shown only while open.
    diary_changed = Signal()  # the notes opened or locked, or a diary entry changed
    diary_save_requested = Signal(object)  # an Entry (app.diary.entries): the Notes page seals it
    diary_delete_requested = Signal(str)  # an entry's id
    diary_saved = Signal(object)  # the Entry as saved (with its id)
    diary_save_failed = Signal(str)  # why, in the patient's words
    diary_card_requested = Signal()  # "Today's diary card": Ctrl+D, Home, the tray
    hide_requested = Signal()  # quick hide (app.ui.quickhide): lock, clear, hide the window
    session_joined = Signal()  # a session link was opened: the session monitor starts

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, services: Services | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.services = services or Services()
        self.profile_store = ProfileStore(data_dir)
        self.profile: Profile = self.profile_store.load()
        self.settings = Settings(data_dir)
        self.history = HistoryStore(data_dir)
        self.last_run: RunRecord | None = self.history.last()
        self._schedule: ScheduleStore | None = None
        self.schedule_loader: ScheduleLoader | None = None
        # The safety check-in (app.notes.checkin.CheckIn) while the notes are open; memory only.
        self.checkin: Any = None
        # The diary entries (app.diary.entries.Entries) while the notes are open; memory only.
        self.diary: Any = None

    @property
    def schedule(self) -> ScheduleStore:
        """Every calendar source together (file, link, manual entries). Made on first use, so a
        context that never shows a session never reads the calendars. Its calendars are read
        and expanded by a ScheduleLoader on the TaskRunner, never on the UI thread: until the
        first preparation ends, it lists no sessions (``ready`` is False)."""
        if self._schedule is None:
            from app.schedule.store import ScheduleStore
            from app.ui.schedule.loader import ScheduleLoader

            store = ScheduleStore(self.data_dir, default_url=lambda: self.profile.calendar_url)
            self._adopt_legacy_calendar_link(store)
            self.schedule_loader = ScheduleLoader(self, store)
            self._schedule = store
        return self._schedule

    @schedule.setter
    def schedule(self, store: ScheduleStore) -> None:  # tests pass a store with a pinned zone
        self._schedule = store

    def _adopt_legacy_calendar_link(self, store: ScheduleStore) -> None:
        """One home for the calendar link: the profile. A link older versions kept with the
        schedule moves into the profile once (it was the one in use)."""
        legacy = store.legacy_subscription_url()
        if legacy:
            store.set_subscription_url("")
            if legacy != self.profile.calendar_url:
                self.set_profile(self.profile.replace(calendar_url=legacy))

    def set_calendar_url(self, url: str) -> None:
        """The calendar link, wherever it is typed (Schedule page, Settings, the tour)."""
        if url != self.profile.calendar_url:
            self.set_profile(self.profile.replace(calendar_url=url))

    def set_profile(self, profile: Profile) -> None:
        old_language = self.profile.language
        old_url = self.profile.calendar_url
        self.profile_store.save(profile)
        self.profile = profile
        if self._schedule is not None and profile.calendar_url != old_url:
            self._schedule.reload("subscription")  # the profile's link may be the one in use
        self.profile_changed.emit()
        if profile.language != old_language:
            self.language_changed.emit(profile.language)

    def request_checks(self) -> None:
        """Show the Check my setup page and start every check (one click from anywhere)."""
        self.run_checks_requested.emit()  # first, so the page does not open the camera mirror
        self.navigate_requested.emit("checks")

    def set_setting(self, key: str, value: object) -> None:
        self.settings.set(key, value)
        self.settings_changed.emit(key)

    def record_run(self, record: RunRecord) -> None:
        self.history.add(record)
        self.run_recorded(record)

    def run_recorded(self, record: RunRecord) -> None:
        """*record* is in the history now (saved off the UI thread): it is the last run."""
        self.last_run = record
        self.check_run_finished.emit(record)

    def next_session(self, now: datetime | None = None) -> Session | None:
        return next_session(self.schedule, now or datetime.now().astimezone())

    def schedule_ready(self) -> bool:
        """False while the schedule is still being read (at start-up, off the UI thread)."""
        return bool(getattr(self.schedule, "ready", True))

    def session_minutes_remaining(self, now: datetime | None = None) -> float:
        """Minutes the next session still needs (its remaining length, else the profile's)."""
        now = now or datetime.now().astimezone()
        s = self.next_session(now)
        return s.minutes_remaining(now) if s else float(self.profile.session_minutes)
