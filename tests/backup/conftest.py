"""Shared, module-lived fixtures: scrypt costs about a second per passphrase operation,
so one backup key and one backup serve every test that does not need its own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casefiles import vault
from casefiles.backup.archive import BackupResult, create_backup
from casefiles.backup.keys import BackupKey
from casefiles.storage.store import Store
from tests.factories import example_document, store_with

BACKUP_PASSPHRASE = "a separate backup passphrase"
CASE = "EC-118/2024"
#: A phrase of the example case, to look for in places where no plaintext may be.
PLAINTEXT_MARKER = b"Independent Union of Rail Workers"


@dataclass
class Source:
    data_dir: Path
    store: Store
    backup: BackupResult
    key: BackupKey

    @property
    def backup_bytes(self) -> bytes:
        return self.backup.path.read_bytes()


@pytest.fixture(scope="session")
def backup_key() -> BackupKey:
    return BackupKey.generate(BACKUP_PASSPHRASE)


def make_source(root: Path, key: BackupKey) -> Source:
    data_dir = root / "case file"
    store = store_with(data_dir, example_document())
    files = root / "evidence"
    files.mkdir()
    (files / "scan.pdf").write_bytes(os.urandom(200_000))
    (files / "note.txt").write_bytes(b"Independent Union of Rail Workers: minutes\n" * 2000)
    vault.add_evidence(store, CASE, files / "scan.pdf", title="Scan")
    vault.add_evidence(store, CASE, files / "note.txt", title="Minutes")
    # Files at any depth, with a name longer than a plain tar header holds.
    deep = store.paths.vault / "deeper" / ("n" * 120)
    deep.mkdir(parents=True)
    (deep / "blob").write_bytes(os.urandom(1000))
    (store.paths.vault / "empty").write_bytes(b"")
    out = root / "backups"
    out.mkdir()
    result = create_backup(store, out / "first.tar", key)
    return Source(data_dir, store, result, key)


@pytest.fixture(scope="session")
def source(tmp_path_factory: pytest.TempPathFactory, backup_key: BackupKey) -> Iterator[Source]:
    src = make_source(tmp_path_factory.mktemp("source"), backup_key)
    yield src
    src.store.close()
