"""The connection check against a local speed-test server on 127.0.0.1 (never beyond it)."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from app.checks.base import CheckContext, Status
from app.checks.connection import ConnectionCheck
from app.checks.options import RunOptions
from app.checks.verdict import compute_verdict
from app.net.context import LinkContext
from app.net.mos import mos_from
from app.net.probes import TcpLatencyProbe
from app.net.problems import NetProblem, classify_error
from app.net.speedtest import SpeedtestCliBackend
from app.profile import Profile
from tests.fakes.net import QuietLink, StillTraffic
from tests.harness import require
from tests.harness.speedserver import SpeedServer, closed_port


def run_against(
    srv: SpeedServer | None,
    url: str | None = None,
    host: str | None = None,
    timeout: float = 15.0,
    cancel: threading.Event | None = None,
    link: LinkContext | None = None,
    traffic: StillTraffic | None = None,
):  # type: ignore[no-untyped-def]
    profile = Profile(
        speedtest_server=url or (srv.url if srv else ""),
        video_host=host or (srv.host_port if srv else ""),
        phone_line="555 0100",
    )
    check = ConnectionCheck(
        speed=SpeedtestCliBackend(socket_timeout_s=2.0),
        link=QuietLink(link),  # type: ignore[arg-type]
        traffic=traffic or StillTraffic(),  # type: ignore[arg-type]
    )
    ctx = CheckContext(timeout, cancel_event=cancel, options=RunOptions(profile=profile))
    start = time.monotonic()
    result = check.run(ctx)
    return result, time.monotonic() - start


pytestmark = pytest.mark.harness


def _server(
    mode: str = "ok", down_bps: float | None = None, up_bps: float | None = None
) -> SpeedServer:
    try:
        return SpeedServer(mode, down_bps, up_bps).start()
    except OSError as exc:  # pragma: no cover - no loopback networking
        require(False, f"a TCP server on 127.0.0.1 ({exc})")
        raise


def test_local_server_gives_plausible_speeds_and_rtt(speed_server: SpeedServer) -> None:
    result, _ = run_against(speed_server)
    assert result.status is Status.PASS, result
    assert result.metric("download_mbps") > 5  # type: ignore[operator]
    assert result.metric("upload_mbps") > 1  # type: ignore[operator]
    assert 0 < result.metric("rtt_ms") < 200  # type: ignore[operator]
    assert result.metric("loss_pct") == 0
    assert result.details["speed_mode"] == "mini" and result.details["video_ok"] == "yes"


@pytest.mark.slow
def test_throttled_server_is_measured_within_20_percent() -> None:
    srv = _server(down_bps=4e6, up_bps=2e6)
    try:
        result, elapsed = run_against(srv)
    finally:
        srv.close()
    down, up = result.metric("download_mbps"), result.metric("upload_mbps")
    assert 4 * 0.8 <= down <= 4 * 1.2, result  # type: ignore[operator]
    assert 2 * 0.8 <= up <= 2 * 1.2, result  # type: ignore[operator]
    assert result.metric("confidence") in ("medium", "high", "low")
    assert elapsed < 15


def test_our_server_down_says_the_test_could_not_run_and_offers_the_phone_line() -> None:
    """Nothing listens (our server is down): a refusal, named as such; the check could not
    run (error, a warning in the verdict), and the patient's network is not blamed."""
    port = closed_port()
    result, elapsed = run_against(None, f"http://127.0.0.1:{port}/", f"127.0.0.1:{port}")
    assert result.status is Status.ERROR and result.details["problem"] == "refused"
    assert result.details["test_could_not_run"] == "yes"
    assert result.metric("latency_failure") == "refused"
    assert result.metric("loss_pct") is None  # never "loss 100 %"
    assert "refused" in result.headline and "too slow" not in result.headline
    assert result.advice and elapsed < 15
    verdict = compute_verdict([result], "555 0100")
    assert verdict.level == "warnings" and verdict.phone_fallback
    assert "555 0100" in verdict.phone_message()


def test_stalled_server_ends_in_a_timeout_result_within_the_deadline() -> None:
    srv = _server("stall")
    try:
        # latency connects still succeed (the kernel accepts), the speed test gets no answer
        result, elapsed = run_against(srv, timeout=12)
    finally:
        srv.close()
    assert result.details["problem"] == "timeout", result
    assert result.status is Status.WARN and elapsed < 12
    assert result.metric("rtt_ms") is not None  # latency measured although throughput failed


