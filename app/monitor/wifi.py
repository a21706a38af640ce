"""The Wi-Fi signal, where the OS gives it: Linux's /proc/net/wireless, else `iw dev … link`,
else NetworkManager's `nmcli` (a percentage, turned into dBm the way NetworkManager makes it).
Parsers take the text, so tests feed recorded outputs; only the signal is read, never the
network's name."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

PROC_WIRELESS = Path("/proc/net/wireless")
TOOL_EVERY_S = 15.0  # an outside program is asked at most this often (it costs a fork)


def parse_proc_wireless(text: str) -> dict[str, float]:
    """{interface: signal level in dBm} from /proc/net/wireless. Drivers that report a
    positive "level" (a relative scale, not dBm) are left out."""
    out: dict[str, float] = {}
    for line in text.splitlines()[2:]:
        if ":" not in line:
            continue
        name, rest = line.split(":", 1)
        parts = rest.split()
        if len(parts) < 3:
            continue
        try:
            level = float(parts[2].rstrip("."))
        except ValueError:
            continue
        if -120.0 < level < 0.0:
            out[name.strip()] = level
    return out


_IW_SIGNAL = re.compile(r"^\s*signal:\s*(-?\d+(?:\.\d+)?)\s*dBm", re.MULTILINE)


def parse_iw_link(text: str) -> float | None:
    """The signal from `iw dev IFACE link` ("Not connected." gives None)."""
    m = _IW_SIGNAL.search(text)
    return float(m.group(1)) if m else None


def parse_nmcli_signal(text: str) -> float | None:
    """The in-use network's signal from `nmcli -t -f IN-USE,SIGNAL device wifi list`, in dBm.
    NetworkManager's percent is 2 × (dBm + 100), clamped to 0–100."""
    for line in text.splitlines():
        in_use, _, signal = line.partition(":")
        if in_use.strip() == "*" and signal.strip().isdigit():
            return int(signal) / 2.0 - 100.0
    return None


def _run(args: list[str]) -> str:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=2.0, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


class WifiSignal:
    """Reads the signal of the Wi-Fi interface(s) that are up. /proc is read every time (cheap);
    `iw` and `nmcli` at most every TOOL_EVERY_S seconds. *run* and *which* are replaceable."""

    def __init__(
        self,
        proc: Path = PROC_WIRELESS,
        run: Callable[[list[str]], str] = _run,
        which: Callable[[str], str | None] = shutil.which,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.proc = proc
        self.run = run
        self.which = which
        self.monotonic = monotonic
        self._cached: tuple[float, float | None] | None = None

    def read(self, wifi_interfaces: list[str]) -> float | None:
        """The weakest signal among *wifi_interfaces* (None when none is known)."""
        if not wifi_interfaces:
            return None
        try:
            levels = parse_proc_wireless(self.proc.read_text("ascii", "replace"))
        except OSError:
            levels = {}
        known = [levels[n] for n in wifi_interfaces if n in levels]
        if known:
            return min(known)
        now = self.monotonic()
        if self._cached is not None and now - self._cached[0] < TOOL_EVERY_S:
            return self._cached[1]
        value = self._from_tools(wifi_interfaces)
        self._cached = (now, value)
        return value

    def _from_tools(self, interfaces: list[str]) -> float | None:
        iw = self.which("iw")
        if iw:
            values = [parse_iw_link(self.run([iw, "dev", n, "link"])) for n in interfaces]
            found = [v for v in values if v is not None]
            if found:
                return min(found)
        nmcli = self.which("nmcli")
        if nmcli:
            return parse_nmcli_signal(
                self.run(
                    [nmcli, "-t", "-f", "IN-USE,SIGNAL", "device", "wifi", "list", "--rescan", "no"]
                )
            )
        return None
