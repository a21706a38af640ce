"""Before a session, by itself: at the "before" reminder, the connection (short form) and the
battery are checked in the background and the reminder says how it went ("Your internet looks
good" / "Your internet is slow right now — join by phone: …"). Never a camera, microphone or
speaker; off with the ``precheck_before_session`` setting; on a metered connection only with
``precheck_on_metered``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.checks.options import RunOptions
from app.schedule.reminders import Reminder
from app.ui.context import AppContext
from app.ui.tasks import Task, TaskRunner

log = logging.getLogger("app.ui.monitor_precheck")
GIVE_UP_MS = 30_000  # the reminder is shown by then, with or without the result


def _default_run(options: RunOptions, allow_metered: bool, cancel: threading.Event) -> Any:
    from app.monitor.precheck import run_precheck

    return run_precheck(options, allow_metered, cancel_event=cancel)


class PreSessionCheck(QObject):
    """``run(reminder, done)`` calls ``done(extra_text)`` on the UI thread exactly once: at
    once with "" when switched off, else when the checks are back (or after GIVE_UP_MS)."""

    def __init__(
        self,
        ctx: AppContext,
        run: Callable[[RunOptions, bool, threading.Event], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_checks = run or _default_run
        self.runner = TaskRunner(self)
        self.last: Any = None  # the last PreCheck (tests, support)

    def enabled(self) -> bool:
        return bool(self.ctx.settings.get("precheck_before_session"))

    def run(self, r: Reminder, done: Callable[[str], None]) -> None:
        if not self.enabled():
            done("")
            return
        told = [False]

        def tell(text: str) -> None:
            if not told[0]:
                told[0] = True
                done(text)

        options = RunOptions(
            profile=self.ctx.profile,
            interactive=False,
            session_minutes=r.session.duration.total_seconds() / 60.0,
        )
        allow = bool(self.ctx.settings.get("precheck_on_metered"))
        # Discreet mode keeps the join-by-phone number out of notifications (issue 18).
        discreet = bool(self.ctx.settings.get("discreet"))
        phone = "" if discreet else (r.session.dial_in or self.ctx.profile.phone_line)
        cancel = threading.Event()
        runner = self.run_checks

        def work(_task: Task) -> Any:
            return runner(options, allow, cancel)

        def finished(pre: Any) -> None:
            from app.monitor.precheck import precheck_text

            self.last = pre
            if pre.skipped:
                log.info("pre-session check skipped: %s", pre.skipped)
            tell(precheck_text(pre, phone))

        def failed(error: Exception) -> None:
            log.warning("pre-session check failed: %s", type(error).__name__)
            tell("")

        def give_up() -> None:
            cancel.set()
            tell("")

        self.runner.submit(work, finished, failed, key="precheck")
        QTimer.singleShot(GIVE_UP_MS, self, give_up)
