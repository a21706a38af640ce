"""result_from_findings: how a check's findings add up to one result."""

from __future__ import annotations

from app.checks.base import Finding, Metric, Status, result_from_findings, worst_status

FALLBACK = {Status.PASS: "All good.", Status.WARN: "Mostly good."}


def test_no_findings_pass_with_the_fallback_headline() -> None:
    r = result_from_findings("x", [], FALLBACK, metrics=[Metric("a", 1)], details={"k": "v"})
    assert (r.status, r.headline, r.advice) == (Status.PASS, "All good.", ())
    assert r.metric("a") == 1 and dict(r.details) == {"k": "v"} and r.check_id == "x"


def test_the_worst_status_wins_and_the_first_headline_is_said() -> None:
    findings = [
        Finding(Status.WARN, "", ("close apps",)),
        Finding(Status.WARN, "It is slow.", ("use a cable",)),
        Finding(Status.FAIL, "It is down.", ("restart",)),
    ]
    r = result_from_findings("x", findings, FALLBACK)
    assert r.status is Status.FAIL
    assert r.headline == "It is slow."  # in the order given, not by severity
    assert r.advice == ("close apps", "use a cable", "restart")


def test_without_a_headline_the_fallback_for_the_status_is_used() -> None:
    r = result_from_findings("x", [Finding(Status.WARN, "", ("a",))], FALLBACK)
    assert (r.status, r.headline) == (Status.WARN, "Mostly good.")
    assert result_from_findings("x", [Finding(Status.FAIL)], FALLBACK).headline == ""


def test_worst_first_orders_by_severity_and_joins_two_headlines() -> None:
    findings = [
        Finding(Status.WARN, "Too dark.", ("add light",)),
        Finding(Status.FAIL, "Covered.", ("uncover", "add light")),
        Finding(Status.WARN, "Too small.", ("better webcam",)),
    ]
    r = result_from_findings("x", findings, FALLBACK, headlines=2, worst_first=True)
    assert r.headline == "Covered. Too dark."
    assert r.advice == ("uncover", "add light", "better webcam")  # repeats said once


def test_duration_is_kept_and_worst_status_of_nothing_is_pass() -> None:
    r = result_from_findings("x", [Finding(Status.UNAVAILABLE, "None here.")], {}, duration_s=1.5)
    assert (r.status, r.headline, r.duration_s) == (Status.UNAVAILABLE, "None here.", 1.5)
    assert worst_status([]) is Status.PASS
    assert worst_status([Finding(Status.ERROR), Finding(Status.WARN)]) is Status.ERROR
