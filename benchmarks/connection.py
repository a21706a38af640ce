"""Connection check vs. speedtest-cli on a shaped link between two network namespaces.

Server namespace ``sr_srv`` (10.77.0.1) runs the local speed-test server (tests/harness) and a
user-space delaying TCP proxy (this kernel has tbf and nftables but no netem). Client namespace
``sr_cli`` (10.77.0.2) runs the connection check (latency to the proxy port, throughput through
the proxy) and then plain speedtest-cli against the same server. Shaping: tbf rate on both veth
ends, nftables random drop on the server side for loss, proxy delay for RTT.

Run as root: ``.venv/bin/python benchmarks/connection.py [--rate 5] [--delay 50] [--loss 1]``.
Without namespaces (not root, no `ip`), falls back to the in-process throttled server on
127.0.0.1 (rate only) and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.common import Row, median, table  # noqa: E402

# Unique per process: two runs at once (another engineer's, a test) must never share a link.
_TAG = os.getpid() % 100000
SRV_NS, CLI_NS = f"sr_srv{_TAG}", f"sr_cli{_TAG}"
SRV_DEV, CLI_DEV = f"srs{_TAG}", f"src{_TAG}"
SRV_IP, CLI_IP = "10.77.0.1", "10.77.0.2"
PY = sys.executable

SERVER_CODE = """
import sys, time, threading, socket, select
sys.path.insert(0, {root!r})
from tests.harness.speedserver import SpeedServer
srv = SpeedServer("ok", host={ip!r}, port=8080).start()
DELAY = {delay} / 2000.0   # one-way delay in each direction = half the added RTT

def pump(src, dst):
    # forward bytes, each chunk held DELAY seconds (a queue per direction keeps order)
    import collections
    q = collections.deque(); lock = threading.Condition(); done = [False]
    def writer():
        while True:
            with lock:
                while not q and not done[0]:
                    lock.wait(0.5)
                if not q and done[0]:
                    break
                t, data = q.popleft()
            wait = t - time.monotonic()
            if wait > 0: time.sleep(wait)
            try: dst.sendall(data)
            except OSError: break
        try: dst.shutdown(socket.SHUT_WR)
        except OSError: pass
    w = threading.Thread(target=writer, daemon=True); w.start()
    while True:
        try: data = src.recv(65536)
        except OSError: data = b""
        with lock:
            if not data:
                done[0] = True; lock.notify(); break
            q.append((time.monotonic() + DELAY, data)); lock.notify()

def handle(c):
    # the SYN/ACK of the client's connect already paid one RTT of the link; hold the accept
    # answer path by delaying the first bytes only (connect RTT is measured by the client's
    # kernel handshake, so we delay the handshake by accepting late)
    u = socket.create_connection(({ip!r}, 8080))
    threading.Thread(target=pump, args=(c, u), daemon=True).start()
    threading.Thread(target=pump, args=(u, c), daemon=True).start()

ls = socket.socket(); ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(({ip!r}, 9090)); ls.listen(128)
print("ready", flush=True)
while True:
    c, _ = ls.accept()
    threading.Thread(target=handle, args=(c,), daemon=True).start()
