"""Record format 2: the session link is sealed, the timestamps are authenticated, and vaults
written before are brought to it on unlock (no calendar text left in any file)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.notes import backup
from app.notes.errors import ChangedOutside, TamperedRecord
from app.notes.vault import Vault
from tests.notes.legacy import make_legacy
from tests.notes.test_crash_and_canary import _files_containing

PASS = "format pass"


@pytest.fixture
def vault(make_vault: Any) -> Vault:
    v: Vault = make_vault(None)
    v.create(use_keyring=False, passphrase=PASS)
    return v


@pytest.mark.parametrize("column", ["created", "updated"])
def test_an_edited_timestamp_is_detected(vault: Vault, column: str) -> None:
    a = vault.save(vault.new_note(title="a", body="first"))
    b = vault.save(vault.new_note(title="b", body="second"))
    vault.lock()
    later = (datetime.now(UTC) + timedelta(days=365)).isoformat(timespec="microseconds")
    with sqlite3.connect(vault.db_path) as conn:
        conn.execute(f"UPDATE notes SET {column}=? WHERE id=?", (later, a.id))
    vault.unlock_with_passphrase(PASS)
    problem = vault.damaged()[a.id]
    assert isinstance(problem, TamperedRecord) and not isinstance(problem, ChangedOutside)
    assert [n.id for n in vault.notes()] == [b.id]


def test_an_edited_timestamp_in_a_backup_does_not_win_the_merge(
    vault: Vault, tmp_path: Path
) -> None:
    a = vault.save(vault.new_note(title="a", body="mine"))
    dest = tmp_path / "b.srbackup"
    backup.export_backup(vault, dest, "backup pass")
    key, db = backup.open_backup(dest, "backup pass")
    db_file = tmp_path / "inside.db"
    db_file.write_bytes(db)
    with sqlite3.connect(db_file) as conn:  # claim the backup's copy is much newer
        conn.execute("UPDATE notes SET updated='2099-01-01T00:00:00.000000+00:00'")
    # (a re-sealed backup would need the passphrase: the attack edits the database inside)
    from app.notes.storage import NoteStore

    store = NoteStore(db_file)
    [record] = list(store.all())
    store.close()
    from app.notes.crypto import NoteCipher
    from app.notes.manifest import open_record

    with pytest.raises(TamperedRecord):
        open_record(record, NoteCipher(key))
    assert vault.get(a.id).body == "mine"


def test_an_old_vault_is_brought_to_format_2_and_keeps_no_calendar_text(
    vault: Vault, vault_dir: Path
) -> None:
    title_marker = "Dana-group-" + uuid.uuid4().hex  # an event without UID: its title
    uid_marker = uuid.uuid4().hex + "@calendar.example"
    created = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    notes = [
        vault.new_note(title="by title", body="x", session_id=f"{title_marker}|2030-01-01T10:00",
                       created=created, updated=created + timedelta(days=1), version=2),
        vault.new_note(title="by uid", body="y", session_id=f"{uid_marker}|2030-01-02T10:00",
                       version=1),
        vault.new_note(title="no session", body="z", version=1),
    ]  # fmt: skip
    make_legacy(vault, notes, schema=3)
    needles = [title_marker.encode(), uid_marker.encode()]
    assert _files_containing([vault_dir], needles)  # plaintext before the upgrade
    vault.unlock_with_passphrase(PASS)
    assert vault.damaged() == {} and vault.list_problem() is None
    opened = {n.title: n for n in vault.notes()}
    assert opened["by title"].session_id == f"{title_marker}|2030-01-01T10:00"
    assert opened["by uid"].session_id == f"{uid_marker}|2030-01-02T10:00"
    assert opened["by title"].created == created  # the timestamps are kept, now authenticated
    assert opened["by title"].updated == created + timedelta(days=1)
    assert opened["by title"].version == 3
    rows = sqlite3.connect(vault.db_path).execute("SELECT session_id, format FROM notes")
    assert set(rows.fetchall()) == {(None, 2)}
    assert _files_containing([vault_dir], needles) == []  # incl. the WAL, while unlocked
    vault.lock()
    assert _files_containing([vault_dir], needles) == []
    vault.unlock_with_passphrase(PASS)
    assert vault.damaged() == {} and vault.list_problem() is None


def test_a_note_opened_from_its_record_equals_the_one_saved(vault: Vault) -> None:
    # unlock builds notes without the dataclass __init__ (Note.trusted): every field must come
    # back, equal and of the same type, for each kind, with and without a session and a mood
    from app.notes.manifest import open_record, seal_note
    from app.notes.model import Note

    cipher = vault._cipher
    assert cipher is not None
    saved = [
        vault.save(vault.new_note(title="plain", body="text ✓", tags=("a", "b"))),
        vault.save(vault.new_note(title="", body="", mood=7, session_id="abc")),
        vault.save(vault.new_note(kind="diary_card", body='{"day":"2026-11-29"}')),
    ]
    for note in saved:
        opened = open_record(seal_note(note, cipher), cipher)
        assert opened == note and vars(opened) == vars(note)
        assert type(opened) is Note and hash(opened) == hash(note)
    vault.lock()
    vault.unlock_with_passphrase(PASS)
    assert sorted(vault.notes(), key=lambda n: n.id) == sorted(saved, key=lambda n: n.id)


def test_a_payload_with_spaces_or_extra_data_is_read_or_refused_like_json() -> None:
    from app.notes.model import Note

    assert Note.payload_fields(b' {"title": "t", "body": "b"} ')["title"] == "t"
    for bad in (b'{"title":"t"}x', b"[1]", b"", b'{"title":'):
        with pytest.raises(ValueError):
            Note.payload_fields(bad)


def test_the_associated_data_of_a_record_keeps_its_exact_bytes() -> None:
    # every record on disk was sealed with these bytes: a change to how they are built would make
    # every note of an existing vault fail authentication
    from app.notes.crypto import note_aad_v2

    stamp = "2026-11-29T21:55:00.000000+00:00"
    assert note_aad_v2("0a1b", 12, stamp, stamp) == (
        b"sessionready-note|v2|0a1b|12|2026-11-29T21:55:00.000000+00:00|"
        b"2026-11-29T21:55:00.000000+00:00"
    )
    assert note_aad_v2("é✓", 0, "", "") == "sessionready-note|v2|é✓|0||".encode()
