"""Test-only ways to make stores fast: cheap Argon2 parameters written into the header.

Production code never chooses these; tests pass them explicitly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casefiles.services.interchange import import_document
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.store import Store

CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
PASSPHRASE = "correct horse battery"
DATA = Path(__file__).parent / "data"


def make_store(data_dir: Path, passphrase: str = PASSPHRASE) -> Store:
    return Store.create(data_dir, passphrase, CHEAP_KDF)


def example_document() -> dict[str, Any]:
    return json.loads((DATA / "example-v1.json").read_text(encoding="utf-8"))


def demo_document() -> dict[str, Any]:
    from casefiles.services.demo import DEMO_DOCUMENT

    return json.loads(DEMO_DOCUMENT.read_text(encoding="utf-8"))


def store_with(data_dir: Path, doc: dict[str, Any], passphrase: str = PASSPHRASE) -> Store:
    store = make_store(data_dir, passphrase)
    import_document(store, doc)
    return store