"""


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=check)


def setup(rate_mbit: float, loss: float) -> None:
    teardown()
    sh("ip", "netns", "add", SRV_NS)
    sh("ip", "netns", "add", CLI_NS)
    sh("ip", "link", "add", SRV_DEV, "type", "veth", "peer", "name", CLI_DEV)
    sh("ip", "link", "set", SRV_DEV, "netns", SRV_NS)
    sh("ip", "link", "set", CLI_DEV, "netns", CLI_NS)
    sh("ip", "-n", SRV_NS, "addr", "add", f"{SRV_IP}/24", "dev", SRV_DEV)
    sh("ip", "-n", CLI_NS, "addr", "add", f"{CLI_IP}/24", "dev", CLI_DEV)
    for ns, dev in ((SRV_NS, SRV_DEV), (CLI_NS, CLI_DEV)):
        sh("ip", "-n", ns, "link", "set", "lo", "up")
        sh("ip", "-n", ns, "link", "set", dev, "up")
        sh(
            "tc",
            "-n",
            ns,
            "qdisc",
            "add",
            "dev",
            dev,
            "root",
            "tbf",
            "rate",
            f"{rate_mbit}mbit",
            "burst",
            "32kbit",
            "latency",
            "400ms",
        )
    if loss > 0:
        ex = ("ip", "netns", "exec", SRV_NS, "nft")
        sh(*ex, "add", "table", "inet", "srloss")
        sh(*ex, "add chain inet srloss out { type filter hook output priority 0; }")
        sh(
            *ex,
            "add",
            "rule",
            "inet",
            "srloss",
            "out",
            "oifname",
            SRV_DEV,
            "numgen",
            "random",
            "mod",
            "100",
            "<",
            str(int(loss)),
            "counter",
            "drop",
        )


def teardown() -> None:
    for ns in (SRV_NS, CLI_NS):
        sh("ip", "netns", "del", ns, check=False)


CLIENT_CODE = """
import sys, time, json, threading
sys.path.insert(0, {root!r})
from app.checks.base import CheckContext
from app.checks.connection import ConnectionCheck
from app.profile import Profile
out = {{}}
p = Profile(speedtest_server="http://{ip}:9090/", video_host="{ip}:9090")
t = time.monotonic()
r = ConnectionCheck().run(CheckContext(15, options={{"profile": p}}))
out["check_wall_s"] = time.monotonic() - t
out["check"] = {{m.name: m.value for m in r.metrics}}
out["check_status"] = r.status.value
out["check_details"] = dict(r.details)
import speedtest
class Offline(speedtest.Speedtest):
    def get_config(self):
        self.config.update({{"client": {{"ip": "", "isp": "", "lat": "0", "lon": "0", "country": ""}},
            "ignore_servers": [], "sizes": {{"upload": [524288, 1048576, 7340032],
            "download": [350, 500, 750, 1000, 1500, 2000, 2500, 3000, 3500, 4000]}},
            "counts": {{"upload": 4, "download": 2}}, "threads": {{"upload": 2, "download": 4}},
            "length": {{"upload": 10, "download": 10}}, "upload_max": 12}})
        self.lat_lon = (0.0, 0.0)
        return self.config
t = time.monotonic()
st = Offline(timeout=10)
st.get_best_server(st.set_mini_server("http://{ip}:9090/"))
st.download(); st.upload()
d = st.results.dict()
out["speedtest_wall_s"] = time.monotonic() - t
out["speedtest"] = {{"download_mbps": d["download"] / 1e6, "upload_mbps": d["upload"] / 1e6,
                     "ping_ms": d["ping"]}}
