"""What can go wrong on the network, and how an exception from socket / urllib / http.client /
speedtest-cli maps to it (offline, DNS, refused, time-out, TLS, proxy, captive portal …)."""

from __future__ import annotations

import errno
import http.client
import os
import socket
import ssl
import urllib.error
from enum import StrEnum

import psutil


class NetProblem(StrEnum):
    OFFLINE = "offline"  # no usable network interface / network unreachable
    DNS = "dns"  # the name does not resolve
    REFUSED = "refused"  # the host answered "no" (nothing listening, firewall reset)
    TIMEOUT = "timeout"  # nothing came back in time (stalled server, black hole)
    TLS = "tls"  # the secure connection failed (certificate, interception)
    PROXY = "proxy"  # a proxy is configured and failed / wants a login
    CAPTIVE = "captive"  # an HTTP answer that is not what the server should say (Wi-Fi login)
    FORBIDDEN = "forbidden"  # HTTP 403 / 429 from the speed-test service
    DROPPED = "dropped"  # the connection was cut in the middle of the test
    GARBAGE = "garbage"  # the server answered nonsense
    UNKNOWN = "unknown"


def proxy_configured() -> bool:
    return any(
        os.environ.get(k) for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")
    )


def classify_error(exc: BaseException) -> NetProblem:
    """Map an exception from socket/urllib/http.client/speedtest to a NetProblem."""
    seen = 0
    while exc is not None and seen < 5:  # unwrap URLError(reason=…), speedtest wrappers
        seen += 1
        if isinstance(exc, urllib.error.HTTPError):
            if exc.code == 407:
                return NetProblem.PROXY
            if exc.code in (403, 429):
                return NetProblem.FORBIDDEN
            if exc.code in (301, 302, 303, 307, 308, 511):
                return NetProblem.CAPTIVE
            return NetProblem.GARBAGE
        if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
            exc = exc.reason
            continue
        if exc.args and isinstance(exc.args[0], BaseException) and not isinstance(exc, OSError):
            exc = exc.args[0]
            continue
        break
    if isinstance(exc, socket.gaierror):
        return NetProblem.DNS if _any_interface_up() else NetProblem.OFFLINE
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return NetProblem.TLS
    if isinstance(exc, socket.timeout | TimeoutError):
        return NetProblem.TIMEOUT
    if isinstance(exc, ConnectionRefusedError):
        return NetProblem.PROXY if proxy_configured() else NetProblem.REFUSED
    if isinstance(
        exc,
        ConnectionResetError
        | ConnectionAbortedError
        | BrokenPipeError
        | http.client.IncompleteRead
        | http.client.RemoteDisconnected,
    ):
        return NetProblem.DROPPED
    if isinstance(exc, http.client.HTTPException | ValueError | UnicodeDecodeError):
        return NetProblem.GARBAGE
    if isinstance(exc, OSError) and exc.errno in (
        errno.ENETUNREACH,
        errno.EHOSTUNREACH,
        errno.ENETDOWN,
    ):
        return NetProblem.OFFLINE
    return NetProblem.UNKNOWN


def _any_interface_up() -> bool:
    try:
        stats = psutil.net_if_stats()
    except OSError:
        return True
    return any(s.isup for name, s in stats.items() if name != "lo" and not name.startswith("lo"))
