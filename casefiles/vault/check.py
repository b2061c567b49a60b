"""`verify` for the vault: every stored file decrypted, authenticated and re-hashed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from casefiles.domain.errors import DamageFound
from casefiles.services import evidence
from casefiles.storage.store import Store
from casefiles.vault.files import decrypt_to
from casefiles.vault.folder import VaultFolder

log = logging.getLogger(__name__)


@dataclass
class VaultReport:
    #: Damage: a file missing, altered, or not matching its recorded hash (exit 1).
    problems: list[str] = field(default_factory=list)
    #: Worth knowing, not damage: hashes recorded without a file, leftovers.
    notes: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0


def _discard(_data: memoryview) -> None:
    pass


def verify(store: Store, progress: Callable[[int, int], None] | None = None) -> VaultReport:
    """Re-hash every attached file; compare evidence items' recorded hashes with their files."""
    report = VaultReport()
    refs = evidence.all_blobs(store)
    total = sum(r.info.size for r in refs)
    done = 0
    for ref in refs:
        try:
            decrypt_to(store, ref, _discard)
        except DamageFound as err:
            report.problems.extend(err.problems)
        report.files += 1
        report.bytes += ref.info.size
        done += ref.info.size
        if progress is not None:
            progress(done, total)
    for item in evidence.recorded_hashes(store):
        if item.file_sha256 is None:
            report.notes.append(f"{item.label}: hash recorded, file not in store")
        elif item.file_sha256 != item.sha256:
            report.problems.append(
                f"{item.label}: the sha256 recorded for the item is not its stored file's"
            )
    leftovers = VaultFolder(store.paths).leftovers({r.blob for r in refs})
    if leftovers:
        report.notes.append(
            f"vault: {len(leftovers)} file(s) belong to no record (left by an interrupted "
            "intake or deletion; unreadable without their key, removed by a later intake)"
        )
    log.info("verified vault: %d files, %d problems", report.files, len(report.problems))
    return report
