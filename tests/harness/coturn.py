"""A real STUN/TURN server for tests and benchmarks: Debian's coturn (`turnserver`).

``Coturn`` starts it with a config file in a temp dir (``-c``: never /etc/turnserver.conf; its
user database in the temp dir too), in the foreground (no daemon), on the given addresses only,
inside ``timeout`` so it can never outlive its test, optionally inside a network namespace.
Two listening addresses turn on RFC 5780 (OTHER-ADDRESS / RESPONSE-ORIGIN); ``tls_port`` adds
a TLS listener with a fresh self-signed certificate for those addresses (``cafile`` to trust).

``MediaNet`` is the namespace harness (as benchmarks/connection.py builds it): a server
namespace with two addresses, a client namespace, a veth pair, and nftables rules that drop a
share of the UDP answers arriving at the client, block UDP to the server, or rewrite the
client's source port per destination (a symmetric NAT). ``run_probe`` runs app.net.stun in the
client namespace (``python -m tests.harness.coturn probe …``) and returns its figures as JSON.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
PY = sys.executable


def available() -> bool:
    return shutil.which("turnserver") is not None


def can_namespace() -> bool:
    return bool(os.geteuid() == 0 and shutil.which("ip") and shutil.which("nft") and available())


def _self_signed(ips: list[str], folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sessionready-test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(i)) for i in ips] + [x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class Coturn:
    def __init__(
        self,
        ips: tuple[str, ...] = ("127.0.0.1",),
        port: int = 3478,
        tls_port: int | None = None,
        netns: str = "",
        lifetime_s: int = 180,
    ) -> None:
        self.ips, self.port, self.tls_port = ips, port, tls_port
        self.netns, self.lifetime_s = netns, lifetime_s
        self.dir = Path(tempfile.mkdtemp(prefix="sr-coturn-"))
        self.cafile: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None

    def _config(self) -> str:
        lines = [f"listening-ip={ip}" for ip in self.ips] + [f"relay-ip={self.ips[0]}"]
        lines += [f"listening-port={self.port}", f"alt-listening-port={self.port + 1}"]
        if self.tls_port:
            cert, key = _self_signed(list(self.ips), self.dir)
            self.cafile = cert
            lines += [f"tls-listening-port={self.tls_port}", f"cert={cert}", f"pkey={key}"]
            lines += [f"alt-tls-listening-port={self.tls_port + 1}", "no-dtls"]
        else:
            lines += ["no-tls", "no-dtls"]
        lines += [
            "no-cli",
            "simple-log",
            f"log-file={self.dir / 'turn.log'}",
            f"pidfile={self.dir / 'turn.pid'}",
            f"userdb={self.dir / 'turndb'}",
            "realm=sessionready.test",
            "lt-cred-mech",
            "user=patient:secret",
            "no-multicast-peers",
        ]
        return "\n".join(lines) + "\n"

    def start(self) -> Coturn:
        conf = self.dir / "turnserver.conf"
        conf.write_text(self._config(), "utf-8")
        cmd = ["timeout", "-k", "3", str(self.lifetime_s), "turnserver", "-c", str(conf)]
        if self.netns:
            cmd = ["ip", "netns", "exec", self.netns, *cmd]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_listening()
        return self

    def _wait_listening(self, timeout_s: float = 10.0) -> None:
        ss = ["ss", "-Hlnu"] if not self.tls_port else ["ss", "-Hlnut"]
        if self.netns:
            ss = ["ip", "netns", "exec", self.netns, *ss]
        want = {f"{ip}:{self.port}" for ip in self.ips}
        if self.tls_port:
            want |= {f"{ip}:{self.tls_port}" for ip in self.ips}
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"turnserver exited: {self.log()[-2000:]}")
            out = subprocess.run(ss, capture_output=True, text=True, check=False).stdout
            if all(w in out for w in want):
                return
            time.sleep(0.1)
        raise RuntimeError(f"turnserver did not listen in time: {self.log()[-2000:]}")

    def log(self) -> str:
        try:
            return (self.dir / "turn.log").read_text("utf-8", "replace")
        except OSError:
            return ""

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Coturn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


class MediaNet:
    """Client and server namespaces joined by a veth pair; names carry this PID."""

    SRV_IPS = ("10.78.0.1", "10.78.0.3")
    CLI_IP = "10.78.0.2"

    def __init__(self) -> None:
        pid = os.getpid()
        self.srv_ns, self.cli_ns = f"srts{pid}", f"srtc{pid}"
        self.srv_dev, self.cli_dev = f"srts{pid}v"[:15], f"srtc{pid}v"[:15]

    def _sh(self, *args: str) -> None:
        subprocess.run(args, capture_output=True, text=True, check=True, timeout=30)

    def _nft(self, ns: str, *args: str) -> None:
        self._sh("ip", "netns", "exec", ns, "nft", *args)

    def up(self) -> MediaNet:
        self.down()
        self._sh("ip", "netns", "add", self.srv_ns)
        self._sh("ip", "netns", "add", self.cli_ns)
        self._sh("ip", "link", "add", self.srv_dev, "type", "veth", "peer", "name", self.cli_dev)
        self._sh("ip", "link", "set", self.srv_dev, "netns", self.srv_ns)
        self._sh("ip", "link", "set", self.cli_dev, "netns", self.cli_ns)
        for ip in self.SRV_IPS:
            self._sh("ip", "-n", self.srv_ns, "addr", "add", f"{ip}/24", "dev", self.srv_dev)
        self._sh("ip", "-n", self.cli_ns, "addr", "add", f"{self.CLI_IP}/24", "dev", self.cli_dev)
        for ns, dev in ((self.srv_ns, self.srv_dev), (self.cli_ns, self.cli_dev)):
            self._sh("ip", "-n", ns, "link", "set", "lo", "up")
            self._sh("ip", "-n", ns, "link", "set", dev, "up")
        self._nft(self.cli_ns, "add", "table", "inet", "srmedia")
        self._nft(self.cli_ns, "add chain inet srmedia in { type filter hook input priority 0; }")
        self._nft(self.srv_ns, "add", "table", "inet", "srmedia")
        self._nft(self.srv_ns, "add chain inet srmedia in { type filter hook input priority 0; }")
        return self

    def drop_udp_answers(self, per_mille: int) -> None:
        """Drop this share of the UDP packets arriving at the client (a real in-flight loss)."""
        self._nft(self.cli_ns, "flush", "chain", "inet", "srmedia", "in")
        if per_mille > 0:
            self._nft(
                self.cli_ns,
                *("add", "rule", "inet", "srmedia", "in", "iifname", self.cli_dev),
                *("ip", "saddr", self.SRV_IPS[0], "meta"),
                *("l4proto", "udp", "numgen", "random", "mod", "1000", "<", str(per_mille)),
                *("counter", "drop"),
            )

    def dropped(self) -> int:
        """Packets the client's drop rule has dropped so far."""
        out = subprocess.run(
            ["ip", "netns", "exec", self.cli_ns, "nft", "-j", "list", "chain", "inet"]
            + ["srmedia", "in"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout
        total = 0
        for item in json.loads(out)["nftables"]:
            for expr in item.get("rule", {}).get("expr", []):
                if "counter" in expr:
                    total += int(expr["counter"]["packets"])
        return total

    def block_udp(self) -> None:
        """The server's side drops every UDP packet: a firewall that blocks UDP, silently."""
        self._nft(self.srv_ns, "flush", "chain", "inet", "srmedia", "in")
        self._nft(
            self.srv_ns, "add", "rule", "inet", "srmedia", "in", "meta", "l4proto", "udp", "drop"
        )

    def unblock(self) -> None:
        self._nft(self.srv_ns, "flush", "chain", "inet", "srmedia", "in")

    def no_nat(self) -> None:
        self._nft(self.cli_ns, "delete", "table", "ip", "srnat")

    def symmetric_nat(self) -> None:
        """Rewrite the client's UDP source port at random per flow (per destination): the
        mapping changes with the server address, as behind a symmetric NAT."""
        ns = self.cli_ns
        self._nft(ns, "add", "table", "ip", "srnat")
        self._nft(ns, "add chain ip srnat post { type nat hook postrouting priority 100; }")
        self._nft(
            ns,
            *("add", "rule", "ip", "srnat", "post", "meta", "l4proto", "udp"),
            *("snat", "to", f"{self.CLI_IP}:20000-60000", "fully-random"),
        )

    def down(self) -> None:
        for ns in (self.srv_ns, self.cli_ns):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, check=False, timeout=30)

    def __enter__(self) -> MediaNet:
        return self.up()

    def __exit__(self, *exc: object) -> None:
        self.down()

    def run_probe(self, args: dict[str, Any], timeout_s: float = 120) -> dict[str, Any]:
        """Run the probe in the client namespace; returns probe_figures() of its result."""
        out = subprocess.run(
            ["ip", "netns", "exec", self.cli_ns, PY, "-m", "tests.harness.coturn", "probe"]
            + [json.dumps(args)],
            capture_output=True,
            text=True,
            check=True,
            timeout=timeout_s,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        return json.loads(out.stdout.strip().splitlines()[-1])


def probe_figures(args: dict[str, Any]) -> dict[str, Any]:
    """Run StunProbe with *args* (server, rate_hz, duration_s, runs, cafile) in this process."""
    import ssl

    from app.net.stun import StunProbe
    from app.net.stun_stream import UdpStreamer
    from app.profile import stun_uris

    context = None
    if args.get("cafile"):
        context = ssl.create_default_context(cafile=args["cafile"])
    streamer = UdpStreamer(rate_hz=args.get("rate_hz", 50.0), duration_s=args.get("duration_s", 3))
    probe = StunProbe(streamer, tls_context=context)
    runs = []
    for _ in range(int(args.get("runs", 1))):
        t = time.monotonic()
        r = probe.measure(stun_uris(args["server"]), args.get("budget_s", 60.0), lambda: False)
        s = r.stream
        runs.append(
            {
                "wall_s": time.monotonic() - t,
                "udp": r.udp,
                "sent": s.sent if s else 0,
                "received": s.received if s else 0,
                "loss_pct": s.loss_pct if s else None,
                "rtt_ms": s.median_ms if s and s.received else None,
                "jitter_ms": s.jitter_ms if s else None,
                "jitter_rfc3550_ms": s.jitter_rfc3550_ms if s else None,
                "mapping": r.mapping,
                "public_cut": r.public_cut,
                "fallback": r.fallback,
                "fallbacks": [[f.transport, f.target, f.ok, f.rtt_ms] for f in r.fallbacks],
            }
        )
    return {"runs": runs}


if __name__ == "__main__":
    if sys.argv[1:2] == ["probe"]:
        print(json.dumps(probe_figures(json.loads(sys.argv[2]))))
