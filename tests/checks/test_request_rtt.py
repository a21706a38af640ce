"""Application-level round trips (requests on one keep-alive connection), the way the check
combines them with timed connects, and loss from TCP retransmissions (TCP_INFO)."""

from __future__ import annotations

import socket
import struct
import threading

import pytest

from app.checks.base import CheckContext, Status
from app.checks.connection import ConnectionCheck
from app.checks.options import RunOptions
from app.net.probes import LatencySample, RequestLatencyProbe, combine_latency
from app.net.speedtest import SpeedFigures, SpeedtestCliBackend
from app.net.tcpinfo import RetransCounter, RetransLoss, parse_tcp_info, tcp_info
from app.profile import Profile
from tests.fakes.net import QuietLink, StillTraffic
from tests.harness import require
from tests.harness.speedserver import SpeedServer


def _server(mode: str = "ok", **kw: float) -> SpeedServer:
    try:
        return SpeedServer(mode, **kw).start()  # type: ignore[arg-type]
    except OSError as exc:  # pragma: no cover - no loopback networking
        require(False, f"a TCP server on 127.0.0.1 ({exc})")
        raise


# ---- the request probe against the local server ------------------------------------------


@pytest.mark.harness
@pytest.mark.parametrize(
    ("path", "method"), [("/speedtest/latency.txt", "GET"), ("/", "HEAD")], ids=["get", "head"]
)
def test_request_rtt_sees_the_servers_per_request_delay(path: str, method: str) -> None:
    srv = _server(request_delay_s=0.08)
    try:
        sample = RequestLatencyProbe(count=8, gap_s=0).measure(
            "127.0.0.1", srv.port, 5.0, lambda: False, path=path, method=method
        )
    finally:
        srv.close()
    assert sample.attempts == 8 and sample.loss_pct == 0
    assert 70 <= sample.median_ms <= 800, sample  # 80 ms held by the server, generous on top
    assert sample.reconnects == 0  # one keep-alive connection carried every request
    assert srv.latency_requests == 8


@pytest.mark.harness
def test_requests_the_server_never_answers_count_as_lost_and_the_probe_reconnects() -> None:
    srv = _server("droprequests", drop_every=3)
    try:
        sample = RequestLatencyProbe(count=9, gap_s=0).measure(
            "127.0.0.1", srv.port, 5.0, lambda: False, path="/speedtest/latency.txt", method="GET"
        )
    finally:
        srv.close()
    assert sample.loss_pct > 0
    assert sample.attempts - len(sample.rtts_ms) == srv.latency_dropped == 3
    assert sample.reconnects >= 2  # a new connection after each cut one
    assert sample.problem is None  # a few lost requests are loss, not a broken service


@pytest.mark.harness
def test_request_probe_stops_when_cancelled() -> None:
    srv = _server(request_delay_s=0.05)
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    try:
        sample = RequestLatencyProbe(count=200, gap_s=0).measure(
            "127.0.0.1", srv.port, 30.0, stop.is_set, path="/speedtest/latency.txt", method="GET"
        )
    finally:
        srv.close()
    assert 0 < sample.attempts < 200


@pytest.mark.harness
def test_connection_check_reports_the_request_delay_that_connects_cannot_see() -> None:
    srv = _server(request_delay_s=0.08)
    try:
        check = ConnectionCheck(
            speed=SpeedtestCliBackend(socket_timeout_s=2.0),
            link=QuietLink(),  # type: ignore[arg-type]
            traffic=StillTraffic(),  # type: ignore[arg-type]
        )
        profile = Profile(speedtest_server=srv.url, video_host=srv.host_port)
        result = check.run(CheckContext(15, options=RunOptions(profile=profile)))
    finally:
        srv.close()
    rtt, connect = result.metric("rtt_ms"), result.metric("rtt_connect_ms")
    assert isinstance(rtt, float) and isinstance(connect, float)
    assert rtt >= 70 and connect < rtt  # the verdict never uses the instant handshake
    assert result.metric("rtt_request_ms") == rtt
    assert result.details["latency_mode"] == "requests+connects"


# ---- combining connects and requests -----------------------------------------------------


def _s(*rtts: float, attempts: int | None = None) -> LatencySample:
    return LatencySample("h", 1, tuple(rtts), attempts or len(rtts), None)


def test_combined_latency_never_reports_less_than_either_probe() -> None:
    connect = _s(0.1, 0.1, 0.2, 0.1, attempts=5)  # a proxy answered the handshake; 1 lost
    request = _s(50.0, 52.0, 51.0, 70.0)
    both = combine_latency(connect, request)
    assert both.median_ms == request.median_ms
    assert both.jitter_ms == max(connect.jitter_ms, request.jitter_ms)
    assert both.loss_pct == connect.loss_pct == 20.0
    assert combine_latency(_s(30.0, 31.0), _s(5.0, 6.0)).median_ms == 30.5


def test_combined_latency_uses_connects_alone_when_requests_could_not_run() -> None:
    connect = _s(10.0, 12.0)
    assert combine_latency(connect, None) is connect
    assert combine_latency(connect, _s(attempts=3)) is connect
    assert combine_latency(_s(attempts=3), connect) is connect


# ---- TCP_INFO parsing and the retransmission loss estimate ---------------------------------


