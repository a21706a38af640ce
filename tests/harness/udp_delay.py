"""A user-space delaying UDP proxy: each datagram, in each direction, is held a random time
drawn uniformly from [0, spread] ms (this kernel has no netem). Packets may overtake each other,
as on a real path with delay variation.

``python -m tests.harness.udp_delay LISTEN_IP:PORT TARGET_IP:PORT SPREAD_MS [SEED]`` prints
"ready" and forwards until killed (one client at a time: the last one heard from).
``expected_jitter_ms`` is what RFC 3550 jitter (mean |D| in arrival order) should read through
it, from the same model simulated.
"""

from __future__ import annotations

import heapq
import itertools
import os
import random
import select
import shutil
import socket
import sys
import time


def proxy_command(netns: str, listen: str, target: str, spread_ms: float, seed: int) -> list[str]:
    """The command that runs the proxy in *netns*, at real-time priority when we may (root,
    chrt): the proxy stands for a network, so this machine's load must not add its own jitter
    (the probe itself uses kernel arrival stamps for the same reason)."""
    cmd = [sys.executable, "-m", "tests.harness.udp_delay", listen, target, str(spread_ms)]
    cmd.append(str(seed))
    if os.geteuid() == 0 and shutil.which("chrt"):
        cmd = ["chrt", "-f", "20", *cmd]
    return ["ip", "netns", "exec", netns, *cmd]


def expected_jitter_ms(spread_ms: float, interval_ms: float = 20.0, n: int = 200_000) -> float:
    """Mean |RTT_i − RTT_(i-1)| in arrival order when each direction adds U[0, spread]."""
    rng = random.Random(7)
    arrivals = []
    for i in range(n):
        extra = rng.uniform(0, spread_ms) + rng.uniform(0, spread_ms)
        arrivals.append((i * interval_ms + extra, extra))
    arrivals.sort()
    rtts = [e for _t, e in arrivals]
    return sum(abs(b - a) for a, b in itertools.pairwise(rtts)) / (len(rtts) - 1)


def _addr(text: str) -> tuple[str, int]:
    host, port = text.rsplit(":", 1)
    return host, int(port)


def serve(listen: tuple[str, int], target: tuple[str, int], spread_ms: float, seed: int) -> None:
    rng = random.Random(seed)
    front = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    front.bind(listen)
    back = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    back.connect(target)
    client: tuple[str, int] | None = None
    queue: list[tuple[float, int, socket.socket, bytes, tuple[str, int] | None]] = []
    seq = itertools.count()
    print("ready", flush=True)
    while True:
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _t, _n, sock, data, to = heapq.heappop(queue)
            if to is None:
                sock.send(data)
            else:
                sock.sendto(data, to)
        wait = max(0.0, queue[0][0] - now) if queue else 0.5
        readable, _w, _x = select.select([front, back], [], [], wait)
        for sock in readable:
            data, src = sock.recvfrom(4096)
            due = time.monotonic() + rng.uniform(0, spread_ms) / 1000.0
            if sock is front:
                client = src
                heapq.heappush(queue, (due, next(seq), back, data, None))
            elif client is not None:
                heapq.heappush(queue, (due, next(seq), front, data, client))


if __name__ == "__main__":
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    serve(_addr(sys.argv[1]), _addr(sys.argv[2]), float(sys.argv[3]), seed)
