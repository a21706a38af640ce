"""Where the figures come from: the Wi-Fi signal from recorded /proc, iw and nmcli outputs, and
the round trips from real probes against a local web server (and a closed port)."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.devices.battery import BatteryReading
from app.monitor.samplers import LinkSampler, LinkState, ProbeSampler, SystemSampler, probe_target
from app.monitor.wifi import WifiSignal, parse_iw_link, parse_nmcli_signal, parse_proc_wireless
from app.profile import Profile

REC = Path(__file__).parent / "recordings"


def rec(name: str) -> str:
    return (REC / name).read_text("utf-8")


def test_proc_net_wireless_gives_the_level_in_dbm() -> None:
    assert parse_proc_wireless(rec("proc_net_wireless.txt")) == {"wlp2s0": -72.0}


def test_a_driver_with_a_relative_level_is_not_taken_for_dbm() -> None:
    assert parse_proc_wireless(rec("proc_net_wireless_relative.txt")) == {}
    assert parse_proc_wireless("") == {} and parse_proc_wireless("garbage\n\nx: y") == {}


def test_iw_link_signal_and_not_connected() -> None:
    assert parse_iw_link(rec("iw_link.txt")) == -61.0
    assert parse_iw_link(rec("iw_not_connected.txt")) is None


def test_nmcli_percent_becomes_dbm_for_the_network_in_use_only() -> None:
    assert parse_nmcli_signal(rec("nmcli_wifi.txt")) == 44 / 2 - 100
    assert parse_nmcli_signal(" :90\n") is None


def test_wifi_signal_prefers_proc_then_iw_then_nmcli_and_asks_tools_rarely(tmp_path: Path) -> None:
    proc = tmp_path / "wireless"
    proc.write_text(rec("proc_net_wireless.txt"))
    calls: list[list[str]] = []
    now = [0.0]

    def run(args: list[str]) -> str:
        calls.append(args)
        return rec("iw_link.txt") if args[0] == "/bin/iw" else rec("nmcli_wifi.txt")

    tools = {"iw": "/bin/iw", "nmcli": "/bin/nmcli"}
    wifi = WifiSignal(proc, run, tools.get, lambda: now[0])
    assert wifi.read([]) is None
    assert wifi.read(["wlp2s0"]) == -72.0 and calls == []
    assert wifi.read(["wlan1"]) == -61.0  # not in /proc: iw
    assert wifi.read(["wlan1"]) == -61.0 and len(calls) == 1  # cached for TOOL_EVERY_S
    now[0] = 60.0
    tools.pop("iw")
    assert wifi.read(["wlan1"]) == -78.0 and calls[-1][0] == "/bin/nmcli"
    proc.unlink()
    now[0] = 120.0
    tools.clear()
    assert wifi.read(["wlan1"]) is None


def test_probe_target_follows_the_profile() -> None:
    assert probe_target(Profile(video_host="video.example.org:8443")) == ("video.example.org", 8443)
    assert probe_target(Profile(speedtest_server="http://speed.example.org:8080/")) == (
        "speed.example.org",
        8080,
    )
    assert probe_target(Profile()) == ("www.speedtest.net", 443)


def test_probes_to_a_web_server_answer_with_round_trips(web: int) -> None:
    sampler = ProbeSampler("127.0.0.1", web, count=4, budget_s=2.0)
    try:
        trips = sampler.measure(lambda: False)
    finally:
        sampler.close()
    assert trips.attempts == 8 and trips.lost == 0
    assert trips.rtt_ms is not None and 0 < trips.rtt_ms < 200


def test_a_host_that_is_not_a_web_server_counts_connects_only() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)  # accepts connects, never answers a request
    port = listener.getsockname()[1]
    sampler = ProbeSampler("127.0.0.1", port, count=3, budget_s=1.5)
    try:
        trips = sampler.measure(lambda: False)
    finally:
        sampler.close()
        listener.close()
    assert trips.lost == 0 and trips.attempts == 3


def test_a_closed_port_is_unreachable() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    sampler = ProbeSampler("127.0.0.1", port, count=3, budget_s=1.0)
    try:
        trips = sampler.measure(lambda: False)
    finally:
        sampler.close()
    assert trips.rtt_ms is None and trips.attempts > 0 and trips.lost == trips.attempts


class _Link(LinkSampler):
    def __init__(self, state: LinkState) -> None:
        super().__init__(WifiSignal(Path("/nonexistent"), lambda a: "", lambda n: None))
        self._state = state

    def state(self) -> LinkState:
        return self._state


class _Battery:
    def read(self) -> BatteryReading | None:
        raise OSError("sensor gone")


def test_system_sampler_puts_the_parts_together_and_survives_a_broken_battery(web: int) -> None:
    traffic = iter([(0.0, 0), (1.0, 2_000_000)])
    meter = type("M", (), {"sample": lambda self: next(traffic)})()
    sampler = SystemSampler(
        ProbeSampler("127.0.0.1", web, count=2), _Link(LinkState(True, [], 1)), meter, _Battery()
    )
    at = datetime(2025, 1, 1, tzinfo=UTC)
    try:
        first = sampler.sample(at, 0.0, lambda: False)
        second = sampler.sample(at, 1.0, lambda: False)
    finally:
        sampler.close()
    assert first.other_mbps is None and second.other_mbps == pytest.approx(16.0)
    assert first.vpn == 1 and first.link_up is True and first.battery_pct is None
    assert first.attempts == 4 and first.lost == 0


def test_no_interface_up_skips_the_probes() -> None:
    sampler = SystemSampler(
        ProbeSampler("127.0.0.1", 9, count=2), _Link(LinkState(False, [], 0)), None, _Battery()
    )
    try:
        s = sampler.sample(datetime(2025, 1, 1, tzinfo=UTC), 0.0, lambda: False)
    finally:
        sampler.close()
    assert s.link_up is False and s.attempts == 0


def test_a_sample_loads_no_camera_microphone_or_speed_test_code(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    code = (
        "import sys, json\n"
        "from datetime import datetime, UTC\n"
        "from app.monitor.monitor import Monitor\n"
        "from app.monitor.samplers import SystemSampler\n"
        "from app.profile import Profile\n"
        "s = SystemSampler.for_profile(Profile(video_host='127.0.0.1:9'), count=2)\n"
        "s.sample(datetime.now(UTC), 0.0, lambda: False); s.close()\n"
        "print(json.dumps(sorted(m for m in ('cv2', 'sounddevice', 'speedtest', 'PySide6')"
        " if m in sys.modules)))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), SESSIONREADY_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
