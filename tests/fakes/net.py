"""Stand-ins for the connection check's OS probes: a quiet link and still background traffic."""

from __future__ import annotations

import time

from app.net.context import LinkContext


class QuietLink:
    """The OS network context: *ctx* (nothing known by default)."""

    def __init__(self, ctx: LinkContext | None = None) -> None:
        self.ctx = ctx or LinkContext()

    def context(self) -> LinkContext:
        return self.ctx


class StillTraffic:
    """The interface byte counter: grows by *per_call_bytes* each sample (0: no other traffic)."""

    def __init__(self, per_call_bytes: int = 0) -> None:
        self.n = 0
        self.step = per_call_bytes

    def sample(self) -> tuple[float, int]:
        self.n += 1
        return time.monotonic(), self.n * self.step
