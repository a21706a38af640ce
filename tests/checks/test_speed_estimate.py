"""The throughput estimate over the steady part of a short test (pure arithmetic, no timing)."""

from __future__ import annotations

import pytest

from app.net.speedtest import steady_rate_mbps, upload_rate_mbps


def test_bytes_after_the_first_event_over_the_span_between_first_and_last() -> None:
    # 1 MB arrives by t=1.0 (set-up, first byte), then 4 × 250 kB over the next 2 s: 4 Mbit/s.
    events = [(1.0, 1_000_000), (1.5, 250_000), (2.0, 250_000), (2.5, 250_000), (3.0, 250_000)]
    assert steady_rate_mbps(events) == pytest.approx(4.0)


def test_connection_set_up_before_the_first_byte_does_not_lower_the_figure() -> None:
    steady = [(0.5 * i, 125_000) for i in range(1, 9)]  # 2 Mbit/s from t=0.5 on
    late_start = [(t + 1.5, n) for t, n in steady]  # the same transfer after a 1.5 s hand-shake
    assert steady_rate_mbps(late_start) == pytest.approx(steady_rate_mbps(steady))
    assert steady_rate_mbps(steady) == pytest.approx(2.0)


def test_events_from_parallel_connections_may_arrive_out_of_order() -> None:
    events = [(2.0, 100_000), (1.0, 50_000), (3.0, 100_000)]
    assert steady_rate_mbps(events) == pytest.approx(200_000 * 8 / 2.0 / 1e6)


@pytest.mark.parametrize("events", [[], [(1.0, 10)], [(1.0, 10), (1.0, 20)]])
def test_too_little_to_measure_gives_no_figure(events: list[tuple[float, int]]) -> None:
    assert steady_rate_mbps(events) is None


def test_upload_chunks_started_together_are_prorated_not_counted_whole() -> None:
    # Two 1 Mbit chunks share a 2 Mbit/s link from t=0 and finish together at 1.0 and 1.02;
    # then one chunk at a time: the link is 2 Mbit/s all along.
    mbit = 125_000
    requests = [(0.0, 1.0, mbit), (0.0, 1.02, mbit), (1.0, 1.5, mbit), (1.5, 2.0, mbit)]
    rate = upload_rate_mbps(requests)
    assert rate is not None and rate == pytest.approx(2.0, rel=0.05)
    naive = steady_rate_mbps([(e, b) for _s, e, b in requests])  # whole chunks: over-reports
    assert naive is not None and naive > 2.3


def test_upload_window_closes_where_a_request_cut_at_the_end_began() -> None:
    mbit = 125_000
    requests = [(0.0, 0.5, mbit), (0.5, 1.0, mbit), (1.0, 1.5, mbit), (1.2, None, 0)]
    # the cut request shared the link from 1.2 on: the window stops there
    assert upload_rate_mbps(requests) == pytest.approx(mbit * 8 * (1 + 0.2 / 0.5) / 0.7 / 1e6)


@pytest.mark.parametrize(
    "requests",
    [[], [(0.0, 1.0, 100)], [(0.0, 1.0, 100), (0.0, None, 0)], [(0.0, 1.0, 10), (0.5, 1.0, 10)]],
)
def test_upload_without_a_window_gives_no_figure(
    requests: list[tuple[float, float | None, int]],
) -> None:
    assert upload_rate_mbps(requests) is None
