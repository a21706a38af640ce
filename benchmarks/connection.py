"""Connection check vs. speedtest-cli on shaped links between two network namespaces, and
latency under load (bufferbloat) on a long and a short queue.

For each link (5 Mbit/s + 50 ms + 1 % loss; 20 Mbit/s + 20 ms + 0 %; 2 Mbit/s down / 1 up +
150 ms + 2 % loss — rural DSL, a phone hotspot at the edge of coverage) a server namespace
(10.77.0.1) runs the local speed-test server (tests/harness) behind a user-space delaying TCP
proxy (this kernel has tbf and nftables but no netem); a client namespace (10.77.0.2) runs the
connection check and then plain speedtest-cli against the same server, in the same run.
Shaping (tests/harness/netns.py): tbf rate on both veth ends; random loss with nftables in the
INPUT hook of the receiving namespace; delay in the proxy (it delays data, not the kernel's
handshake — exactly the case the request-RTT probe exists for).

Throughput is compared with the link's ACHIEVABLE GOODPUT, not its configured rate: tbf counts
whole Ethernet frames, so a full-size TCP segment carries 1448 payload bytes (MSS with
timestamps) in a 1514-byte frame (+20 IP, +32 TCP with timestamps, +14 Ethernet): payload
efficiency 1448/1514 = 95.6 %; and a dropped packet has already used its tokens, so the loss
rate comes off too: goodput = rate × 0.956 × (1 − loss).

Bufferbloat rows: a 2 Mbit/s link without delay or loss whose tbf queue holds ~300 ms (graded D or
worse expected) and a 4 Mbit/s one with ~5 ms (A or better expected), the check's own figures.

The server side (speed-test server and delaying proxy, Python) runs at nice −10: on a loaded
machine it would otherwise wait for the CPU, and that wait would be measured as the link's delay
and as throughput stalls; a real server does not.

Namespace and veth names carry this process's PID, so runs never collide; they are deleted on
every exit path (exception, Ctrl-C, SIGTERM).

Run as root: ``.venv/bin/python benchmarks/connection.py [--only 2:1/150/2] [--no-speedtest]``;
``run()`` returns ``benchmarks.common.Row`` s for ``make bench``. Without root / iproute2 it falls
back to the in-process throttled server on 127.0.0.1 (rate only) and says so in every row.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import Row, table  # noqa: E402
from tests.harness.netns import SRV_IP, ShapedLink, can_shape  # noqa: E402

PY = sys.executable
PAYLOAD_EFFICIENCY = 1448 / 1514  # TCP payload per Ethernet frame (MSS with timestamps)


@dataclass(frozen=True)
class Link:
    rate_mbit: float  # download (server → client)
    delay_ms: float
    loss_pct: float
    up_mbit: float | None = None  # upload; None: the same as the download

    @property
    def up(self) -> float:
        return self.up_mbit or self.rate_mbit

    @property
    def rates(self) -> str:
        return (
            f"{self.rate_mbit:g}"
            if self.up == self.rate_mbit
            else f"{self.rate_mbit:g}:{self.up:g}"
        )

    @property
    def name(self) -> str:
        rate = (
            f"{self.rate_mbit:g}"
            if self.up == self.rate_mbit
            else f"{self.rate_mbit:g} down / {self.up:g} up"
        )
        return f"{rate} Mbit/s, +{self.delay_ms:g} ms, {self.loss_pct:g} % loss"

    def goodput(self, rate: float) -> float:
        """Achievable TCP goodput on this link at *rate* Mbit/s (see the module docstring)."""
        return rate * PAYLOAD_EFFICIENCY * (1 - self.loss_pct / 100)


LINKS = (Link(5, 50, 1), Link(20, 20, 0), Link(2, 150, 2, up_mbit=1))

SERVER_CODE = """
import os, sys, time, threading, socket, select
os.nice(-10)  # a stand-in for a real server: it must not wait for the CPU (see the docstring)
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
if not {speedtest}:
    print(json.dumps(out)); sys.exit(0)
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


