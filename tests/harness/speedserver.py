"""A local speed-test server on 127.0.0.1 that speaks what speedtest-cli requests in "mini" mode
(and the speedtest.net config / server-list endpoints, for public mode through
``SpeedtestCliBackend(endpoint_base=…)``), with in-process throttling and failure modes.

Endpoints: ``/`` (mini page with ``upload_extension: "php"``), ``/speedtest/latency.txt``,
``/speedtest/random{N}x{N}.jpg`` (2·N² bytes), ``POST /speedtest/upload.php`` (replies
``size=<bytes received>``), ``/speedtest-config.php``, ``/speedtest-servers.php``.

Modes: ``ok``, ``stall`` (accept, then never answer), ``drop`` (cut downloads half-way),
``forbidden`` (403 on config and server list), ``garbage`` (nonsense everywhere), ``captive``
(every URL answers a Wi-Fi login page), ``droprequests`` (every ``drop_every``-th latency
request — ``HEAD`` or ``latency.txt`` — is never answered: the connection is cut).

``request_delay_s`` holds every latency request (``HEAD`` and ``latency.txt``) that long before
answering: a known application-level round trip for the request-RTT probe.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

import pytest

BLOB = os.urandom(1 << 20)
CHUNK = 16384


class TokenBucket:
    """Shared rate limit (bits per second) for one direction, across all connections."""

    def __init__(self, rate_bps: float | None) -> None:
        self.rate = rate_bps
        self.lock = threading.Lock()
        self.next_free = time.monotonic()

    def take(self, nbytes: int) -> None:
        if not self.rate:
            return
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_free)
            self.next_free = start + nbytes * 8 / self.rate
            wait = self.next_free - now
        if wait > 0:
            time.sleep(wait)


class SpeedServer:
    def __init__(
        self,
        mode: str = "ok",
        down_bps: float | None = None,
        up_bps: float | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        request_delay_s: float = 0.0,
        drop_every: int = 3,
    ) -> None:
        self.mode = mode
        self.request_delay_s = request_delay_s
        self.drop_every = max(1, drop_every)
        self.latency_requests = 0
        self.latency_dropped = 0
        self._count_lock = threading.Lock()
        self.down = TokenBucket(down_bps)
        self.up = TokenBucket(up_bps)
        self.stop_event = threading.Event()
        self.requests: list[str] = []
        self.httpd = ThreadingHTTPServer((host, port), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> SpeedServer:
        self.thread.start()
        return self

    def close(self) -> None:
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 30
            # Like nginx/Apache: no Nagle, so headers and a tiny body written separately are
            # not held for the client's delayed ACK (~40 ms on Linux) on a keep-alive connection.
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def _send(self, body: bytes, ctype: str = "text/plain", code: int = 200) -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _common(self) -> bool:
                """Handle the failure modes; True when the request was answered."""
                server.requests.append(f"{self.command} {self.path}")
                if server.mode == "stall":
                    server.stop_event.wait(60)
                    self.close_connection = True
                    return True
                if server.mode == "captive":
                    self._send(
                        b"<html><title>Hotel Wi-Fi</title>Please log in to continue.</html>",
                        "text/html",
                    )
                    return True
                if server.mode == "garbage":
                    self._send(b"\x00\xff<<garbage>>" + os.urandom(64), "application/x-junk")
                    return True
                return False

            def _latency_request(self) -> bool:
                """Delay / drop a latency request; False when it must go unanswered."""
                with server._count_lock:
                    server.latency_requests += 1
                    n = server.latency_requests
                    drop = server.mode == "droprequests" and n % server.drop_every == 0
                    if drop:
                        server.latency_dropped += 1
                if drop:
                    self.close_connection = True
                    return False
                if server.request_delay_s:
                    server.stop_event.wait(server.request_delay_s)
                return True

            def do_HEAD(self) -> None:
                if self._common():
                    return
                if not self._latency_request():
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:
                if self._common():
                    return
                p = urlparse(self.path).path
                if p.endswith(("/speedtest-config.php", "/speedtest-servers.php")):
                    if server.mode == "forbidden":
                        self._send(b"Forbidden", code=403)
                    elif p.endswith("config.php"):
                        self._send(self._config(), "text/xml")
                    else:
                        self._send(self._servers(), "text/xml")
                    return
                if p in ("/", "/index.html", "/speedtest", "/speedtest/"):
                    self._send(
                        b'<html><script>var upload_extension: "php";</script>Mini</html>',
                        "text/html",
                    )
                    return
                if p.endswith("/latency.txt"):
                    if self._latency_request():
                        self._send(b"test=test")
                    return
                if p.endswith("/upload.php"):
                    self._send(b"size=0")
                    return
                m = re.search(r"/random(\d+)x(\d+)\.jpg$", p)
                if not m:
                    self._send(b"not found", code=404)
                    return
                total = 2 * int(m.group(1)) * int(m.group(2))
                # "drop": cut within the first quarter second at 20 Mbit/s, whatever the size
                send = min(total // 2, 500_000) if server.mode == "drop" else total
                self.send_response(200)
                self.send_header("Content-Type", "image/jpeg")
                self.send_header("Content-Length", str(total))
                self.end_headers()
                try:
                    while send > 0 and not server.stop_event.is_set():
                        k = min(send, CHUNK)
                        server.down.take(k)
                        self.wfile.write(BLOB[:k])
                        send -= k
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if server.mode == "drop":
                    self.close_connection = True

            def do_POST(self) -> None:
                if self._common():
                    return
                n = int(self.headers.get("Content-Length", 0) or 0)
                got = 0
                try:
                    while got < n and not server.stop_event.is_set():
                        server.up.take(min(CHUNK, n - got))
                        chunk = self.rfile.read(min(CHUNK, n - got))
                        if not chunk:
                            break
                        got += len(chunk)
                except (ConnectionResetError, TimeoutError, OSError):
                    self.close_connection = True
                    return
                if got < n:
                    self.close_connection = True
                    return
                try:
                    self._send(f"size={got}".encode())
                except OSError:
                    pass

            def _config(self) -> bytes:
                return (
                    b'<?xml version="1.0" encoding="UTF-8"?><settings>'
                    b'<client ip="127.0.0.1" lat="0.0" lon="0.0" isp="Local" country="ZZ"/>'
                    b'<server-config threadcount="2" ignoreids="" />'
                    b'<download testlength="3" threadsperurl="2"/>'
                    b'<upload testlength="3" ratio="5" threads="2" maxchunkcount="12"/>'
                    b"</settings>"
                )

            def _servers(self) -> bytes:
                hp = f"127.0.0.1:{server.port}"
                return (
                    '<?xml version="1.0" encoding="UTF-8"?><settings><servers>'
                    f'<server url="http://{hp}/speedtest/upload.php" lat="0" lon="0" '
                    f'name="Local" country="ZZ" cc="ZZ" sponsor="Local" id="1" host="{hp}"/>'
                    "</servers></settings>"
                ).encode()

        return Handler


@pytest.fixture
def speed_server() -> Iterator[SpeedServer]:
    """An unthrottled, well-behaved local speed-test server."""
    srv = SpeedServer().start()
    yield srv
    srv.close()


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (connects are refused)."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port
