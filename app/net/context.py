"""The computer's network context: VPN, Wi-Fi, metered connection, and other apps' traffic
(psutil counters; NetworkManager's nmcli when installed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import psutil

VPN_PREFIXES = ("tun", "tap", "wg", "ppp", "utun", "ipsec", "nordlynx", "proton", "tailscale")


@dataclass(frozen=True)
class LinkContext:
    vpn: tuple[str, ...] = ()  # VPN interfaces that are up
    wifi: bool = False
    metered: bool | None = None  # None = unknown
    online_interfaces: int = 1  # non-loopback interfaces that are up


class SystemLinkInfo:
    """Reads interfaces with psutil; Wi-Fi via /sys/class/net/*/wireless; metered via
    NetworkManager's nmcli when installed (unknown otherwise)."""

    def context(self) -> LinkContext:
        try:
            stats = psutil.net_if_stats()
        except OSError:
            return LinkContext()
        up = [n for n, s in stats.items() if s.isup and not n.startswith("lo")]
        vpn = tuple(n for n in up if n.lower().startswith(VPN_PREFIXES))
        wifi = any(
            os.path.isdir(f"/sys/class/net/{n}/wireless") or n.startswith(("wl", "wlan", "Wi-Fi"))
            for n in up
        )
        return LinkContext(vpn, wifi, self._metered(), len(up))

    @staticmethod
    def _metered() -> bool | None:
        nmcli = shutil.which("nmcli")
        if not nmcli:
            return None
        try:
            out = subprocess.run(
                [nmcli, "-t", "-f", "GENERAL.METERED", "dev", "show"],
                capture_output=True,
                text=True,
                timeout=1.5,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        values = [line.split(":", 1)[-1] for line in out.splitlines() if line]
        if any(v.startswith("yes") for v in values):
            return True
        return False if values else None


class TrafficMeter:
    """Bytes moved by all non-loopback interfaces (psutil counters)."""

    def sample(self) -> tuple[float, int]:
        try:
            per = psutil.net_io_counters(pernic=True)
        except OSError:
            return time.monotonic(), 0
        total = sum(c.bytes_sent + c.bytes_recv for n, c in per.items() if not n.startswith("lo"))
        return time.monotonic(), total


def rate_mbps(before: tuple[float, int], after: tuple[float, int], own_bytes: int = 0) -> float:
    dt = after[0] - before[0]
    if dt <= 0:
        return 0.0
    return max(0.0, (after[1] - before[1] - own_bytes) * 8 / dt / 1e6)


def host_port_of_url(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "", port
