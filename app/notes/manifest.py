"""Sealed notes and the sealed manifest that vouches for them.

A note is stored as a Record: plaintext id, timestamps and version, the rest (with the linked
session) AES-GCM sealed with the id, version and both timestamps bound in as associated data. The manifest (note id -> current version of every live
note) is one sealed row rewritten in the same transaction as every save and delete, so a note
put back from an older copy, a deleted note resurrected, or a note removed outside SessionReady
is noticed at unlock (``open_all``).
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from app.notes import crypto
from app.notes.crypto import NoteCipher
from app.notes.errors import ChangedOutside, NotesListChanged, NotesRolledBack, TamperedRecord
from app.notes.keyslots import iso
from app.notes.model import Note
from app.notes.storage import FORMAT_V1, FORMAT_V2, ManifestRow, ManifestUpdate, Record

log = logging.getLogger(__name__)


def seal_note(note: Note, cipher: NoteCipher) -> Record:
    """A format-2 record: the session sealed inside, the timestamps authenticated."""
    created, updated = iso(note.created), iso(note.updated)
    aad = crypto.note_aad_v2(note.id, note.version, created, updated)
    nonce, sealed = cipher.seal(note.payload(), aad)
    return Record(note.id, note.version, created, updated, None, nonce, sealed, FORMAT_V2)


def record_aad(record: Record) -> bytes:
    """The associated data *record* was sealed with (by its format)."""
    if record.format == FORMAT_V2:
        return crypto.note_aad_v2(record.id, record.version, record.created, record.updated)
    if record.format == FORMAT_V1:
        return crypto.note_aad(record.id, record.version, record.session_id)
    raise TamperedRecord(record.id)


def open_record(record: Record, cipher: NoteCipher) -> Note:
    """The note in *record* (format 1 or 2); raises TamperedRecord when it fails
    authentication."""
    raw = cipher.open(record.nonce, record.sealed, record_aad(record), record.id)
    try:
        fields = Note.payload_fields(raw)
        created = datetime.fromisoformat(record.created)
        updated = datetime.fromisoformat(record.updated)
    except ValueError as exc:
        raise TamperedRecord(record.id) from exc
    if record.format == FORMAT_V1:
        fields["session_id"] = record.session_id
    fields.update(id=record.id, created=created, updated=updated, version=record.version)
    return Note.trusted(fields)


def manifest_aad(vault_id: str, seq: int) -> bytes:
    return b"sessionready-manifest|v1|%s|%d" % (vault_id.encode("utf-8"), seq)


class Manifest:
    """Our copy of the sealed manifest of one unlocked vault, and how each write updates it."""

    def __init__(self, cipher: NoteCipher, vault_id: str) -> None:
        self.cipher = cipher
        self.vault_id = vault_id
        self.entries: dict[str, int] = {}
        self.seq = 0
        self._pending: tuple[dict[str, int], int] = ({}, 0)

    def _aad(self, seq: int) -> bytes:
        return manifest_aad(self.vault_id, seq)

    def open(self, row: ManifestRow) -> dict[str, int]:
        """The entries sealed in *row*; raises TamperedRecord when it fails authentication."""
        raw = self.cipher.open(row.nonce, row.sealed, self._aad(row.seq), "manifest")
        try:
            data = json.loads(raw.decode("utf-8"))
            entries = data["notes"]
            if not isinstance(entries, dict):
                raise ValueError("manifest entries")
            return {str(k): int(v) for k, v in entries.items()}
        except (ValueError, KeyError, TypeError) as exc:
            raise TamperedRecord("manifest") from exc

    def update(
        self, changed: dict[str, int], removed: tuple[str, ...] | list[str]
    ) -> ManifestUpdate:
        """The ManifestUpdate for one transaction: our manifest plus *changed*, minus *removed*.

        Runs inside the write transaction. When another process (another Vault on the same
        files) wrote since we last did, its sealed manifest is the base instead of ours.
        """

        def update(current: ManifestRow | None) -> ManifestRow:
            base = self.entries
            if current is not None and current.seq != self.seq:
                try:
                    base = self.open(current)
                except TamperedRecord:
                    log.warning("notes manifest failed authentication; rewriting it")
            entries = dict(base)
            entries.update(changed)
            for note_id in removed:
                entries.pop(note_id, None)
            seq = max(self.seq, current.seq if current else 0) + 1
            payload = json.dumps({"notes": entries}, separators=(",", ":")).encode("utf-8")
            nonce, sealed = self.cipher.seal(payload, self._aad(seq))
            self._pending = (entries, seq)
            return ManifestRow(seq, nonce, sealed)

        return update

    def committed(self) -> None:
        """The transaction that ran the last update committed: it is ours now."""
        self.entries, self.seq = self._pending


@dataclass
class Opened:
    """Every record of a vault held against its manifest (see ``open_all``)."""

    notes: dict[str, Note] = field(default_factory=dict)
    damaged: dict[str, TamperedRecord] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    list_problem: NotesListChanged | None = None
    # no sealed manifest to hold the notes against: the caller starts one from what opened
    start_manifest: bool = False


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """No garbage collection while the notes are opened: tens of thousands of new objects, none
    of them garbage, would otherwise set off collections that walk the whole (GUI-sized) heap."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def open_all(
    records: list[Record],
    row: ManifestRow | None,
    manifest: Manifest,
    expected: bool,
    anchored: int | None = None,
    problem: NotesListChanged | None = None,
) -> Opened:
    """Open every record, then hold them against the sealed manifest *row*.

    A record that authenticates but is not at the manifest's version (an older copy put back, or
    a deleted note resurrected) is reported as ChangedOutside; a note the manifest lists without
    a row is reported missing; the others open normally. *expected*: the header says a manifest
    was sealed, so its absence is reported. *anchored*: the sequence number vault.json vouches
    for (see ``anchor``); a manifest older than it, or none, means notes.db was rolled back.
    *problem*: one already found (the anchor itself). Sets *manifest*'s entries and sequence.
    """
    out = Opened(list_problem=problem)
    sealed: dict[str, int] | None = None
    if row is not None:
        manifest.seq = row.seq
        try:
            sealed = manifest.open(row)
        except TamperedRecord:
            out.list_problem = NotesListChanged("manifest failed authentication")
        if anchored is not None and row.seq < anchored:
            out.list_problem = NotesRolledBack(f"manifest {row.seq} older than anchor {anchored}")
    elif anchored is not None:
        out.list_problem = NotesRolledBack("manifest missing while anchored")
    elif expected:
        out.list_problem = out.list_problem or NotesListChanged("manifest missing")
    manifest.seq = max(manifest.seq, anchored or 0)  # the next write goes past the anchor
    with no_collection():
        for record in records:
            try:
                note = open_record(record, manifest.cipher)
            except TamperedRecord as exc:
                out.damaged[record.id] = exc
                continue
            if sealed is not None and sealed.get(record.id) != record.version:
                out.damaged[record.id] = ChangedOutside(record.id)
                continue
            out.notes[record.id] = note
    if sealed is not None:
        present = {r.id for r in records}
        out.missing = sorted(i for i in sealed if i not in present)
        manifest.entries = dict(sealed)
    else:
        # First unlock since the manifest came in (or after it was lost): start it from what
        # authenticates now. Trust on first use; once sealed, the header records that it
        # exists, so removing the manifest row later is reported, not silently accepted.
        manifest.entries = {nid: n.version for nid, n in out.notes.items()}
        out.start_manifest = row is None and out.list_problem is None
    return out
