"""Changing the data key: re-seal every record under a new key, then switch in one step.

Crash-safe in three steps. (1) Every record and the manifest are re-sealed under the new key
into ``next_nonce``/``next_sealed`` beside the current ciphertext, in batches (one transaction
each); the current rows stay as they are. (2) The switch: one atomic write of ``vault.json``
with every slot wrapping the new key. (3) One transaction makes the staged copies current.
Killed before (2): the old header still opens the old ciphertext and the staged copies are
dropped at the next unlock. Killed between (2) and (3): the new key opens the staged copies and
the next unlock finishes (3) (``settle``). Either way every note stays readable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.notes.crypto import NoteCipher
from app.notes.errors import TamperedRecord
from app.notes.manifest import manifest_aad, record_aad
from app.notes.storage import NoteStore

log = logging.getLogger(__name__)

BATCH = 250  # records per staging transaction (and per progress report)

Progress = Callable[[int, int], None]  # (done, total)


def stage_all(
    store: NoteStore,
    old: NoteCipher,
    new: NoteCipher,
    vault_id: str,
    progress: Progress | None = None,
) -> int:
    """Step (1): re-seal every record that authenticates, and the manifest. Returns how many
    records could not be opened (damaged ones stay under the old key: they were unreadable
    already and stay so)."""
    records = list(store.all())
    total, skipped = len(records), 0
    man = store.manifest()
    staged_manifest = None
    if man is not None:
        aad = manifest_aad(vault_id, man.seq)
        try:
            staged_manifest = new.seal(old.open(man.nonce, man.sealed, aad, "manifest"), aad)
        except TamperedRecord:
            log.warning("notes manifest failed authentication; not carried to the new key")
    for start in range(0, max(total, 1), BATCH):
        batch = []
        for record in records[start : start + BATCH]:
            try:
                aad = record_aad(record)
                raw = old.open(record.nonce, record.sealed, aad, record.id)
            except TamperedRecord:
                skipped += 1
                continue
            batch.append((record.id, *new.seal(raw, aad)))
        store.stage(batch, staged_manifest if start == 0 else None)
        if progress is not None:
            progress(min(start + BATCH, total), total)
    return skipped


def settle(store: NoteStore, cipher: NoteCipher, vault_id: str) -> None:
    """At unlock: finish (the key switched) or drop (it did not) a key change a crash cut."""
    records, man = store.staged()
    if not records and man is None:
        return
    probes: list[Callable[[], bytes]] = []
    if man is not None:
        aad = manifest_aad(vault_id, man.seq)
        probes.append(lambda: cipher.open(man.nonce, man.sealed, aad, "manifest"))
    for r in records[:3]:
        probes.append(lambda r=r: cipher.open(r.nonce, r.sealed, record_aad(r), r.id))  # type: ignore[misc]
    switched = False
    for probe in probes:
        try:
            probe()
        except TamperedRecord:
            continue
        switched = True
        break
    if switched:
        log.info("notes key change was cut after its switch: finishing it")
    else:
        log.info("notes key change was cut before its switch: staged copies dropped")
    store.end_staging(promote=switched)
