"""Recurrence expansion that is bounded while it runs.

recurring-ical-events asks dateutil for a rule's dates with ``rrule.between()``, which builds
the whole list (and caches every date) before anyone can look at it. Here each series is
expanded through a lazy walk instead: every date the rule produces, and every month dateutil
walks without producing one, costs a step from the event's budget; past the window's end the
walk stops. An event over its budget is left out (and named by its position); a calendar over
the overall budget ends in :class:`OverBudget`.

The walk hook relies on dateutil's ``_iterinfo.rebuild()`` reading ``rrule._bynweekday`` once
per period (year, month) it moves through; tests/schedule/test_hostile.py fails if that stops.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dateutil.rrule import rrule
from recurring_ical_events import CalendarQuery
from recurring_ical_events.selection.name import ComponentsWithName
from recurring_ical_events.series import Series
from recurring_ical_events.util import compare_greater, convert_to_datetime

EVENT_STEPS = 50_000  # dates one event may produce from its start to the window's end
EVENT_WALK = 1_500  # periods (months, or years) dateutil may walk without a date
EVENT_SECONDS = 2.0  # from the event's first step (normal is a millisecond)
TOTAL_STEPS = 400_000
TOTAL_SECONDS = 20.0  # normal is well under a second; a worker thread runs this, never the UI


class OverBudget(Exception):
    """The whole calendar needs more work than a schedule can (``TOTAL_*``)."""


class _EventOverBudget(Exception):
    """One event needs more work than a session can (``EVENT_*``): it is left out."""


@dataclass
class Budget:
    """Steps and time for one expansion, overall and per event."""

    steps: int = 0
    deadline: float = field(default_factory=lambda: time.monotonic() + TOTAL_SECONDS)
    over: list[Any] = field(default_factory=list)  # components left out

    def event(self, component: Any) -> EventBudget:
        return EventBudget(self, component)


class EventBudget:
    def __init__(self, total: Budget, component: Any) -> None:
        self.total = total
        self.component = component
        self.steps = 0
        self.walk = 0
        self.deadline = 0.0  # set at the first step: all series are built before any is walked

    def _check(self) -> None:
        now = time.monotonic()
        if not self.deadline:
            self.deadline = now + EVENT_SECONDS
        if now > self.total.deadline or self.total.steps > TOTAL_STEPS:
            raise OverBudget()
        if now > self.deadline or self.steps > EVENT_STEPS or self.walk > EVENT_WALK:
            if self.component not in self.total.over:
                self.total.over.append(self.component)
            raise _EventOverBudget()

    def step(self) -> None:
        self.steps += 1
        self.total.steps += 1
        if self.steps % 64 == 1:
            self._check()

    def walked(self) -> None:
        self.walk += 1
        self.total.steps += 1
        self._check()


class _GuardedRule(rrule):
    """An rrule whose walk through periods without a date is counted (see the module doc)."""

    _sr_budget: EventBudget | None = None

    @property  # type: ignore[override]
    def _bynweekday(self) -> Any:
        budget = self.__dict__.get("_sr_budget")
        if budget is not None:
            budget.walked()
        return self.__dict__.get("_bynweekday")

    @_bynweekday.setter
    def _bynweekday(self, value: Any) -> None:
        self.__dict__["_bynweekday"] = value


def _lazy_between(
    rule: Any, after: datetime, before: datetime, budget: EventBudget
) -> Iterator[Any]:
    """The rule's dates in [after, before], produced one at a time and paid for."""
    if isinstance(rule, rrule):
        rule._cache = None  # never keep every date (memory grew to GBs)
        if not isinstance(rule, _GuardedRule):
            rule.__class__ = _GuardedRule
        rule.__dict__["_sr_budget"] = budget
    for when in rule:
        budget.step()
        if when > before:
            return
        if when >= after:
            yield when


class _BoundedRules(Series.RecurrenceRules):
    def __init__(self, core: Any, budget: EventBudget) -> None:
        self.budget = budget
        super().__init__(core)

    def rrule_between(self, span_start: Any, span_stop: Any) -> Iterator[Any]:
        start = convert_to_datetime(span_start, self.tzinfo)
        stop = convert_to_datetime(span_stop, self.tzinfo)
        for rule in self.rrules:
            for when in _lazy_between(rule, start, stop, self.budget):
                if rule.until is None or not compare_greater(when, rule.until):
                    yield when


def _series_class(budget: Budget) -> type[Series]:
    class BoundedSeries(Series):
        def RecurrenceRules(self, core: Any) -> _BoundedRules:  # the library's name
            return _BoundedRules(core, budget.event(core._component))

    return BoundedSeries


class _Query(CalendarQuery):
    suppressed_errors = [*CalendarQuery.suppressed_errors, _EventOverBudget]


def occurrences(
    calendar: Any, start: date | datetime, end: date | datetime, budget: Budget
) -> list[Any]:
    """The event occurrences (icalendar components) in [start, end] of a calendar already made
    standard (X-WR-TIMEZONE applied); events over their budget are in ``budget.over``.
    Raises :class:`OverBudget` when the calendar as a whole needs too much work."""
    select = ComponentsWithName("VEVENT", series=_series_class(budget))
    query = _Query(calendar, components=[select], skip_bad_series=True)
    return list(query.between(start, end))
