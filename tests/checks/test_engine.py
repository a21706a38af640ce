"""The runner, the verdict and the thresholds file."""

from __future__ import annotations

import threading
import time

import pytest

from app.checks.base import CheckResult, Status
from app.checks.runner import device_groups, run_checks
from app.checks.thresholds import load_thresholds
from app.checks.verdict import compute_verdict
from tests.fakes.checks import FakeCheck


def test_checks_without_shared_devices_run_at_the_same_time() -> None:
    a, b = FakeCheck("a", seconds=0.6), FakeCheck("b", seconds=0.6)
    log: list[str] = []
    a.active = b.active = log
    run_checks([a, b])
    assert log.index("start b") < log.index("end a")  # b started before a ended


def test_checks_sharing_a_device_never_overlap() -> None:
    log: list[str] = []
    cam = FakeCheck("camera", seconds=0.3, devices=frozenset({"camera"}))
    mic = FakeCheck("microphone", seconds=0.3, devices=frozenset({"audio-in"}))
    spk = FakeCheck("speakers", seconds=0.3, devices=frozenset({"audio-in", "audio-out"}))
    for c in (cam, mic, spk):
        c.active = log
    outcome = run_checks([cam, mic, spk])
    assert [r.check_id for r in outcome.results] == ["camera", "microphone", "speakers"]
    assert log.index("end microphone") < log.index("start speakers")
    assert [len(g) for g in device_groups([cam, mic, spk])] == [1, 2]


def test_a_hung_check_becomes_an_error_with_advice_and_the_run_completes() -> None:
    hung = FakeCheck("camera", hang=True, timeout_s=0.5)
    fine = FakeCheck("battery")
    start = time.monotonic()
    outcome = run_checks([hung, fine])
    assert time.monotonic() - start < 10
    r = outcome.results[0]
    assert r.status is Status.ERROR and r.details["error"] == "timeout" and r.advice
    assert outcome.results[1].status is Status.PASS


def test_a_crashing_check_is_an_error_not_a_crash() -> None:
    r = run_checks([FakeCheck("camera", crash=True)]).results[0]
    assert r.status is Status.ERROR and r.details["error"] == "RuntimeError"


def test_cancel_stops_the_run_and_marks_unfinished_checks() -> None:
    cancel = threading.Event()
    slow = FakeCheck("slow", seconds=30)
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    outcome = run_checks([slow], cancel_event=cancel)
    assert time.monotonic() - start < 10
    assert outcome.cancelled and outcome.results[0].details["error"] == "cancelled"


def test_progress_and_results_are_reported_per_check() -> None:
    progress: list[tuple[str, float]] = []
    results: list[CheckResult] = []
    run_checks(
        [FakeCheck("a", steps=4)],
        on_progress=lambda cid, f, _m: progress.append((cid, f)),
        on_result=results.append,
    )
    assert ("a", 0.5) in progress and progress[-1] == ("a", 1.0)
    assert [r.check_id for r in results] == ["a"]


def test_ask_is_passed_through_with_the_time_left() -> None:
    seen: list[tuple[str, str, float]] = []

    def ask(cid: str, q: str, choices, seconds: float):  # type: ignore[no-untyped-def]
        seen.append((cid, q, seconds))
        return choices[0]

    check = FakeCheck("speakers", question=("Did you hear it?", ("Yes", "No")), timeout_s=8)
    run_checks([check], ask=ask)
    assert check.answer == "Yes"
    assert seen[0][:2] == ("speakers", "Did you hear it?") and 0 < seen[0][2] <= 8


def _r(cid: str, status: Status, *advice: str) -> CheckResult:
    return CheckResult(cid, status, "h", advice)


def test_verdict_is_the_worst_status_with_unavailable_devices_as_warnings() -> None:
    assert compute_verdict([_r("connection", Status.PASS)]).level == "ready"
    v = compute_verdict([_r("connection", Status.PASS), _r("camera", Status.UNAVAILABLE, "x")])
    assert v.level == "warnings" and v.exit_code == 1
    v = compute_verdict([_r("connection", Status.PASS), _r("camera", Status.FAIL, "x")])
    assert v.level == "not_ready" and v.exit_code == 2 and not v.phone_fallback


