"""The rollback anchor: the manifest's sequence number, vouched for outside notes.db.

The sealed manifest (``manifest``) catches one note rolled back, deleted or resurrected, but a
whole older ``notes.db`` carries an older manifest that is just as authentic. So ``vault.json``
also keeps ``"anchor": {"seq": N, "mac": …}``: the manifest sequence number of the last write,
with an HMAC under a key derived from the data key (bound to the vault id), rewritten after
every committed write. At unlock a manifest older than the anchor, or missing while the anchor
exists, means notes.db was put back or its manifest removed (``NotesRolledBack``). notes.db
*ahead* of the anchor is normal (a crash between the two writes) and the anchor catches up.

Only replacing *both* files with an older copy (the whole folder) stays undetectable. An anchor
that is missing while notes.db holds format-2 records (written since anchors exist), or one whose
MAC fails, is reported too (``NotesListChanged``).
"""

from __future__ import annotations

import hmac
from typing import Any

from app.notes import crypto
from app.notes.errors import NotesListChanged

PURPOSE = b"anchor"


def _mac(data_key: bytes | bytearray, vault_id: str, seq: int) -> bytes:
    message = b"sessionready-anchor|v1|%s|%d" % (vault_id.encode("utf-8"), seq)
    return crypto.mac(crypto.subkey(data_key, PURPOSE), message)


def make(data_key: bytes | bytearray, vault_id: str, seq: int) -> dict[str, Any]:
    """The header's ``anchor`` entry for manifest sequence number *seq*."""
    return {"seq": seq, "mac": crypto.b64e(_mac(data_key, vault_id, seq))}


def read(
    entry: object, data_key: bytes | bytearray, vault_id: str
) -> tuple[int | None, NotesListChanged | None]:
    """(the anchored sequence number, or None when there is no anchor; a problem, if any)."""
    if entry is None:
        return None, None
    if not isinstance(entry, dict) or type(entry.get("seq")) is not int:
        return None, NotesListChanged("anchor unreadable")
    seq = int(entry["seq"])
    try:
        given = crypto.b64d(entry.get("mac"))
    except Exception:  # TamperedHeader: not base64
        return None, NotesListChanged("anchor unreadable")
    if not hmac.compare_digest(given, _mac(data_key, vault_id, seq)):
        return None, NotesListChanged("anchor failed authentication")
    return seq, None
