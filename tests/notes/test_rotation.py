"""Changing the data key with the passphrase: every note re-sealed, old key files and backups
stop opening new notes, and a change cut at any moment leaves every note readable."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.notes import backup, rotation
from app.notes.errors import KeyringChanged, WrongPassphrase, WrongRecoveryCode
from app.notes.keystore import OsKeyring
from app.notes.storage import NoteStore
from app.notes.vault import Vault
from tests.notes.conftest import FAST, MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
OLD, NEW = "old passphrase words", "new passphrase words"


def _fill(v: Vault, n: int) -> dict[str, str]:
    notes = [v.new_note(title=f"n{i}", body=f"body {i}", version=1) for i in range(n)]
    v.save_many(notes)
    return {note.id: note.body for note in notes}


def _bodies(v: Vault) -> dict[str, str]:
    return {n.id: n.body for n in v.notes()}


def test_rotation_reseals_everything_and_gives_a_new_recovery_code(
    make_vault: Any, memory_backend: MemoryKeyring, tmp_path: Path
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    old_code = v.create(use_keyring=True, passphrase=OLD)
    bodies = _fill(v, 600)  # more than two staging batches
    old_header = v.header_path.read_text()
    backup.export_backup(v, tmp_path / "before.srbackup", "backup words")
    before = {r.id: r.sealed for r in v.store().all()}
    seen: list[tuple[int, int]] = []
    new_code = v.rotate_key(NEW, OLD, lambda done, total: seen.append((done, total)))
    assert new_code != old_code
    assert seen[-1] == (600, 600) and len(seen) >= 3  # progress, batch by batch
    assert v.store().staged() == ([], None)  # the staged copies became the records
    after = {r.id: r.sealed for r in v.store().all()}
    assert after.keys() == before.keys() and all(after[i] != before[i] for i in after)
    written_after = v.save(v.new_note(title="after the change", body="new words"))
    assert _bodies(v) == {**bodies, written_after.id: "new words"}
    v.lock()
    for unlock in (v.unlock_with_keyring, lambda: v.unlock_with_passphrase(NEW),
                   lambda: v.unlock_with_recovery_code(new_code)):  # fmt: skip
        unlock()
        assert v.damaged() == {} and v.list_problem() is None and v.missing() == []
        assert _bodies(v) == {**bodies, written_after.id: "new words"}
        v.lock()
    with pytest.raises(WrongPassphrase):
        v.unlock_with_passphrase(OLD)
    with pytest.raises(WrongRecoveryCode):
        v.unlock_with_recovery_code(old_code)

    # An old copy of vault.json with the old passphrase opens nothing written since.
    stolen = tmp_path / "stolen"
    shutil.copytree(v.directory, stolen)
    (stolen / "vault.json").write_text(old_header)
    thief = Vault(stolen, keystore=None, kdf_params=FAST)
    thief.unlock_with_passphrase(OLD)
    assert thief.notes() == [] and written_after.id in thief.damaged()
    thief.close()
    # Nor does the old backup's key: the backup restores what it held, re-sealed, and no more.
    v.unlock_with_passphrase(NEW)
    key, _db = backup.open_backup(tmp_path / "before.srbackup", "backup words")
    from app.notes.crypto import NoteCipher
    from app.notes.errors import TamperedRecord
    from app.notes.manifest import open_record

    with pytest.raises(TamperedRecord):
        open_record(v.store().get(written_after.id), NoteCipher(key))  # type: ignore[arg-type]


def test_rotation_checks_the_current_passphrase_and_the_keyring_first(
    make_vault: Any, memory_backend: MemoryKeyring
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    v.create(use_keyring=True, passphrase=OLD)
    bodies = _fill(v, 5)
    header = v.header_path.read_text()
    with pytest.raises(WrongPassphrase):
        v.rotate_key(NEW, "not the passphrase")
    memory_backend.items = {k: "srv1:" + "A" * 44 for k in memory_backend.items}
    with pytest.raises(KeyringChanged):
        v.rotate_key(NEW, OLD)
    assert v.header_path.read_text() == header and _bodies(v) == bodies


class Boom(Exception):
    pass


@pytest.mark.parametrize("cut", ["second batch", "the switch", "after the switch"])
def test_a_rotation_cut_midway_leaves_every_note_readable(
    make_vault: Any, monkeypatch: pytest.MonkeyPatch, cut: str
) -> None:
    v = make_vault(None)
    v.create(use_keyring=False, passphrase=OLD)
    bodies = _fill(v, 600)
    calls = {"stage": 0}
    real_stage, real_end = NoteStore.stage, NoteStore.end_staging

    def stage(store: NoteStore, *args: Any) -> None:
        calls["stage"] += 1
        real_stage(store, *args)
        if cut == "second batch" and calls["stage"] == 2:
            raise Boom

    def end_staging(store: NoteStore, *, promote: bool) -> None:
        if cut == "after the switch" and promote:
            raise Boom  # as if killed between the header write and the last transaction
        real_end(store, promote=promote)

    monkeypatch.setattr(NoteStore, "stage", stage)
    monkeypatch.setattr(NoteStore, "end_staging", end_staging)
    if cut == "the switch":
        monkeypatch.setattr(v.slots, "rekey", lambda *a: (_ for _ in ()).throw(Boom()))
    with pytest.raises(Boom):
        v.rotate_key(NEW, OLD)
    monkeypatch.undo()
    v.close()
    switched = cut == "after the switch"
    again = make_vault(None)
    again.unlock_with_passphrase(NEW if switched else OLD)
    assert _bodies(again) == bodies
    assert again.damaged() == {} and again.list_problem() is None
    assert again.store().staged() == ([], None)  # finished or dropped, nothing half-done
    with pytest.raises(WrongPassphrase):
        make_vault(None).unlock_with_passphrase(OLD if switched else NEW)


ROTATE_CHILD = """
import sys
from pathlib import Path
from app.notes.crypto import KdfParams
from app.notes.vault import Vault
v = Vault(Path(sys.argv[1]), keystore=None, kdf_params=KdfParams.floor())
v.unlock_with_passphrase(sys.argv[2])
print("ready", flush=True)
v.rotate_key(sys.argv[3], sys.argv[2])
print("done", flush=True)
"""


def test_rotation_killed_at_random_moments_loses_nothing(vault_dir: Path) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="p0 passphrase")
    bodies = _fill(v, 1500)
    v.close()
    rng = random.Random(15)
    current = "p0 passphrase"
    outcomes = []
    for i in range(1, 7):
        new = f"p{i} passphrase"
        child = subprocess.Popen(
            [sys.executable, "-c", ROTATE_CHILD, str(vault_dir), current, new],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline().strip() == b"ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 1.8))  # a random moment of the change (not a timing assert)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
        check = Vault(vault_dir, keystore=None, kdf_params=FAST)
        try:
            check.unlock_with_passphrase(new)
            current = new
            outcomes.append("switched")
        except WrongPassphrase:
            check.unlock_with_passphrase(current)
            outcomes.append("kept")
        assert _bodies(check) == bodies
        assert check.damaged() == {} and check.list_problem() is None
        assert check.store().staged() == ([], None)
        check.close()
    print("rotation outcomes:", outcomes)
    assert outcomes  # which ones switched depends on timing; all must be whole


def test_settle_without_staged_copies_does_nothing(make_vault: Any) -> None:
    v = make_vault(None)
    v.create(use_keyring=False, passphrase=OLD)
    _fill(v, 3)
    assert rotation.settle(v.store(), v._cipher, v.vault_id) is None  # type: ignore[arg-type]


def test_after_the_recovery_code_the_key_is_replaced_without_the_forgotten_passphrase(
    make_vault: Any,
) -> None:
    v = make_vault(None)
    code = v.create(use_keyring=False, passphrase=OLD)
    bodies = _fill(v, 3)
    v.lock()
    v.unlock_with_recovery_code(code)
    new_code = v.rotate_key(NEW, None)
    v.lock()
    v.unlock_with_passphrase(NEW)
    assert _bodies(v) == bodies
    v.lock()
    with pytest.raises(WrongRecoveryCode):
        v.unlock_with_recovery_code(code)
    v.unlock_with_recovery_code(new_code)
