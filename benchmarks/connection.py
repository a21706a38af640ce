"""Connection check vs. speedtest-cli on shaped links between two network namespaces.

For each link (5 Mbit/s + 50 ms + 1 % loss, and 20 Mbit/s + 20 ms + 0 % loss) a server
namespace (10.77.0.1) runs the local speed-test server (tests/harness) behind a user-space
delaying TCP proxy (this kernel has tbf and nftables but no netem); a client namespace
(10.77.0.2) runs the connection check and then plain speedtest-cli against the same server, in
the same run. Shaping: tbf rate on both veth ends; random loss with nftables in the INPUT hook
of the receiving namespace, each direction (a drop there is a real in-flight loss the sender
must retransmit; a drop in the sender's own OUTPUT hook is reported back to its TCP stack as a
local send error and is not a loss it can see); delay in the proxy (it delays data, not the
kernel's handshake — exactly the case the request-RTT probe exists for).

Namespace and veth names carry this process's PID, so runs never collide; they are deleted on
every exit path (exception, Ctrl-C, SIGTERM).

Run as root: ``.venv/bin/python benchmarks/connection.py [--only 5/50/1]``; ``run()`` returns
``benchmarks.common.Row`` s for ``make bench``. Without root / iproute2 it falls back to the
in-process throttled server on 127.0.0.1 (rate only) and says so in every row.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import Row, table  # noqa: E402

PID = os.getpid()
SRV_NS, CLI_NS = f"srbs{PID}", f"srbc{PID}"
SRV_DEV, CLI_DEV = f"srbs{PID}v"[:15], f"srbc{PID}v"[:15]
SRV_IP, CLI_IP = "10.77.0.1", "10.77.0.2"
PY = sys.executable


@dataclass(frozen=True)
class Link:
    rate_mbit: float
    delay_ms: float
    loss_pct: float

    @property
    def name(self) -> str:
        return f"{self.rate_mbit:g} Mbit/s, +{self.delay_ms:g} ms, {self.loss_pct:g} % loss"


LINKS = (Link(5, 50, 1), Link(20, 20, 0))

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
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # a network adds no Nagle wait
    # the SYN/ACK of the client's connect already paid one RTT of the link; hold the accept
    # answer path by delaying the first bytes only (connect RTT is measured by the client's
    # kernel handshake, so we delay the handshake by accepting late)
    u = socket.create_connection(({ip!r}, 8080))
    u.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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
    return subprocess.run(args, capture_output=True, text=True, check=check, timeout=30)


def setup(link: Link) -> None:
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
        burst = f"{max(32, int(link.rate_mbit * 4))}kbit"
        sh(
            *("tc", "-n", ns, "qdisc", "add", "dev", dev, "root", "tbf"),
            *("rate", f"{link.rate_mbit}mbit", "burst", burst, "latency", "400ms"),
        )
        if link.loss_pct > 0:  # drop arriving packets: a real loss for the sender
            ex = ("ip", "netns", "exec", ns, "nft")
            sh(*ex, "add", "table", "inet", "srloss")
            sh(*ex, "add chain inet srloss in { type filter hook input priority 0; }")
            sh(
                *ex,
                *("add", "rule", "inet", "srloss", "in", "iifname", dev),
                *("numgen", "random", "mod", "1000", "<", str(int(link.loss_pct * 10))),
                *("counter", "drop"),
            )


def teardown() -> None:
    for ns in (SRV_NS, CLI_NS):
        subprocess.run(["ip", "netns", "del", ns], capture_output=True, check=False, timeout=30)


CLIENT_CODE = """
import sys, time, json
sys.path.insert(0, {root!r})
from app.checks.base import CheckContext
from app.checks.connection import ConnectionCheck
from app.checks.options import RunOptions
from app.profile import Profile
out = {{}}
p = Profile(speedtest_server="http://{ip}:9090/", video_host="{ip}:9090")
t = time.monotonic()
r = ConnectionCheck().run(CheckContext(15, options=RunOptions(profile=p)))
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


