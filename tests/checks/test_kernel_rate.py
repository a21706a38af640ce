"""Throughput from the kernel's byte counters (app.net.kernelrate): the steady part of a
timeline, cut at the test's own end, and real sockets on 127.0.0.1 (Linux TCP_INFO)."""

from __future__ import annotations

import socket
import sys

import pytest

from app.net.kernelrate import KernelRate, steady_rate


def test_the_steady_rate_leaves_out_the_ramp_and_the_straggling_tail() -> None:
    # 0.2 s of set-up (no bytes), then 1 Mbit/s for 2 s, then a straggler after the end
    timeline = [(t / 10, 0) for t in range(3)]
    timeline += [(0.2 + t / 10, int(125_000 * t / 10)) for t in range(1, 21)]
    timeline += [(2.3 + t / 10, 250_000 + 1000 * t) for t in range(1, 10)]
    rate = steady_rate(timeline, until=2.2)
    assert rate == pytest.approx(1.0, rel=0.01)
    uncut = steady_rate(timeline)
    assert uncut is not None and uncut < 0.95  # without the cut, the tail drags it down


def test_too_little_to_go_on_is_none() -> None:
    assert steady_rate([]) is None
    assert steady_rate([(0.0, 0), (0.1, 0)]) is None
    assert steady_rate([(0.0, 0), (0.1, 10), (0.15, 20)]) is None  # under 0.3 s of data


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="TCP_INFO byte counters")
def test_real_sockets_are_counted_as_bytes_arrive() -> None:
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    client = socket.create_connection(ls.getsockname())
    server, _ = ls.accept()
    rate = KernelRate(interval_s=0.01)
    rate.add(client, "download")
    rate.phase("download")
    rate.sample()
    server.sendall(b"x" * 100_000)
    got = 0
    while got < 100_000:
        got += len(client.recv(65536))
    rate.sample()
    assert rate.timeline("download")[-1][1] >= 100_000
    for s in (client, server, ls):
        s.close()
