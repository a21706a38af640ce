"""The OS keyring, behind a small interface that tells "locked" apart from "missing".

Only the system stores on an allow-list count (Secret Service — directly or through libsecret —,
KWallet, macOS Keychain, Windows Credential Manager), and only when ``keyring`` gives them
priority >= 1: any other backend (plaintext files, ``fail``, ``null``, third-party ones) is
refused and the vault uses a passphrase instead — never plaintext (Vorta issue #1361 is the
cautionary tale). A keyring that fails mid-session (its D-Bus connection or daemon gone) raises
``KeyringStopped`` ("use your passphrase"), never the backend's own exception.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Any, Protocol

# ``keyring`` is imported where it is used (when the vault is first touched, on a worker), not
# at module level: importing it costs the app's start-up tens of milliseconds.
from app.notes.errors import KeyringLocked, KeyringStopped, KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "SessionReady private notes"
SECRET_PREFIX = "srv1:"
# Windows Credential Manager stores at most 2560 bytes per secret; ours is 49 ASCII characters.
MAX_SECRET_BYTES = 2560

# Exact classes (module.qualname): a subclass or look-alike elsewhere is not trusted.
ALLOWED_BACKENDS: tuple[str, ...] = (
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
)


class KeyStore(Protocol):
    """Where the random keyring slot key lives. ``get`` returns None when there is no entry."""

    def describe(self) -> str: ...
    def get(self, account: str) -> bytes | None: ...
    def set(self, account: str, key: bytes) -> None: ...
    def delete(self, account: str) -> None: ...


def backend_priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # backends signal "not usable here" by raising from priority
        return -1.0


def backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_real_backend(backend: Any) -> bool:
    """An allowed system store (see ALLOWED_BACKENDS) that ``keyring`` rates usable here."""
    if backend_name(backend) not in ALLOWED_BACKENDS:
        return False  # a chainer is judged through the backends it chains
    return backend_priority(backend) >= 1


def select_backend(candidates: list[Any] | None = None) -> Any | None:
    """The best real backend among *candidates* (default: what ``keyring`` would use)."""
    if candidates is None:
        try:
            import keyring

            current = keyring.get_keyring()
        except Exception:
            return None
        chained = getattr(current, "backends", None)
        candidates = list(chained) if chained is not None else [current]
    real = [b for b in candidates if is_real_backend(b)]
    if not real:
        return None
    return max(real, key=backend_priority)


def encode_secret(key: bytes) -> str:
    secret = SECRET_PREFIX + base64.b64encode(key).decode("ascii")
    if len(secret.encode("utf-8")) >= MAX_SECRET_BYTES:
        raise ValueError("keyring secret too long")
    return secret


def decode_secret(secret: str) -> bytes | None:
    """The key in a stored secret, or None when the entry holds something else."""
    if not secret.startswith(SECRET_PREFIX):
        return None
    try:
        return base64.b64decode(secret[len(SECRET_PREFIX) :].encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


class OsKeyring:
    """A KeyStore on a real ``keyring`` backend."""

    def __init__(self, backend: Any) -> None:
        if not is_real_backend(backend):
            raise KeyringUnavailable(f"refused keyring backend {type(backend).__name__}")
        self.backend = backend

    @classmethod
    def detect(cls) -> OsKeyring | None:
        backend = select_backend()
        if backend is None:
            return None
        try:
            return cls(backend)
        except KeyringUnavailable:
            return None

    def describe(self) -> str:
        return f"{type(self.backend).__module__}.{type(self.backend).__name__}"

    def _call(self, what: str, fn: Any, *args: Any) -> Any:
        import keyring.errors

        try:
            return fn(*args)
        except keyring.errors.KeyringLocked as exc:
            _close_leaked_bus(exc)
            raise KeyringLocked(f"keyring locked during {what}") from exc
        except keyring.errors.PasswordDeleteError:
            raise
        except Exception as exc:  # D-Bus gone, daemon crashed, permission denied …
            _close_leaked_bus(exc)
            log.warning("keyring %s failed: %s", what, type(exc).__name__)
            raise KeyringStopped(f"keyring {what} failed: {type(exc).__name__}") from exc

    def get(self, account: str) -> bytes | None:
        secret = self._call("read", self.backend.get_password, SERVICE, account)
        if secret is None:
            return None
        key = decode_secret(secret)
        return key if key is not None else b""  # b"": an entry that is not ours (changed)

    def set(self, account: str, key: bytes) -> None:
        self._call("write", self.backend.set_password, SERVICE, account, encode_secret(key))

    def delete(self, account: str) -> None:
        import keyring.errors

        try:
            self._call("delete", self.backend.delete_password, SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone


def _close_leaked_bus(exc: BaseException) -> None:
    """keyring's SecretService backend opens a D-Bus connection in get_preferred_collection and
    leaves it open when that raises (the collection locked, the service gone: keyring issue
    #380 fixed only the success path). Close it here, where the failure is handled, rather than
    leave a socket to the garbage collector."""
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name == "get_preferred_collection":
            close = getattr(frame.f_locals.get("bus"), "close", None)
            if callable(close):
                try:
                    close()
                except Exception:  # already closed or broken: nothing left to free
                    pass
        tb = tb.tb_next
