"""The contract every check follows (see ../shared/DESIGN.md, "Checks").

A check is an object with ``id``, a translatable ``title``, a ``timeout_s``, the set of
``devices`` it needs to itself (checks sharing a device never run at the same time), and
``run(ctx) -> CheckResult``. Results are immutable values that serialise to JSON.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Protocol, runtime_checkable

from app.checks.options import RunOptions


class Status(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    UNAVAILABLE = "unavailable"  # no such device here
    ERROR = "error"  # the check itself broke (timeout, crash)

    @property
    def rank(self) -> int:
        """Severity for "worst status" comparisons (higher is worse)."""
        return {"pass": 0, "unavailable": 1, "warn": 2, "error": 3, "fail": 4}[self.value]


MetricValue = float | int | bool | str | None


@dataclass(frozen=True)
class Metric:
    """A named figure with its unit, e.g. Metric("rtt_ms", 42.0, "ms")."""

    name: str
    value: MetricValue
    unit: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class CheckResult:
    check_id: str
    status: Status
    headline: str  # one plain-language sentence for the patient
    advice: tuple[str, ...] = ()  # ordered concrete fixes, most useful first
    metrics: tuple[Metric, ...] = ()
    duration_s: float = 0.0
    details: Mapping[str, str] = field(default_factory=dict)  # for support staff

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Status(self.status))
        object.__setattr__(self, "advice", tuple(self.advice))
        object.__setattr__(self, "metrics", tuple(self.metrics))
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))

    def metric(self, name: str) -> MetricValue:
        for m in self.metrics:
            if m.name == name:
                return m.value
        return None

    def with_duration(self, seconds: float) -> CheckResult:
        return CheckResult(
            self.check_id,
            self.status,
            self.headline,
            self.advice,
            self.metrics,
            seconds,
            self.details,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "check_id": self.check_id,
            "status": self.status.value,
            "headline": self.headline,
            "advice": list(self.advice),
            "metrics": [m.to_dict() for m in self.metrics],
            "duration_s": round(self.duration_s, 3),
            "details": dict(self.details),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckResult:
        return cls(
            check_id=str(data["check_id"]),
            status=Status(data["status"]),
            headline=str(data.get("headline", "")),
            advice=tuple(str(a) for a in data.get("advice", ())),
            metrics=tuple(
                Metric(str(m["name"]), m.get("value"), str(m.get("unit", "")))
                for m in data.get("metrics", ())
            ),
            duration_s=float(data.get("duration_s", 0.0)),
            details={str(k): str(v) for k, v in dict(data.get("details", {})).items()},
        )


@dataclass(frozen=True)
class Finding:
    """One thing a check found: how bad it is, the sentence that says it (may be empty when
    another finding explains the result) and what to do about it."""

    status: Status
    headline: str = ""
    advice: tuple[str, ...] = ()


def worst_status(findings: Iterable[Finding]) -> Status:
    """The most severe status among *findings* (PASS when there are none)."""
    return max((f.status for f in findings), key=lambda s: s.rank, default=Status.PASS)


def result_from_findings(
    check_id: str,
    findings: Sequence[Finding],
    fallback: Mapping[Status, str],
    *,
    metrics: Sequence[Metric] = (),
    details: Mapping[str, str] | None = None,
    headlines: int = 1,
    worst_first: bool = False,
    duration_s: float = 0.0,
) -> CheckResult:
    """The result a list of findings adds up to.

    Status: the worst finding's (PASS without findings). Headline: the first *headlines*
    non-empty headlines joined (repeats once), or ``fallback[status]`` when no finding has one.
    Advice: every finding's advice in order, without repeats. *worst_first* orders the findings
    by severity first (stable: equally bad findings keep their order).
    """
    ordered = sorted(findings, key=lambda f: -f.status.rank) if worst_first else list(findings)
    status = worst_status(ordered)
    said = [f.headline for f in ordered if f.headline][:headlines]
    headline = " ".join(dict.fromkeys(said)) if said else fallback.get(status, "")
    advice = tuple(dict.fromkeys(a for f in ordered for a in f.advice))
    return CheckResult(
        check_id, status, headline, advice, tuple(metrics), duration_s, dict(details or {})
    )


class Cancelled(Exception):
    """Raised inside a check (by ctx.raise_if_cancelled / ctx.sleep) when the user cancelled."""


ProgressFn = Callable[[float, str], None]
# Ask the patient a question while a check runs ("Did you hear the tone?"): returns the chosen
# answer (one of *choices*) or None when nobody can answer (headless, cancelled, timed out).
AskFn = Callable[[str, Sequence[str]], str | None]


class CheckContext:
    """What a running check may ask of its runner: progress, cancellation, time and options.

    ``options`` carries the run's settings (app.checks.options.RunOptions).
    """

    def __init__(
        self,
        timeout_s: float = 30.0,
        progress: ProgressFn | None = None,
        cancel_event: threading.Event | None = None,
        options: RunOptions | None = None,
        ask: AskFn | None = None,
    ) -> None:
        self.deadline = time.monotonic() + timeout_s
        self._progress = progress
        self._cancel = cancel_event or threading.Event()
        self.options = options or RunOptions()
        self._ask = ask

    def progress(self, fraction: float, message: str = "") -> None:
        if self._progress is not None:
            self._progress(max(0.0, min(1.0, fraction)), message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def ask(self, question: str, choices: Sequence[str]) -> str | None:
        """Ask the patient (blocks this worker thread until answered); None if nobody can."""
        if self._ask is None or self.cancelled():
            return None
        return self._ask(question, choices)

    def time_left(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def sleep(self, seconds: float) -> None:
        """Sleep, waking early (and raising Cancelled) if the run is cancelled."""
        if self._cancel.wait(max(0.0, min(seconds, self.time_left()))):
            raise Cancelled()


@runtime_checkable
class Check(Protocol):
    id: str
    timeout_s: float
    devices: frozenset[str]

    @property
    def title(self) -> str: ...

    def run(self, ctx: CheckContext) -> CheckResult: ...
