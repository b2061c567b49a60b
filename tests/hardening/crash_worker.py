"""A process that writes to a store and says after each commit what it committed.

`python -m tests.hardening.crash_worker KIND DATA_DIR PASSPHRASE` loops until
killed; each line on stdout (`ack ...`, flushed) is a promise that the
commit before it is durable.  The crash tests SIGKILL it at random points.
"""

from __future__ import annotations

import copy
import hashlib
import sys
from pathlib import Path

from casefiles.domain import records as d
from casefiles.services import cases
from casefiles.services.interchange import import_document
from casefiles.storage.store import Store
from casefiles.vault import add_evidence, attach
from tests.factories import CHEAP_KDF, demo_document


def ack(text: str) -> None:
    sys.stdout.write(f"ack {text}\n")
    sys.stdout.flush()


def imports(store: Store) -> None:
    base = demo_document()
    for i in range(10_000):
        doc = copy.deepcopy(base)
        for j, case in enumerate(doc["cases"]):
            case["reference"] = f"crash-{i}-{j}"
        doc["clients"] = doc["clients"]
        import_document(store, doc)
        ack(f"crash-{i}")


def edits(store: Store) -> None:
    ref = demo_document()["cases"][0]["reference"]
    for i in range(100_000):
        cases.save_record(store, ref, "events", d.Event(f"crash{i}", "2026-01", f"event {i}"))
        motion = cases.get_case(store, ref).motions[0]
        motion.notes = f"edit {i}"
        cases.save_record(store, ref, "motions", motion, original_key=motion.key)
        ack(str(i))


def source_bytes(i: int) -> bytes:
    """File `i`'s content: 1 to 200 KiB (some past a 64 KiB chunk), known to the test."""
    size = 1 + (i * 37_813) % (200 * 1024)
    seed = hashlib.sha256(f"crash file {i}".encode()).digest()
    return (seed * (size // len(seed) + 1))[:size]


def attachments(store: Store, sources: Path) -> None:
    """Evidence items with a file (even i) and files on a motion (odd i)."""
    ref = demo_document()["cases"][0]["reference"]
    motion = cases.get_case(store, ref).motions[0].key
    sources.mkdir(exist_ok=True)
    for i in range(100_000):
        path = sources / f"crash{i}.bin"
        path.write_bytes(source_bytes(i))
        if i % 2 == 0:
            info = add_evidence(store, ref, path, title=f"crash{i}")
        else:
            info = attach(store, ref, "motions", motion, path)
        path.unlink()
        ack(f"{i} {info.sha256}")


def passwords(store: Store, rekey: bool) -> None:
    for i in range(100_000):
        new = f"passphrase number {i}"
        if rekey:
            store.rekey(new, CHEAP_KDF)
        else:
            store.change_passphrase(new, CHEAP_KDF)
        ack(new)


if __name__ == "__main__":
    kind, data_dir, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    store = Store.open(data_dir, passphrase)
    ack("open")
    {
        "import": imports,
        "edit": edits,
        "passwd": lambda s: passwords(s, rekey=False),
        "rekey": lambda s: passwords(s, rekey=True),
        "attach": lambda s: attachments(s, data_dir.parent / f"{data_dir.name}-sources"),
    }[kind](store)
