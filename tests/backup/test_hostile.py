"""Damaged and hostile backups: each refused with its own one-line error, nothing restored."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pyrage
import pytest

from casefiles.backup import agefmt, archive
from casefiles.backup.errors import (
    BackupDamaged,
    BackupError,
    BackupTooNew,
    ExcessiveWorkFactor,
    NotABackup,
    UnsafeBackup,
)
from casefiles.backup.keys import BackupKey
from casefiles.backup.manifest import MemberEntry
from tests.backup.conftest import Source
from tests.backup.helpers import (
    encrypt_to,
    flip,
    folder,
    link,
    make_manifest,
    meta_with,
    outer_members,
    payload_chunk_starts,
    payload_tar,
    wrap_outer,
)


def check_refused(
    data: bytes, tmp_path: Path, key: BackupKey, error: type[BaseException], match: str | None
) -> str:
    """Verify and restore both refuse `data`; restore leaves nothing behind. The message."""
    path = tmp_path / "suspect.tar"
    path.write_bytes(data)
    with pytest.raises(error, match=match) as verify_err:
        archive.verify_backup(path, key=key)
    dest = tmp_path / "restore-here" / "data"
    with pytest.raises(error, match=match):
        archive.restore_backup(path, dest, key=key)
    assert not (tmp_path / "restore-here").exists()  # not even the parent it created
    message = str(verify_err.value)
    assert "\n" not in message
    return message


# -- damage: exit 1 from verify -------------------------------------------------------------


def _offsets(source: Source) -> dict[str, int]:
    data = source.backup_bytes
    members = outer_members(data)
    meta_at, _ = members[archive.OUTER_META]
    key_at, key_size = members[archive.KEY_MEMBER]
    pay_at, pay_size = members[archive.PAYLOAD_MEMBER]
    return {
        "first header, name": 3,
        "first header, mode": 100,
        "first header, checksum": 150,
        "description": meta_at + 30,
        "key.age header": key_at + 40,
        "key.age body": key_at + key_size - 3,
        "key padding": key_at + key_size + 1,
        "payload's tar header": pay_at - 400,
        "payload age header": pay_at + 60,
        "payload first chunk": pay_at + 300,
        "payload middle": pay_at + pay_size // 2,
        "payload last byte": pay_at + pay_size - 1,
        "end blocks": len(data) - 700,
        "last byte of the file": len(data) - 1,
    }


@pytest.mark.parametrize(
    "where",
    [
        "first header, name",
        "first header, mode",
        "first header, checksum",
        "description",
        "key.age header",
        "key.age body",
        "key padding",
        "payload's tar header",
        "payload age header",
        "payload first chunk",
        "payload middle",
        "payload last byte",
        "end blocks",
        "last byte of the file",
    ],
)
def test_a_flipped_byte_anywhere_is_damage(source: Source, tmp_path: Path, where: str) -> None:
    data = flip(source.backup_bytes, _offsets(source)[where])
    message = check_refused(data, tmp_path, source.key, BackupDamaged, None)
    assert any(w in message for w in ("damaged", "altered")), message


@pytest.mark.parametrize("cut", [30, 511, 512, 5000, -1, -512, -10240])
def test_a_truncated_file_is_damage(source: Source, tmp_path: Path, cut: int) -> None:
    data = source.backup_bytes
    short = data[:cut] if cut > 0 else data[: len(data) + cut]
    check_refused(short, tmp_path, source.key, BackupDamaged, "cut short")


def test_a_file_cut_at_a_64k_chunk_boundary_is_damage(source: Source, tmp_path: Path) -> None:
    data = source.backup_bytes
    pay_at, size = outer_members(data)[archive.PAYLOAD_MEMBER]
    starts = payload_chunk_starts(data[pay_at : pay_at + size])
    assert len(starts) >= 3
    check_refused(data[: pay_at + starts[2]], tmp_path, source.key, BackupDamaged, "cut short")


def test_a_payload_cut_at_a_chunk_boundary_inside_a_sound_tar_is_damage(
    source: Source, tmp_path: Path
) -> None:
    """The outer tar re-made around a payload missing its last chunks: age's STREAM finds it."""
    data = source.backup_bytes
    pay_at, size = outer_members(data)[archive.PAYLOAD_MEMBER]
    payload = data[pay_at : pay_at + size]
    cut = payload[: payload_chunk_starts(payload)[-1]]
    check_refused(wrap_outer(source.key, cut), tmp_path, source.key, BackupDamaged, "last chunk")


