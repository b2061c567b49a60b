"""Encrypted attachments: evidence files and documents on motions, hearings, requests.

The API the front ends use (the database side is `casefiles.services.evidence`):

- `add_evidence`, `attach`: intake, with `progress(done, total)` and `cancel()`;
- `export_file`, `export_to_stream`: decrypt, checked against the intake hash;
- `read_for_preview`, `can_preview`: images and PDFs into memory;
- `open_copy`, `remove_copies`: a viewer copy in a RAM folder, removed on lock/exit/start;
- `delete_evidence`, `remove_file`: the encrypted file goes after the commit;
- `verify`: every stored file re-hashed.

See `casefiles.vault.stream` for the file format and why it was chosen.
"""

from __future__ import annotations

from casefiles.vault.check import VaultReport, verify
from casefiles.vault.files import (
    PREVIEW_LIMIT,
    Cancelled,
    Preview,
    SourceChanged,
    add_evidence,
    attach,
    can_preview,
    delete_evidence,
    export_file,
    export_to_stream,
    human_size,
    read_for_preview,
    remove_file,
)
from casefiles.vault.viewer import memory_folder, open_copy, remove_copies

__all__ = [
    "PREVIEW_LIMIT",
    "Cancelled",
    "Preview",
    "SourceChanged",
    "VaultReport",
    "add_evidence",
    "attach",
    "can_preview",
    "delete_evidence",
    "export_file",
    "export_to_stream",
    "human_size",
    "memory_folder",
    "open_copy",
    "read_for_preview",
    "remove_copies",
    "remove_file",
    "verify",
]