def test_connection_dropped_mid_download_is_reported_as_dropped() -> None:
    srv = _server("drop", down_bps=20e6)
    try:
        result, _ = run_against(srv)
    finally:
        srv.close()
    assert "dropped" in (
        result.details.get("problem", ""),
        *result.details.get("speed_problems_seen", "").split(","),
    ), result
    assert result.advice


def test_http_403_from_the_config_fetch_is_explained() -> None:
    srv = _server("forbidden")
    try:
        check = ConnectionCheck(
            speed=SpeedtestCliBackend(socket_timeout_s=2.0, endpoint_base=srv.url),
            link=QuietLink(),  # type: ignore[arg-type]
            traffic=StillTraffic(),  # type: ignore[arg-type]
        )
        ctx = CheckContext(15, options=RunOptions(profile=Profile(video_host=srv.host_port)))
        result = check.run(ctx)
    finally:
        srv.close()
    assert result.details["problem"] == "forbidden" and result.status is Status.ERROR
    assert result.headline.startswith("The speed test could not run")
    assert "not a problem with your internet" in result.headline
    assert result.metric("speed_test_failure") == "forbidden"
    assert result.metric("rtt_ms") is not None  # the delay was still measured


def test_public_mode_works_through_the_config_and_server_list(speed_server) -> None:  # type: ignore[no-untyped-def]
    check = ConnectionCheck(
        speed=SpeedtestCliBackend(socket_timeout_s=2.0, endpoint_base=speed_server.url),
        link=QuietLink(),  # type: ignore[arg-type]
        traffic=StillTraffic(),  # type: ignore[arg-type]
    )
    ctx = CheckContext(15, options=RunOptions(profile=Profile(video_host=speed_server.host_port)))
    result = check.run(ctx)
    assert result.details["speed_mode"] == "public" and result.metric("download_mbps")


def test_garbage_responses_are_explained_not_crashed_on() -> None:
    srv = _server("garbage")
    try:
        result, _ = run_against(srv)
    finally:
        srv.close()
    assert result.details["problem"] in ("captive", "garbage") and result.advice


def test_captive_portal_is_its_own_result() -> None:
    srv = _server("captive")
    try:
        result, _ = run_against(srv)
    finally:
        srv.close()
    assert result.details["problem"] == "captive" and result.status is Status.FAIL
    assert "sign in" in result.headline


def test_cancel_stops_the_connection_check_early() -> None:
    from app.checks.base import Cancelled

    srv = _server(down_bps=2e6, up_bps=2e6)
    cancel = threading.Event()
    threading.Timer(1.5, cancel.set).start()
    start = time.monotonic()
    try:
        with pytest.raises(Cancelled):
            run_against(srv, cancel=cancel)
    finally:
        srv.close()
    assert time.monotonic() - start < 6


def test_vpn_wifi_and_background_traffic_are_reported_as_context(speed_server) -> None:  # type: ignore[no-untyped-def]
    result, _ = run_against(
        speed_server,
        link=LinkContext(vpn=("wg0",), wifi=True, metered=True),
        traffic=StillTraffic(per_call_bytes=50_000_000),
    )
    text = " ".join(result.advice)
    assert "VPN" in text and "Wi-Fi" in text and "Other apps" in text
    assert result.details["vpn"] == "wg0" and result.status is Status.WARN


def test_tcp_latency_probe_counts_refused_connects_as_lost() -> None:
    sample = TcpLatencyProbe(count=5, gap_s=0).measure(
        "127.0.0.1", closed_port(), 2.0, lambda: False
    )
    assert sample.loss_pct == 100 and sample.problem is NetProblem.REFUSED


def test_unresolvable_name_is_a_dns_problem() -> None:
    assert classify_error(socket.gaierror(socket.EAI_NONAME, "x")) in (
        NetProblem.DNS,
        NetProblem.OFFLINE,
    )


def test_mos_falls_with_delay_jitter_and_loss() -> None:
    good = mos_from(20, 2, 0)
    assert good > 4.2
    assert mos_from(300, 2, 0) < good
    assert mos_from(20, 40, 0) < good
    assert mos_from(20, 2, 5) < mos_from(20, 2, 1) < good
