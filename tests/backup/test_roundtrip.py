"""A backup restored elsewhere is the same case file: records, evidence files, passphrase."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from casefiles import vault
from casefiles.backup import archive
from casefiles.backup.errors import BackupCancelled, BackupError
from casefiles.backup.keys import BackupKey
from casefiles.backup.snapshot import online_snapshot, workdir
from casefiles.services import admin, audit
from casefiles.services.interchange import export_document
from casefiles.storage import migrate
from casefiles.storage.store import Store
from tests.backup.conftest import PLAINTEXT_MARKER, Source
from tests.backup.helpers import files_under
from tests.factories import PASSPHRASE


def test_restore_gives_back_the_same_case_file(source: Source, tmp_path: Path) -> None:
    dest = tmp_path / "new machine" / "casefiles"
    result = archive.restore_backup(source.backup.path, dest, key=source.key)
    assert result.restored_to == dest
    assert stat.S_IMODE(dest.stat().st_mode) == 0o700
    assert sorted(p.name for p in dest.parent.iterdir()) == ["casefiles"]  # no staging left
    # Every vault file, byte for byte (they are backed up as stored: already encrypted).
    assert files_under(dest / "vault") == files_under(source.store.paths.vault)
    assert (dest / "store.header").read_bytes() == source.store.paths.header.read_bytes()
    restored = Store.open(dest, PASSPHRASE)  # the store's own passphrase, not the backup's
    try:
        assert export_document(restored) == export_document(source.store)
        admin.verify(restored)
        report = vault.verify(restored)
        assert report.problems == [] and report.files == 2
        assert audit.verify_chain(restored) == []
        assert audit.chain_head(restored) == audit.chain_head(source.store)
    finally:
        restored.close()


def test_manifest_records_hashes_and_versions(source: Source) -> None:
    m = source.backup.manifest
    assert m.app_version == archive.__version__
    assert m.schema_version == migrate.head_revision()
    assert m.audit_head == audit.chain_head(source.store)
    assert m.created.endswith("Z")
    names = [e.name for e in m.members]
    assert names[:2] == ["store.header", source.store.header.database]
    vault_files = files_under(source.store.paths.vault)
    assert {n.removeprefix("vault/") for n in names[2:]} == set(vault_files)
    for entry in m.members:
        if entry.name.startswith("vault/"):
            assert entry.sha256 == vault_files[entry.name.removeprefix("vault/")]
    assert m.members[0].sha256 == hashlib.sha256(source.store.paths.header.read_bytes()).hexdigest()


def test_no_plaintext_in_backup_snapshot_or_staging(source: Source, tmp_path: Path) -> None:
    data = source.backup_bytes
    assert PLAINTEXT_MARKER not in data
    assert b"SQLite format 3" not in data
    with workdir(source.data_dir) as work:
        snap = online_snapshot(source.store, work)
        raw = snap.db_file.read_bytes()
        assert not raw.startswith(b"SQLite format 3") and PLAINTEXT_MARKER not in raw
        assert stat.S_IMODE(work.stat().st_mode) == 0o700
    assert not list(source.data_dir.glob(".backup-*"))
    seen: list[bytes] = []

    def look(progress: archive.Progress) -> None:  # runs while staging is being filled
        for path in tmp_path.rglob("*"):
            if path.is_file():
                seen.append(path.read_bytes())

    archive.PROGRESS_EVERY, old = 1, archive.PROGRESS_EVERY
    try:
        archive.restore_backup(source.backup.path, tmp_path / "r", key=source.key, progress=look)
    finally:
        archive.PROGRESS_EVERY = old
    assert seen and not any(PLAINTEXT_MARKER in blob for blob in seen)
    assert not any(blob.startswith(b"SQLite format 3") for blob in seen)


def test_snapshot_is_consistent_while_another_connection_writes(
    source: Source, tmp_path: Path, backup_key: BackupKey
) -> None:
    from tests.factories import make_store

    store = make_store(tmp_path / "busy")
    with store.write() as s:
        s.execute(text("INSERT INTO standards (code, title) VALUES ('X-A', 'a')"))
    other = store.raw_connection()  # a second writer, mid-transaction
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO standards (code, title) VALUES ('X-B', 'b')")
    try:
        (tmp_path / "out").mkdir()
        made = archive.create_backup(store, tmp_path / "out" / "b.tar", backup_key.public())
    finally:
        other.execute("ROLLBACK")
        other.close()
    archive.restore_backup(made.path, tmp_path / "restored", key=backup_key)
    restored = Store.open(tmp_path / "restored", PASSPHRASE)
    try:
        with restored.read() as s:
            rows = s.execute(text("SELECT code FROM standards ORDER BY code")).all()
        assert [r[0] for r in rows] == ["X-A"]  # what was committed, nothing else
    finally:
        restored.close()
        store.close()


def test_progress_and_cancel(source: Source, tmp_path: Path, backup_key: BackupKey) -> None:
    seen: list[archive.Progress] = []
    made = archive.create_backup(
        source.store, tmp_path / "p.tar", backup_key.public(), progress=seen.append
    )
    assert seen[-1].done == seen[-1].total == made.manifest.total_bytes
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    stop = threading.Event()
    stop.set()
    with pytest.raises(BackupCancelled):
        archive.create_backup(source.store, tmp_path / "c.tar", backup_key, cancel=stop.is_set)
    with pytest.raises(BackupCancelled):
        archive.restore_backup(made.path, tmp_path / "r", key=backup_key, cancel=stop.is_set)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.tar"]
    assert not list(source.data_dir.glob(".backup-*"))


def test_restore_refuses_a_non_empty_folder_and_accepts_an_empty_one(
    source: Source, tmp_path: Path
) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something").write_text("x")
    with pytest.raises(BackupError, match="not empty"):
        archive.restore_backup(source.backup.path, busy, key=source.key)
    assert os.listdir(busy) == ["something"]
    empty = tmp_path / "empty"
    empty.mkdir()
    archive.restore_backup(source.backup.path, empty, key=source.key)
    assert (empty / "store.header").is_file()


def test_create_refuses_targets_inside_the_case_file_or_existing(
    source: Source, backup_key: BackupKey
) -> None:
    with pytest.raises(BackupError, match="outside the case file"):
        archive.create_backup(source.store, source.data_dir / "b.tar", backup_key)
    with pytest.raises(BackupError, match="already exists"):
        archive.create_backup(source.store, source.backup.path, backup_key)