def test_a_failed_connection_offers_the_phone_line() -> None:
    v = compute_verdict([_r("connection", Status.FAIL, "Restart router")], "555 0100")
    assert v.phone_fallback and "555 0100" in v.phone_message()
    assert v.to_dict()["phone_fallback"] is True


def test_top_three_fixes_put_the_connection_first() -> None:
    v = compute_verdict(
        [
            _r("battery", Status.WARN, "Plug in"),
            _r("camera", Status.FAIL, "Open the lens cover", "Turn on a light"),
            _r("connection", Status.WARN, "Move closer to the router", "Pause downloads"),
            _r("microphone", Status.WARN, "Unmute"),
        ]
    )
    assert v.fixes == ("Move closer to the router", "Open the lens cover", "Unmute")


def test_every_threshold_in_the_data_file_cites_its_source() -> None:
    from app.paths import resource

    text = resource("thresholds.toml").read_text("utf-8")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "=" in line and not line.lstrip().startswith("#"):
            assert lines[i - 1].lstrip().startswith("#"), f"no source comment above: {line}"
    th = load_thresholds()
    assert th.upload.status(1.6) is Status.PASS and th.upload.status(0.4) is Status.FAIL
    assert th.rtt.status(50) is Status.PASS and th.rtt.status(250) is Status.WARN


def test_run_and_record_judges_and_saves_the_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.checks.history import HistoryStore
    from app.checks.options import RunOptions
    from app.checks.record import run_and_record
    from app.profile import Profile

    history = HistoryStore(tmp_path)
    options = RunOptions(profile=Profile(phone_line="555 0100"))
    run = run_and_record(
        [FakeCheck("connection", Status.FAIL, advice=("Restart",))], options, history
    )
    assert run.verdict is not None and run.verdict.level == "not_ready"
    assert run.verdict.phone_line == "555 0100"  # the profile of the run's options
    saved = history.last()
    assert saved is not None and saved.verdict == "not_ready"
    assert [r.check_id for r in saved.results] == ["connection"]


def test_a_cancelled_run_is_neither_judged_nor_recorded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.checks.history import HistoryStore
    from app.checks.options import RunOptions
    from app.checks.record import run_and_record

    history = HistoryStore(tmp_path)
    cancel = threading.Event()
    cancel.set()
    run = run_and_record([FakeCheck("a")], RunOptions(), history, cancel_event=cancel)
    assert run.outcome.cancelled and run.verdict is None and run.record is None
    assert history.last() is None


def test_a_run_with_results_shown_records_them_all_in_their_order() -> None:
    from app.checks.options import RunOptions
    from app.checks.record import run_and_record
    from app.checks.runstate import RunState

    shown = RunState()
    for cid in ("connection", "camera", "battery"):
        shown.add(cid)
    shown.set_result(_r("camera", Status.WARN, "Turn on a light"))
    shown.set_result(_r("battery", Status.PASS))
    shown.start(["connection", "battery"])  # running these again: their old results are gone
    run = run_and_record([FakeCheck("battery")], RunOptions(), None, shown=shown)
    assert run.record is not None
    assert [r.check_id for r in run.record.results] == ["camera", "battery"]
    assert run.verdict is not None and run.verdict.level == "warnings"
    assert shown.result("battery") is None  # the state shown is not changed by the run


def test_run_state_keeps_order_and_tells_which_checks_never_reported() -> None:
    from app.checks.runstate import RunState

    state = RunState()
    state.start(["a", "b", "c"])
    assert state.set_result(_r("b", Status.PASS)) and not state.set_result(_r("x", Status.PASS))
    assert state.is_running("a") and not state.is_running("b")
    assert state.finish() == ["a", "c"] and not state.is_running("a")
    assert [r.check_id for r in state.results()] == ["b"]


def test_run_options_are_what_a_check_reads_from_its_context() -> None:
    from app.checks.base import CheckContext
    from app.checks.options import RunOptions

    ctx = CheckContext(options=RunOptions(camera="clip.avi", interactive=False))
    assert ctx.options.camera == "clip.avi" and ctx.options.interactive is False
    assert CheckContext().options == RunOptions()  # no options: the defaults
    with pytest.raises(TypeError):
        RunOptions(camra="0")  # type: ignore[call-arg]  # a misspelt option is an error
