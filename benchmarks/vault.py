"""Notes vault benchmark: 10,000 notes — unlock + list, search, single save; memory.

Run: .venv/bin/python benchmarks/vault.py [--notes 10000] [--json]
Uses the default Argon2id parameters (64 MiB, 3 iterations), a real SQLite file (WAL,
synchronous=FULL) in a temporary directory, and no keyring (passphrase unlock).
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(6)
    proc = psutil.Process()
    results: dict[str, float] = {"notes": args.notes}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "notes"
        vault = Vault(directory, keystore=None)
        t = time.perf_counter()
        vault.create(use_keyring=False, passphrase="benchmark passphrase")
        results["create_s"] = time.perf_counter() - t
        batch = []
        for i in range(args.notes):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
            n = vault.new_note(title=f"Note {i}", body=body, tags=(rng.choice(WORDS),))
            batch.append(n.with_changes(version=1))
        batch[-1] = batch[-1].with_changes(body=batch[-1].body + " needle")
        vault.save_many(batch)
        vault.lock()
        results["db_mib"] = sum(p.stat().st_size for p in directory.iterdir()) / 2**20

        rss_before = proc.memory_info().rss
        tracemalloc.start()
        t = time.perf_counter()
        vault.unlock_with_passphrase("benchmark passphrase")
        listed = vault.notes()
        results["unlock_and_list_s"] = time.perf_counter() - t
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        results["unlock_python_peak_mib"] = peak / 2**20
        results["rss_growth_mib"] = (proc.memory_info().rss - rss_before) / 2**20
        assert len(listed) == args.notes

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
        vault.close()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:26} {value:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
