"""`casefiles backup ...` in a real subprocess: exit codes, one-line errors, passphrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles.backup import archive
from casefiles.backup.keys import BackupKey
from casefiles.domain.errors import WrongPassphrase
from casefiles.services.interchange import export_document
from casefiles.storage.store import Store
from tests.backup.helpers import flip, outer_members
from tests.factories import PASSPHRASE, example_document, store_with


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "case file"
    store_with(path, example_document()).close()
    return path


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_create_verify_restore(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "usb"
    out.mkdir()
    backup = out / "b.tar"
    made = cli("--data-dir", str(data_dir), "backup", "create", "-o", str(backup))
    assert made.returncode == 0, made.stderr
    assert "read back and verified" in made.stdout
    assert "case file's passphrase" in made.stdout
    # By default the backup opens with the store passphrase (CASEFILES_PASSPHRASE).
    ok = cli("backup", "verify", str(backup))
    assert ok.returncode == 0, ok.stderr
    assert "OK: the backup is sound" in ok.stdout
    wrong = cli(
        "backup", "verify", str(backup), env={"CASEFILES_BACKUP_PASSPHRASE": "not it at all"}
    )
    assert wrong.returncode == 2
    assert "wrong passphrase" in one_line(wrong.stderr)
    dest = tmp_path / "elsewhere" / "restored"
    restored = cli(
        "backup",
        "restore",
        str(backup),
        "--to",
        str(dest),
        passphrase=None,
        env={"CASEFILES_BACKUP_PASSPHRASE": PASSPHRASE},
    )
    assert restored.returncode == 0, restored.stderr
    checked = cli("--data-dir", str(dest), "verify")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with Store.open(dest, PASSPHRASE) as a, Store.open(data_dir, PASSPHRASE) as b:
        assert export_document(a) == export_document(b)
    # Damage found before any passphrase work: exit 1 from verify, exit 2 from restore.
    data = backup.read_bytes()
    key_at, _ = outer_members(data)[archive.KEY_MEMBER]
    damaged = tmp_path / "damaged.tar"
    damaged.write_bytes(flip(data, key_at + 10))
    bad = cli("backup", "verify", str(damaged), passphrase=None)
    assert bad.returncode == 1
    assert one_line(bad.stderr).startswith("casefiles: DAMAGED: the backup's key (key.age)")
    assert "restored" not in bad.stderr  # verify never restores: it does not say so
    bad = cli("backup", "restore", str(damaged), "--to", str(tmp_path / "r2"), passphrase=None)
    assert bad.returncode == 2 and "key.age" in one_line(bad.stderr)
    assert "nothing was restored" in bad.stderr
    assert not (tmp_path / "r2").exists()
    again = cli("--data-dir", str(data_dir), "backup", "create", "-o", str(backup), passphrase=None)
    assert again.returncode == 2 and "already exists" in one_line(again.stderr)


def test_refusals_come_before_any_prompt(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # passphrase=None and no terminal: each of these would fail differently if it asked.
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"hello, world\n" * 50)
    res = cli("backup", "verify", str(junk), passphrase=None)
    assert res.returncode == 2 and "not a casefiles backup" in one_line(res.stderr)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("x")
    res = cli("backup", "restore", str(junk), "--to", str(busy), passphrase=None)
    assert res.returncode == 2 and "not empty" in one_line(res.stderr)
    res = cli(
        "--data-dir",
        str(data_dir),
        "backup",
        "create",
        "-o",
        str(data_dir / "in.tar"),
        passphrase=None,
    )
    assert res.returncode == 2 and "outside the case file" in one_line(res.stderr)
    res = cli("backup", passphrase=None)
    assert res.returncode == 2
    res = cli("backup", "restore", str(junk), passphrase=None)
    assert res.returncode == 2 and "--to" in res.stderr


def test_a_separate_backup_passphrase(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "b.tar"
    short = cli(
        "--data-dir",
        str(data_dir),
        "backup",
        "create",
        "-o",
        str(backup),
        env={"CASEFILES_BACKUP_PASSPHRASE": "short"},
    )
    assert short.returncode == 2 and "too short" in one_line(short.stderr)
    made = cli(
        "--data-dir",
        str(data_dir),
        "backup",
        "create",
        "-o",
        str(backup),
        env={"CASEFILES_BACKUP_PASSPHRASE": "only for the backups"},
    )
    assert made.returncode == 0, made.stderr
    assert "case file's passphrase" not in made.stdout
    key = archive.unlock_backup(backup, "only for the backups")
    assert isinstance(key, BackupKey) and key.can_read


def test_passwd_reseals_the_automatic_backup_key(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    key = BackupKey.generate(PASSPHRASE)
    key.public().save_public(data_dir)
    r = cli(
        "--data-dir",
        str(data_dir),
        "passwd",
        env={"CASEFILES_NEW_PASSPHRASE": "a brand new passphrase"},
    )
    assert r.returncode == 0, r.stderr
    assert "automatic-backup key now opens with the new passphrase" in r.stdout
    saved = BackupKey.load_public(data_dir)
    assert saved is not None and saved.recipient == key.recipient
    assert BackupKey.unseal(saved.sealed, "a brand new passphrase").recipient == key.recipient
    with pytest.raises(WrongPassphrase):
        BackupKey.unseal(saved.sealed, PASSPHRASE)


def test_passwd_on_a_missing_store_asks_for_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--data-dir", str(tmp_path / "nothing here"), "passwd", passphrase=None)
    assert r.returncode == 2
    assert "no terminal" not in r.stderr
    one_line(r.stderr)
