"""The media-path probe and the connection check against a real coturn on 127.0.0.1/127.0.0.2
(RFC 5780: two addresses), started by the test (tests/harness/coturn.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.checks.base import CheckContext, Status
from app.checks.connection import ConnectionCheck
from app.checks.options import RunOptions
from app.net.speedtest import SpeedtestCliBackend
from app.net.stun import StunProbe
from app.profile import Profile, stun_uris
from tests.fakes.net import QuietLink, StillTraffic
from tests.harness import require, require_tool
from tests.harness.coturn import Coturn
from tests.harness.speedserver import SpeedServer, closed_port

pytestmark = pytest.mark.harness
PORT = 34000 + (threading.get_native_id() % 900) * 2  # alt port = PORT + 1


@pytest.fixture(scope="module")
def coturn() -> Iterator[Coturn]:
    require_tool("turnserver")
    srv = Coturn(("127.0.0.1", "127.0.0.2"), PORT, lifetime_s=300)
    try:
        srv.start()
    except RuntimeError as exc:  # pragma: no cover - no 127.0.0.2 or the port is taken
        require(False, f"coturn on 127.0.0.1 ({exc})")
    yield srv
    srv.close()


def test_loopback_stream_has_round_trip_no_loss_and_one_mapping(coturn: Coturn) -> None:
    start = time.monotonic()
    r = StunProbe().measure(stun_uris(f"127.0.0.1:{PORT}"), 4.0, lambda: False)
    took = time.monotonic() - start
    assert r.udp == "ok" and r.stream is not None
    assert r.stream.sent == 150 and r.stream.loss_pct == 0.0
    assert 0 < r.stream.median_ms < 100
    # RFC 5780: coturn named 127.0.0.2 as its other address; both saw the same mapping
    assert r.stream.other == ("127.0.0.2", PORT + 1)
    assert set(r.stream.mapped) == {("127.0.0.1", PORT), ("127.0.0.2", PORT)}
    assert r.mapping == "same"
    assert r.public_cut == "127.0.x.x" and r.behind_nat is False
    assert took < 4.0


def test_no_server_there_is_detected_within_three_seconds() -> None:
    port = closed_port()
    start = time.monotonic()
    r = StunProbe().measure(stun_uris(f"127.0.0.1:{port}"), 4.0, lambda: False)
    assert time.monotonic() - start <= 3.0
    assert r.udp == "blocked" and r.fallback == "none"
    assert [t.transport for t in r.fallbacks] == ["tcp", "tls"]


def test_cancel_stops_the_stream_at_once(coturn: Coturn) -> None:
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    r = StunProbe().measure(stun_uris(f"127.0.0.1:{PORT}"), 4.0, cancel.is_set)
    assert time.monotonic() - start < 1.0
    assert r.stream is not None and r.stream.sent < 40


def test_unknown_name_is_a_dns_problem_not_a_hang() -> None:
    r = StunProbe().measure(stun_uris("no-such-host.invalid:3478"), 4.0, lambda: False)
    assert r.udp == "error" and r.problem is not None


def _check(profile: Profile) -> tuple:  # type: ignore[type-arg]
    srv = SpeedServer("ok").start()
    try:
        profile = profile.replace(speedtest_server=srv.url, video_host=srv.host_port)
        check = ConnectionCheck(
            speed=SpeedtestCliBackend(socket_timeout_s=2.0),
            link=QuietLink(),  # type: ignore[arg-type]
            traffic=StillTraffic(),  # type: ignore[arg-type]
        )
        start = time.monotonic()
        result = check.run(CheckContext(15, options=RunOptions(profile=profile)))
        return result, time.monotonic() - start
    finally:
        srv.close()


def test_connection_check_includes_the_udp_figures(coturn: Coturn) -> None:
    result, _took = _check(Profile(stun_server=f"127.0.0.1:{PORT}"))
    assert result.metric("udp_path") == "ok"
    assert result.metric("udp_loss_pct") == 0.0
    assert isinstance(result.metric("udp_rtt_ms"), float)
    assert result.metric("nat_mapping") == "same"
    assert result.metric("public_address") == "127.0.x.x"
    assert "127.0.0.1:" not in str(dict(result.details).get("behind_nat"))
    assert result.status in (Status.PASS, Status.WARN)


def test_connection_check_without_stun_server_says_it_skipped() -> None:
    result, _took = _check(Profile())
    assert result.metric("udp_path") == "skipped"
    assert "no stun_server" in result.details["udp_path"]
    assert result.metric("udp_rtt_ms") is None


def test_cli_check_connection_json_has_the_udp_figures(
    coturn: Coturn,
    tmp_path,  # type: ignore[no-untyped-def]
    capsys,  # type: ignore[no-untyped-def]
    sr_home,  # type: ignore[no-untyped-def]
) -> None:
    import json

    from app.cli import main

    srv = SpeedServer("ok").start()
    try:
        profile = tmp_path / "program.json"
        profile.write_text(
            json.dumps(
                {
                    "speedtest_server": srv.url,
                    "video_host": srv.host_port,
                    "stun_server": f"stun:127.0.0.1:{PORT}",
                }
            )
        )
        code = main(["check", "--only", "connection", "--json", "--profile", str(profile)])
    finally:
        srv.close()
    out = json.loads(capsys.readouterr().out)
    (conn,) = out["results"]
    figures = {m["name"]: m["value"] for m in conn["metrics"]}
    assert figures["udp_path"] == "ok" and figures["udp_loss_pct"] == 0.0
    assert figures["udp_packets"] == 150 and figures["nat_mapping"] == "same"
    assert code in (0, 1)
