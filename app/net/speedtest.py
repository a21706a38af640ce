"""Throughput through the speedtest-cli library, bounded in time, cancel-aware, with confidence.

* Public servers: ``secure=True`` (plain HTTP gets 403 from the config endpoint), the nearest
  server from the list (no extra ping round: we measure latency ourselves).
* A program's own server (profile ``speedtest_server``): speedtest-cli's "mini" mode, with
  ``get_config`` overridden so nothing is fetched from speedtest.net.
* The opener is wrapped to see what speedtest-cli swallows: a download cut mid-body (dropped),
  socket time-outs (stalled), and the server's ``size=N`` reply to each upload, so the upload
  figure counts bytes the server received rather than bytes handed to the socket.
"""

from __future__ import annotations

import contextlib
import io
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.net.problems import NetProblem, classify_error
from app.net.tcpinfo import RetransCounter, RetransLoss, socket_of

DOWNLOAD_SIZES = [350, 500, 750, 1000, 1500, 2000, 2500, 3000, 3500, 4000]
# Small chunks first so a slow link still completes several uploads inside the window.
UPLOAD_SIZES = [131072, 262144, 524288, 1048576, 2097152]
UPLOAD_COUNT = 4
DOWNLOAD_THREADS = 4
UPLOAD_THREADS = 2
_IMPORT_LOCK = threading.Lock()


@dataclass(frozen=True)
class SpeedFigures:
    download_mbps: float
    upload_mbps: float
    bytes_received: int
    bytes_sent: int  # confirmed by the server when it replied size=N
    uploads_confirmed: int
    server: str  # host of the server used
    mode: str  # "mini" | "public"
    upload_reported_mbps: float  # speedtest-cli's own (socket-side) upload figure
    problems: tuple[str, ...] = ()  # NetProblem values seen but survived (e.g. "dropped")
    # Loss of our upload's own segments (kernel retransmission counters); None without TCP_INFO
    retrans: RetransLoss | None = None


class SpeedError(Exception):
    def __init__(self, problem: NetProblem, stage: str, detail: str = "") -> None:
        super().__init__(f"{stage}: {problem.value} {detail}".strip())
        self.problem = problem
        self.stage = stage
        self.detail = detail


class SpeedBackend(Protocol):
    def measure(
        self,
        server_url: str,
        download_s: float,
        upload_s: float,
        should_stop: Callable[[], bool],
        progress: Callable[[float, str], None],
    ) -> SpeedFigures: ...


def steady_rate_mbps(events: Sequence[tuple[float, int]]) -> float | None:
    """Mbit/s between the first and the last (time, bytes) event, without the first event's
    bytes (they moved before the window opened). For download reads: this leaves out
    connection set-up and the wait for the first byte, which a 2.5 s test cannot amortise the
    way a 10 s one does. None when there are fewer than two events or no time between them."""
    if len(events) < 2:
        return None
    ordered = sorted(events)
    span = ordered[-1][0] - ordered[0][0]
    if span <= 0:
        return None
    return sum(size for _t, size in ordered[1:]) * 8 / span / 1e6


def upload_rate_mbps(requests: Sequence[tuple[float, float | None, int]]) -> float | None:
    """Mbit/s from upload requests (start, confirmed at or None, bytes confirmed).

    The window opens at the first confirmation (connection set-up and slow start are behind
    us) and closes at the last confirmation, or earlier when an unconfirmed request (cut at
    the end of the test) had started: every byte moved inside the window then belongs to a
    confirmed request. Each request is taken to move its bytes evenly over its own lifetime.
    Chunks of the same size started together finish together; counting them whole would
    over-report, which is why bytes are prorated rather than summed. None when there is no
    window (fewer than two confirmations)."""
    done = [(s, e, b) for s, e, b in requests if e is not None and e > s]
    if len(done) < 2:
        return None
    t0 = min(e for _s, e, _b in done)
    t1 = max(e for _s, e, _b in done)
    cut = [s for s, e, _b in requests if e is None and s >= t0]
    if cut:
        t1 = min(t1, min(cut))
    if t1 <= t0:
        return None
    moved = sum(b * max(0.0, min(e, t1) - max(s, t0)) / (e - s) for s, e, b in done)
    return moved * 8 / (t1 - t0) / 1e6


