"""Smoke-test the built app (dist/SessionReady/): does the frozen binary really start and work?

    python packaging/smoke_test.py [path/to/sessionready]      # `make package-test` runs this

Each step runs the binary in a fresh SESSIONREADY_HOME with a time limit and checks its output.
`check --json --only connection` runs against a local speed-test server started in this process
and `check --json --only camera` against a video file written with cv2, so the bundled
speedtest-cli and OpenCV are proven in the frozen binary. To add a step, append a Step to STEPS or
build one in `extra_steps()`; a step's `check` gets the finished process.
Prints one line per step with its time, then 'N passed, N failed'.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import APP_NAME, __version__  # noqa: E402

EXE_NAME = "sessionready.exe" if os.name == "nt" else "sessionready"
DEFAULT_BINARY = ROOT / "dist" / APP_NAME / EXE_NAME


def cli_binary(binary: Path) -> Path:
    """On Windows the window exe has no console; the spec builds sessionready-cli.exe too."""
    cli = binary.with_name("sessionready-cli.exe")
    return cli if os.name == "nt" and cli.exists() else binary


Result = subprocess.CompletedProcess[str]


@dataclass
class Step:
    name: str
    args: list[str]
    check: Callable[[Result], None]
    env: dict[str, str] = field(default_factory=dict)
    timeout: float = 60.0
    files: dict[str, str] = field(default_factory=dict)  # name -> content, written to a temp dir


def expect(cond: bool, message: str) -> None:
    if not cond:
        raise AssertionError(message)


def _version(r: Result) -> None:
    expect(r.returncode == 0, f"exit {r.returncode}")
    expect(r.stdout.strip() == f"{APP_NAME} {__version__}", f"printed {r.stdout!r}")


def _help(r: Result) -> None:
    expect(r.returncode == 0, f"exit {r.returncode}")
    for word in ("profile", "selftest"):
        expect(word in r.stdout, f"--help does not list {word!r}")


def _profile(r: Result) -> None:
    expect(r.returncode == 0, f"exit {r.returncode}: {r.stderr[-500:]}")
    data = json.loads(r.stdout)
    expect(data["program_name"] == "Harbor Virtual IOP", f"program_name {data['program_name']!r}")
    expect(data["session_minutes"] == 120, "session_minutes not read from the file")


def _bad_profile(r: Result) -> None:
    expect(r.returncode == 3, f"exit {r.returncode}, expected 3")
    expect("session_minutes" in r.stderr, f"the bad field is not named: {r.stderr!r}")


def _selftest(r: Result) -> None:
    expect(r.returncode == 0, f"exit {r.returncode}: {r.stdout[-1500:]} {r.stderr[-500:]}")
    parts = json.loads(r.stdout)
    broken = {k: v["detail"] for k, v in parts.items() if not v["ok"]}
    expect(not broken, f"broken parts: {broken}")


def _subcommand_helps(binary: Path) -> list[Step]:
    """Every command the bundle lists must at least load (its module is bundled)."""
    out = subprocess.run([str(binary), "--help"], capture_output=True, text=True, timeout=60)
    commands: list[str] = []
    in_commands = False
    for line in out.stdout.splitlines():
        if line.strip() == "COMMAND":
            in_commands = True
        elif in_commands and line and not line.startswith(" "):
            break  # the next section ("options:")
        elif in_commands and line.startswith("    ") and line[4:5].isalnum():
            commands.append(line.split()[0])  # wrapped help text is indented further

    def ok(r: Result) -> None:
        expect(r.returncode == 0 and "usage:" in r.stdout, f"exit {r.returncode}: {r.stderr}")

    return [Step(f"{c} --help", [c, "--help"], ok) for c in commands]


STEPS: list[Step] = [
    Step("--version", ["--version"], _version),
    Step("--help", ["--help"], _help),
    Step(
        "profile --profile FILE",
        ["profile", "--profile", "{tmp}/harbor.toml"],
        _profile,
        files={"harbor.toml": 'program_name = "Harbor Virtual IOP"\nsession_minutes = 120\n'},
    ),
    Step(
        "profile with a bad field",
        ["profile", "--profile", "{tmp}/bad.json"],
        _bad_profile,
        files={"bad.json": '{"session_minutes": "three hours"}'},
    ),
    Step("selftest --json", ["selftest", "--json"], _selftest, timeout=120),
]


def _results(r: Result, check_id: str) -> dict[str, object]:
    expect(r.returncode in (0, 1), f"exit {r.returncode}: {r.stderr[-800:]}")
    data = json.loads(r.stdout)
    [result] = [x for x in data["results"] if x["check_id"] == check_id]
    expect(result["status"] in ("pass", "warn"), f"{check_id}: {result['status']} {result}")
    return {m["name"]: m["value"] for m in result["metrics"]}


def _connection(r: Result) -> None:
    """speedtest-cli (bundled) measured the local server: real throughput and round trips."""
    metrics = _results(r, "connection")
    for name in ("download_mbps", "upload_mbps", "rtt_ms"):
        expect(isinstance(metrics.get(name), int | float), f"no {name} in {metrics}")
    expect(float(metrics["download_mbps"]) > 0, f"download {metrics['download_mbps']}")  # type: ignore[arg-type]


def _camera(r: Result) -> None:
    """The bundled OpenCV opened the video file as a camera and measured its frames."""
    metrics = _results(r, "camera")
    expect((metrics.get("width"), metrics.get("height")) == (640, 480), f"size {metrics}")
    expect(float(metrics.get("fps") or 0) > 0, f"no frame rate in {metrics}")  # type: ignore[arg-type]


def local_server_steps(workdir: Path) -> tuple[list[Step], Callable[[], None]]:
    """`check --json` against a local speed-test server (tests/harness/speedserver.py, run in
    this process on 127.0.0.1) and against a camera played from a video file written with cv2.
    Returns the steps and the function that stops the server."""
    from tests.harness.speedserver import SpeedServer
    from tests.harness.video import bright, write_video

    server = SpeedServer().start()
    profile = workdir / "local.json"
    profile.write_text(
        json.dumps({"speedtest_server": server.url, "video_host": server.host_port}), "utf-8"
    )
    video = write_video(workdir / "camera.avi", bright, frames=30)
    steps = [
        Step(
            "check --json --only connection (local speed server)",
            [
                "check",
                "--json",
                "--no-interactive",
                "--only",
                "connection",
                "--profile",
                str(profile),
            ],
            _connection,
            timeout=120,
        ),
        Step(
            "check --json --only camera --camera VIDEO",
            ["check", "--json", "--no-interactive", "--only", "camera", "--camera", str(video)],
            _camera,
            timeout=120,
        ),
    ]
    return steps, server.close


def extra_steps(binary: Path) -> list[Step]:
    """Steps that depend on the bundle (sub-command helps)."""
    return _subcommand_helps(binary)


def run_step(binary: Path, step: Step) -> tuple[bool, float, str]:
    with tempfile.TemporaryDirectory(prefix="sr-smoke-") as tmp:
        for name, content in step.files.items():
            Path(tmp, name).write_text(content, encoding="utf-8")
        env = dict(os.environ, SESSIONREADY_HOME=str(Path(tmp) / "home"), **step.env)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        args = [a.replace("{tmp}", tmp) for a in step.args]
        t0 = time.perf_counter()
        try:
            r = subprocess.run(
                [str(binary), *args],
                capture_output=True,
                text=True,
                env=env,
                timeout=step.timeout,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return False, time.perf_counter() - t0, f"no answer within {step.timeout:.0f} s"
        elapsed = time.perf_counter() - t0
        try:
            step.check(r)
        except (AssertionError, ValueError, KeyError) as exc:
            return False, elapsed, str(exc)
        return True, elapsed, ""


def window_starts(binary: Path, limit: float = 60.0) -> tuple[bool, float, str]:
    """Open the window offscreen; pass when the app logs that it started and is still running."""
    with tempfile.TemporaryDirectory(prefix="sr-smoke-") as tmp:
        home = Path(tmp) / "home"
        env = dict(os.environ, SESSIONREADY_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        log = home / "logs" / "sessionready.log"
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [str(binary)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            while time.perf_counter() - t0 < limit:
                if proc.poll() is not None:
                    _out, err = proc.communicate()
                    return (
                        False,
                        time.perf_counter() - t0,
                        f"exited {proc.returncode}: {err[-800:]}",
                    )
                if log.exists() and "started " + APP_NAME in log.read_text("utf-8", "replace"):
                    elapsed = time.perf_counter() - t0
                    time.sleep(1.0)  # still alive a second later (no crash right after showing)
                    if proc.poll() is not None:
                        return False, elapsed, f"exited {proc.returncode} right after starting"
                    return True, elapsed, ""
                time.sleep(0.05)
            return False, limit, f"no 'started' line in the log within {limit:.0f} s"
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)


def qt_modules_bundled(binary: Path) -> tuple[bool, float, str]:
    """Every `from PySide6.X import` in app/ (lazy ones too, e.g. QtPrintSupport for printing
    notes) finds its module in the bundle: the spec's Qt excludes must not cut a used one."""
    t0 = time.perf_counter()
    used = set()
    for source in (ROOT / "app").rglob("*.py"):
        used |= set(
            re.findall(r"^\s*from PySide6\.(Qt\w+) import", source.read_text("utf-8"), re.M)
        )
    internal = binary.parent / "_internal"
    frameworks = binary.parent.parent / "Frameworks"  # inside a macOS .app
    places = (internal / "PySide6", binary.parent / "PySide6", frameworks / "PySide6")
    pyside = next((p for p in places if p.is_dir()), None)
    if pyside is None:
        return False, time.perf_counter() - t0, f"no PySide6 folder next to {binary}"
    missing = sorted(m for m in used if not any(pyside.glob(f"{m}.*")))
    return not missing, time.perf_counter() - t0, f"not bundled: {missing}" if missing else ""


def main(argv: list[str]) -> int:
    binary = Path(argv[0]) if argv else DEFAULT_BINARY
    if not binary.exists():
        print(f"no built app at {binary}: run `make package` first", file=sys.stderr)
        return 2
    passed = failed = 0
    cli = cli_binary(binary)
    with tempfile.TemporaryDirectory(prefix="sr-smoke-local-") as work:
        local, stop = local_server_steps(Path(work))
        try:
            steps = STEPS + extra_steps(cli) + local
            results = [(s.name, *run_step(cli, s)) for s in steps]
        finally:
            stop()
    results.append(("window opens (offscreen)", *window_starts(binary)))
    results.append(("Qt modules app/ imports are bundled", *qt_modules_bundled(binary)))
    for name, ok, elapsed, why in results:
        print(
            f"{'ok  ' if ok else 'FAIL'} {elapsed:6.2f} s  {name}" + (f"  — {why}" if why else "")
        )
        passed += ok
        failed += not ok
    print(f"smoke: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
