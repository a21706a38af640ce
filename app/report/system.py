"""System facts for support staff: versions, operating system, network interfaces (psutil).

Interface *names* and link facts only: no addresses (an IP or MAC address can identify a home).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from typing import Any

import psutil

from app import __version__


@dataclass(frozen=True)
class InterfaceInfo:
    name: str
    kind: str  # "wired" | "wifi" | "loopback" | "virtual" | "cellular" | "other"
    is_up: bool
    speed_mbps: int | None  # link speed when the driver reports it

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "is_up": self.is_up,
            "speed_mbps": self.speed_mbps,
        }


_WIFI = ("wl", "wlan", "wifi", "wi-fi", "ath", "ra", "airport", "wireless")
_WIRED = ("en", "eth", "em", "eno", "ens", "enp", "ethernet", "local area connection")
_VIRTUAL = (
    "veth",
    "docker",
    "br-",
    "virbr",
    "vmnet",
    "vboxnet",
    "tun",
    "tap",
    "wg",
    "utun",
    "zt",
    "tailscale",
    "bridge",
    "awdl",
    "llw",
    "gif",
    "stf",
    "anpi",
)
_CELLULAR = ("wwan", "ww", "rmnet", "pdp_ip", "cellular", "mobile")


def guess_kind(name: str, is_loopback: bool = False) -> str:
    """Best guess from the interface name (Linux, macOS and Windows naming)."""
    low = name.lower()
    if is_loopback or low in ("lo", "lo0") or "loopback" in low:
        return "loopback"
    if low.startswith(_VIRTUAL):
        return "virtual"
    if low.startswith(_CELLULAR):
        return "cellular"
    if low.startswith(_WIFI) or "wi-fi" in low or "wireless" in low:
        return "wifi"
    if low.startswith(_WIRED):
        # macOS names both wired and Wi-Fi "enN"; en0 is Wi-Fi on most laptops, so say so.
        return "wired"
    return "other"


def network_interfaces() -> list[InterfaceInfo]:
    """Every interface psutil sees, with up/down and link speed. Never raises."""
    try:
        stats = psutil.net_if_stats()
    except (OSError, RuntimeError):
        return []
    out = []
    for name, st in sorted(stats.items()):
        loopback = False
        try:
            flags = getattr(st, "flags", "") or ""
            loopback = "loopback" in flags
        except Exception:
            pass
        speed = int(st.speed) if getattr(st, "speed", 0) and st.speed > 0 else None
        out.append(InterfaceInfo(name[:40], guess_kind(name, loopback), bool(st.isup), speed))
    return out


def system_info(qt_version: str = "") -> dict[str, Any]:
    """App, Qt, Python and OS versions. *qt_version* comes from the caller (the core has no Qt)."""
    return {
        "app_version": __version__,
        "qt_version": qt_version or "unknown",
        "python_version": platform.python_version(),
        "os": platform.system() or sys.platform,
        "os_release": platform.release(),
        "os_version": platform.version()[:120],
        "platform": platform.platform(terse=True),
        "machine": platform.machine(),
        "cpu_count": psutil.cpu_count() or 0,
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
    }