def _tcp_info_bytes(
    total_retrans: int, data_segs_out: int, dsack_dups: int = 0, length: int = 232
) -> bytes:
    raw = bytearray(232)
    raw[0] = 1  # TCP_ESTABLISHED
    struct.pack_into("=I", raw, 16, 1448)  # snd_mss
    struct.pack_into("=I", raw, 68, 50_000)  # rtt, µs
    struct.pack_into("=I", raw, 100, total_retrans)
    struct.pack_into("=I", raw, 136, data_segs_out + 3)  # segs_out
    struct.pack_into("=I", raw, 156, data_segs_out)
    struct.pack_into("=Q", raw, 200, data_segs_out * 1448)
    struct.pack_into("=Q", raw, 208, total_retrans * 1448)
    struct.pack_into("=I", raw, 216, dsack_dups)
    return bytes(raw[:length])


def test_tcp_info_struct_is_parsed_at_the_kernels_offsets() -> None:
    info = parse_tcp_info(_tcp_info_bytes(total_retrans=7, data_segs_out=1007, dsack_dups=2))
    assert info["state"] == 1 and info["snd_mss"] == 1448 and info["rtt_us"] == 50_000
    assert info["total_retrans"] == 7 and info["data_segs_out"] == 1007
    assert info["dsack_dups"] == 2 and info["bytes_retrans"] == 7 * 1448


def test_a_short_tcp_info_from_an_old_kernel_yields_only_the_fields_it_covers() -> None:
    info = parse_tcp_info(_tcp_info_bytes(3, 300, length=104))  # up to total_retrans
    assert info["total_retrans"] == 3 and "data_segs_out" not in info and "dsack_dups" not in info


def test_retransmissions_net_of_spurious_ones_give_the_loss_rate() -> None:
    counter = RetransCounter()
    counter.add_info(parse_tcp_info(_tcp_info_bytes(12, 1012, dsack_dups=2)))
    counter.add_info(parse_tcp_info(_tcp_info_bytes(0, 1000)))
    loss = counter.result()
    assert loss is not None and loss.sockets == 2
    assert loss.segments == 2000 and loss.retransmitted == 10
    assert loss.loss_pct == pytest.approx(0.5)
    lo, hi = loss.interval_pct()
    assert 0 < lo < 0.5 < hi < 1.5


def test_loss_confidence_grows_with_the_number_of_segments() -> None:
    assert RetransLoss(40, 0, 1).confidence == "low"  # 0 of 40 cannot rule out 5 %
    assert RetransLoss(1000, 10, 3).confidence == "medium"  # 1 % ± ~0.6
    assert RetransLoss(20000, 200, 9).confidence == "high"
    assert RetransLoss(0, 0, 0).interval_pct() == (0.0, 100.0)


def test_without_tcp_info_the_counter_gives_no_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(socket, "TCP_INFO", raising=False)
    counter = RetransCounter()
    assert not counter.supported
    a, b = socket.socketpair()
    try:
        counter.record(a)
        assert tcp_info(a) is None
    finally:
        a.close()
        b.close()
    assert counter.result() is None


@pytest.mark.skipif(not hasattr(socket, "TCP_INFO"), reason="Linux TCP_INFO")
def test_tcp_info_of_a_real_loopback_socket_counts_the_segments_sent() -> None:
    ls = socket.create_server(("127.0.0.1", 0))
    c = socket.create_connection(ls.getsockname(), timeout=5)
    s, _ = ls.accept()
    try:
        c.sendall(b"x" * 200_000)
        got = 0
        while got < 200_000:
            got += len(s.recv(65536))
        info = tcp_info(c)
    finally:
        for x in (c, s, ls):
            x.close()
    assert info is not None and info["data_segs_out"] >= 1 and info["total_retrans"] == 0


# ---- retransmission loss in the verdict ----------------------------------------------------


class FixedSpeed:
    def __init__(self, retrans: RetransLoss | None) -> None:
        self.retrans = retrans

    def measure(self, *_a: object, **_k: object) -> SpeedFigures:
        return SpeedFigures(
            20.0, 10.0, 8_000_000, 5_000_000, 6, "local", "mini", 10.0, retrans=self.retrans
        )


def _check_with(retrans: RetransLoss | None):  # type: ignore[no-untyped-def]
    srv = _server()
    try:
        check = ConnectionCheck(
            speed=FixedSpeed(retrans),  # type: ignore[arg-type]
            link=QuietLink(),  # type: ignore[arg-type]
            traffic=StillTraffic(),  # type: ignore[arg-type]
            preflight=lambda *_a: type("R", (), {"ok": True, "problem": None})(),
        )
        return check.run(
            CheckContext(15, options=RunOptions(profile=Profile(video_host=srv.host_port)))
        )
    finally:
        srv.close()


@pytest.mark.harness
def test_retransmission_loss_with_enough_segments_decides_the_loss_verdict() -> None:
    result = _check_with(RetransLoss(3000, 90, 6))  # 3 %: between pass (1) and fail (5)
    loss = result.metric("loss_pct")
    assert isinstance(loss, float) and 2.5 < loss < 3.0  # pooled with ~30 clean probes
    assert result.metric("loss_probe_pct") == 0 and result.metric("loss_retrans_pct") == 3.0
    assert result.metric("loss_confidence") == "medium"
    assert result.status is Status.WARN and result.details["loss_source"].startswith("retrans")


@pytest.mark.harness
def test_a_handful_of_segments_is_reported_but_weighs_only_as_much_as_it_counts() -> None:
    result = _check_with(RetransLoss(30, 1, 1))  # 3 % of 30: could be anything
    assert result.metric("loss_retrans_pct") == pytest.approx(3.33, abs=0.01)
    loss = result.metric("loss_pct")
    assert result.metric("loss_confidence") == "low"
    assert isinstance(loss, float) and 0 < loss < 3.33  # diluted by the clean probes
    assert _check_with(None).details["loss_source"] == "probes"
