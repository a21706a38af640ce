"""Child process for the crash test: saves notes in a loop and acknowledges each saved id.

Usage: python -m tests.notes.crash_child VAULT_DIR PASSPHRASE ACK_FILE SEED
Each line in ACK_FILE is "id version sha256(body)" written (and flushed) only after save()
returned, i.e. after the SQLite transaction committed with synchronous=FULL.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from app.notes.crypto import KdfParams
from app.notes.vault import Vault


def body_for(note_id: str, version: int) -> str:
    return f"{note_id}:{version}:" + "x" * ((version * 37) % 500)


def main() -> int:
    directory, passphrase, ack_path, seed = sys.argv[1:5]
    rng = random.Random(int(seed))
    vault = Vault(Path(directory), keystore=None, kdf_params=KdfParams.floor())
    vault.unlock_with_passphrase(passphrase)
    existing = [n.id for n in vault.notes()]
    with open(ack_path, "a", encoding="utf-8") as ack:
        print("ready", file=sys.stdout, flush=True)
        for _ in range(100_000):
            if existing and rng.random() < 0.5:
                note = vault.get(rng.choice(existing))
            else:
                note = vault.new_note(title="crash")
            version = (note.version or 0) + 1
            body = body_for(note.id, version)
            saved = vault.save(note.with_changes(body=body))
            existing.append(saved.id)
            digest = hashlib.sha256(body.encode()).hexdigest()
            ack.write(f"{saved.id} {saved.version} {digest}\n")
            ack.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
