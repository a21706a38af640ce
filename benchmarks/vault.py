"""Notes vault benchmark: 10,000 notes — unlock + list, search, single save; memory.

Run: .venv/bin/python benchmarks/vault.py [--notes 10000] [--json]
Uses the default Argon2id parameters (64 MiB, 3 iterations), a real SQLite file (WAL,
synchronous=FULL) in a temporary directory, and no keyring (passphrase unlock).
``run()`` (used by ``make bench``) repeats the measurement and reports medians with targets.
The Argon2id derivation is deliberately slow (a security setting); the keyring unlock skips it,
so "list" is timed as keyring unlock + list, with an in-memory key store in place of the OS
keyring (the vault sees the same KeyStore interface).
``measure_diary`` (issue 19): the same vault plus two years of daily diary cards (730 sealed
entries); unlock with the keyring, decrypt all, build the diary (``Entries.from_notes``) and the
current week's grid — what the Diary page waits for after unlock.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil

from app.notes.vault import Vault
from benchmarks.common import Row, median, table

WORDS = [
    "breathe",
    "walk",
    "sleep",
    "group",
    "skills",
    "homework",
    "call",
    "sister",
    "plan",
    "weekend",
    "calm",
    "tired",
    "hope",
]


class MemoryKeyStore:
    """The OS keyring's interface, in memory (the benchmark must not touch a real keyring)."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def describe(self) -> str:
        return "memory"

    def get(self, account: str) -> bytes | None:
        return self.secrets.get(account)

    def set(self, account: str, key: bytes) -> None:
        self.secrets[account] = key

    def delete(self, account: str) -> None:
        self.secrets.pop(account, None)


def measure(notes: int = 10_000) -> dict[str, float]:
    """One full measurement in a fresh temporary vault (seconds, MiB, ms as the keys say)."""
    rng = random.Random(6)
    proc = psutil.Process()
    results: dict[str, float] = {"notes": notes}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "notes"
        vault = Vault(directory, keystore=MemoryKeyStore())
        t = time.perf_counter()
        vault.create(use_keyring=True, passphrase="benchmark passphrase")
        results["create_s"] = time.perf_counter() - t
        batch = []
        for i in range(notes):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
            n = vault.new_note(title=f"Note {i}", body=body, tags=(rng.choice(WORDS),))
            batch.append(n.with_changes(version=1))
        batch[-1] = batch[-1].with_changes(body=batch[-1].body + " needle")
        vault.save_many(batch)
        vault.lock()
        results["db_mib"] = sum(p.stat().st_size for p in directory.iterdir()) / 2**20

        rss_before = proc.memory_info().rss
        t = time.perf_counter()
        vault.unlock_with_passphrase("benchmark passphrase")
        listed = vault.notes()
        results["unlock_and_list_s"] = time.perf_counter() - t
        results["rss_growth_mib"] = (proc.memory_info().rss - rss_before) / 2**20
        assert len(listed) == notes
        vault.lock()
        t = time.perf_counter()
        vault.unlock_with_keyring()
        assert len(vault.notes()) == notes
        results["keyring_unlock_and_list_s"] = time.perf_counter() - t
        vault.lock()
        tracemalloc.start()  # separately: tracemalloc slows Python code several-fold
        vault.unlock_with_keyring()
        listed = vault.notes()
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        results["unlock_python_peak_mib"] = peak / 2**20

        times = []
        for _ in range(20):
            t = time.perf_counter()
            hits = vault.search("needle")
            times.append(time.perf_counter() - t)
        assert len(hits) == 1
        results["search_median_ms"] = statistics.median(times) * 1000

        times = []
        note = listed[0]
        for i in range(50):
            t = time.perf_counter()
            note = vault.save(note.with_changes(body=note.body + f" edit {i}"))
            times.append(time.perf_counter() - t)
        results["single_save_median_ms"] = statistics.median(times) * 1000
        results["single_save_p95_ms"] = sorted(times)[int(len(times) * 0.95) - 1] * 1000
        results["rss_total_mib"] = proc.memory_info().rss / 2**20

        # The anchor alone: rewriting vault.json (atomic, fsynced) after each committed write.
        times = []
        for _ in range(50):
            t = time.perf_counter()
            vault._anchor(10**9 + len(times))
            times.append(time.perf_counter() - t)
        results["anchor_write_median_ms"] = statistics.median(times) * 1000
        vault.lock()
        vault.unlock_with_keyring()  # (the anchor above moved past the manifest: reported once)

        # A new data key: every note re-sealed, the slots re-wrapped (2 × Argon2id).
        t = time.perf_counter()
        vault.rotate_key("benchmark passphrase 2", "benchmark passphrase")
        results["rotate_key_s"] = time.perf_counter() - t
        vault.close()
    return results


