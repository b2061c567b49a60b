"""The demo case file: a fictional union-liquidation case with denied motions."""

from __future__ import annotations

import json
from pathlib import Path

from casefiles.resources import resource
from casefiles.services.interchange import ImportReport, import_document
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.store import Store

DEMO_PASSPHRASE = "demo"
DEMO_DOCUMENT = resource("demo", "demo-casefile.json")


def create_demo(data_dir: Path, kdf: KdfParams | None = None) -> tuple[Store, ImportReport]:
    """A new store in `data_dir` (refusing an existing one) holding the demo cases."""
    doc = json.loads(DEMO_DOCUMENT.read_text(encoding="utf-8"))
    store = Store.create(data_dir, DEMO_PASSPHRASE, kdf)
    try:
        report = import_document(store, doc)
    except BaseException:
        store.close()
        raise
    return store, report
