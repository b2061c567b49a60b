"""The demo case file's attachments: fictional files shipped in resources/demo/files/.

They let a newcomer try Preview, Save a copy and `casefiles verify` on the demo;
they are stored through the same intake as any file (encrypted, hashed).
"""

from __future__ import annotations

from casefiles.resources import resource
from casefiles.storage.store import Store
from casefiles.vault.files import attach

#: (case reference, record type, record key, file in resources/demo/files/)
DEMO_FILES = (
    ("2-1187/2025", "evidence", "e3", "congress-minutes.pdf"),
    ("2-1187/2025", "evidence", "e5", "union-office-after-search.png"),
    ("2-1187/2025", "motions", "m1", "motion-postponement.pdf"),
)


def attach_demo_files(store: Store) -> int:
    """Attach the demo's files to its records; returns how many were attached."""
    for case_ref, record_type, key, name in DEMO_FILES:
        attach(store, case_ref, record_type, key, resource("demo", "files", name))
    return len(DEMO_FILES)
