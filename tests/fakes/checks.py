"""Fake checks for engine and UI tests (slow, hanging, crashing, asking)."""

from __future__ import annotations

import threading

from app.checks.base import CheckContext, CheckResult, Metric, Status


class FakeCheck:
    def __init__(
        self,
        id: str,
        status: Status = Status.PASS,
        seconds: float = 0.0,
        devices: frozenset[str] = frozenset(),
        timeout_s: float = 5.0,
        advice: tuple[str, ...] = (),
        hang: bool = False,
        crash: bool = False,
        question: tuple[str, tuple[str, ...]] | None = None,
        steps: int = 10,
    ) -> None:
        self.id = id
        self.status = status
        self.seconds = seconds
        self.devices = devices
        self.timeout_s = timeout_s
        self.advice = advice
        self.hang = hang
        self.crash = crash
        self.question = question
        self.steps = steps
        self.answer: str | None = None
        self.running = threading.Event()
        self.active: list[str] = []  # shared log of overlapping runs (set by the test)

    @property
    def title(self) -> str:
        return f"Fake {self.id}"

    def run(self, ctx: CheckContext) -> CheckResult:
        self.running.set()
        self.active.append(f"start {self.id}")
        try:
            if self.hang:
                threading.Event().wait(60)  # ignores cancel, like a stuck driver
            if self.crash:
                raise RuntimeError("driver exploded")
            if self.question:
                self.answer = ctx.ask(*self.question)
            for i in range(self.steps):
                ctx.progress((i + 1) / self.steps, f"step {i + 1}")
                ctx.sleep(self.seconds / self.steps)
            return CheckResult(
                self.id,
                self.status,
                f"{self.id} is {self.status.value}",
                self.advice,
                (Metric("answer", self.answer or "", ""), Metric("fake_ms", 12.5, "ms")),
                details={"backend": "fake"},
            )
        finally:
            self.active.append(f"end {self.id}")
