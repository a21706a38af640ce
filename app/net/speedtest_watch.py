"""What speedtest-cli swallows, seen from its urllib opener: a download cut mid-body (dropped),
socket time-outs (stalled), the server's ``size=N`` reply to each upload (bytes the server really
received), and each upload's TCP retransmissions. Used by app.net.speedtest."""

from __future__ import annotations

import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from app.net.kernelrate import KernelRate
from app.net.problems import NetProblem, classify_error
from app.net.tcpinfo import RetransCounter, socket_of


@dataclass
class Watch:
    """What the opener saw during one measurement (shared by its threads, under ``lock``)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    problems: list[NetProblem] = field(default_factory=list)
    upload_done: list[tuple[float, int]] = field(default_factory=list)  # (time, size confirmed)
    download_reads: list[tuple[float, int]] = field(default_factory=list)  # (time, bytes read)
    in_download: bool = False  # reads count towards download_reads only during the download
    uploads: list[list[Any]] = field(default_factory=list)  # [start, confirmed at|None, bytes]
    retrans: RetransCounter = field(default_factory=RetransCounter)
    kernel: KernelRate = field(default_factory=KernelRate)  # bytes moved, per the kernel

    def problem(self, p: NetProblem) -> None:
        with self.lock:
            self.problems.append(p)


class _WatchedResponse:
    def __init__(
        self, resp: Any, watch: Watch, is_upload: bool, upload: list[Any] | None = None
    ) -> None:
        self._resp = resp
        self._watch = watch
        self._is_upload = is_upload
        self._upload = upload
        self.code = getattr(resp, "code", 200)
        self.headers = resp.headers

    def __getattr__(self, name: str) -> Any:
        return getattr(self._resp, name)

    def read(self, n: int = -1) -> bytes:
        try:
            if self._is_upload:
                body: bytes = self._resp.read(64)
                text = body.decode("ascii", "replace").strip()
                if text.startswith("size="):
                    try:
                        size, now = int(text[5:]), time.monotonic()
                        with self._watch.lock:
                            self._watch.upload_done.append((now, size))
                            if self._upload is not None:
                                self._upload[1:] = [now, size]
                    except ValueError:
                        self._watch.problem(NetProblem.GARBAGE)
                else:
                    self._watch.problem(NetProblem.GARBAGE)
                return body[:n] if n >= 0 else body
            data: bytes = self._resp.read(n)
            if data and self._watch.in_download:
                with self._watch.lock:
                    self._watch.download_reads.append((time.monotonic(), len(data)))
            if not data and n and getattr(self._resp, "length", None):
                self._watch.problem(NetProblem.DROPPED)  # closed before Content-Length
            return data
        except Exception as exc:
            self._watch.problem(classify_error(exc))
            self._resp.close()  # speedtest-cli does not close on errors
            raise

    def close(self) -> None:
        self._resp.close()


class _UploadStopped(ConnectionAbortedError):
    """The upload window closed. An OSError, so urllib closes its connection (speedtest-cli's
    own SpeedtestUploadTimeout is not one, and leaks the socket)."""


class _UploadData:
    def __init__(self, inner: Any, watch: Watch) -> None:
        self._inner = inner
        self._watch = watch
        self._seen = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __len__(self) -> int:
        return len(self._inner)

    def read(self, n: int = 10240) -> bytes:
        if not self._seen:  # http.client's send() reads the body: its connection is the caller
            self._seen = True
            conn = sys._getframe(1).f_locals.get("self")
            self._watch.kernel.add(getattr(conn, "sock", None), "upload")
        try:
            data: bytes = self._inner.read(n)
        except Exception as exc:
            raise _UploadStopped(str(exc)) from exc
        return data


class WatchingOpener:
    """Wraps speedtest-cli's urllib opener (see module docstring). ``endpoint_base`` redirects
    the speedtest.net config and server-list requests (for tests against a local server)."""

    def __init__(self, inner: Any, watch: Watch, endpoint_base: str | None) -> None:
        self._inner = inner
        self._watch = watch
        self._base = endpoint_base.rstrip("/") if endpoint_base else None

    def open(self, req: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(req, str):
            req = urllib.request.Request(req)
        url = req.full_url
        if self._base and "speedtest.net/" in url:
            name = "speedtest-config.php" if "config" in url else "speedtest-servers.php"
            req.full_url = f"{self._base}/{name}"
        is_upload = req.data is not None
        if is_upload and hasattr(req.data, "total"):
            length = req.get_header("Content-length")
            req.data = _UploadData(
                req.data, self._watch
            )  # (the setter drops Content-length: put it back)
            if length is not None:
                req.add_header("Content-length", length)
        upload: list[Any] | None = None
        if is_upload:
            upload = [time.monotonic(), None, 0]
            with self._watch.lock:
                self._watch.uploads.append(upload)
        try:
            resp = self._inner.open(req, *args, **kwargs)
        except Exception as exc:
            if not isinstance(getattr(exc, "reason", None), _UploadStopped):
                self._watch.problem(classify_error(exc))
            if isinstance(exc, urllib.error.HTTPError):
                exc.close()  # it holds the socket; speedtest-cli keeps the error around
            raise
        if not is_upload and self._watch.in_download:
            self._watch.kernel.add(socket_of(resp), "download")
        if is_upload:
            # The server has answered, so it holds every byte we sent: the socket's
            # retransmission counters for this upload are final. (Loss of OUR segments only:
            # the client→server direction.)
            self._watch.retrans.record(socket_of(resp))
        return _WatchedResponse(resp, self._watch, is_upload, upload)
