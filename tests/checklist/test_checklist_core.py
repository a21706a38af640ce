"""The Qt-free checklist: content, program overrides, pre-fill from measurements, session store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.checklist.content import apply_overrides, load_content
from app.checklist.prefill import NO, NOT_POSSIBLE, YES, prefill_from_run
from app.checklist.state import ChecklistStore, item_states, open_items, session_key
from app.checks.base import CheckResult, Metric, Status
from app.checks.history import RunRecord
from app.schedule.model import Session


def run_with(*results: CheckResult) -> RunRecord:
    return RunRecord(datetime.now(UTC), "warnings", tuple(results))


def result(check_id: str, status: str = "pass", **metrics: object) -> CheckResult:
    return CheckResult(
        check_id,
        Status(status),
        "",
        metrics=tuple(Metric(k, v) for k, v in metrics.items()),  # type: ignore[arg-type]
    )


def test_content_has_every_item_in_english_and_spanish_with_why_and_tip() -> None:
    content = load_content()
    ids = [i.id for i in content.items]
    assert len(ids) == len(set(ids)) >= 12
    for item in content.items:
        for lang in ("en", "es"):
            assert item.text.get(lang) and item.why.get(lang) and item.tip.get(lang), item.id
        assert item.text["en"] != item.text["es"]


def test_each_measurement_prefills_its_item() -> None:
    content = load_content()
    run = run_with(
        result("microphone", noise_floor_dbfs=-58.0),
        result("camera", "warn", faces=2, brightness=130.0),
        result("speakers", headphones_likely=True),
        result("battery", plugged=True, battery_pct=80),
        result("connection", "warn", download_mbps=20.0, background_mbps=6.5),
    )
    pre = prefill_from_run(content, run)
    assert pre["private_room"].answer == YES
    assert "quiet room" in pre["private_room"].measured
    assert pre["alone_in_view"].answer == NO and "2 faces" in pre["alone_in_view"].measured
    assert pre["headphones"].answer == YES
    assert pre["charger"].answer == YES
    assert pre["other_apps_closed"].answer == NO
    assert pre["good_light"].answer == YES
    assert "phone_silenced" not in pre  # nothing measures it


def test_opposite_measurements_prefill_the_other_way() -> None:
    content = load_content()
    run = run_with(
        result("microphone", "warn", noise_floor_dbfs=-25.0),
        result("camera", faces=1, brightness=20.0),
        result("speakers", headphones_likely=False),
        result("battery", plugged=False, battery_pct=41.6),
        result("connection", background_mbps=0.1),
    )
    pre = prefill_from_run(content, run)
    assert pre["private_room"].answer == NO
    assert pre["alone_in_view"].answer == YES
    assert pre["headphones"].answer == NO
    assert pre["charger"].answer == NO and "42%" in pre["charger"].measured
    assert pre["other_apps_closed"].answer == YES
    assert pre["good_light"].answer == NO and "dark" in pre["good_light"].measured


def test_missing_or_odd_metrics_leave_items_for_the_patient() -> None:
    content = load_content()
    run = run_with(
        result("microphone", rms_dbfs=-20.0),  # no noise floor
        result("camera", "error", faces=3, brightness=100.0),  # the check broke
        result("speakers", headphones_likely="maybe"),
        result("battery", "unavailable"),
        result("connection", download_mbps=50.0),  # no background finding
    )
    assert prefill_from_run(content, run) == {}
    assert prefill_from_run(content, None) == {}
    grey = run_with(result("microphone", noise_floor_dbfs=-40.0), result("camera", faces=0))
    assert prefill_from_run(content, grey) == {}


def test_other_apps_are_judged_only_from_the_background_traffic_the_check_measures() -> None:
    content = load_content()
    busy = prefill_from_run(content, run_with(result("connection", background_mbps=6.5)))
    assert busy["other_apps_closed"].answer == NO
    unmeasured = prefill_from_run(content, run_with(result("connection", download_mbps=20.0)))
    assert "other_apps_closed" not in unmeasured


def test_profile_adds_removes_and_rewords_items() -> None:
    content = apply_overrides(
        load_content(),
        {
            "remove": ["water_and_notes", "phone_silenced"],
            "reword": {"headphones": {"text": {"en": "Wearing the headset we lent you?"}}},
            "add": [
                {
                    "id": "pet_away",
                    "text": {
                        "en": "Is your pet in another room?",
                        "es": "¿Está su mascota afuera?",
                    },
                    "why": "Pets distract.",
                    "after": "alone_in_view",
                },
                {"id": "bad"},  # no text: skipped, reported
                "nonsense",
            ],
        },
    )
    ids = [i.id for i in content.items]
    assert "water_and_notes" not in ids and "phone_silenced" not in ids
    assert ids[ids.index("alone_in_view") + 1] == "pet_away"
    assert content.item("pet_away").text_in("es") == "¿Está su mascota afuera?"  # type: ignore[union-attr]
    assert content.item("pet_away").why_in("es") == "Pets distract."  # type: ignore[union-attr]
    hp = content.item("headphones")
    assert hp is not None and hp.text_in("en") == "Wearing the headset we lent you?"
    assert hp.text_in("es").startswith("¿Tiene puestos")  # untouched language kept
    assert len(content.problems) == 2


def test_malformed_overrides_never_break_the_checklist() -> None:
    base = load_content()
    content = apply_overrides(base, {"remove": "all", "reword": [1], "add": {"x": 1}})
    assert [i.id for i in content.items] == [i.id for i in base.items]
    assert len(content.problems) == 3


def test_session_key_uses_the_session_else_the_hour() -> None:
    start = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    s = Session("abc", "Group", start, start + timedelta(hours=3))
    assert session_key(s, start) == session_key(s, start - timedelta(minutes=5))
    at_950 = datetime(2025, 3, 3, 9, 50).astimezone()
    assert session_key(None, at_950) == session_key(None, at_950 + timedelta(minutes=5))
    assert session_key(None, at_950) != session_key(None, at_950 + timedelta(hours=1))


def test_answers_survive_a_new_store_and_damaged_files_start_fresh(tmp_path: Path) -> None:
    store = ChecklistStore(tmp_path)
    store.set_answer("k", "headphones", NO)
    store.set_answer("k", "charger", NOT_POSSIBLE)
    store.mark_done("k")
    again = ChecklistStore(tmp_path)
    assert again.answers("k") == {"headphones": NO, "charger": NOT_POSSIBLE}
    assert again.is_done("k") and not again.is_done("other")
    (tmp_path / "checklist_state.json").write_text("{not json")
    assert ChecklistStore(tmp_path).answers("k") == {}


def test_patient_answer_overrides_prefill_and_open_items_are_listed(tmp_path: Path) -> None:
    content = load_content()
    pre = prefill_from_run(content, run_with(result("battery", plugged=False)))
    states = item_states(content, {"charger": YES, "headphones": NOT_POSSIBLE}, pre)
    by_id = {s.item.id: s for s in states}
    assert by_id["charger"].answer == YES and by_id["charger"].from_patient
    still_open = {s.item.id for s in open_items(states)}
    assert "headphones" in still_open and "charger" not in still_open
    assert "phone_silenced" in still_open  # not answered yet
