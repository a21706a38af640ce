"""Is every bundled part present and working on this computer? (`session-ready selftest`)

For support staff and for the packaged app's smoke test (packaging/smoke_test.py): it loads each
library the checks need — OpenCV's face detector, PortAudio, the keyring backends, the calendar
and crypto libraries, the Spanish catalogues — without touching any device or the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SessionReady//selftest//EN
BEGIN:VEVENT
UID:selftest@sessionready
DTSTART;TZID=America/New_York:20250106T090000
DTEND;TZID=America/New_York:20250106T120000
RRULE:FREQ=DAILY;COUNT=5
SUMMARY:Group session
END:VEVENT
END:VCALENDAR
"""


@dataclass(frozen=True)
class Part:
    name: str
    ok: bool
    detail: str
    notice: bool = False  # works, with a caveat worth reading (e.g. no system keyring)


def _opencv() -> str:
    import cv2

    path = cv2.data.haarcascades + "haarcascade_frontalface_default.xml"  # type: ignore[attr-defined]
    if cv2.CascadeClassifier(path).empty():
        raise RuntimeError("face detector (Haar cascade) not found")
    return f"OpenCV {cv2.__version__}, face detector loaded"


def _numpy() -> str:
    import numpy

    return f"numpy {numpy.__version__}"


def _portaudio() -> str:
    import sounddevice

    return str(sounddevice.get_portaudio_version()[1])


class Notice(Exception):
    """The part works, with something staff should know (shown as "!", exit code unchanged)."""


def _keyring() -> str:
    """The keyring the notes vault would really use, not just what ``keyring`` defaults to
    (that may be the ``fail`` placeholder, which the vault refuses)."""
    from importlib import metadata

    import keyring

    from app.notes.keystore import OsKeyring

    names = sorted(ep.name for ep in metadata.entry_points(group="keyring.backends"))
    if not names:
        raise RuntimeError("no keyring backends registered")
    version = metadata.version("keyring")
    chosen = OsKeyring.detect()
    if chosen is None:
        default = type(keyring.get_keyring())
        raise Notice(
            f"keyring {version}: no safe system keyring here (default is "
            f"{default.__module__}.{default.__name__}); notes are protected by a passphrase"
        )
    return f"keyring {version}: notes use {chosen.describe()}"


def _calendar() -> str:
    from datetime import date

    import icalendar
    import recurring_ical_events

    cal = icalendar.Calendar.from_ical(ICS)
    events = recurring_ical_events.of(cal).between(date(2025, 1, 1), date(2025, 2, 1))
    if len(events) != 5 or events[0]["DTSTART"].dt.utcoffset() is None:
        raise RuntimeError(f"recurrence expanded to {len(events)} sessions, expected 5")
    return f"icalendar {icalendar.__version__}, 5 recurring sessions in New York time"


def _crypto() -> str:
    import os

    import cryptography
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    box = AESGCM(key)
    if box.decrypt(nonce, box.encrypt(nonce, b"selftest", b"ad"), b"ad") != b"selftest":
        raise RuntimeError("AES-GCM round trip failed")
    return f"cryptography {cryptography.__version__}, AES-256-GCM works"


def _speedtest() -> str:
    import speedtest

    return f"speedtest-cli {speedtest.__version__}"


def _psutil() -> str:
    import psutil

    return f"psutil {psutil.__version__}, {psutil.cpu_count()} CPUs"


def _translations() -> str:
    from app.paths import resource
    from app.qt_i18n import load_translators

    catalogues = sorted(resource("translations").glob("sessionready_*_es.qm"))
    if not catalogues:
        raise RuntimeError("no Spanish catalogues (.qm) found")
    loaded = load_translators("es")
    if len(loaded) < len(catalogues):
        raise RuntimeError(f"{len(loaded)} of {len(catalogues)} catalogues loaded")
    return f"{len(catalogues)} Spanish catalogues"


PARTS: list[tuple[str, Callable[[], str]]] = [
    ("opencv", _opencv),
    ("numpy", _numpy),
    ("portaudio", _portaudio),
    ("keyring", _keyring),
    ("calendar", _calendar),
    ("crypto", _crypto),
    ("speedtest", _speedtest),
    ("psutil", _psutil),
    ("translations", _translations),
]


def run_selftest() -> list[Part]:
    parts = []
    for name, probe in PARTS:
        try:
            parts.append(Part(name, True, probe()))
        except Notice as notice:
            parts.append(Part(name, True, str(notice), notice=True))
        except Exception as exc:  # report every broken part, never stop at the first
            parts.append(Part(name, False, f"{type(exc).__name__}: {exc}"))
    return parts