def run_netns(link: Link, speedtest: bool = True) -> dict:
    with ShapedLink(link.rate_mbit, link.loss_pct, up_rate_mbit=link.up_mbit) as net:
        server = net.popen(
            "srv",
            SERVER_CODE.format(root=str(ROOT), ip=SRV_IP, delay=link.delay_ms),
            stdout=subprocess.PIPE,
        )
        try:
            assert server.stdout is not None
            server.stdout.readline()
            out = net.run(
                "cli",
                CLIENT_CODE.format(root=str(ROOT), ip=SRV_IP, speedtest=speedtest),
                timeout=180,
            )
            return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]
        finally:
            server.kill()
            server.wait(timeout=5)
            if server.stdout is not None:
                server.stdout.close()


def run_fallback(link: Link, speedtest: bool = True) -> dict:
    from tests.harness.speedserver import SpeedServer

    srv = SpeedServer("ok", link.rate_mbit * 1e6, link.up * 1e6).start()
    try:
        code = CLIENT_CODE.format(root=str(ROOT), ip="127.0.0.1", speedtest=speedtest)
        code = code.replace(":9090", f":{srv.port}")
        out = subprocess.run(
            [PY, "-c", code], capture_output=True, text=True, check=True, timeout=180
        )
        return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]
    finally:
        srv.close()


def measure(link: Link, speedtest: bool = True) -> tuple[dict, Link, str]:
    """Run one link; returns (results, the link actually applied, where)."""
    if can_shape():
        try:
            return run_netns(link, speedtest), link, "netns"
        except (subprocess.SubprocessError, OSError, ValueError) as exc:
            print(f"namespaces failed ({exc}); using the in-process server", file=sys.stderr)
    return (
        run_fallback(link, speedtest),
        Link(link.rate_mbit, 0, 0, link.up_mbit),
        "loopback (rate only)",
    )


def _err(measured: float | None, reference: float) -> float | None:
    if measured is None or not reference:
        return None
    return (float(measured) - reference) / reference


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f}"