print(json.dumps(out))
"""


def run_netns(rate: float, delay: float, loss: float) -> dict:
    setup(rate, loss)
    server = subprocess.Popen(
        [
            "ip",
            "netns",
            "exec",
            SRV_NS,
            PY,
            "-c",
            SERVER_CODE.format(root=str(ROOT), ip=SRV_IP, delay=delay),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        server.stdout.readline()
        out = sh(
            "ip", "netns", "exec", CLI_NS, PY, "-c", CLIENT_CODE.format(root=str(ROOT), ip=SRV_IP)
        )
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        server.kill()
        server.wait(timeout=5)
        teardown()


def run_fallback(rate: float) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.harness.speedserver import SpeedServer

    srv = SpeedServer("ok", rate * 1e6, rate * 1e6).start()
    try:
        code = CLIENT_CODE.format(root=str(ROOT), ip="127.0.0.1").replace(":9090", f":{srv.port}")
        out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        srv.close()


def measure(rate: float, delay: float, loss: float) -> tuple[dict, str, float, float]:
    """One run of the check and speedtest-cli on the same link: (results, where, delay, loss)
    with the delay and loss actually configured (0 on the fallback, which shapes rate only)."""
    can_ns = os.geteuid() == 0 and shutil.which("ip") and shutil.which("tc")
    if can_ns:
        try:
            res = run_netns(rate, delay, loss)
            return res, "network namespaces (veth + tbf + nft loss + delaying proxy)", delay, loss
        except (subprocess.CalledProcessError, OSError, ValueError) as exc:
            print(f"namespaces failed ({exc}); falling back to the in-process throttled server")
    else:
        print("not root or no iproute2: using the in-process throttled server (rate only)")
    return run_fallback(rate), "in-process throttled server on 127.0.0.1 (rate only)", 0.0, 0.0


CASES = ((5.0, 50.0, 1.0), (20.0, 20.0, 0.0))  # Mbit/s each way, added RTT ms, loss %


def _err(measured: object, configured: float) -> float | None:
    """Relative throughput error in %, None when there is no figure."""
    if not isinstance(measured, (int, float)) or configured <= 0:
        return None
    return 100.0 * abs(float(measured) - configured) / configured


def _mean(values: list[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return sum(got) / len(got) if got else None


def run(runs: int = 3, cases: tuple[tuple[float, float, float], ...] = CASES) -> list[Row]:
    """Per link: throughput error of the check and of speedtest-cli against the configured
    rate (mean of down and up), their ratio, the wall-time ratio, and the check's RTT/loss."""
    rows: list[Row] = []
    for rate, delay, loss in cases:
        samples = [measure(rate, delay, loss) for _ in range(runs)]
        where, delay_used, loss_used = samples[0][1], samples[0][2], samples[0][3]
        link = f"{rate:g} Mbit/s, +{delay_used:g} ms, {loss_used:g} % loss"
        c_err, s_err, c_wall, s_wall, rtts, losses, downs, ups = [], [], [], [], [], [], [], []
        for res, *_ in samples:
            c, st = res["check"], res["speedtest"]
            c_err.append(
                _mean([_err(c.get("download_mbps"), rate), _err(c.get("upload_mbps"), rate)])
            )
            s_err.append(_mean([_err(st["download_mbps"], rate), _err(st["upload_mbps"], rate)]))
            c_wall.append(res["check_wall_s"])
            s_wall.append(res["speedtest_wall_s"])
            rtts.append(float(c.get("rtt_ms") or 0.0))
            losses.append(float(c.get("loss_pct") or 0.0))
            downs.append(float(c.get("download_mbps") or 0.0))
            ups.append(float(c.get("upload_mbps") or 0.0))
        ce = median([e for e in c_err if e is not None] or [float("nan")])
        se = median([e for e in s_err if e is not None] or [float("nan")])
        cw, sw = median(c_wall), median(s_wall)
        note = f"median of {runs}; {where}"
        err_ratio = ce / se if se > 0 else float("inf")
        rows.append(
            Row(
                "connection",
                f"throughput error, check vs speedtest-cli ({link})",
                f"{ce:.1f} % vs {se:.1f} % (ratio {err_ratio:.2f})",
                "check's error ≤ speedtest-cli's",
                ce <= se,
                f"{note}; mean of down and up vs configured; "
                f"check {median(downs):.2f}/{median(ups):.2f} Mbit/s down/up",
            )
        )
        rows.append(
            Row(
                "connection",
                f"wall time, check vs speedtest-cli ({link})",
                f"{cw:.1f} s vs {sw:.1f} s (ratio {cw / sw:.2f})",
                "ratio ≤ 0.5",
                cw / sw <= 0.5,
                note,
            )
        )
        rows.append(
            Row(
                "connection",
                f"check's RTT and loss ({link})",
                f"{median(rtts):.1f} ms, {median(losses):.1f} %",
                "",
                None,
                f"{note}; RTT is a TCP connect: the kernel answers the handshake before the "
                "user-space delaying proxy, so the added delay is not visible to it",
            )
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=5.0, help="Mbit/s each way")
    ap.add_argument("--delay", type=float, default=50.0, help="added RTT, ms")
    ap.add_argument("--loss", type=float, default=1.0, help="random loss server→client, %%")
    ap.add_argument("--table", action="store_true", help="the suite's rows for both links")
    a = ap.parse_args()
    if a.table:
        print(table(run()))
        return 0
    res, where, a.delay, a.loss = measure(a.rate, a.delay, a.loss)
    c, s = res["check"], res["speedtest"]
    print(
        f"\nLink: {where}; configured {a.rate:g} Mbit/s each way, +{a.delay:g} ms RTT, "
        f"{a.loss:g} % loss\n"
    )
    print("| measured by | down Mbit/s | up Mbit/s | RTT ms | jitter ms | loss % | MOS | wall s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print(f"| configured | {a.rate:g} | {a.rate:g} | ≥ {a.delay:g} | – | {a.loss:g} | – | – |")
    print(
        f"| connection check | {c.get('download_mbps')} | {c.get('upload_mbps')} | "
        f"{c.get('rtt_ms')} | {c.get('jitter_ms')} | {c.get('loss_pct')} | {c.get('mos')} | "
        f"{res['check_wall_s']:.2f} |"
    )
    print(
        f"| speedtest-cli (10 s/dir) | {s['download_mbps']:.2f} | {s['upload_mbps']:.2f} | "
        f"{s['ping_ms']:.1f} (its ping) | – | – | – | {res['speedtest_wall_s']:.2f} |"
    )
    print(
        f"\nconnection check: status {res['check_status']}, confidence {c.get('confidence')}, "
        f"speedtest-cli's own upload figure in the check "
        f"{res['check_details'].get('upload_speedtest_cli_mbps')} Mbit/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
