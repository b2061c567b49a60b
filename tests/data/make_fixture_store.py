"""Writes tests/data/store-v0001/: a store of the first schema (revision 0001).

Kept in the repository so every later release proves it still opens and
upgrades a store written by the first one.  Re-running it needs a checkout at
revision 0001's commit; the fixture itself never changes.
Passphrase: "fixture passphrase"; content: tests/data/example-v1.json.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from casefiles.services.interchange import import_document
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.store import Store

HERE = Path(__file__).parent
TARGET = HERE / "store-v0001"

if __name__ == "__main__":
    shutil.rmtree(TARGET, ignore_errors=True)
    store = Store.create(TARGET, "fixture passphrase", KdfParams(1, 8, 1))
    import_document(store, json.loads((HERE / "example-v1.json").read_text(encoding="utf-8")))
    conn = store.raw_connection()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    store.close()
    for leftover in TARGET.glob("*.lock"):
        leftover.unlink()
