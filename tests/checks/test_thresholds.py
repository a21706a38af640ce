"""One home for every threshold (resources/thresholds.toml, loaded by app/checks/thresholds.py),
profile overrides, and the value exactly on each line (issue 16)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from app.checks.base import Status
from app.checks.camera_rules import frame_rate, speed_key
from app.checks.thresholds import default_thresholds, load_thresholds, thresholds_for
from app.paths import resource
from app.profile import Profile, ProfileError, validate_profile

ROOT = Path(__file__).resolve().parents[2]
# Names the thresholds had before they moved into the TOML (devices_thresholds.py, prefill).
OLD_NAMES = {
    "CAMERA_WARN_FPS",
    "CAMERA_FAIL_FPS",
    "CAMERA_BRIGHT_MEAN",
    "CAMERA_DARK_MEAN",
    "MIC_NOISY_DBFS",
    "BATTERY_MARGIN_MIN",
    "BATTERY_FAIL_PCT",
    "SPEAKER_TONE_HZ",
}
# A numeric constant whose name ends like a threshold's unit is a threshold.
# Numeric constants with such a name that are not lines anything is judged by.
NOT_THRESHOLDS = {"FLOOR_DBFS"}  # audiomath: the figure reported for digital silence (−inf)
UNIT_SUFFIXES = ("_FPS", "_DBFS", "_DB", "_MBPS", "_PCT", "_MEAN", "_STD", "_RATIO", "_BRIGHTNESS")


def _toml_keys() -> set[str]:
    data = tomllib.loads(resource("thresholds.toml").read_text("utf-8"))
    return {k for name, sec in data.items() if name != "overridable" for k in sec}


def _numeric_assignments(path: Path) -> list[tuple[str, int]]:
    """(name, line) of every module- or class-level NAME = <number> in *path*."""
    tree = ast.parse(path.read_text("utf-8"))
    out: list[tuple[str, int]] = []
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for node in body:
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            if isinstance(value, ast.UnaryOp):
                value = value.operand
            if not (isinstance(value, ast.Constant) and type(value.value) in (int, float)):
                continue
            out += [(t.id, node.lineno) for t in targets if isinstance(t, ast.Name)]
    return out


def test_no_threshold_is_defined_outside_the_thresholds_file() -> None:
    keys = {k.upper() for k in _toml_keys()}
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for name, line in _numeric_assignments(path):
            up = name.upper()
            if up in NOT_THRESHOLDS:
                continue
            if up in keys or up in OLD_NAMES or up.endswith(UNIT_SUFFIXES):
                offenders.append(f"{path.relative_to(ROOT)}:{line} {name}")
    assert not offenders, "thresholds belong in resources/thresholds.toml: " + ", ".join(offenders)
    assert not (ROOT / "app/checks/devices_thresholds.py").exists()


def test_the_scan_would_catch_a_threshold_constant(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("CAMERA_WARN_FPS = 15.0\nclass X:\n    noisy_dbfs = -45\n", "utf-8")
    names = [n for n, _l in _numeric_assignments(bad)]
    assert names == ["CAMERA_WARN_FPS", "noisy_dbfs"]


def test_the_checklist_keeps_no_copy_of_a_threshold() -> None:
    data = tomllib.loads(resource("checklist.toml").read_text("utf-8"))
    assert set(data) == {"item"}  # no [prefill] table of numbers any more


def test_every_section_loads_and_each_figure_cites_a_source() -> None:
    lines = resource("thresholds.toml").read_text("utf-8").splitlines()
    for i, line in enumerate(lines):
        if "=" in line and not line.lstrip().startswith("#"):
            assert lines[i - 1].lstrip().startswith("#"), f"no source comment above: {line}"
    t = default_thresholds()
    assert t.camera.bright_mean == 215.0  # one figure for the check and the checklist
    assert t.camera.warn_fps == 15.0 and t.battery.margin_min == 15.0
    assert t.bufferbloat.grade(4.9) == "A+" and t.bufferbloat.grade(400) == "F"


@pytest.mark.parametrize(
    ("added", "grade"),
    [
        (0, "A+"),
        (5, "A"),
        (29.9, "A"),
        (30, "B"),
        (60, "C"),
        (199, "C"),
        (200, "D"),
        (399, "D"),
        (400, "F"),
        (2000, "F"),
    ],
)
def test_bufferbloat_grade_bounds(added: float, grade: str) -> None:
    assert default_thresholds().bufferbloat.grade(added) == grade


def test_values_exactly_on_a_line() -> None:
    t = default_thresholds()
    # delays and loss: the sources say "RTT < 100 ms", "loss < 1 %" → on the line warns
    assert t.rtt.status(99.9) is Status.PASS and t.rtt.status(100) is Status.WARN
    assert t.rtt.status(400) is Status.WARN and t.rtt.status(400.1) is Status.FAIL
    assert t.loss.status(1.0) is Status.WARN and t.loss.status(5.0) is Status.WARN
    assert t.jitter.status(15) is Status.WARN and t.jitter.status(30.1) is Status.FAIL
    # rates: at least the pass line passes; exactly the fail line warns
    assert t.download.status(2.5) is Status.PASS and t.download.status(0.75) is Status.WARN
    assert t.upload.status(0.49) is Status.FAIL and t.mos.status(3.5) is Status.PASS


@pytest.mark.parametrize(
    ("measured", "nominal", "key"),
    [
        (14.9, 15.0, None),  # jitter around a 15 fps camera's own rate
        (13.6, 15.0, None),  # a loaded computer: still within 10 % of the nominal rate
        (15.0, None, None),  # exactly the source's "≥ 15 fps"
        (13.6, None, None),  # no nominal rate: the line is lowered by the tolerance
        (13.4, None, "slow"),
        (14.9, 30.0, None),  # a 30 fps webcam at 15 in dim light is not slow either
        (10.0, 10.0, "slow"),
        (5.0, 5.0, "slow"),  # exactly testrtc's 5 fps is slow, not very slow
        (4.0, 4.0, "very_slow"),
    ],
)
def test_frame_rate_tolerance(measured: float, nominal: float | None, key: str | None) -> None:
    cam = default_thresholds().camera
    assert speed_key(frame_rate(measured, nominal, cam), cam) == key


def test_battery_minutes_and_percent_on_the_line() -> None:
    from app.checks.battery import BatteryCheck
    from app.devices.battery import BatteryReading

    check = BatteryCheck()

    def judge(pct: float, left: float | None) -> Status:
        return check.judge(BatteryReading(pct, False, left), 60, {}).status

    assert judge(80, 75) is Status.PASS  # exactly session + 15 min margin
    assert judge(80, 74) is Status.WARN
    assert judge(80, 60) is Status.WARN  # exactly the session: may just last
    assert judge(80, 59) is Status.FAIL
    assert judge(19.6, None) is Status.WARN  # shows as 20 %: not "low"
    assert judge(19.4, None) is Status.FAIL


def test_noise_floor_on_the_line_is_not_noisy() -> None:
    import numpy as np

    from app.checks.microphone import MicrophoneCheck

    rate = 16000
    rng = np.random.default_rng(1)

    def at(dbfs: float) -> np.ndarray:
        x = rng.standard_normal(rate * 2).astype(np.float32)
        return x / np.sqrt(np.mean(x**2)) * 10 ** (dbfs / 20)

    r = MicrophoneCheck().judge(at(-45.0), rate, at(-20.0), rate, True, {})
    floor = r.metric("noise_floor_dbfs")
    assert isinstance(floor, float)
    noisy = "noisy" in r.headline
    assert noisy == (floor > -45.0), (floor, r.headline)


def test_a_profile_may_override_thresholds_within_their_ranges() -> None:
    p = validate_profile({"thresholds": {"download": {"pass_mbps": 1.0, "fail_mbps": 0.3}}})
    t = thresholds_for(p)
    assert t.download.pass_at == 1.0 and t.download.status(1.2) is Status.PASS
    assert t.upload == default_thresholds().upload  # the rest as shipped
    assert thresholds_for(Profile()) is default_thresholds()
    assert validate_profile({"thresholds": {"camera": {"warn_fps": 12}}}).thresholds == {
        "camera": {"warn_fps": 12.0}
    }


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"download": {"pass_mbs": 1.0}}, "thresholds.download.pass_mbs"),  # typo
        ({"speedtest": {"download_seconds": 1}}, "thresholds.speedtest.download_seconds"),
        ({"download": {"pass_mbps": "fast"}}, "thresholds.download.pass_mbps"),
        ({"download": {"pass_mbps": True}}, "thresholds.download.pass_mbps"),
        ({"download": {"pass_mbps": 0}}, "thresholds.download.pass_mbps"),  # switches it off
        ({"rtt": {"pass_ms": 500}}, "thresholds.rtt"),  # pass worse than fail
        ({"download": 2}, "thresholds.download"),
        ([1, 2], "thresholds"),
    ],
)
def test_bad_threshold_overrides_are_refused_naming_the_key(value: object, field: str) -> None:
    with pytest.raises(ProfileError) as err:
        validate_profile({"thresholds": value})
    assert err.value.field == field


def test_overrides_load_with_the_shipped_figures() -> None:
    assert load_thresholds(overrides={"camera": {"warn_fps": 12}}).camera.warn_fps == 12
