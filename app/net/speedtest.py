"""Throughput through the speedtest-cli library, bounded in time, cancel-aware, with confidence.

* Public servers: ``secure=True`` (plain HTTP gets 403 from the config endpoint), the nearest
  server from the list (no extra ping round: we measure latency ourselves).
* A program's own server (profile ``speedtest_server``): speedtest-cli's "mini" mode, with
  ``get_config`` overridden so nothing is fetched from speedtest.net.
* The opener is wrapped (app.net.speedtest_watch) to see what speedtest-cli swallows: a download
  cut mid-body (dropped), socket time-outs (stalled), and the server's ``size=N`` reply to each
  upload, so the upload figure counts bytes the server received rather than bytes handed to the
  socket.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.net.problems import NetProblem, classify_error
from app.net.speedtest_watch import Watch, WatchingOpener
from app.net.tcpinfo import RetransLoss

# Large bodies only: one request lasts a whole window, so no stream idles between requests
# (each new request paid a connection set-up and a slow start: the link went idle).
DOWNLOAD_SIZES = [1500, 2000, 2500, 3000, 3500, 4000]
# Small chunks first so a slow link still completes several uploads inside the window.
UPLOAD_SIZES = [131072, 262144, 524288, 1048576, 2097152]
UPLOAD_COUNT = 4
DOWNLOAD_THREADS = 4
UPLOAD_THREADS = 4  # four streams keep the uplink busy while one waits for its answer


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


class _Stop:
    """speedtest-cli's shutdown_event: it polls isSet() every 10 KB."""

    def __init__(self, should_stop: Callable[[], bool]) -> None:
        self._should_stop = should_stop

    def isSet(self) -> bool:
        return self._should_stop()

    is_set = isSet


def _speedtest_class() -> type:
    import speedtest

    class BoundedSpeedtest(speedtest.Speedtest):  # type: ignore[misc, name-defined]
        def __init__(
            self, mini: bool, download_s: float, upload_s: float, watch: Watch, **kw: Any
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
                self._opener = WatchingOpener(inner, self._watch, self._endpoint_base)
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
        watch = Watch()
        mini = bool(server_url)
        stop = _Stop(should_stop)
        cls = _speedtest_class()
        stage = "config"

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
            best = _pick_server(st, server_url)
            if should_stop():
                raise SpeedError(NetProblem.UNKNOWN, "cancelled")
            stage = "download"
            progress(0.1, "download")
            watch.in_download = True
            watch.kernel.start()
            watch.kernel.phase("download")
            t_dl = time.monotonic()
            try:
                down = float(st.download(callback=_timed(progress, download_s, 0.1, "download")))
            finally:
                watch.in_download = False
            bytes_rx = int(st.results.bytes_received)
            if should_stop():
                raise SpeedError(NetProblem.UNKNOWN, "cancelled")
            stage = "upload"
            watch.kernel.phase("upload")
            t_ul = time.monotonic()
            ul_cb = _timed(progress, upload_s, 0.55, "upload")
            up_reported = float(st.upload(callback=ul_cb, threads=UPLOAD_THREADS))
            bytes_tx_socket = int(st.results.bytes_sent)
        except SpeedError:
            raise
        except Exception as exc:
            raise _speed_error(exc, watch, stage) from exc
        finally:
            watch.kernel.stop()
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
        # The kernel's counters where it has them (Linux): bytes as they moved, up to the
        # test's own end (app.net.kernelrate says why the threads' own times are late).
        kernel_down = watch.kernel.rate_mbps("download", t_dl + download_s)
        kernel_up = watch.kernel.rate_mbps("upload", t_ul + upload_s)
        down_mbps = kernel_down if kernel_down is not None else down_mbps
        up = kernel_up if kernel_up is not None else up
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


def _speed_error(exc: BaseException, watch: Watch, stage: str) -> SpeedError:
    """What went wrong, from speedtest-cli's exception and what the opener saw before it."""
    import speedtest

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


def _pick_server(st: Any, server_url: str) -> dict[str, Any]:
    """The program's own server (mini mode) or the nearest public one, set on *st*."""
    import speedtest

    if server_url:
        best = dict(st.set_mini_server(server_url)[0])
    else:
        st.get_servers()
        closest = st.get_closest_servers(limit=1)
        if not closest:
            raise speedtest.NoMatchedServers()
        best = dict(closest[0])
    st._best.update(best)
    st.results.server = best
    return best


def _timed(
    progress: Callable[[float, str], None], seconds: float, base: float, stage: str
) -> Callable[..., None]:
    """speedtest-cli's per-request callback, reporting progress by time spent in the stage
    (from *base* to base + 0.45)."""
    t0 = time.monotonic()

    def callback(i: int, count: int, start: bool = False, end: bool = False) -> None:
        frac = min(1.0, (time.monotonic() - t0) / max(seconds, 0.1))
        progress(base + 0.45 * frac, stage)

    return callback