@dataclass
class _Watch:
    lock: threading.Lock = field(default_factory=threading.Lock)
    problems: list[NetProblem] = field(default_factory=list)
    upload_done: list[tuple[float, int]] = field(default_factory=list)  # (time, size confirmed)
    download_reads: list[tuple[float, int]] = field(default_factory=list)  # (time, bytes read)
    in_download: bool = False  # reads count towards download_reads only during the download
    uploads: list[list[Any]] = field(default_factory=list)  # [start, confirmed at|None, bytes]
    retrans: RetransCounter = field(default_factory=RetransCounter)

    def problem(self, p: NetProblem) -> None:
        with self.lock:
            self.problems.append(p)


class _WatchedResponse:
    def __init__(
        self, resp: Any, watch: _Watch, is_upload: bool, upload: list[Any] | None = None
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
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __len__(self) -> int:
        return len(self._inner)

    def read(self, n: int = 10240) -> bytes:
        try:
            data: bytes = self._inner.read(n)
        except Exception as exc:
            raise _UploadStopped(str(exc)) from exc
        return data


class _WatchingOpener:
    """Wraps speedtest-cli's urllib opener (see module docstring). ``endpoint_base`` redirects
    the speedtest.net config and server-list requests (for tests against a local server)."""

    def __init__(self, inner: Any, watch: _Watch, endpoint_base: str | None) -> None:
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
            req.data = _UploadData(req.data)  # (the setter drops Content-length: put it back)
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
        if is_upload:
            # The server has answered, so it holds every byte we sent: the socket's
            # retransmission counters for this upload are final. (Loss of OUR segments only:
            # the client→server direction.)
            self._watch.retrans.record(socket_of(resp))
        return _WatchedResponse(resp, self._watch, is_upload, upload)


class _Stop:
    """speedtest-cli's shutdown_event: it polls isSet() every 10 KB."""

    def __init__(self, should_stop: Callable[[], bool]) -> None:
        self._should_stop = should_stop

    def isSet(self) -> bool:
        return self._should_stop()

    is_set = isSet


def load_speedtest() -> Any:
    """The speedtest-cli module, imported so it wraps none of our file descriptors.

    At import, speedtest-cli wraps ``sys.stdout`` and ``sys.stderr`` in UTF-8 writers over
    ``FileIO(fd)`` and never closes them ("ResourceWarning: unclosed file" twice at exit). A stream
    without a file descriptor during the import makes it keep plain streams instead; it only
    prints in its own command line, never for us.
    """
    with _IMPORT_LOCK:  # two threads swapping sys.stdout at once could leave the sink there
        if "speedtest" not in sys.modules:
            sink = io.StringIO()
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                import speedtest  # noqa: F401
    return sys.modules["speedtest"]


def _speedtest_class() -> type:
    speedtest = load_speedtest()

    class BoundedSpeedtest(speedtest.Speedtest):  # type: ignore[misc, name-defined]
        def __init__(
            self, mini: bool, download_s: float, upload_s: float, watch: _Watch, **kw: Any
        ) -> None:
            self._mini = mini
            self._dl_s, self._ul_s = download_s, upload_s
            self._watch = watch
            self._endpoint_base = kw.pop("endpoint_base", None)
            self._wrapped = False
            super().__init__(**kw)

        def _wrap(self) -> None:
            if not self._wrapped:
                inner: Any = self._opener  # type: ignore[has-type]
                self._opener = _WatchingOpener(inner, self._watch, self._endpoint_base)
                self._wrapped = True

        def get_config(self) -> dict[str, Any]:
            self._wrap()
            if not self._mini:
                super().get_config()
            else:
                self.config.update(
                    {
                        "client": {"ip": "", "isp": "", "lat": "0", "lon": "0", "country": ""},
                        "ignore_servers": [],
                    }
                )
                self.lat_lon = (0.0, 0.0)
            self.config.update(
                {
                    "sizes": {"upload": UPLOAD_SIZES, "download": DOWNLOAD_SIZES},
                    "counts": {"upload": UPLOAD_COUNT, "download": 2},
                    "threads": {"upload": UPLOAD_THREADS, "download": DOWNLOAD_THREADS},
                    "length": {"upload": self._ul_s, "download": self._dl_s},
                    "upload_max": UPLOAD_COUNT * len(UPLOAD_SIZES),
                }
            )
            return self.config

    return BoundedSpeedtest


class SpeedtestCliBackend:
    """The real backend. ``endpoint_base`` (tests only) replaces https://www.speedtest.net."""

    def __init__(self, socket_timeout_s: float = 3.0, endpoint_base: str | None = None) -> None:
        self.socket_timeout_s = socket_timeout_s
        self.endpoint_base = endpoint_base

    def measure(
        self,
        server_url: str,
        download_s: float,
        upload_s: float,
        should_stop: Callable[[], bool],
        progress: Callable[[float, str], None],
    ) -> SpeedFigures:
        speedtest = load_speedtest()

        watch = _Watch()
        mini = bool(server_url)
        stop = _Stop(should_stop)
        cls = _speedtest_class()
        stage = "config"

        def fail(exc: BaseException) -> SpeedError:
            problem = classify_error(exc)
            if isinstance(exc, speedtest.ConfigRetrievalError | speedtest.ServersRetrievalError):
                problem = watch.problems[-1] if watch.problems else problem
            if isinstance(exc, speedtest.SpeedtestConfigError | speedtest.SpeedtestServersError):
                problem = NetProblem.GARBAGE
            if isinstance(exc, speedtest.NoMatchedServers | speedtest.SpeedtestBestServerFailure):
                problem = NetProblem.FORBIDDEN if not watch.problems else watch.problems[-1]
            if isinstance(
                exc, speedtest.SpeedtestMiniConnectFailure | speedtest.InvalidSpeedtestMiniServer
            ):
                problem = watch.problems[-1] if watch.problems else NetProblem.GARBAGE
            if problem is NetProblem.UNKNOWN and watch.problems:
                problem = watch.problems[-1]
            return SpeedError(problem, stage, type(exc).__name__)

        try:
            st = cls(
                mini,
                download_s,
                upload_s,
                watch,
                timeout=self.socket_timeout_s,
                secure=True,
                shutdown_event=stop,
                endpoint_base=self.endpoint_base,
            )
            stage = "servers"
            progress(0.05, "server")
            if mini:
                servers = st.set_mini_server(server_url)
                best = dict(servers[0])
            else:
                st.get_servers()
                closest = st.get_closest_servers(limit=1)
                if not closest:
                    raise speedtest.NoMatchedServers()
                best = dict(closest[0])
            st._best.update(best)
            st.results.server = best
            if should_stop():
                raise SpeedError(NetProblem.UNKNOWN, "cancelled")
            stage = "download"
            progress(0.1, "download")
            t_dl = time.monotonic()
            total_dl = len(DOWNLOAD_SIZES) * 2

            def dl_cb(i: int, count: int, start: bool = False, end: bool = False) -> None:
                frac = min(1.0, (time.monotonic() - t_dl) / max(download_s, 0.1))
                progress(0.1 + 0.45 * frac, "download")

            del total_dl
            watch.in_download = True
            try:
                down = float(st.download(callback=dl_cb))
            finally:
                watch.in_download = False
            bytes_rx = int(st.results.bytes_received)
            if should_stop():
                raise SpeedError(NetProblem.UNKNOWN, "cancelled")
            stage = "upload"
            t_ul = time.monotonic()

            def ul_cb(i: int, count: int, start: bool = False, end: bool = False) -> None:
                frac = min(1.0, (time.monotonic() - t_ul) / max(upload_s, 0.1))
                progress(0.55 + 0.45 * frac, "upload")

            up_reported = float(st.upload(callback=ul_cb, threads=UPLOAD_THREADS))
            bytes_tx_socket = int(st.results.bytes_sent)
        except SpeedError:
            raise
        except Exception as exc:
            raise fail(exc) from exc
        with watch.lock:
            done = sorted(watch.upload_done)
            reads = list(watch.download_reads)
            uploads = [(u[0], u[1], u[2]) for u in watch.uploads]
            problems = tuple(p.value for p in watch.problems)
        confirmed = sum(size for _t, size in done)
        steady_up = upload_rate_mbps(uploads) if done and done[-1][0] > t_ul else None
        # nothing (or one chunk) confirmed in the window: the library's figure, low trust
        up = steady_up if steady_up is not None else up_reported / 1e6
        steady_down = steady_rate_mbps(reads)
        down_mbps = steady_down if steady_down is not None else down / 1e6
        if bytes_rx == 0 and NetProblem.DROPPED.value in problems:
            raise SpeedError(NetProblem.DROPPED, "download")
        if bytes_rx == 0:
            worst = problems[-1] if problems else NetProblem.TIMEOUT.value
            raise SpeedError(NetProblem(worst), "download")
        return SpeedFigures(
            download_mbps=down_mbps,
            upload_mbps=up,
            bytes_received=bytes_rx,
            bytes_sent=confirmed if done else bytes_tx_socket,
            uploads_confirmed=len(done),
            server=str(best.get("host") or best.get("name") or ""),
            mode="mini" if mini else "public",
            upload_reported_mbps=up_reported / 1e6,
            problems=problems,
            retrans=watch.retrans.result(),
        )
