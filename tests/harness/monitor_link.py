"""Two network namespaces joined by a veth pair, for the session monitor: a "video host" web
server (answering HEAD /) behind a delaying TCP proxy in one, the monitor in the other. The test
degrades the link mid-run — random loss with nftables in the client's INPUT hook (a real loss its
TCP must retransmit), or delay in the proxy (this kernel has no netem; see
benchmarks/connection.py) — and lifts it again.

Names carry the PID and a counter, so parallel runs never collide; ``close()`` deletes them.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

from tests.harness import require, require_root, require_tool
from tests.harness.netns import drop_chain, drop_share, veth_pair

ROOT = Path(__file__).resolve().parents[2]
SRV_IP, CLI_IP = "10.78.0.1", "10.78.0.2"
PROXY_PORT = 9090
_n = itertools.count()

SERVER_CODE = r"""
import http.server, os, socket, sys, threading, time, collections
IP, DELAY_FILE = sys.argv[1], sys.argv[2]
delay = [0.0]

def watch_delay():
    while True:
        try: delay[0] = float(open(DELAY_FILE).read().strip() or 0) / 2000.0  # one way
        except (OSError, ValueError): pass
        time.sleep(0.1)

class Head(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_HEAD(self):
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass

web = http.server.ThreadingHTTPServer((IP, 8080), Head)
threading.Thread(target=web.serve_forever, daemon=True).start()
threading.Thread(target=watch_delay, daemon=True).start()

def pump(src, dst):
    q = collections.deque(); cv = threading.Condition(); done = [False]
    def writer():
        while True:
            with cv:
                while not q and not done[0]: cv.wait(0.5)
                if not q and done[0]: break
                t, data = q.popleft()
            if t > time.monotonic(): time.sleep(t - time.monotonic())
            try: dst.sendall(data)
            except OSError: break
        try: dst.shutdown(socket.SHUT_WR)
        except OSError: pass
    threading.Thread(target=writer, daemon=True).start()
    while True:
        try: data = src.recv(65536)
        except OSError: data = b""
        with cv:
            if not data: done[0] = True; cv.notify(); break
            q.append((time.monotonic() + delay[0], data)); cv.notify()

def handle(c):
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    u = socket.create_connection((IP, 8080)); u.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    threading.Thread(target=pump, args=(c, u), daemon=True).start()
    threading.Thread(target=pump, args=(u, c), daemon=True).start()

ls = socket.socket(); ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind((IP, int(sys.argv[3]))); ls.listen(128)
print("ready", flush=True)
while True:
    c, _ = ls.accept(); threading.Thread(target=handle, args=(c,), daemon=True).start()
"""


def _sh(*args: str) -> None:
    subprocess.run(args, capture_output=True, text=True, check=True, timeout=30)


def require_netns() -> None:
    require_root("network namespaces")
    for tool in ("ip", "nft"):
        require_tool(tool)


class NetnsLink:
    """Server and client namespaces; ``client_cmd()`` prefixes a command to run in the client."""

    def __init__(self, workdir: Path) -> None:
        tag = f"{os.getpid() % 100000}{next(_n)}"
        self.srv, self.cli = f"srms{tag}", f"srmc{tag}"
        self.srv_dev, self.cli_dev = f"srms{tag}v"[:15], f"srmc{tag}v"[:15]
        self.delay_file = workdir / "delay_ms"
        self.delay_file.write_text("0")
        self.server: subprocess.Popen[str] | None = None
        self._loss = False

    def open(self) -> NetnsLink:
        try:
            veth_pair(self.srv, self.cli, self.srv_dev, self.cli_dev, (SRV_IP, CLI_IP))
            drop_chain(self.cli, "srmon")
        except (subprocess.SubprocessError, OSError) as exc:
            self.close()
            require(False, f"network namespaces with nftables: {exc}")
        self.server = subprocess.Popen(
            ["ip", "netns", "exec", self.srv, sys.executable, "-c", SERVER_CODE, SRV_IP,
             str(self.delay_file), str(PROXY_PORT)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.server.stdout is not None
        self.server.stdout.readline()
        return self

    @property
    def video_host(self) -> str:
        return f"{SRV_IP}:{PROXY_PORT}"

    def client_cmd(self) -> list[str]:
        return ["ip", "netns", "exec", self.cli]

    def set_delay(self, ms: float) -> None:
        """Added round trip for data through the proxy (connects are answered at once)."""
        tmp = self.delay_file.with_suffix(".tmp")
        tmp.write_text(f"{ms:g}")
        tmp.replace(self.delay_file)

    def set_loss(self, pct: float) -> None:
        """Drop this share of the packets arriving in the client (0 lifts it)."""
        if self._loss:
            _sh("ip", "netns", "exec", self.cli, "nft", "flush", "chain", "inet", "srmon", "in")
            self._loss = False
        if pct > 0:
            drop_share(self.cli, "srmon", self.cli_dev, pct)
            self._loss = True

    def close(self) -> None:
        if self.server is not None:
            self.server.kill()
            self.server.wait(timeout=5)
            if self.server.stdout is not None:
                self.server.stdout.close()
            self.server = None
        for ns in (self.srv, self.cli):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, check=False, timeout=30)

    def __enter__(self) -> NetnsLink:
        return self.open()

    def __exit__(self, *_exc: object) -> None:
        self.close()