def rows_for(res: dict, link: Link, where: str, load: str = "") -> list[Row]:
    c, s = res["check"], res.get("speedtest")
    area = f"connection {link.rates}/{link.delay_ms:g}/{link.loss_pct:g}"
    good_down, good_up = link.goodput(link.rate_mbit), link.goodput(link.up)
    note = f"{where}; configured {link.name}; {load}"
    c_err = max(
        abs(_err(c.get("download_mbps"), good_down) or 0),
        abs(_err(c.get("upload_mbps"), good_up) or 0),
    )
    rtt = c.get("rtt_ms")
    rows = [
        Row(
            area,
            "check down / up Mbit/s (goodput down / up)",
            f"{c.get('download_mbps')} / {c.get('upload_mbps')} ({good_down:.2f} / {good_up:.2f})",
            "",
            None,
            note,
        ),
    ]
    if s is not None:
        s_err = max(
            abs(_err(s["download_mbps"], good_down) or 0),
            abs(_err(s["upload_mbps"], good_up) or 0),
        )
        ratio = res["check_wall_s"] / res["speedtest_wall_s"]
        rows += [
            Row(
                area,
                "speedtest-cli down / up Mbit/s",
                f"{s['download_mbps']:.2f} / {s['upload_mbps']:.2f}",
                "",
                None,
                "10 s per direction",
            ),
            Row(
                area,
                "worst throughput error vs goodput, check / speedtest-cli",
                f"{c_err * 100:.0f} % / {s_err * 100:.0f} %",
                "check ≤ 5 %",
                c_err <= 0.05,
                "goodput = rate × 1448/1514 × (1 − loss)",
            ),
            Row(
                area,
                "wall s check / speedtest-cli",
                f"{res['check_wall_s']:.2f} / {res['speedtest_wall_s']:.2f} (×{ratio:.2f})",
                "≤ 0.5×",
                ratio <= 0.5,
                "",
            ),
            Row(
                area,
                "speedtest-cli ping ms",
                f"{s['ping_ms']:.1f}",
                "",
                None,
                "its HTTP latency test",
            ),
        ]
    else:
        rows.append(
            Row(
                area,
                "worst throughput error vs goodput, check",
                f"{c_err * 100:.0f} %",
                "≤ 5 %",
                c_err <= 0.05,
                f"goodput = rate × 1448/1514 × (1 − loss); wall {res['check_wall_s']:.2f} s",
            )
        )
    loss_note = (
        f"probes {c.get('loss_probe_pct')} %, retrans {c.get('loss_retrans_pct', '–')} % "
        f"[{c.get('loss_retrans_low_pct', '–')}–{c.get('loss_retrans_high_pct', '–')}] of "
        f"{c.get('loss_segments', '–')} segments, confidence {c.get('loss_confidence', '–')}"
    )
    rows += [
        Row(
            area,
            "check RTT ms (request / connect)",
            f"{rtt} ({c.get('rtt_request_ms', '–')} / {c.get('rtt_connect_ms', '–')})",
            f"≥ {link.delay_ms:g}",
            rtt is not None and rtt >= link.delay_ms * 0.95,
            "verdict uses the larger",
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
        bloat_row(area, c),
    ]
    return rows


def bloat_row(area: str, c: dict, target: str = "", met: bool | None = None) -> Row:
    return Row(
        area,
        "RTT idle / loaded down / loaded up ms, grade",
        f"{c.get('rtt_idle_ms')} / {c.get('rtt_loaded_down_ms')} / {c.get('rtt_loaded_up_ms')}, "
        f"{c.get('bufferbloat_grade', '–')}",
        target,
        met,
        f"added {c.get('bufferbloat_ms', '–')} ms",
    )


# (rate Mbit/s, tbf queue ms, grades expected, target): at 2 Mbit/s a 300 ms queue is 75 kB, which
# the check's four streams fill within its 2.5 s (at 4 Mbit/s, 150 kB, they did only sometimes)
BLOAT_QUEUES = (
    (2.0, 300.0, ("D", "F"), "D or worse"),
    (4.0, 5.0, ("A+", "A"), "A or better"),
)


def bloat_rows() -> list[Row]:
    """The bufferbloat grade on a link with a long and one with a short tbf queue."""
    if not can_shape():
        return [Row("connection bufferbloat", "grade", "–", "", None, "needs root (namespaces)")]
    from tests.checks.test_bufferbloat import loaded_run

    rows = []
    for rate, queue_ms, grades, target in BLOAT_QUEUES:
        load = load_note()
        c = loaded_run(queue_ms, rate)["metrics"]
        area = f"connection bufferbloat, {rate:g} Mbit/s, {queue_ms:g} ms queue"
        row = bloat_row(area, c, target, c.get("bufferbloat_grade") in grades)
        rows.append(
            Row(row.area, row.figure, row.value, row.target, row.met, f"{row.note}; {load}")
        )
    return rows


def run(links: tuple[Link, ...] = LINKS, speedtest: bool = True, bloat: bool = True) -> list[Row]:
    """Every link, one after the other, then the bufferbloat queues; rows for run_all.py."""
    rows: list[Row] = []
    for link in links:
        load = load_note()
        res, applied, where = measure(link, speedtest)
        rows += rows_for(res, applied, where, load)
    if bloat:
        rows += bloat_rows()
    return rows


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through the finally blocks: namespaces go


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="one link as RATE[:UP]/DELAY/LOSS, e.g. 2:1/150/2")
    ap.add_argument("--no-speedtest", action="store_true", help="the check only")
    ap.add_argument("--no-bloat", action="store_true", help="skip the bufferbloat queues")
    ap.add_argument("--json", action="store_true", help="raw results of each link, as JSON")
    a = ap.parse_args()
    links = LINKS
    if a.only:
        rates, d, l_ = a.only.split("/")
        down, _, up = rates.partition(":")
        links = (Link(float(down), float(d), float(l_), float(up) if up else None),)
    signal.signal(signal.SIGTERM, _terminate)
    if not can_shape():
        print("not root or no iproute2/nftables: in-process throttled server (rate only)")
    if a.json:
        for link in links:
            print(json.dumps(measure(link, not a.no_speedtest)[0]))
        return 0
    print(table(run(links, not a.no_speedtest, not a.no_bloat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