def measure_diary(notes: int = 10_000, days: int = 730, repeats: int = 5) -> dict[str, float]:
    """Keyring unlock + list + Entries + this week's grid, median of *repeats* (ms)."""
    from datetime import date, timedelta

    from app.diary.card import load_card
    from app.diary.entries import DiaryCard, Entries, to_note
    from app.diary.progress import week_grid

    rng = random.Random(19)
    definition = load_card()
    skills = [s.id for s in definition.skills]
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "notes", keystore=MemoryKeyStore())
        vault.create(use_keyring=True, passphrase="benchmark passphrase")
        batch = []
        for i in range(notes):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
            n = vault.new_note(title=f"Note {i}", body=body, tags=(rng.choice(WORDS),))
            batch.append(n.with_changes(version=1))
        for i in range(days):
            card = DiaryCard(
                today - timedelta(days=i),
                {r.id: rng.randint(0, 5) for r in definition.rows},
                {r.id: rng.random() < 0.1 for r in definition.rows if r.acted},
                tuple(rng.sample(skills, 3)),
                " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30))),
            )
            batch.append(to_note(card).with_changes(version=1))
        vault.save_many(batch)
        vault.lock()
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            vault.unlock_with_keyring()
            entries = Entries.from_notes(vault.notes())
            grid = week_grid(definition, entries, today)
            times.append(time.perf_counter() - t)
            assert len(entries.cards) == days and grid.has_card(today)
            vault.lock()
        vault.close()
    return {"notes": notes, "cards": days, "unlock_diary_week_ms": statistics.median(times) * 1000}


def run(runs: int = 3, notes: int = 10_000) -> list[Row]:
    samples = [measure(notes) for _ in range(runs)]
    diary = measure_diary(notes)["unlock_diary_week_ms"]

    def med(key: str) -> float:
        return median([s[key] for s in samples])

    n = f"{notes:,} notes"
    note = f"median of {runs}; {n}"
    ul, lst = med("unlock_and_list_s"), med("keyring_unlock_and_list_s")
    search, save, rss = med("search_median_ms"), med("single_save_median_ms"), med("rss_total_mib")
    return [
        Row(
            "vault",
            "unlock + list (passphrase)",
            f"{ul * 1000:.0f} ms",
            "",
            None,
            f"{note}; includes Argon2id 64 MiB/3 it.",
        ),
        Row(
            "vault",
            "unlock + list (keyring: decrypt all, list)",
            f"{lst * 1000:.0f} ms",
            "≤ 300 ms",
            lst <= 0.300,
            f"{note}; no key derivation",
        ),
        Row(
            "vault",
            "unlock + diary week view (keyring; + 730 daily cards)",
            f"{diary:.0f} ms",
            "≤ 300 ms",
            diary <= 300,
            f"median of 5; {n} + two years of daily diary cards: decrypt all, build the "
            "diary, this week's grid",
        ),
        Row("vault", "search", f"{search:.1f} ms", "≤ 150 ms", search <= 150, note),
        Row(
            "vault",
            "save one note",
            f"{save:.1f} ms",
            "≤ 20 ms",
            save <= 20,
            f"{note}; SQLite synchronous=FULL + the anchor in vault.json "
            f"({med('anchor_write_median_ms'):.1f} ms of it)",
        ),
        Row(
            "vault",
            "replace the data key (re-seal every note)",
            f"{med('rotate_key_s') * 1000:.0f} ms",
            "",
            None,
            f"{note}; in the background; includes 3 × Argon2id",
        ),
        Row(
            "vault",
            "RSS with vault open",
            f"{rss:.0f} MB",
            "≤ 250 MB",
            rss <= 250,
            f"{note}; Python peak during unlock {med('unlock_python_peak_mib'):.0f} MiB",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--table", action="store_true", help="print the benchmark table rows")
    parser.add_argument("--diary", action="store_true", help="only the diary row (issue 19)")
    args = parser.parse_args()
    if args.diary:
        print(json.dumps(measure_diary(args.notes), indent=2))
        return 0
    if args.table:
        print(table(run(notes=args.notes)))
        return 0
    results = measure(args.notes)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:26} {value:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
