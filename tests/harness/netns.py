"""A shaped link between two network namespaces (root, iproute2, tc; nftables for loss).

A server namespace (10.77.0.1) and a client namespace (10.77.0.2) joined by a veth pair.
Shaping on both veth ends: ``tbf`` for the rate, with a queue of ``queue_ms`` (tbf "latency":
how long a packet may wait; that queue is what bufferbloat is made of); random loss with
nftables in the INPUT hook of the receiving namespace (a real in-flight loss the sender must
retransmit). This kernel has no netem: delay, where needed, is added in user space (see
benchmarks/connection.py). Names carry the PID (and a tag), so runs never collide; ``close()``
deletes both namespaces (the veth goes with them). Used by the bufferbloat harness test and by
``make bench``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

SRV_IP, CLI_IP = "10.77.0.1", "10.77.0.2"


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=check, timeout=30)


def can_shape(loss: bool = True) -> bool:
    """Root with iproute2 and tc (and nftables when the link drops packets)."""
    return bool(
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and shutil.which("ip")
        and shutil.which("tc")
        and (shutil.which("nft") or not loss)
    )


def veth_pair(
    srv_ns: str, cli_ns: str, srv_dev: str, cli_dev: str, ips: tuple[str, str] = (SRV_IP, CLI_IP)
) -> None:
    """Two namespaces joined by a veth pair, addressed *ips* (server, client), every link up."""
    sh("ip", "netns", "add", srv_ns)
    sh("ip", "netns", "add", cli_ns)
    sh("ip", "link", "add", srv_dev, "type", "veth", "peer", "name", cli_dev)
    for ns, dev, ip in ((srv_ns, srv_dev, ips[0]), (cli_ns, cli_dev, ips[1])):
        sh("ip", "link", "set", dev, "netns", ns)
        sh("ip", "-n", ns, "addr", "add", f"{ip}/24", "dev", dev)
        sh("ip", "-n", ns, "link", "set", "lo", "up")
        sh("ip", "-n", ns, "link", "set", dev, "up")


def drop_chain(ns: str, table: str) -> None:
    """An nftables chain in *ns*'s INPUT hook, for drop_share()."""
    ex = ("ip", "netns", "exec", ns, "nft")
    sh(*ex, "add", "table", "inet", table)
    sh(*ex, f"add chain inet {table} in {{ type filter hook input priority 0; }}")


def drop_share(ns: str, table: str, dev: str, pct: float) -> None:
    """Drop *pct* % of the packets arriving on *dev* (all of them at 100): a real loss the
    sender must notice. ``nft flush chain inet <table> in`` lifts it."""
    share = () if pct >= 100 else ("numgen", "random", "mod", "1000", "<", str(int(pct * 10)))
    ex = ("ip", "netns", "exec", ns, "nft")
    sh(*ex, "add", "rule", "inet", table, "in", "iifname", dev, *share, "counter", "drop")


@dataclass
class ShapedLink:
    rate_mbit: float
    loss_pct: float = 0.0
    queue_ms: float = 400.0
    up_rate_mbit: float | None = None  # client → server; None: the same as rate_mbit
    tag: str = ""

    def __post_init__(self) -> None:
        pid = f"{os.getpid()}{self.tag}"
        self.srv_ns, self.cli_ns = f"srbs{pid}", f"srbc{pid}"
        self.srv_dev, self.cli_dev = f"srbs{pid}v"[:15], f"srbc{pid}v"[:15]

    def open(self) -> ShapedLink:
        self.close()
        veth_pair(self.srv_ns, self.cli_ns, self.srv_dev, self.cli_dev)
        up = self.up_rate_mbit or self.rate_mbit
        for ns, dev, rate in (
            (self.srv_ns, self.srv_dev, self.rate_mbit),  # server egress = download
            (self.cli_ns, self.cli_dev, up),  # client egress = upload
        ):
            burst = f"{max(32, int(rate * 4))}kbit"
            sh(
                *("tc", "-n", ns, "qdisc", "add", "dev", dev, "root", "tbf"),
                *("rate", f"{rate}mbit", "burst", burst, "latency", f"{self.queue_ms:g}ms"),
            )
            if self.loss_pct > 0:  # drop arriving packets: a real loss for the sender
                drop_chain(ns, "srloss")
                drop_share(ns, "srloss", dev, self.loss_pct)
        return self

    def close(self) -> None:
        for ns in (self.srv_ns, self.cli_ns):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, check=False, timeout=30)

    def __enter__(self) -> ShapedLink:
        return self.open()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def popen(self, side: str, code: str, **kw: object) -> subprocess.Popen[str]:
        """``python -c code`` in the server ("srv") or client ("cli") namespace."""
        ns = self.srv_ns if side == "srv" else self.cli_ns
        return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
            ["ip", "netns", "exec", ns, sys.executable, "-c", code], text=True, **kw
        )

    def run(self, side: str, code: str, timeout: float = 120) -> str:
        """Run ``python -c code`` in a namespace to the end; its stdout."""
        ns = self.srv_ns if side == "srv" else self.cli_ns
        out = subprocess.run(
            ["ip", "netns", "exec", ns, sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            timeout=timeout,
        )
        return out.stdout
