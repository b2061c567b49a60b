"""Atomic writes under a failing disk, rotation after verification, the locked rule."""

from __future__ import annotations

import errno
import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from casefiles.backup import archive, scheduled
from casefiles.backup.errors import BackupDamaged, BackupError, BackupWriteFailed
from casefiles.backup.keys import BackupKey
from casefiles.storage.store import Store
from tests.backup.conftest import Source
from tests.factories import PASSPHRASE, make_store

REAL_OPEN = archive._open_output


class FailingDisk:
    """A file that fails (or silently corrupts) after `limit` bytes, like a pulled USB stick."""

    def __init__(self, inner: IO[bytes], limit: int, err: int | None, corrupt: bool = False):
        self.inner = inner
        self.limit = limit
        self.err = err
        self.corrupt = corrupt
        self.written = 0

    def write(self, data: bytes) -> int:
        if self.written + len(data) > self.limit:
            if self.corrupt:
                data = bytes(b ^ 0xFF for b in data)
            else:
                raise OSError(self.err, os.strerror(self.err or 0))
        self.written += len(data)
        return self.inner.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def __enter__(self) -> FailingDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.close()


def failing_disk(
    monkeypatch: pytest.MonkeyPatch, limit: int, err: int | None, corrupt: bool = False
) -> None:
    monkeypatch.setattr(
        archive, "_open_output", lambda fd: FailingDisk(REAL_OPEN(fd), limit, err, corrupt)
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("err", "says"),
    [(errno.ENOSPC, "the disk is full"), (errno.EIO, "failed or was removed")],
)
def test_a_disk_failing_half_way_leaves_the_previous_backup_intact(
    source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int, says: str
) -> None:
    target = tmp_path / "backup.tar"
    target.write_bytes(source.backup_bytes)
    before = digest(target)
    failing_disk(monkeypatch, source.backup.size // 2, err)
    with pytest.raises(BackupWriteFailed) as caught:
        archive.create_backup(source.store, target, source.key.public(), force=True)
    message = str(caught.value)
    assert says in message and "earlier backups are intact" in message
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.tar"]  # no temp file left
    assert not list(source.data_dir.glob(".backup-*"))


def _old_backups(folder: Path, source: Source, count: int) -> list[Path]:
    folder.mkdir()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    paths = []
    for i in range(count):
        path = folder / scheduled.backup_name(start + timedelta(hours=i))
        path.write_bytes(source.backup_bytes)
        paths.append(path)
    (folder / "holiday-photos.tar").write_bytes(b"not ours")
    return paths


def test_folder_backup_rotates_only_after_verifying(
    source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "usb"
    old = _old_backups(folder, source, 3)
    # A disk that fails half-way: nothing deleted.
    failing_disk(monkeypatch, source.backup.size // 2, errno.EIO)
    with pytest.raises(BackupWriteFailed):
        scheduled.backup_to_folder(source.store, folder, source.key, keep=1)
    assert all(p.exists() for p in old)
    # A disk that silently corrupts what it stores: the read-back catches it, nothing deleted.
    failing_disk(monkeypatch, source.backup.size // 2, None, corrupt=True)
    with pytest.raises(BackupDamaged, match="did not read back") as caught:
        scheduled.backup_to_folder(source.store, folder, source.key, keep=1)
    assert "earlier backups are intact" in str(caught.value)
    assert scheduled.list_backups(folder) == old
    assert len(list(folder.iterdir())) == len(old) + 1  # the bad copy never took a name
    monkeypatch.undo()
    made = scheduled.backup_to_folder(source.store, folder, source.key, keep=2)
    assert made.verified
    assert made.removed == old[:2]
    assert scheduled.list_backups(folder) == [old[2], made.backup.path]
    assert (folder / "holiday-photos.tar").exists()
    assert "verified" in " ".join(made.lines())


def test_rotate_keeps_the_newest_and_nothing_else_is_touched(
    source: Source, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    old = _old_backups(folder, source, 4)
    (folder / "casefiles-backup-20260101T000000Z.tar.partial").write_bytes(b"")
    assert scheduled.rotate(folder, 2) == old[:2]
    assert scheduled.rotate(folder, 2) == []
    assert (folder / "casefiles-backup-20260101T000000Z.tar.partial").exists()
    with pytest.raises(ValueError, match="at least one"):
        scheduled.rotate(folder, 0)


def test_a_missing_backup_folder_is_said_plainly(source: Source, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="USB stick"):
        scheduled.backup_to_folder(source.store, tmp_path / "unplugged", source.key, keep=3)


def test_the_locked_rule(tmp_path: Path, backup_key: BackupKey) -> None:
    data_dir = tmp_path / "store"
    store = make_store(data_dir)
    public = backup_key.public()
    assert scheduled.decide(data_dir, unlocked=True, public_key=None).action is scheduled.Action.RUN
    skip = scheduled.decide(data_dir, unlocked=False, public_key=None)
    assert skip.action is scheduled.Action.SKIP and "backup key" in skip.reason
    # Open with uncheckpointed changes in the write-ahead log: a file copy is not safe.
    conn = store.raw_connection()
    conn.execute("INSERT INTO standards (code, title) VALUES ('X-L', 'locked')")
    busy = scheduled.decide(data_dir, unlocked=False, public_key=public)
    assert busy.action is scheduled.Action.SKIP and "checkpointed" in busy.reason
    with pytest.raises(BackupError, match="while the app is locked"):
        archive.create_locked_backup(data_dir, tmp_path / "x.tar", public)
    conn.close()
    store.close()
    ok = scheduled.decide(data_dir, unlocked=False, public_key=public)
    assert ok.action is scheduled.Action.RUN_LOCKED
    # The keyless backup: no secret used, and it restores (with the key, at unlock).
    (tmp_path / "usb").mkdir()
    made = scheduled.locked_backup_to_folder(data_dir, tmp_path / "usb", public)
    assert not made.verified and made.removed == []
    assert made.backup.manifest.schema_version is None
    archive.restore_backup(made.backup.path, tmp_path / "restored", key=backup_key)
    with Store.open(tmp_path / "restored", PASSPHRASE) as restored, restored.read() as s:
        from sqlalchemy import text

        assert (
            s.execute(text("SELECT title FROM standards WHERE code = 'X-L'")).scalar() == "locked"
        )


def test_public_key_is_saved_beside_the_store(tmp_path: Path, backup_key: BackupKey) -> None:
    assert BackupKey.load_public(tmp_path) is None
    path = backup_key.save_public(tmp_path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    loaded = BackupKey.load_public(tmp_path)
    assert loaded == backup_key.public() and loaded is not None and not loaded.can_read
    assert b"AGE-SECRET-KEY" not in path.read_bytes()
    path.write_text("{broken")
    with pytest.raises(BackupError, match="set up automatic backups again"):
        BackupKey.load_public(tmp_path)


@pytest.mark.parametrize("when", ["first block", "last file"])
def test_a_restore_onto_a_full_disk_leaves_nothing(
    source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    calls = {"n": 0}
    real = archive._MemberOut._consume

    def full(self: archive._MemberOut, block: bytearray) -> None:
        calls["n"] += 1
        if when == "first block" or self.name.endswith("empty") or calls["n"] > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, block)

    monkeypatch.setattr(archive._MemberOut, "_consume", full)
    dest = tmp_path / "parent" / "restored"
    with pytest.raises(BackupError, match="No space left") as caught:
        archive.restore_backup(source.backup.path, dest, key=source.key)
    assert "nothing was restored" in str(caught.value)
    assert not (tmp_path / "parent").exists()
