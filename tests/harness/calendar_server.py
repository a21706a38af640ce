"""A local calendar feed server on 127.0.0.1 (the real stand-in for a program's ICS URL).

Routes (all GET):
  /feed.ics     the current ``server.feed`` body, with ETag + Last-Modified, 304 on a match
  /error.ics    500 Internal Server Error
  /gone.ics     404 Not Found
  /login        an HTML sign-in page (200, text/html)
  /huge.ics     a 20 MB text/calendar body streamed without Content-Length
  /huge-cl.ics  a 20 MB body announced with Content-Length
  /drip.ics     a calendar that arrives one byte every half second (for a minute and more)
  /silent.ics   headers, then nothing at all for a minute (a server that hangs mid-body)
  /to-ftp       302 to ftp://127.0.0.1/feed.ics (another scheme)
  /to-http      302 to http://calendar.example/feed.ics (plain http off this computer)
  /to-feed      302 to /feed.ics (an allowed hop)
``server.requests`` records (path, If-None-Match, If-Modified-Since) of each request.
Use the ``calendar_server`` fixture; ``server.stop()`` makes the port refuse connections ("down").
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

HUGE_BYTES = 20 * 1024 * 1024
REDIRECTS = {
    "/to-ftp": "ftp://127.0.0.1/feed.ics",
    "/to-http": "http://calendar.example/feed.ics",
    "/to-feed": "/feed.ics",
}


class CalendarServer:
    def __init__(self, feed: bytes = b"") -> None:
        self.feed = feed
        self.last_modified = formatdate(1_740_000_000, usegmt=True)
        self.requests: list[tuple[str, str, str]] = []
        self.stopping = threading.Event()  # ends slow responses when the server stops
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                outer.requests.append(
                    (
                        self.path,
                        self.headers.get("If-None-Match", ""),
                        self.headers.get("If-Modified-Since", ""),
                    )
                )
                path = self.path.split("?")[0]
                if path == "/feed.ics":
                    etag = '"' + hashlib.sha256(outer.feed).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.end_headers()
                        return
                    self._send(200, "text/calendar; charset=utf-8", outer.feed, etag)
                elif path == "/error.ics":
                    self._send(500, "text/plain", b"Internal Server Error")
                elif path == "/gone.ics":
                    self._send(404, "text/plain", b"Not Found")
                elif path == "/login":
                    self._send(200, "text/html", b"<html><body>Please sign in</body></html>")
                elif path in ("/huge.ics", "/huge-cl.ics"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/calendar")
                    if path == "/huge-cl.ics":
                        self.send_header("Content-Length", str(HUGE_BYTES))
                    else:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"BEGIN:VCALENDAR\r\n" + b"X" * (1024 * 1024 - 17)
                    try:
                        for _ in range(HUGE_BYTES // len(chunk)):
                            self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the client stopped reading: that is the point
                elif path in ("/drip.ics", "/silent.ics"):
                    self._slow(path == "/drip.ics")
                elif path in REDIRECTS:
                    self.send_response(302)
                    self.send_header("Location", REDIRECTS[path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self._send(404, "text/plain", b"Not Found")

            def _slow(self, drip: bool) -> None:
                body = b"BEGIN:VCALENDAR\r\n" + b"X" * 4000
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.flush()
                try:
                    for i in range(len(body) if drip else 1):
                        if outer.stopping.wait(0.5 if drip else 60):
                            return
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up: that is the point

            def _send(self, code: int, ctype: str, body: bytes, etag: str = "") -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", outer.last_modified)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.running = True

    def url(self, path: str = "/feed.ics") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        if self.running:
            self.stopping.set()
            self.httpd.shutdown()
            self.httpd.server_close()
            self.thread.join(timeout=10)
            self.running = False


@pytest.fixture
def calendar_server() -> Iterator[CalendarServer]:
    server = CalendarServer()
    try:
        yield server
    finally:
        server.stop()
