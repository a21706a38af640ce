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
SRV_NS, CLI_NS = "sr_srv", "sr_cli"
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
    sh("ip", "link", "add", "srv0", "type", "veth", "peer", "name", "cli0")
    sh("ip", "link", "set", "srv0", "netns", SRV_NS)
    sh("ip", "link", "set", "cli0", "netns", CLI_NS)
    sh("ip", "-n", SRV_NS, "addr", "add", f"{SRV_IP}/24", "dev", "srv0")
    sh("ip", "-n", CLI_NS, "addr", "add", f"{CLI_IP}/24", "dev", "cli0")
    for ns, dev in ((SRV_NS, "srv0"), (CLI_NS, "cli0")):
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
            "srv0",
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=5.0, help="Mbit/s each way")
    ap.add_argument("--delay", type=float, default=50.0, help="added RTT, ms")
    ap.add_argument("--loss", type=float, default=1.0, help="random loss server→client, %%")
    a = ap.parse_args()
    can_ns = os.geteuid() == 0 and shutil.which("ip") and shutil.which("tc")
    if can_ns:
        try:
            res = run_netns(a.rate, a.delay, a.loss)
            where = "network namespaces (veth + tbf + nft loss + delaying proxy)"
        except (subprocess.CalledProcessError, OSError, ValueError) as exc:
            print(f"namespaces failed ({exc}); falling back to the in-process throttled server")
            res, where = run_fallback(a.rate), "in-process throttled server on 127.0.0.1"
            a.delay = a.loss = 0
    else:
        print("not root or no iproute2: using the in-process throttled server (rate only)")
        res, where = run_fallback(a.rate), "in-process throttled server on 127.0.0.1"
        a.delay = a.loss = 0
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
