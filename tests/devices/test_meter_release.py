"""Stopping the microphone meter before the checks never makes the window wait for the sound
system: the device closes on the meter's own thread, and the check worker waits for it."""

from __future__ import annotations

import threading
import time

import numpy as np

from app.checks.base import CheckResult, Status


class SlowToCloseHandle:
    samplerate = 8000

    def __init__(self, may_close: threading.Event, closed: threading.Event) -> None:
        self.may_close, self.closed = may_close, closed

    def read(self, frames: int):  # type: ignore[no-untyped-def]
        time.sleep(0.005)
        return np.zeros(frames, np.float32)

    def close(self) -> None:
        self.may_close.wait(10)  # like a PortAudio stream draining through PulseAudio
        self.closed.set()


class SlowToCloseBackend:
    def __init__(self) -> None:
        self.may_close, self.closed = threading.Event(), threading.Event()
        self.opened = threading.Event()

    def open_input(self, device: str) -> SlowToCloseHandle:
        self.opened.set()
        return SlowToCloseHandle(self.may_close, self.closed)


def test_meter_release_returns_while_the_microphone_is_still_closing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.devices.live import LevelMeter

    backend = SlowToCloseBackend()
    meter = LevelMeter(backend)  # type: ignore[arg-type]
    qtbot.addWidget(meter)
    meter.start("")
    assert backend.opened.wait(5)
    thread = meter.release()  # would hang here until may_close if it joined
    assert thread is not None and thread.is_alive() and not backend.closed.is_set()
    assert not meter.running
    backend.may_close.set()
    thread.join(5)
    assert backend.closed.is_set() and not thread.is_alive()


class RecordingCheck:
    id = "microphone"
    timeout_s = 5.0
    devices = frozenset({"microphone"})
    title = "Microphone"

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def run(self, ctx):  # type: ignore[no-untyped-def]
        self.log.append("check")
        return CheckResult(self.id, Status.PASS, "ok")


def test_check_worker_runs_the_release_wait_before_any_check(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.checks.options import RunOptions
    from app.ui.checks.worker import CheckRunWorker
    from app.ui.tasks import TaskRunner

    log: list[str] = []
    finished: list[object] = []
    worker = CheckRunWorker(
        TaskRunner(),
        [RecordingCheck(log)],  # type: ignore[list-item]
        RunOptions(interactive=False),
        before=lambda: log.append("released"),
        on_finished=finished.append,
    )
    worker.start()
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert log == ["released", "check"]