@pytest.mark.parametrize("extra", [b"\0", b"x", b"\0" * 512])
def test_appended_bytes_are_damage(source: Source, tmp_path: Path, extra: bytes) -> None:
    check_refused(source.backup_bytes + extra, tmp_path, source.key, BackupDamaged, "after its end")


def test_a_payload_from_another_backup_is_damage(source: Source, tmp_path: Path) -> None:
    stranger = pyrage.x25519.Identity.generate().to_public()
    fake = bytes(pyrage.encrypt(b"x" * 10, [stranger]))
    check_refused(wrap_outer(source.key, fake), tmp_path, source.key, BackupDamaged, "own key")


def test_a_manifest_hash_mismatch_is_damage(source: Source, tmp_path: Path) -> None:
    header = source.store.paths.header.read_bytes()
    db = source.store.header.database
    entries = [("store.header", header), (db, b"db bytes")]
    bad = make_manifest(
        (
            MemberEntry("store.header", len(header), hashlib.sha256(header).hexdigest()),
            MemberEntry(db, 8, "0" * 64),
        ),
        database=db,
    )
    data = wrap_outer(source.key, encrypt_to(source.key, payload_tar(entries, manifest=bad)))
    check_refused(data, tmp_path, source.key, BackupDamaged, "SHA-256 in the manifest")
    missing = make_manifest(
        (
            MemberEntry("store.header", len(header), hashlib.sha256(header).hexdigest()),
            MemberEntry(db, 8, hashlib.sha256(b"db bytes").hexdigest()),
            MemberEntry("vault/gone", 1, "1" * 64),
        ),
        database=db,
    )
    data = wrap_outer(source.key, encrypt_to(source.key, payload_tar(entries, manifest=missing)))
    check_refused(data, tmp_path, source.key, BackupDamaged, "missing from the backup")
    data = wrap_outer(source.key, encrypt_to(source.key, payload_tar(entries, manifest=None)))
    check_refused(data, tmp_path, source.key, BackupDamaged, "no manifest")


# -- hostile members ------------------------------------------------------------------------


