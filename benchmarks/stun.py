"""The media-path probe (app/net/stun.py) against a real coturn: accuracy and time.

- Loss at the check's own rate (50 requests/s for 3 s = 150 per run), nftables dropping 2 % and
  5 % of the UDP answers in the client namespace (tests/harness/coturn.py MediaNet), repeated
  runs: the pooled share against the configured one, the per-run spread against the binomial
  one, and the probe's count against the packets nftables really dropped.
- Jitter through the user-space delaying proxy (tests/harness/udp_delay.py, U[0, spread] each
  way): measured against what the same model predicts (±20 % is the aim).
- UDP blocked: time until the TCP / TLS fallback is reported (≤ 3 s is the aim).
- The time the part adds to the whole connection check (loopback: local speed-test server and
  coturn on 127.0.0.1, with and without ``stun_server``).

Needs root, iproute2, nftables and coturn for the namespace rows (else they say so).
Run alone: ``.venv/bin/python benchmarks/stun.py``; ``run()`` gives rows for ``make bench``.
"""

from __future__ import annotations

import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import Row, table  # noqa: E402

RUNS = 10


def _loss_rows(net, srv_ip: str) -> list[Row]:  # type: ignore[no-untyped-def]
    rows = []
    for per_mille in (20, 50):
        net.drop_udp_answers(per_mille)
        before = net.dropped()
        runs = net.run_probe({"server": f"{srv_ip}:3478", "runs": RUNS}, timeout_s=300)["runs"]
        dropped = net.dropped() - before
        net.drop_udp_answers(0)
        sent = sum(r["sent"] for r in runs)
        lost = sum(r["sent"] - r["received"] for r in runs)
        p = per_mille / 10
        pooled = 100 * lost / sent
        per_run = [r["loss_pct"] for r in runs]
        sd = statistics.stdev(per_run)
        binom = 100 * math.sqrt(p / 100 * (1 - p / 100) / (sent / len(runs)))
        pooled_sd = binom / math.sqrt(len(runs))
        rows.append(
            Row(
                "media path (UDP)",
                f"loss at {p:g} % configured, {len(runs)} × {sent // len(runs)} requests",
                f"{pooled:.2f} % pooled (runs {min(per_run):.1f}–{max(per_run):.1f}, sd {sd:.2f})",
                f"{p:g} ± 1 point",
                abs(pooled - p) <= 1.0,
                f"binomial sd per run {binom:.2f}, pooled {pooled_sd:.2f}; probe counted {lost} "
                f"lost, nftables dropped {dropped} (the probe's own error: {lost - dropped})",
            )
        )
    return rows


def _jitter_rows(net, srv_ip: str) -> list[Row]:  # type: ignore[no-untyped-def]
    from tests.harness.udp_delay import expected_jitter_ms, proxy_command

    rows = []
    for spread in (0.0, 10.0, 30.0):
        proxy = subprocess.Popen(
            proxy_command(net.srv_ns, f"{srv_ip}:5000", f"{srv_ip}:3478", spread, 11),
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        try:
            assert proxy.stdout is not None
            proxy.stdout.readline()
            runs = net.run_probe({"server": f"{srv_ip}:5000", "runs": 3})["runs"]
        finally:
            proxy.kill()
            proxy.wait(timeout=5)
            if proxy.stdout is not None:
                proxy.stdout.close()
        measured = [r["jitter_ms"] for r in runs]
        expected = expected_jitter_ms(spread)
        if not spread:  # the floor: what this machine and the harness add on their own
            rows.append(
                Row(
                    "media path (UDP)",
                    "jitter through the proxy with no delay variation (3 runs)",
                    f"{statistics.mean(measured):.2f} ms",
                    "≈ 0",
                    None,
                    "this machine's own noise (load average above)",
                )
            )
            continue
        err = statistics.mean(measured) / expected - 1
        rows.append(
            Row(
                "media path (UDP)",
                f"jitter, delay U[0, {spread:g}] ms each way (3 runs)",
                f"{statistics.mean(measured):.1f} ms ({err * 100:+.0f} %); "
                f"RFC 3550 J {statistics.mean(r['jitter_rfc3550_ms'] for r in runs):.1f}",
                f"{expected:.1f} ms ± 20 %",
                abs(err) <= 0.2,
                f"runs {', '.join(f'{m:.1f}' for m in measured)}",
            )
        )
    return rows


def _blocked_rows(net, srv, srv_ip: str) -> list[Row]:  # type: ignore[no-untyped-def]
    net.block_udp()
    try:
        runs = net.run_probe({"server": f"{srv_ip}:3478", "cafile": str(srv.cafile), "runs": 3})
    finally:
        net.unblock()
    walls = [r["wall_s"] for r in runs["runs"]]
    found = {r["fallback"] for r in runs["runs"]}
    return [
        Row(
            "media path (UDP)",
            "UDP blocked: detected + TCP/TLS fallback reported (3 runs)",
            f"{max(walls):.2f} s worst ({', '.join(sorted(found))})",
            "≤ 3 s",
            max(walls) <= 3.0 and found == {"tcp+tls"},
            "1 s of silence, then TCP and TLS side by side",
        )
    ]


def namespace_rows() -> list[Row]:
    from tests.harness.coturn import Coturn, MediaNet, can_namespace

    if not can_namespace():
        return [Row("media path (UDP)", "namespace rows", "skipped", note="needs root + coturn")]
    net = MediaNet().up()
    try:
        srv = Coturn(MediaNet.SRV_IPS, 3478, tls_port=443, netns=net.srv_ns).start()
        try:
            ip = MediaNet.SRV_IPS[0]
            return _loss_rows(net, ip) + _jitter_rows(net, ip) + _blocked_rows(net, srv, ip)
        finally:
            srv.close()
    finally:
        net.down()


def _check_wall(stun_server: str) -> tuple[float, float | None]:
    from app.checks.base import CheckContext
    from app.checks.connection import ConnectionCheck
    from app.checks.options import RunOptions
    from app.profile import Profile
    from tests.harness.speedserver import SpeedServer

    srv = SpeedServer("ok", 20e6, 20e6).start()
    try:
        p = Profile(speedtest_server=srv.url, video_host=srv.host_port, stun_server=stun_server)
        t = time.monotonic()
        r = ConnectionCheck().run(CheckContext(15, options=RunOptions(profile=p)))
        part = r.metric("udp_check_s")
        return time.monotonic() - t, float(part) if isinstance(part, float) else None
    finally:
        srv.close()


def added_time_rows() -> list[Row]:
    from tests.harness.coturn import Coturn, available

    if not available():
        return [Row("media path (UDP)", "time added", "skipped", note="no turnserver")]
    with Coturn(("127.0.0.1",), 34590):
        with_udp = [_check_wall("127.0.0.1:34590") for _ in range(3)]
    without = [_check_wall("")[0] for _ in range(3)]
    w, wo = statistics.median(x[0] for x in with_udp), statistics.median(without)
    part = statistics.median(x[1] or 0.0 for x in with_udp)
    return [
        Row(
            "media path (UDP)",
            "connection check wall s with / without the UDP part (loopback, 3 each)",
            f"{w:.2f} / {wo:.2f} (+{w - wo:.2f} s; the part itself {part:.2f} s)",
            "part ≤ 4 s",
            part <= 4.0,
            "runs beside the 2 s latency probes",
        )
    ]


def run() -> list[Row]:
    return namespace_rows() + added_time_rows()


if __name__ == "__main__":
    print(table(run()))
