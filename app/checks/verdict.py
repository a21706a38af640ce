"""The readiness verdict: Ready / Ready with warnings / Not ready, top three fixes, phone fallback.

Rules (../shared/DESIGN.md): the worst status wins, except that an unavailable *optional* device
counts as a warning, and a check that broke (error) is a warning (we could not confirm it).
Whenever the connection is not good enough for video (fail, or could not be measured), the
program's join-by-phone line is offered. A verdict never disables joining.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.checks.base import CheckResult, Status
from app.i18n import QT_TRANSLATE_NOOP, translate

READY, WARNINGS, NOT_READY = "ready", "warnings", "not_ready"
OPTIONAL_DEVICES = frozenset({"camera", "microphone", "speakers", "speaker", "battery"})
# How much a problem in each check hurts the session (the connection weighs most: without it
# nothing else matters; then being heard, hearing, being seen, staying powered).
IMPACT = {"connection": 100, "microphone": 80, "speakers": 70, "camera": 60, "battery": 50}
DEFAULT_IMPACT = 40
SEVERITY = {Status.FAIL: 3, Status.ERROR: 2, Status.WARN: 1, Status.UNAVAILABLE: 1, Status.PASS: 0}

LABELS = {  # the verdict's word, beside its icon and colour wherever it is shown
    READY: QT_TRANSLATE_NOOP("Verdict", "Ready"),
    WARNINGS: QT_TRANSLATE_NOOP("Verdict", "Ready with warnings"),
    NOT_READY: QT_TRANSLATE_NOOP("Verdict", "Not ready"),
}
NOT_CHECKED = QT_TRANSLATE_NOOP("Verdict", "Not checked yet")
HEADLINES = {
    READY: QT_TRANSLATE_NOOP("Verdict", "You are ready for your session."),
    WARNINGS: QT_TRANSLATE_NOOP("Verdict", "You can join, but a few things could work better."),
    NOT_READY: QT_TRANSLATE_NOOP("Verdict", "Not ready yet. Here is what to do."),
}


def verdict_label(level: str | None) -> str:
    """The word for a verdict level in the current language ("Ready", "Ready with warnings",
    "Not ready"); "Not checked yet" for None. An unknown level is shown as it is."""
    if level is None:
        return translate("Verdict", NOT_CHECKED)
    return translate("Verdict", LABELS[level]) if level in LABELS else level


def level_status(level: str) -> Status:
    """The status (icon and colour) a verdict level is shown with."""
    return {READY: Status.PASS, WARNINGS: Status.WARN}.get(level, Status.FAIL)


@dataclass(frozen=True)
class Verdict:
    level: str  # READY | WARNINGS | NOT_READY (the strings RunRecord.verdict uses)
    headline: str
    fixes: tuple[str, ...]  # at most three, most impact first
    phone_fallback: bool  # the connection is not good enough for video: offer the phone line
    phone_line: str  # the program's join-by-phone number ("" when the profile has none)

    @property
    def status(self) -> Status:
        return level_status(self.level)

    @property
    def exit_code(self) -> int:
        return {READY: 0, WARNINGS: 1}.get(self.level, 2)

    def phone_message(self) -> str:
        if not self.phone_fallback:
            return ""
        if self.phone_line:
            return translate("Verdict", "If video does not work, join by phone: {phone}.").format(
                phone=self.phone_line
            )
        return translate(
            "Verdict", "If video does not work, join by phone (ask your program for the number)."
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "headline": self.headline,
            "fixes": list(self.fixes),
            "phone_fallback": self.phone_fallback,
            "phone_line": self.phone_line,
        }


def effective_status(result: CheckResult) -> Status:
    if result.status is Status.UNAVAILABLE and result.check_id in OPTIONAL_DEVICES:
        return Status.WARN
    if result.status is Status.UNAVAILABLE:
        return Status.FAIL
    if result.status is Status.ERROR:
        return Status.WARN
    return result.status


def compute_verdict(results: Sequence[CheckResult], phone_line: str = "") -> Verdict:
    statuses = [effective_status(r) for r in results]
    worst = max(statuses, key=lambda s: s.rank, default=Status.PASS)
    level = {Status.PASS: READY, Status.FAIL: NOT_READY}.get(worst, WARNINGS)
    conn = next((r for r in results if r.check_id == "connection"), None)
    phone = conn is not None and conn.status in (Status.FAIL, Status.ERROR)
    if conn is not None and conn.details.get("video_ok") == "no":
        phone = True
    return Verdict(
        level,
        translate("Verdict", HEADLINES[level]),
        top_fixes(results),
        phone,
        phone_line,
    )


def top_fixes(results: Sequence[CheckResult], limit: int = 3) -> tuple[str, ...]:
    """The first advice of each troubled check by impact, then the second ones, … (no repeats)."""
    troubled = [r for r in results if r.status is not Status.PASS and r.advice]
    # The connection comes first whatever its severity (the video platform feels it most), then
    # the rest by impact × severity.
    troubled.sort(
        key=lambda r: (
            r.check_id != "connection",
            -IMPACT.get(r.check_id, DEFAULT_IMPACT) * SEVERITY.get(r.status, 1),
        )
    )
    fixes: list[str] = []
    depth = max((len(r.advice) for r in troubled), default=0)
    for i in range(depth):
        for r in troubled:
            if i < len(r.advice) and r.advice[i] not in fixes:
                fixes.append(r.advice[i])
                if len(fixes) == limit:
                    return tuple(fixes)
    return tuple(fixes)
