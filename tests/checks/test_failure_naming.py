"""DNS failures, refused connections and time-outs named for what they are — in the result,
its JSON, the report and the support view — never as "loss 100 %" (issue 16). Real sockets on
127.0.0.1 (a closed port; a listener whose accept queue is full drops SYNs: a black hole)."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import pytest

from app.checks.base import CheckContext, CheckResult, Status
from app.checks.connection import ConnectionCheck
from app.checks.options import RunOptions
from app.net.context import LinkContext
from app.profile import Profile
from app.report.words import metric_text
from tests.harness.speedserver import closed_port


class _Link:
    def context(self) -> LinkContext:
        return LinkContext()


class _Traffic:
    def sample(self) -> tuple[float, int]:
        return time.monotonic(), 0


def run(host: str, url: str) -> CheckResult:
    check = ConnectionCheck(link=_Link(), traffic=_Traffic())  # type: ignore[arg-type]
    profile = Profile(speedtest_server=url, video_host=host)
    return check.run(CheckContext(12, options=RunOptions(profile=profile)))


@pytest.fixture
def black_hole() -> Iterator[int]:
    """A port whose SYNs are dropped: a listener with a full accept queue (Linux drops the
    SYN instead of refusing), so connects and requests time out."""
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(0)
    port = ls.getsockname()[1]
    fillers = []
    for _ in range(3):  # fill the accept queue (backlog 0 holds one)
        c = socket.socket()
        c.setblocking(False)
        c.connect_ex(("127.0.0.1", port))
        fillers.append(c)
    time.sleep(0.2)
    yield port
    for c in fillers:
        c.close()
    ls.close()


def assert_named(result: CheckResult, failure: str) -> None:
    assert result.metric("latency_failure") == failure, result
    assert result.metric("loss_pct") is None and result.metric("rtt_ms") is None
    data = json.loads(json.dumps(result.to_dict()))
    names = {m["name"]: m["value"] for m in data["metrics"]}
    assert names["latency_failure"] == failure and "loss_pct" not in names
    assert "100" not in " ".join(str(v) for v in names.values() if isinstance(v, str))


def test_a_refused_connection_is_named_refused() -> None:
    port = closed_port()
    r = run(f"127.0.0.1:{port}", f"http://127.0.0.1:{port}/")
    assert_named(r, "refused")
    assert r.status is Status.ERROR and "refused the connection" in r.headline
    assert metric_text("latency_failure", "refused") == "connection refused"


def test_a_time_out_is_named_a_time_out(black_hole: int) -> None:
    t0 = time.monotonic()
    r = run(f"127.0.0.1:{black_hole}", f"http://127.0.0.1:{black_hole}/")
    assert time.monotonic() - t0 < 12
    assert_named(r, "timeout")
    assert r.status is Status.FAIL and "no answer in time" in r.headline
    assert metric_text("latency_failure", "timeout") == "no answer in time (time-out)"


def test_a_name_that_does_not_resolve_is_a_dns_failure() -> None:
    # .invalid never resolves (RFC 6761); the resolver answers at once, online or not
    r = run("no-such-host.invalid:443", "")
    assert r.metric("latency_failure") in ("dns", "offline"), r
    if r.metric("latency_failure") == "dns":
        assert_named(r, "dns")
        assert "cannot find the video service's address" in r.headline
    assert metric_text("latency_failure", "dns") == "name not found (DNS failure)"


def test_the_report_and_support_view_name_the_failure_in_words() -> None:
    """The support view shows html_page's "Last check" section; the report the same page."""
    from app.report.html_page import _last_run_section

    port = closed_port()
    r = run(f"127.0.0.1:{port}", f"http://127.0.0.1:{port}/")
    report = {"last_run": {"timestamp": "now", "verdict": "warnings", "checks": [r.to_dict()]}}
    html = "".join(_last_run_section(report))
    assert "Delay test failed: connection refused" in html
    assert "Speed test could not run: connection refused" in html
    assert "loss_pct" not in html and "100.0%" not in html
    assert metric_text("speed_test_failure", "forbidden").startswith("refused by the service")
    assert metric_text("rtt_ms", 42.0, "ms") == "42.0 ms"  # everything else as before
