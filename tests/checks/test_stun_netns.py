"""The media-path probe through the namespace harness (tests/harness/coturn.py MediaNet): a real
coturn in a server namespace with two addresses, the probe in a client namespace, nftables
dropping a share of the UDP answers, blocking UDP, or acting as a symmetric NAT, and a
user-space delaying proxy for delay variation (this kernel has no netem). Root only."""

from __future__ import annotations

import math
import subprocess
from collections.abc import Iterator

import pytest

from tests.harness import require, require_root, require_tool
from tests.harness.coturn import ROOT, Coturn, MediaNet
from tests.harness.udp_delay import expected_jitter_ms, proxy_command

pytestmark = [pytest.mark.harness, pytest.mark.slow]
SRV = MediaNet.SRV_IPS[0]


@pytest.fixture(scope="module")
def net() -> Iterator[tuple[MediaNet, Coturn]]:
    require_root("network namespaces")
    for tool in ("ip", "nft", "ss", "turnserver"):
        require_tool(tool)
    media = MediaNet()
    try:
        media.up()
        srv = Coturn(MediaNet.SRV_IPS, 3478, tls_port=443, netns=media.srv_ns).start()
    except (subprocess.SubprocessError, RuntimeError) as exc:  # pragma: no cover
        media.down()
        require(False, f"namespaces with coturn ({exc})")
    yield media, srv
    srv.close()
    media.down()


@pytest.mark.parametrize("per_mille", [20, 50])
def test_loss_is_measured_exactly_and_matches_the_configured_share(net, per_mille) -> None:  # type: ignore[no-untyped-def]
    media, _srv = net
    media.drop_udp_answers(per_mille)
    try:
        before = media.dropped()
        # 3000 requests (500/s for 6 s) so that the configured share can be checked
        (run,) = media.run_probe({"server": f"{SRV}:3478", "rate_hz": 500, "duration_s": 6})["runs"]
        dropped = media.dropped() - before
    finally:
        media.drop_udp_answers(0)
    n, lost = run["sent"], run["sent"] - run["received"]
    # 1. The probe counts exactly the answers the network dropped (a late one may add one).
    assert dropped <= lost <= dropped + 2
    # 2. nftables' random drop is a binomial draw: the measured share is within 4 standard
    #    deviations of the configured one (±1.0 points at 2 %, ±1.6 at 5 % for n = 3000).
    p = per_mille / 1000
    sigma_pts = 100 * math.sqrt(p * (1 - p) / n)
    assert abs(run["loss_pct"] - 100 * p) <= 4 * sigma_pts, (run["loss_pct"], sigma_pts)


def test_delay_variation_reads_as_jitter_within_20_percent(net) -> None:  # type: ignore[no-untyped-def]
    media, _srv = net
    spread = 30.0  # ms, each direction
    proxy = subprocess.Popen(
        proxy_command(media.srv_ns, f"{SRV}:5000", f"{SRV}:3478", spread, 3),
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proxy.stdout is not None and proxy.stdout.readline().strip() == "ready"
        runs = media.run_probe({"server": f"{SRV}:5000", "runs": 2})["runs"]
    finally:
        proxy.kill()
        proxy.wait(timeout=5)
        if proxy.stdout is not None:
            proxy.stdout.close()
    jitter = sum(r["jitter_ms"] for r in runs) / len(runs)
    expected = expected_jitter_ms(spread)
    print(f"jitter {jitter:.2f} ms, expected {expected:.2f} ms")
    assert abs(jitter - expected) <= 0.2 * expected, (jitter, expected)
    assert all(r["loss_pct"] <= 2.0 for r in runs)


def test_blocked_udp_is_detected_and_the_fallback_reported_in_3_s(net) -> None:  # type: ignore[no-untyped-def]
    media, srv = net
    media.block_udp()
    try:
        args = {"server": f"{SRV}:3478", "cafile": str(srv.cafile)}
        (run,) = media.run_probe(args)["runs"]
    finally:
        media.unblock()
    assert run["udp"] == "blocked"
    assert run["wall_s"] <= 3.0
    assert run["fallback"] == "tcp+tls"
    assert [f[:3] for f in run["fallbacks"]] == [
        ["tcp", f"{SRV}:3478", True],
        ["tls", f"{SRV}:443", True],
    ]


def test_tls_with_an_untrusted_certificate_is_not_a_way_through(net) -> None:  # type: ignore[no-untyped-def]
    media, _srv = net
    media.block_udp()
    try:
        (run,) = media.run_probe({"server": f"{SRV}:3478"})["runs"]  # system CAs only
    finally:
        media.unblock()
    assert run["fallback"] == "tcp"


def test_symmetric_nat_is_seen_as_a_changing_mapping(net) -> None:  # type: ignore[no-untyped-def]
    media, _srv = net
    (run,) = media.run_probe({"server": f"{SRV}:3478"})["runs"]
    assert run["mapping"] == "same"
    media.symmetric_nat()
    try:
        (run,) = media.run_probe({"server": f"{SRV}:3478"})["runs"]
    finally:
        media.no_nat()
    assert run["mapping"] == "changes"
    assert run["public_cut"] == "10.78.x.x"
