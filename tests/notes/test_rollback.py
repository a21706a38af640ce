"""Rolling notes.db back, in every way the attack review tried: each one is detected.

Nine scenarios: five caught by the sealed manifest alone, four (an older notes.db, an old row
with its old manifest, the manifest deleted with its marker, the table dropped with
user_version lowered) caught by the anchor in vault.json. Then the anchor itself: removed or
edited is reported; notes.db ahead of it (a crash between the two writes) is not; replacing the
whole folder stays undetectable, as documented.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.notes.errors import ChangedOutside, NotesListChanged, NotesRolledBack
from app.notes.vault import Vault

PASS = "rollback pass"


def _sql(v: Vault, *statements: str, args: tuple[Any, ...] = ()) -> None:
    conn = sqlite3.connect(v.db_path)
    for statement in statements:
        conn.execute(statement, args if "?" in statement else ())
    conn.commit()
    conn.close()


def _rows(v: Vault, table: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(v.db_path) as conn:
        return conn.execute(f"SELECT * FROM {table}").fetchall()


def _put(v: Vault, table: str, rows: list[tuple[Any, ...]]) -> None:
    conn = sqlite3.connect(v.db_path)
    for row in rows:
        marks = ", ".join("?" * len(row))
        conn.execute(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", row)
    conn.commit()
    conn.close()


def _header(v: Vault, change: Callable[[dict[str, Any]], None]) -> None:
    header = json.loads(v.header_path.read_text())
    change(header)
    v.header_path.write_text(json.dumps(header))


class Scene:
    """Three notes a, b, c; then a edited and c deleted; *snapshot* is the state before."""

    def __init__(self, v: Vault, tmp: Path) -> None:
        self.v = v
        ids = [v.save(v.new_note(title=f"t{i}", body=f"body {i}")).id for i in range(3)]
        self.a, self.b, self.c = ids
        v.store().checkpoint()
        self.old_db = tmp / "old-notes.db"
        shutil.copy(v.db_path, self.old_db)  # a whole older copy of notes.db (checkpointed)
        self.old_a = [r for r in _rows(v, "notes") if r[0] == self.a]
        self.old_c = [r for r in _rows(v, "notes") if r[0] == self.c]
        self.old_manifest = _rows(v, "manifest")
        v.save(v.get(self.a).with_changes(body="newer words"))
        v.delete(self.c)
        v.lock()


def _older_row(s: Scene) -> None:
    _put(s.v, "notes", s.old_a)


def _deleted_row(s: Scene) -> None:
    _sql(s.v, "DELETE FROM notes WHERE id=?", args=(s.b,))


def _resurrected(s: Scene) -> None:
    _put(s.v, "notes", s.old_c)


def _flipped_manifest(s: Scene) -> None:
    [row] = _rows(s.v, "manifest")
    sealed = bytearray(row[3])
    sealed[5] ^= 1
    _sql(s.v, "UPDATE manifest SET sealed=?", args=(bytes(sealed),))


def _older_manifest(s: Scene) -> None:
    _put(s.v, "manifest", s.old_manifest)


def _older_db(s: Scene) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(s.v.db_path) + suffix).unlink(missing_ok=True)
    shutil.copy(s.old_db, s.v.db_path)


def _old_row_with_old_manifest(s: Scene) -> None:
    _put(s.v, "notes", s.old_a + s.old_c)
    _put(s.v, "manifest", s.old_manifest)


def _manifest_and_marker_deleted(s: Scene) -> None:
    _sql(s.v, "DELETE FROM manifest")
    _header(s.v, lambda h: h.pop("manifest"))


def _table_dropped_schema_lowered(s: Scene) -> None:
    _sql(s.v, "DROP TABLE manifest", "PRAGMA user_version=2")
    _header(s.v, lambda h: h.pop("manifest"))


# (attack, what is reported): "outside" = the note is ChangedOutside, "missing" = listed missing,
# "list" = NotesListChanged, "rolled back" = NotesRolledBack (a NotesListChanged).
SCENARIOS: dict[str, tuple[Callable[[Scene], None], set[str]]] = {
    "older row of one note": (_older_row, {"outside"}),
    "row deleted": (_deleted_row, {"missing"}),
    "deleted note put back": (_resurrected, {"outside"}),
    "manifest flipped": (_flipped_manifest, {"list"}),
    "older manifest": (_older_manifest, {"outside", "missing", "rolled back"}),
    "older copy of notes.db": (_older_db, {"rolled back"}),
    "old row with its old manifest": (_old_row_with_old_manifest, {"rolled back"}),
    "manifest and its marker deleted": (_manifest_and_marker_deleted, {"rolled back"}),
    "table dropped, user_version lowered": (_table_dropped_schema_lowered, {"rolled back"}),
}


def _reported(v: Vault) -> set[str]:
    found = set()
    if any(isinstance(e, ChangedOutside) for e in v.damaged().values()):
        found.add("outside")
    if v.missing():
        found.add("missing")
    problem = v.list_problem()
    if isinstance(problem, NotesRolledBack):
        found.add("rolled back")
    elif isinstance(problem, NotesListChanged):
        found.add("list")
    return found


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_each_rollback_of_notes_db_is_reported(make_vault: Any, tmp_path: Path, name: str) -> None:
    attack, expected = SCENARIOS[name]
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase=PASS)
    scene = Scene(v, tmp_path)
    attack(scene)
    v.unlock_with_passphrase(PASS)
    assert _reported(v) == expected
    assert scene.b in {n.id for n in v.notes()} or name == "row deleted"  # the others open
    problem = v.list_problem()
    if isinstance(problem, NotesRolledBack):
        assert "replaced by an older copy" in problem.message()


def test_normal_use_and_a_crash_between_the_two_writes_raise_no_alarm(make_vault: Any) -> None:
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase=PASS)
    note = v.save(v.new_note(title="x"))
    before = v.header_path.read_text()
    v.save(note.with_changes(body="saved, then killed before vault.json was rewritten"))
    v.lock()
    v.header_path.write_text(before)  # notes.db one write ahead of the anchor
    v.unlock_with_passphrase(PASS)
    assert _reported(v) == set() and v.damaged() == {}
    assert json.loads(v.header_path.read_text())["anchor"]["seq"] == v.store().manifest().seq  # type: ignore[union-attr]


@pytest.mark.parametrize("edit", ["removed", "seq lowered", "seq raised", "mac garbled"])
def test_an_edited_or_removed_anchor_is_reported(make_vault: Any, edit: str) -> None:
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase=PASS)
    for i in range(3):
        v.save(v.new_note(title=f"n{i}"))
    v.lock()

    def change(h: dict[str, Any]) -> None:
        if edit == "removed":
            del h["anchor"]
        elif edit == "seq lowered":
            h["anchor"]["seq"] = 1
        elif edit == "seq raised":
            h["anchor"]["seq"] += 100
        else:
            h["anchor"]["mac"] = "not base64!"

    _header(v, change)
    v.unlock_with_passphrase(PASS)
    assert isinstance(v.list_problem(), NotesListChanged)
    assert len(v.notes()) == 3  # the notes still open


def test_replacing_the_whole_folder_is_the_documented_limit(
    make_vault: Any, vault_dir: Path, tmp_path: Path
) -> None:
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase=PASS)
    v.save(v.new_note(title="old"))
    v.lock()
    shutil.copytree(vault_dir, tmp_path / "copy")
    v.unlock_with_passphrase(PASS)
    v.save(v.new_note(title="newer"))
    v.close()
    shutil.rmtree(vault_dir)
    shutil.copytree(tmp_path / "copy", vault_dir)
    v.unlock_with_passphrase(PASS)
    assert _reported(v) == set() and [n.title for n in v.notes()] == ["old"]


def test_a_save_stands_when_vault_json_cannot_be_written_and_the_anchor_catches_up(
    make_vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase=PASS)

    def disk_full(entry: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(v.slots, "write_anchor", disk_full)
    saved = v.save(v.new_note(title="still saved"))
    monkeypatch.undo()
    v.lock()
    v.unlock_with_passphrase(PASS)
    assert v.get(saved.id).title == "still saved" and _reported(v) == set()
    assert json.loads(v.header_path.read_text())["anchor"]["seq"] == v.store().manifest().seq  # type: ignore[union-attr]