def _crafted(source: Source, extra: list[object], tail: bool = False) -> bytes:
    header = source.store.paths.header.read_bytes()
    db = source.store.header.database
    entries: list[object] = [("store.header", header), (db, b"db bytes")]
    entries = entries + extra if tail else extra + entries
    return wrap_outer(source.key, encrypt_to(source.key, payload_tar(entries)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entry", "match"),
    [
        (("../escaped", b"x"), "climbs out"),
        (("vault/../../escaped", b"x"), "climbs out"),
        (("/etc/passwd-copy", b"x"), "absolute"),
        (("vault//double", b"x"), "climbs out"),
        (("C:/windows", b"x"), "climbs out"),
        (("unexpected.txt", b"x"), "never writes"),
        (link("vault/link", "/etc/passwd"), "a link"),
        (link("vault/hard", "store.header", b"1"), "a link"),
        (folder("vault/dir"), "a folder entry"),
    ],
)
def test_hostile_members_are_refused(
    source: Source, tmp_path: Path, entry: object, match: str
) -> None:
    message = check_refused(_crafted(source, [entry]), tmp_path, source.key, UnsafeBackup, match)
    assert "nothing was restored" in message
    assert not (tmp_path / "escaped").exists()


def test_a_long_climbing_name_is_refused(source: Source, tmp_path: Path) -> None:
    name = "vault/" + "a" * 150 + "/../../../escaped"
    check_refused(_crafted(source, [(name, b"x")]), tmp_path, source.key, UnsafeBackup, "climbs")


def test_a_member_twice_is_refused(source: Source, tmp_path: Path) -> None:
    data = _crafted(source, [("vault/x", b"1"), ("vault/x", b"2")])
    check_refused(data, tmp_path, source.key, BackupDamaged, "twice")


# -- versions, passphrase work, not a backup: exit 2 ----------------------------------------


def test_a_backup_from_a_newer_casefiles_is_refused(source: Source, tmp_path: Path) -> None:
    payload = source.backup_bytes
    newer_meta = meta_with(source.key, app_version="99.0.0")
    data = _replace_meta(payload, source.key, newer_meta)
    message = check_refused(data, tmp_path, source.key, BackupTooNew, "99.0.0")
    assert "update casefiles" in message
    # The manifest alone saying so (the plain description tampered back) is refused too.
    header = source.store.paths.header.read_bytes()
    db = source.store.header.database
    entries = [("store.header", header), (db, b"db")]
    members = tuple(MemberEntry(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in entries)
    for change in ({"app_version": "99.0.0"}, {"schema_version": "9999"}):
        manifest = make_manifest(members, database=db, **change)
        data = wrap_outer(
            source.key, encrypt_to(source.key, payload_tar(entries, manifest=manifest))
        )
        check_refused(data, tmp_path, source.key, BackupTooNew, "update casefiles")


def _replace_meta(data: bytes, key: BackupKey, meta: bytes) -> bytes:
    pay_at, size = outer_members(data)[archive.PAYLOAD_MEMBER]
    return wrap_outer(key, data[pay_at : pay_at + size], meta=meta)


def test_excessive_scrypt_work_is_refused_before_any_work(
    source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = source.key.sealed
    log_n = agefmt.scrypt_work_factor(sealed)
    assert 10 <= log_n <= agefmt.MAX_LOG_N  # what pyrage writes is accepted
    crafted = sealed.replace(f" {log_n}\n".encode(), b" 40\n", 1)
    assert crafted != sealed
    evil = BackupKey(source.key.recipient, crafted)
    data = source.backup_bytes
    pay_at, size = outer_members(data)[archive.PAYLOAD_MEMBER]
    path = tmp_path / "evil.tar"
    path.write_bytes(wrap_outer(evil, data[pay_at : pay_at + size]))

    def never(*_args: object) -> bytes:
        raise AssertionError("scrypt must not run")

    monkeypatch.setattr(pyrage.passphrase, "decrypt", never)
    started = time.monotonic()
    with pytest.raises(ExcessiveWorkFactor, match="2\\^40"):
        archive.verify_backup(path, passphrase="anything")
    with pytest.raises(ExcessiveWorkFactor):
        archive.restore_backup(path, tmp_path / "r", passphrase="anything")
    assert time.monotonic() - started < 2
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    "header",
    [
        b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 23\nAAAA\n--- "
        + b"A" * 43
        + b"\n",
        b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 022\nAAAA\n--- "
        + b"A" * 43
        + b"\n",
        b"age-encryption.org/v1\n-> X25519 abc\nAAAA\n--- " + b"A" * 43 + b"\n",
        b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 18\n",
        b"not age at all",
    ],
)
def test_key_headers_are_parsed_strictly(header: bytes) -> None:
    with pytest.raises((ExcessiveWorkFactor, agefmt.AgeFormatError)):
        agefmt.scrypt_work_factor(header)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "not a casefiles backup"),
        (b"just some text\n" * 100, "not a casefiles backup"),
        (b"age-encryption.org/v1\n-> X25519 x\n", "encrypted export"),
    ],
)
def test_a_file_that_is_not_a_backup(
    tmp_path: Path, source: Source, content: bytes, match: str
) -> None:
    check_refused(content, tmp_path, source.key, NotABackup, match)


def test_an_ordinary_tar_is_not_a_backup(tmp_path: Path, source: Source) -> None:
    import tarfile

    (tmp_path / "a.txt").write_text("hello")
    with tarfile.open(tmp_path / "plain.tar", "w") as tar:
        tar.add(tmp_path / "a.txt", "a.txt")
    check_refused((tmp_path / "plain.tar").read_bytes(), tmp_path, source.key, NotABackup, None)


def test_missing_and_folder_paths(tmp_path: Path, source: Source) -> None:
    with pytest.raises(BackupError, match="no such file"):
        archive.verify_backup(tmp_path / "nothing.tar", key=source.key)
    with pytest.raises(BackupError, match="folder"):
        archive.verify_backup(tmp_path, key=source.key)


def test_a_tampered_description_is_damage(source: Source, tmp_path: Path) -> None:
    data = source.backup_bytes
    meta_at, size = outer_members(data)[archive.OUTER_META]
    raw = data[meta_at : meta_at + size]
    edited = raw.replace(b'"version": 1', b'"version": 7')
    assert edited != raw
    check_refused(
        _replace_meta(data, source.key, edited), tmp_path, source.key, BackupDamaged, "description"
    )


def test_a_payload_asking_for_passphrase_work_is_refused(source: Source, tmp_path: Path) -> None:
    scrypt_payload = source.key.sealed  # an age file to a passphrase, as the payload
    message = check_refused(
        wrap_outer(source.key, scrypt_payload), tmp_path, source.key, BackupDamaged, "backup key"
    )
    assert "altered" in message
