"""Envelope encryption primitives for the notes vault (``cryptography`` only, no Qt).

- A random 256-bit *data key* seals every note with AES-256-GCM; each write uses a fresh random
  96-bit nonce and binds the note id, its version and its linked session as associated data, so
  a record moved to another id (or replayed under another version) fails authentication.
- The data key is only ever stored *wrapped* (AES-256-GCM) by a *slot key*: a random key kept in
  the OS keyring, a key derived from a passphrase with Argon2id, or one derived from the recovery
  code. Each slot also stores a short check value (HMAC of a separate HKDF subkey), which tells a
  wrong passphrase apart from a damaged wrapped key.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

# ``cryptography`` is imported inside the functions that use it: importing this module (and the
# notes page) stays cheap at the app's start-up; the first unlock runs on a worker thread.
from app.notes.errors import DamagedKeySlot, TamperedHeader, TamperedRecord, WeakKdfParameters

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
CHECK_BYTES = 16

# OWASP Password Storage Cheat Sheet floor for Argon2id: m=19 MiB, t=2, p=1.
FLOOR_MEMORY_KIB = 19 * 1024
FLOOR_ITERATIONS = 2
# Our default: 64 MiB, 3 iterations (RFC 9106's second recommended option uses 64 MiB, t=3).
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_ITERATIONS = 3
# The ceiling: a header (vault.json or a backup) asking for more is refused as damaged *before*
# anything is allocated (a 4 GiB / 64-pass header would cost gigabytes and seconds per unlock).
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 10
MAX_LANES = 8


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = 1

    def validate(self) -> KdfParams:
        """Refuse parameters outside the accepted range: memory 19 MiB–1 GiB, 2–10 passes,
        1–8 lanes (below: a weakened header; above: a header that would exhaust the machine)."""
        values = (self.memory_kib, self.iterations, self.lanes)
        if (
            any(type(v) is not int for v in values)
            or not FLOOR_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            or not FLOOR_ITERATIONS <= self.iterations <= MAX_ITERATIONS
            or not 1 <= self.lanes <= MAX_LANES
        ):
            raise WeakKdfParameters(
                f"argon2id parameters refused: m={self.memory_kib} KiB t={self.iterations} p={self.lanes}"
            )
        return self

    @classmethod
    def floor(cls) -> KdfParams:
        """The weakest parameters still accepted (used by tests, explicitly, to stay fast)."""
        return cls(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)

    def to_json(self) -> dict[str, int]:
        return {"m_kib": self.memory_kib, "t": self.iterations, "p": self.lanes}

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        """Parameters from a file, checked before any use (non-integers are refused too)."""
        if not isinstance(data, dict):
            raise TamperedHeader("kdf parameters missing")
        values = (data.get("m_kib"), data.get("t"), data.get("p"))
        if any(type(v) is not int for v in values):
            raise WeakKdfParameters("kdf parameters are not whole numbers")
        return cls(*values).validate()  # type: ignore[arg-type]


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_nonce() -> bytes:
    """A fresh random 96-bit nonce, from the OS CSPRNG, for every single encryption."""
    return os.urandom(NONCE_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def _subkeys(slot_key: bytes, label: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    okm = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=b"sessionready-slot|" + label)
    material = okm.derive(slot_key)
    return material[:32], material[32:]


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes  # data key + 16-byte GCM tag
    check: bytes  # HMAC-SHA256(check subkey, label)[:16]: tells a wrong secret from damage


def wrap_key(data_key: bytes, slot_key: bytes, label: bytes) -> WrappedKey:
    """Wrap *data_key* under *slot_key*; *label* (slot kind + vault id) is bound as AAD."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrap_k, check_k = _subkeys(slot_key, label)
    nonce = new_nonce()
    ct = AESGCM(wrap_k).encrypt(nonce, data_key, label)
    check = hmac.new(check_k, label, hashlib.sha256).digest()[:CHECK_BYTES]
    return WrappedKey(nonce, ct, check)


class WrongSlotSecret(Exception):
    """The slot secret (passphrase, keyring key, recovery code) does not match this slot."""


def unwrap_key(wrapped: WrappedKey, slot_key: bytes, label: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrap_k, check_k = _subkeys(slot_key, label)
    expected = hmac.new(check_k, label, hashlib.sha256).digest()[:CHECK_BYTES]
    if not hmac.compare_digest(expected, wrapped.check):
        raise WrongSlotSecret()
    try:
        key = AESGCM(wrap_k).decrypt(wrapped.nonce, wrapped.ciphertext, label)
    except (InvalidTag, ValueError) as exc:
        raise DamagedKeySlot("wrapped data key failed authentication") from exc
    if len(key) != KEY_BYTES:
        raise DamagedKeySlot("wrapped data key has the wrong length")
    return key


def note_aad(note_id: str, version: int, session_id: str | None) -> bytes:
    """Associated data of a format-1 record (session id stored in plaintext; read only)."""
    return b"sessionready-note|v1|%s|%d|%s" % (
        note_id.encode("utf-8"),
        version,
        (session_id or "").encode("utf-8"),
    )


def note_aad_v2(note_id: str, version: int, created: str, updated: str) -> bytes:
    """Associated data of a format-2 record: id, version and both timestamps as stored, so an
    edit to any of them fails authentication. The linked session is sealed in the payload."""
    return f"sessionready-note|v2|{note_id}|{version:d}|{created}|{updated}".encode()


def subkey(data_key: bytes | bytearray, purpose: bytes) -> bytes:
    """A 256-bit key for one *purpose* (HKDF-SHA256 of the data key): e.g. the anchor's MAC."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    okm = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"sessionready|" + purpose)
    return okm.derive(bytes(data_key))


def mac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


class NoteCipher:
    """Seals and opens note payloads with the data key."""

    def __init__(self, data_key: bytes | bytearray) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError("data key must be 32 bytes")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(bytes(data_key))
        self._invalid_tag = InvalidTag

    def seal(self, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
        nonce = new_nonce()
        return nonce, self._aead.encrypt(nonce, plaintext, aad)

    def open(self, nonce: bytes, sealed: bytes, aad: bytes, note_id: str) -> bytes:
        try:
            if len(nonce) != NONCE_BYTES:
                raise ValueError("bad nonce length")
            return self._aead.decrypt(nonce, sealed, aad)
        except (self._invalid_tag, ValueError) as exc:
            raise TamperedRecord(note_id) from exc


# Recovery codes: 160 random bits in Crockford base32, eight groups of four characters.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_B32, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _B32)


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii").translate(_TO_CROCKFORD)
    return "-".join(raw[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_code(code: str) -> str:
    """Accept lower case, spaces, missing dashes and the look-alikes O→0, I/L→1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1").replace("U", "V")
    return cleaned


def recovery_code_is_well_formed(code: str) -> bool:
    cleaned = normalise_recovery_code(code)
    return len(cleaned) == 32 and all(ch in _CROCKFORD for ch in cleaned)


def recovery_secret(code: str) -> str:
    """The canonical text fed to the KDF (the code's 32 characters, without separators)."""
    return normalise_recovery_code(code)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object) -> bytes:
    if not isinstance(text, str):
        raise TamperedHeader("expected base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise TamperedHeader("bad base64") from exc


def zero(buffer: bytearray) -> None:
    """Overwrite *buffer* in place (a key we hold; copies inside OpenSSL are freed, not ours)."""
    if buffer:
        ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))
