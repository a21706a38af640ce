"""Durability under SIGKILL, and no plaintext on disk (the canary test)."""

from __future__ import annotations

import hashlib
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.notes import backup
from app.notes.keystore import OsKeyring
from app.notes.storage import NoteStore
from app.notes.vault import Vault
from tests.fakes.notes import FAST, MemoryKeyring
from tests.notes.crash_child import body_for

ROOT = Path(__file__).resolve().parents[2]
KILLS = 24


def test_notes_whose_save_returned_survive_sigkill_at_random_moments(
    vault_dir: Path, tmp_path: Path
) -> None:
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.create(use_keyring=False, passphrase="crash pass")
    v.close()
    ack_file = tmp_path / "acks.txt"
    ack_file.touch()
    rng = random.Random(20240601)
    for i in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.notes.crash_child", str(vault_dir), "crash pass",
             str(ack_file), str(i)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline()  # "ready" once unlocked (bounded by the child's run)
        assert line.strip() == b"ready", child.stderr.read() if child.stderr else b""
        time.sleep(rng.uniform(0.0, 0.25))  # a random moment mid-save-loop (not a timing assert)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
    acked: dict[str, tuple[int, str]] = {}
    for row in ack_file.read_text().splitlines():
        parts = row.split()
        if len(parts) != 3:
            continue  # the last line may be cut by the kill
        note_id, version, digest = parts[0], int(parts[1]), parts[2]
        acked[note_id] = max(acked.get(note_id, (0, "")), (version, digest))
    assert len(acked) >= KILLS  # each child acknowledged at least one save on average

    store = NoteStore(vault_dir / "notes.db")
    assert store.integrity_ok()
    store.close()
    v = Vault(vault_dir, keystore=None, kdf_params=FAST)
    v.unlock_with_passphrase("crash pass")
    assert v.damaged() == {}  # no record damaged, none "changed outside" (manifest agrees)
    assert v.missing() == [] and v.list_problem() is None
    for note_id, (version, digest) in acked.items():
        note = v.get(note_id)
        assert note.version >= version
        if note.version == version:
            assert hashlib.sha256(note.body.encode()).hexdigest() == digest
        assert note.body == body_for(note_id, note.version)
    v.close()


def _files_containing(roots: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    hits.append(str(path))
    return hits


def test_canary_marker_never_reaches_any_file(
    vault_dir: Path,
    sr_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_backend: MemoryKeyring,
) -> None:
    private_tmp = tmp_path / "tmpdir"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    from app.logs import setup_logging

    root_logger = setup_logging(logging.DEBUG)
    marker = "CANARY-" + uuid.uuid4().hex
    event_title = "Group with Dana " + uuid.uuid4().hex  # a session without UID: id from title
    event_uid = uuid.uuid4().hex + "@calendar.example"
    needles = [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        marker.encode("utf-16-be"),
        marker[7:].encode(),  # the unique part alone
        event_title.encode(),
        event_title[16:].encode(),
        event_uid.encode(),
        event_uid[:32].encode(),
    ]
    try:
        v = Vault(vault_dir, keystore=OsKeyring(memory_backend), kdf_params=FAST)
        v.create(use_keyring=True, passphrase="canary pass")
        for i in range(40):
            session = f"{event_title if i % 2 else event_uid}|2030-01-0{1 + i % 9}T10:00:00+00:00"
            v.save(v.new_note(title=f"{marker} title {i}", body=f"I felt {marker} {i}",
                              tags=(marker,), session_id=session))  # fmt: skip
        edited = v.save(v.notes()[0].with_changes(body=f"edited {marker}"))
        v.delete(v.notes()[-1].id)
        from app.notes.checkin import CheckIn

        checkin = CheckIn(address=f"12 {marker} Street", contact_name=f"Ana {marker}",
                          contact_phone=f"555-{marker}")  # fmt: skip
        v.save(checkin.with_today("uid|2025-03-03T17:00", f"at {marker} Cafe").to_note())
        _save_diary_entries(v, marker)
        backup.export_backup(v, sr_home / "backup.srbackup", "backup pass")
        backup.import_backup(v, sr_home / "backup.srbackup", "backup pass")
        assert v.search(marker[7:])
        logging.getLogger("app.notes.test").info("saved %s", edited.id)
        v.lock()
        # WAL and -shm may still be present here: search them too.
        roots = [sr_home, private_tmp, Path(tempfile.gettempdir())]
        wal_files = [p.name for p in vault_dir.iterdir()]
        assert _files_containing(roots, needles) == [], wal_files
        v.close()
        for handler in root_logger.handlers:
            handler.flush()
        assert _files_containing(roots, needles) == []
        assert any((sr_home / "logs").iterdir())  # the logs were written and searched
        # And the data is really there: it opens again.
        v2 = Vault(vault_dir, keystore=OsKeyring(memory_backend), kdf_params=FAST)
        v2.unlock_with_keyring()
        assert len(v2.search(marker)) == 43  # 39 notes + the check-in + 3 diary entries
        from app.diary.entries import Entries

        diary = Entries.from_notes(v2.notes())  # the structured fields are there, sealed
        assert diary.card(date(2025, 3, 3)).note == f"held on {marker}"  # type: ignore[union-attr]
        assert (
            diary.thoughts[0].balanced == f"{marker} passes" and diary.practice[0].skill == "tipp"
        )
        linked = {n.session_id.split("|")[0] for n in v2.notes() if n.session_id}
        assert {event_title, event_uid} <= linked  # the links are there, sealed
        v2.close()
    finally:
        for handler in list(root_logger.handlers):
            root_logger.removeHandler(handler)
            handler.close()


def _save_diary_entries(v: Vault, marker: str) -> None:
    """A diary card, a thought record and a practice entry holding the marker (issue 19)."""
    from app.diary.entries import DiaryCard, SkillPractice, ThoughtRecord, to_note

    when = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)
    for entry in (
        DiaryCard(
            date(2025, 3, 3),
            {"urge_use": 4, marker: 2},
            {"urge_use": True},
            ("tipp", marker),
            note=f"held on {marker}",
        ),
        ThoughtRecord(
            when,
            situation=f"{marker} at work",
            thought=f"I {marker}",
            emotion=f"{marker} shame",
            intensity=80,
            balanced=f"{marker} passes",
        ),
        SkillPractice(when, "tipp", 4, note=f"cold water {marker}"),
    ):
        v.save(to_note(entry))