def run_netns(link: Link) -> dict:
    setup(link)
    server = subprocess.Popen(
        [
            *("ip", "netns", "exec", SRV_NS, PY, "-c"),
            SERVER_CODE.format(root=str(ROOT), ip=SRV_IP, delay=link.delay_ms),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        server.stdout.readline()
        out = subprocess.run(
            [
                *("ip", "netns", "exec", CLI_NS, PY, "-c"),
                CLIENT_CODE.format(root=str(ROOT), ip=SRV_IP),
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=180,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        server.kill()
        server.wait(timeout=5)
        teardown()


def run_fallback(link: Link) -> dict:
    from tests.harness.speedserver import SpeedServer

    srv = SpeedServer("ok", link.rate_mbit * 1e6, link.rate_mbit * 1e6).start()
    try:
        code = CLIENT_CODE.format(root=str(ROOT), ip="127.0.0.1").replace(":9090", f":{srv.port}")
        out = subprocess.run(
            [PY, "-c", code], capture_output=True, text=True, check=True, timeout=180
        )
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        srv.close()


def can_shape() -> bool:
    return bool(
        os.geteuid() == 0 and shutil.which("ip") and shutil.which("tc") and shutil.which("nft")
    )


def measure(link: Link) -> tuple[dict, Link, str]:
    """Run one link; returns (results, the link actually applied, where)."""
    if can_shape():
        try:
            return run_netns(link), link, "netns"
        except (subprocess.SubprocessError, OSError, ValueError) as exc:
            print(f"namespaces failed ({exc}); using the in-process server", file=sys.stderr)
    return run_fallback(link), Link(link.rate_mbit, 0, 0), "loopback (rate only)"


def _err(measured: float | None, configured: float) -> float | None:
    if measured is None or not configured:
        return None
    return (float(measured) - configured) / configured


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:+.0f} %"


def rows_for(res: dict, link: Link, where: str) -> list[Row]:
    c, s = res["check"], res["speedtest"]
    area = f"connection {link.rate_mbit:g}/{link.delay_ms:g}/{link.loss_pct:g}"
    note = f"{where}; configured {link.name}"
    c_err = max(
        abs(_err(c.get("download_mbps"), link.rate_mbit) or 0),
        abs(_err(c.get("upload_mbps"), link.rate_mbit) or 0),
    )
    s_err = max(
        abs(_err(s["download_mbps"], link.rate_mbit) or 0),
        abs(_err(s["upload_mbps"], link.rate_mbit) or 0),
    )
    ratio = res["check_wall_s"] / res["speedtest_wall_s"]
    loss_note = (
        f"probes {c.get('loss_probe_pct')} %, retrans {c.get('loss_retrans_pct', '–')} % "
        f"[{c.get('loss_retrans_low_pct', '–')}–{c.get('loss_retrans_high_pct', '–')}] of "
        f"{c.get('loss_segments', '–')} segments, confidence {c.get('loss_confidence', '–')}"
    )
    rtt = c.get("rtt_ms")
    return [
        Row(
            area,
            "check down / up Mbit/s",
            f"{c.get('download_mbps')} / {c.get('upload_mbps')}",
            f"{link.rate_mbit:g}",
            None,
            note,
        ),
        Row(
            area,
            "speedtest-cli down / up Mbit/s",
            f"{s['download_mbps']:.2f} / {s['upload_mbps']:.2f}",
            f"{link.rate_mbit:g}",
            None,
            "10 s per direction",
        ),
        Row(
            area,
            "worst throughput error check / speedtest-cli",
            f"{c_err * 100:.0f} % / {s_err * 100:.0f} %",
            "check ≤ speedtest-cli",
            c_err <= s_err + 0.02,
            "±2 points = noise",
        ),
        Row(
            area,
            "check RTT ms (request / connect)",
            f"{rtt} ({c.get('rtt_request_ms', '–')} / {c.get('rtt_connect_ms', '–')})",
            f"≥ {link.delay_ms:g}",
            rtt is not None and rtt >= link.delay_ms * 0.95,
            "verdict uses the larger",
        ),
        Row(
            area,
            "speedtest-cli ping ms",
            f"{s['ping_ms']:.1f}",
            f"≥ {link.delay_ms:g}",
            None,
            "its HTTP latency test",
        ),
        Row(area, "check loss %", f"{c.get('loss_pct')}", f"{link.loss_pct:g}", None, loss_note),
        Row(
            area,
            "check jitter ms / MOS",
            f"{c.get('jitter_ms')} / {c.get('mos')}",
            "",
            None,
            f"status {res['check_status']}",
        ),
        Row(
            area,
            "wall s check / speedtest-cli",
            f"{res['check_wall_s']:.2f} / {res['speedtest_wall_s']:.2f} (×{ratio:.2f})",
            "check ≤ 10 s and ≤ 0.5×",
            res["check_wall_s"] <= 10 and ratio <= 0.5,
            "",
        ),
    ]


def run(links: tuple[Link, ...] = LINKS) -> list[Row]:
    """Every link, one after the other; rows for benchmarks/run_all.py."""
    rows: list[Row] = []
    for link in links:
        res, applied, where = measure(link)
        rows += rows_for(res, applied, where)
    return rows


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through the finally blocks: namespaces go


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="one link as RATE/DELAY/LOSS, e.g. 5/50/1")
    a = ap.parse_args()
    links = LINKS
    if a.only:
        r, d, l_ = (float(x) for x in a.only.split("/"))
        links = (Link(r, d, l_),)
    signal.signal(signal.SIGTERM, _terminate)
    if not can_shape():
        print("not root or no iproute2/nftables: in-process throttled server (rate only)")
    try:
        print(table(run(links)))
    finally:
        teardown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
