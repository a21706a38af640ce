"""The sealed manifest: rollback of one note, deleted rows and resurrected notes are detected."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from app.notes.errors import ChangedOutside, NotesListChanged, NotesRolledBack, TamperedRecord
from app.notes.storage import SCHEMA_VERSION
from app.notes.vault import Vault
from tests.notes.legacy import make_legacy

ROW = "id, version, created, updated, session_id, nonce, sealed, format"


def _row(v: Vault, note_id: str) -> tuple[Any, ...]:
    with sqlite3.connect(v.db_path) as conn:
        return tuple(conn.execute(f"SELECT {ROW} FROM notes WHERE id=?", (note_id,)).fetchone())


def _put_back(v: Vault, row: tuple[Any, ...]) -> None:
    conn = sqlite3.connect(v.db_path)
    conn.execute(f"INSERT OR REPLACE INTO notes ({ROW}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
    conn.commit()
    conn.close()


def _sql(v: Vault, statement: str, *args: Any) -> None:
    conn = sqlite3.connect(v.db_path)
    conn.execute(statement, args)
    conn.commit()
    conn.close()


@pytest.fixture
def vault(make_vault: Any) -> Vault:
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase="manifest pass")
    return v


def _notes(v: Vault, n: int = 3) -> list[str]:
    return [v.save(v.new_note(title=f"t{i}", body=f"body {i}")).id for i in range(n)]


def test_rollback_of_one_note_is_reported_and_the_others_still_open(vault: Vault) -> None:
    a, b, c = _notes(vault)
    old = _row(vault, a)  # version 1: authentic, just no longer current
    vault.save(vault.get(a).with_changes(body="newer words"))
    vault.lock()
    _put_back(vault, old)
    vault.unlock_with_passphrase("manifest pass")
    problem = vault.damaged()[a]
    assert isinstance(problem, ChangedOutside)
    assert "changed outside SessionReady" in problem.message()
    assert problem.message() != TamperedRecord(a).message()  # a distinct error
    assert {n.id for n in vault.notes()} == {b, c}
    assert vault.get(b).body == "body 1"
    with pytest.raises(ChangedOutside):
        vault.get(a)
    assert vault.missing() == [] and vault.list_problem() is None


def test_a_deleted_row_is_reported_missing(vault: Vault) -> None:
    a, b, c = _notes(vault)
    vault.lock()
    _sql(vault, "DELETE FROM notes WHERE id=?", b)
    vault.unlock_with_passphrase("manifest pass")
    assert vault.missing() == [b]
    assert {n.id for n in vault.notes()} == {a, c}
    # Still reported on the next unlock (saves keep the manifest's record of it) …
    vault.save(vault.get(a).with_changes(body="edit"))
    vault.lock()
    vault.unlock_with_passphrase("manifest pass")
    assert vault.missing() == [b]


def test_a_resurrected_note_is_reported(vault: Vault) -> None:
    a, b, _c = _notes(vault)
    gone = _row(vault, b)
    vault.delete(b)
    vault.lock()
    _put_back(vault, gone)
    vault.unlock_with_passphrase("manifest pass")
    assert isinstance(vault.damaged()[b], ChangedOutside)
    assert b not in {n.id for n in vault.notes()} and a in {n.id for n in vault.notes()}
    assert vault.missing() == []


def test_normal_deletes_and_edits_raise_no_alarm(vault: Vault) -> None:
    a, b, _c = _notes(vault)
    vault.delete(b)
    for i in range(3):
        vault.save(vault.get(a).with_changes(body=f"edit {i}"))
    vault.lock()
    vault.unlock_with_passphrase("manifest pass")
    assert vault.damaged() == {} and vault.missing() == [] and vault.list_problem() is None
    assert vault.get(a).version == 4


@pytest.mark.parametrize("damage", ["delete", "flip", "older"])
def test_a_removed_or_damaged_manifest_is_reported_and_notes_still_open(
    vault: Vault, damage: str
) -> None:
    ids = _notes(vault, 2)
    with sqlite3.connect(vault.db_path) as conn:
        older = conn.execute("SELECT seq, nonce, sealed FROM manifest").fetchone()
    vault.save(vault.new_note(title="third"))
    vault.lock()
    if damage == "delete":
        _sql(vault, "DELETE FROM manifest")
    elif damage == "flip":
        with sqlite3.connect(vault.db_path) as conn:
            sealed = bytearray(conn.execute("SELECT sealed FROM manifest").fetchone()[0])
        sealed[3] ^= 1
        _sql(vault, "UPDATE manifest SET sealed=?", bytes(sealed))
    else:  # an older manifest put back: the newer note is then "changed outside"
        _sql(vault, "UPDATE manifest SET seq=?, nonce=?, sealed=?", *older)
    vault.unlock_with_passphrase("manifest pass")
    if damage == "older":
        assert [type(e) for e in vault.damaged().values()] == [ChangedOutside]
    problem = vault.list_problem()
    if damage == "flip":
        assert isinstance(problem, NotesListChanged)
        assert "list of your notes" in problem.message()
    else:  # older than the anchor in vault.json, or gone while anchored
        assert isinstance(problem, NotesRolledBack)
        assert "replaced by an older copy" in problem.message()
    assert set(ids) <= {n.id for n in vault.notes()}


def test_existing_vault_is_migrated_and_then_protected(vault: Vault) -> None:
    a = vault.new_note(title="a", body="v2", version=2)
    b = vault.new_note(title="b", body="body 1", version=1)
    key = make_legacy(vault, [a.with_changes(version=1, body="v1"), b], schema=2)
    with sqlite3.connect(vault.db_path) as conn:  # format 1, version 1: authentic then
        old = (*conn.execute(f"SELECT {ROW[:-8]} FROM notes WHERE id=?", (a.id,)).fetchone(), 1)
    make_legacy(vault, [a, b], schema=2, key=key)  # written before the manifest existed
    vault.unlock_with_passphrase("manifest pass")
    assert vault.store().schema_version() == SCHEMA_VERSION == 4
    assert vault.damaged() == {} and vault.list_problem() is None  # trust on first use
    assert json.loads(vault.header_path.read_text())["manifest"] == 1
    assert vault.get(a.id).version == 3  # re-sealed as format 2 at the next version
    vault.lock()
    _put_back(vault, old)
    vault.unlock_with_passphrase("manifest pass")
    assert isinstance(vault.damaged()[a.id], ChangedOutside)
    assert vault.get(b.id).body == "body 1"


def test_two_vault_objects_on_the_same_files_do_not_clobber_each_other(
    vault: Vault, make_vault: Any
) -> None:
    [a] = _notes(vault, 1)
    other: Vault = make_vault(None)
    other.unlock_with_passphrase("manifest pass")
    b = other.save(other.new_note(title="from the other")).id
    vault.save(vault.get(a).with_changes(body="mine"))  # its cached manifest is stale
    other.close()
    vault.lock()
    vault.unlock_with_passphrase("manifest pass")
    assert vault.damaged() == {} and vault.missing() == []
    assert {n.id for n in vault.notes()} == {a, b}


def test_restoring_a_backup_brings_a_rolled_back_note_back(vault: Vault, tmp_path: Any) -> None:
    from app.notes import backup

    a, _b, _c = _notes(vault)
    old = _row(vault, a)
    vault.save(vault.get(a).with_changes(body="the real one"))
    backup.export_backup(vault, tmp_path / "b.srbackup", "backup words")
    vault.lock()
    _put_back(vault, old)
    vault.unlock_with_passphrase("manifest pass")
    assert a in vault.damaged()
    backup.import_backup(vault, tmp_path / "b.srbackup", "backup words")
    assert vault.get(a).body == "the real one" and vault.damaged() == {}
    vault.lock()
    vault.unlock_with_passphrase("manifest pass")
    assert vault.damaged() == {} and vault.get(a).body == "the real one"


def test_opening_the_notes_pauses_garbage_collection_and_always_restores_it() -> None:
    # unlock opens 10,000s of objects with the collector paused (speed); whatever happens
    # inside, the collector is back as it was
    import gc

    from app.notes.manifest import no_collection

    assert gc.isenabled()
    with pytest.raises(RuntimeError), no_collection():
        assert not gc.isenabled()
        raise RuntimeError("a failure while opening")
    assert gc.isenabled()
    gc.disable()
    try:
        with no_collection():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()