def test_encrypted_backup_round_trip_and_wrong_passphrase(
    make_vault: Any, memory_backend: MemoryKeyring, tmp_path: Path
) -> None:
    v = make_vault(OsKeyring(memory_backend))
    v.create(use_keyring=True)
    a = v.save(v.new_note(title="a", body="alpha"))
    v.save(v.new_note(title="b", body="beta"))
    dest = tmp_path / "notes.srbackup"
    assert backup.export_backup(v, dest, "backup words") == 2
    assert b"alpha" not in dest.read_bytes()
    assert not [p for p in v.directory.iterdir() if p.name.startswith(".backup")]
    with pytest.raises(backup.BackupError):
        backup.import_backup(v, dest, "wrong words")
    v.delete(a.id)
    result = backup.import_backup(v, dest, "backup words")
    assert (result.added, result.unchanged, result.damaged) == (1, 1, 0)
    assert v.get(a.id).body == "alpha"
    damaged = bytearray(dest.read_bytes())
    damaged[-5] ^= 1
    dest.write_bytes(bytes(damaged))
    with pytest.raises(backup.BackupError):
        backup.import_backup(v, dest, "backup words")


def test_markdown_export_needs_explicit_confirmation(make_vault: Any, tmp_path: Path) -> None:
    v = make_vault(None)
    v.create(use_keyring=False, passphrase="pw")
    v.save(v.new_note(title="Homework", body="walk daily", tags=("homework",), mood=6))
    out = tmp_path / "notes.md"
    with pytest.raises(backup.PlaintextNotConfirmed):
        backup.export_markdown(v, out, confirmed_plaintext=False)
    assert not out.exists()
    assert backup.export_markdown(v, out, confirmed_plaintext=True) == 1
    text = out.read_text()
    assert "## Homework" in text and "walk daily" in text and "6/10" in text


def test_markdown_export_leaves_diary_entries_out(make_vault: Any, tmp_path: Path) -> None:
    v = make_vault(None)
    v.create(use_keyring=False, passphrase="pw")
    v.save(v.new_note(title="Homework", body="walk daily"))
    v.save(v.new_note(body='{"situation":"DIARY-CANARY"}').with_changes(kind="thought_record"))
    out = tmp_path / "notes.md"
    assert backup.export_markdown(v, out, confirmed_plaintext=True) == 1
    assert "walk daily" in out.read_text() and "DIARY-CANARY" not in out.read_text()
