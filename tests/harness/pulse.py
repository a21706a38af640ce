"""A private user-mode PulseAudio daemon: a null sink (the speakers, with its monitor as a
loopback microphone), a sine source (a microphone at 1000 Hz) and a muted sine source (a muted
microphone). sounddevice reaches it through ALSA's pulse plugin. Private socket and runtime dir
under a temp dir, so parallel test runs never share a daemon."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.harness import require, require_tool

SINE_HZ = 1000.0
# In tests, clients ask the daemon for 100 ms buffers instead of ALSA's few milliseconds: on a
# busy machine PortAudio's callback thread is often late, and each late callback is an underrun
# that cuts gaps into the tone the null sink hears (measured up to 25 dB quieter than played).
TEST_CLIENT_LATENCY_MS = 100


@dataclass
class Pulse:
    root: Path
    env: dict[str, str]

    def pactl(self, *args: str) -> str:
        out = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        if out.returncode != 0:
            raise RuntimeError(f"pactl {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    def use_source(self, name: str) -> None:
        """Make *name* the default input (ALSA's "pulse"/"default" devices record from it)."""
        self.pactl("set-default-source", name)

    def use_sink(self, name: str) -> None:
        self.pactl("set-default-sink", name)


def _refresh_portaudio() -> None:
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


@pytest.fixture(scope="session")
def pulse_server() -> Iterator[Pulse]:
    with private_pulse(client_latency_ms=TEST_CLIENT_LATENCY_MS) as pulse:
        yield pulse


@contextlib.contextmanager
def private_pulse(client_latency_ms: int | None = None) -> Iterator[Pulse]:
    """The daemon as a context manager (benchmarks use it outside pytest, with the clients'
    own latency); sets PULSE_SERVER, PULSE_RUNTIME_PATH (and PULSE_LATENCY_MSEC when
    *client_latency_ms* is given) in os.environ while it runs, so this process's PortAudio and
    child processes reach it too."""
    for tool in ("pulseaudio", "pactl"):
        require_tool(tool)
    try:
        import sounddevice  # noqa: F401
    except OSError as exc:
        require(False, f"PortAudio (libportaudio2): {exc}")
    root = Path(tempfile.mkdtemp(prefix="sr-pulse-"))
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    config = root / "default.pa"
    config.write_text(
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        "load-module module-null-sink sink_name=vsink rate=48000"
        " sink_properties=device.description=VirtualSink\n"
        f"load-module module-sine-source source_name=vmic_sine frequency={SINE_HZ:g} rate=48000\n"
        "load-module module-sine-source source_name=vmic_muted frequency=440 rate=48000\n"
        "set-source-mute vmic_muted 1\n"
        "set-default-sink vsink\n"
        "set-default-source vmic_sine\n"
    )
    env = dict(os.environ)
    env.update(
        HOME=str(root),
        XDG_RUNTIME_DIR=str(runtime),
        PULSE_RUNTIME_PATH=str(runtime),
        PULSE_SERVER=f"unix:{socket}",
        PULSE_STATE_PATH=str(root / "state"),
    )
    if client_latency_ms is not None:
        env["PULSE_LATENCY_MSEC"] = str(client_latency_ms)
    proc = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "-F",
            str(config),
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--system=no",
            f"--log-target=file:{root / 'pulse.log'}",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pulse = Pulse(root, env)
    exported = ("PULSE_SERVER", "PULSE_RUNTIME_PATH", "PULSE_LATENCY_MSEC")
    saved = {k: os.environ.get(k) for k in exported}
    try:
        ok = False
        for _ in range(50):  # ≤ 10 s
            if proc.poll() is not None:
                break
            try:
                pulse.pactl("info")
                ok = True
                break
            except (RuntimeError, subprocess.TimeoutExpired):
                time.sleep(0.2)
        log = (
            (root / "pulse.log").read_text(errors="replace")[-500:]
            if (root / "pulse.log").exists()
            else ""
        )
        require(ok, f"a private PulseAudio daemon ({log})")
        for k in exported:
            if k in env:
                os.environ[k] = env[k]
            else:
                os.environ.pop(k, None)
        _refresh_portaudio()
        yield pulse
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        try:
            _refresh_portaudio()
        except Exception:
            pass
        shutil.rmtree(root, ignore_errors=True)
