"""Run checks: concurrently unless they share a device, each within its timeout, cancellable.

Pure Python (threads). The UI calls :func:`run_checks` from a worker thread; the CLI calls it
directly. A check that hangs past its timeout becomes an ERROR result with advice; its thread is
abandoned (daemon) so the run always completes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.checks.base import Cancelled, Check, CheckContext, CheckResult, Status
from app.checks.options import RunOptions
from app.i18n import translate

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, float, str], None]  # check_id, fraction, message
ResultCallback = Callable[[CheckResult], None]
# check_id, question, choices, seconds the check has left → answer or None
RunnerAskFn = Callable[[str, str, Sequence[str], float], "str | None"]

CANCEL_GRACE_S = 1.5  # how long a cancelled run waits for checks to notice before moving on


@dataclass(frozen=True)
class RunOutcome:
    results: tuple[CheckResult, ...]
    cancelled: bool


def timeout_result(check: Check, seconds: float) -> CheckResult:
    return CheckResult(
        check.id,
        Status.ERROR,
        translate("Runner", "This check took too long and was stopped."),
        (
            translate("Runner", "Check again. If it happens again, restart your computer."),
            translate("Runner", "If it still does not work, join by phone and tell support."),
        ),
        duration_s=seconds,
        details={"error": "timeout", "timeout_s": f"{check.timeout_s:g}"},
    )


def crash_result(check: Check, exc: BaseException, seconds: float) -> CheckResult:
    return CheckResult(
        check.id,
        Status.ERROR,
        translate("Runner", "This check could not finish."),
        (
            translate("Runner", "Check again."),
            translate("Runner", "If it keeps happening, tell support (Help & support page)."),
        ),
        duration_s=seconds,
        details={"error": type(exc).__name__, "message": str(exc)[:300]},
    )


def cancelled_result(check: Check, seconds: float = 0.0) -> CheckResult:
    return CheckResult(
        check.id,
        Status.ERROR,
        translate("Runner", "Stopped before it finished."),
        (translate("Runner", "Check again when you are ready."),),
        duration_s=seconds,
        details={"error": "cancelled"},
    )


def device_groups(checks: Sequence[Check]) -> list[list[Check]]:
    """Split checks into groups that may run at the same time: checks that share a device (even
    through a third check) land in the same group and run one after another, in order."""
    groups: list[tuple[set[str], list[Check]]] = []
    for check in checks:
        devices = set(getattr(check, "devices", frozenset()))
        merged_devices, merged_checks = set(devices), [check]
        keep = []
        for g_devices, g_checks in groups:
            if devices and g_devices & devices:
                merged_devices |= g_devices
                merged_checks = g_checks + merged_checks
            else:
                keep.append((g_devices, g_checks))
        order = {id(c): i for i, c in enumerate(checks)}
        merged_checks.sort(key=lambda c: order[id(c)])
        groups = [*keep, (merged_devices, merged_checks)]
    order_first = {id(c): i for i, c in enumerate(checks)}
    groups.sort(key=lambda g: order_first[id(g[1][0])])
    return [g for _d, g in groups]


def run_checks(
    checks: Sequence[Check],
    options: RunOptions | None = None,
    *,
    cancel_event: threading.Event | None = None,
    on_progress: ProgressCallback | None = None,
    on_result: ResultCallback | None = None,
    ask: RunnerAskFn | None = None,
) -> RunOutcome:
    """Run *checks* and return every result (in the order given). Blocks the calling thread."""
    cancel = cancel_event or threading.Event()
    results: dict[str, CheckResult] = {}
    lock = threading.Lock()

    def deliver(result: CheckResult) -> None:
        with lock:
            if result.check_id in results:
                return
            results[result.check_id] = result
        if on_result is not None:
            try:
                on_result(result)
            except Exception:  # a UI callback must never break the run
                log.exception("on_result callback failed")

    def run_one(check: Check) -> None:
        if cancel.is_set():
            deliver(cancelled_result(check))
            return

        def progress(fraction: float, message: str) -> None:
            if on_progress is not None and check.id not in results:
                on_progress(check.id, fraction, message)

        def check_ask(question: str, choices: Sequence[str]) -> str | None:
            if ask is None:
                return None
            return ask(check.id, question, choices, ctx.time_left())

        ctx = CheckContext(check.timeout_s, progress, cancel, options, check_ask if ask else None)
        progress(0.0, "")
        result, finished = _run_watched(check, ctx, cancel)
        if finished and on_progress is not None:
            on_progress(check.id, 1.0, "")
        deliver(result)

    def run_group(group: list[Check]) -> None:
        for check in group:
            run_one(check)

    threads = [
        threading.Thread(target=run_group, args=(g,), name="check-group", daemon=True)
        for g in device_groups(checks)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ordered = tuple(results.get(c.id) or cancelled_result(c) for c in checks)
    return RunOutcome(ordered, cancel.is_set())


def _run_watched(
    check: Check, ctx: CheckContext, cancel: threading.Event
) -> tuple[CheckResult, bool]:
    """Run *check* on its own thread, watching its time limit and the cancel flag. Returns its
    result and whether the check itself finished (False: given up on after a timeout or cancel;
    a stuck driver cannot hold the run)."""
    box: dict[str, CheckResult] = {}
    start = time.monotonic()

    def target() -> None:
        try:
            box["r"] = check.run(ctx)
        except Cancelled:
            box["r"] = cancelled_result(check, time.monotonic() - start)
        except Exception as exc:
            log.warning("check %s crashed: %s", check.id, type(exc).__name__)
            box["r"] = crash_result(check, exc, time.monotonic() - start)

    worker = threading.Thread(target=target, name=f"check-{check.id}", daemon=True)
    worker.start()
    cancelled_at: float | None = None
    while worker.is_alive():
        now = time.monotonic()
        if cancel.is_set() and cancelled_at is None:
            cancelled_at = now
        if cancelled_at is not None and now - cancelled_at > CANCEL_GRACE_S:
            return cancelled_result(check, now - start), False
        if now - start > check.timeout_s:
            log.warning("check %s timed out after %.1f s", check.id, now - start)
            return timeout_result(check, now - start), False
        worker.join(timeout=0.05)
    result = box.get("r") or crash_result(check, RuntimeError("no result"), 0.0)
    if result.check_id != check.id:
        result = CheckResult(
            check.id,
            result.status,
            result.headline,
            result.advice,
            result.metrics,
            result.duration_s,
            result.details,
        )
    if result.duration_s == 0.0:
        result = result.with_duration(time.monotonic() - start)
    return result, True
