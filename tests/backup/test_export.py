"""Encrypted exports for co-counsel: an age file with the cases and their attached files."""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

import pyrage
import pytest

from casefiles import vault
from casefiles.backup import agefmt
from casefiles.backup.errors import ExcessiveWorkFactor
from casefiles.backup.export import (
    decrypt_export,
    encrypt_export,
    package_export,
    unpack_export,
)
from casefiles.domain.errors import UserError
from casefiles.services import evidence
from casefiles.services.interchange import export_document
from casefiles.storage.store import Store
from tests.backup.conftest import CASE, Source
from tests.backup.helpers import payload_tar
from tests.factories import PASSPHRASE, example_document, make_store, store_with

EXPORT_PASSPHRASE = "for co-counsel only"


def _files(store: Store) -> list[tuple[str, str, str, int, str]]:
    return sorted(
        (i.record_type, i.record_key, i.file_name, i.size, i.sha256)
        for i in evidence.case_files(store, CASE)
    )


def _plain(store: Store, case: str = CASE) -> dict[str, bytes]:
    return {
        i.file_name: vault.read_for_preview(store, case, key=i.key, limit=1 << 30).data
        if vault.can_preview(i)
        else b""
        for i in evidence.case_files(store, case)
    }


def test_package_holds_the_cases_and_their_files(source: Source) -> None:
    doc = export_document(source.store, [CASE])
    plaintext, count = package_export(source.store, doc)
    assert count == 2
    package = unpack_export(plaintext)
    assert package.document.startswith(b"{")
    by_name = {entry.file_name: data for entry, data in package.files}
    originals = source.data_dir.parent / "evidence"
    for name in ("scan.pdf", "note.txt"):
        assert by_name[name] == (originals / name).read_bytes()
    with tarfile.open(fileobj=io.BytesIO(plaintext)) as tar:  # a tar stock tools read
        assert tar.getnames()[:2] == ["cases.json", "files.json"]


def test_cases_without_files_export_as_plain_json(tmp_path: Path) -> None:
    store = store_with(tmp_path / "s", example_document())
    try:
        plaintext, count = package_export(store, export_document(store))
        assert count == 0 and plaintext.startswith(b"{")
        assert unpack_export(plaintext).files == []
    finally:
        store.close()


def test_passphrase_export_round_trip_through_the_cli(cli, source: Source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "for-counsel.age"
    env = {"CASEFILES_EXPORT_PASSPHRASE": EXPORT_PASSPHRASE}
    made = cli("--data-dir", str(source.data_dir), "export", "--encrypt", "-o", str(out), env=env)
    assert made.returncode == 0, made.stderr
    assert "2 attached file(s)" in made.stdout and "a passphrase" in made.stdout
    assert agefmt.scrypt_work_factor(out.read_bytes()) <= agefmt.MAX_LOG_N
    make_store(tmp_path / "counsel").close()
    got = cli("--data-dir", str(tmp_path / "counsel"), "import", str(out), env=env)
    assert got.returncode == 0, got.stderr
    assert "attached 2 file(s)" in got.stdout
    with Store.open(tmp_path / "counsel", PASSPHRASE) as theirs:
        assert export_document(theirs) == export_document(source.store)
        assert _files(theirs) == _files(source.store)
        assert vault.verify(theirs).problems == []
    wrong = cli(
        "--data-dir",
        str(tmp_path / "counsel"),
        "import",
        str(out),
        env={"CASEFILES_EXPORT_PASSPHRASE": "not the one"},
    )
    assert wrong.returncode == 2 and "wrong passphrase" in wrong.stderr


def test_recipient_export_opens_with_age_and_imports_with_the_identity(
    cli,
    source: Source,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    identity = pyrage.x25519.Identity.generate()
    key_file = tmp_path / "counsel-key.txt"
    key_file.write_text(f"# co-counsel\n{identity}\n")
    out = tmp_path / "for-counsel.age"
    made = cli(
        "--data-dir",
        str(source.data_dir),
        "export",
        "--encrypt",
        "--case",
        CASE,
        "--recipient",
        str(identity.to_public()),
        "-o",
        str(out),
    )
    assert made.returncode == 0, made.stderr
    if shutil.which("age"):
        listing = subprocess.run(
            ["sh", "-c", f"age -d -i '{key_file}' '{out}' | tar -t"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        assert listing[:2] == ["cases.json", "files.json"] and len(listing) == 4
    make_store(tmp_path / "counsel").close()
    no_id = cli("--data-dir", str(tmp_path / "counsel"), "import", str(out), passphrase=None)
    assert no_id.returncode == 2 and "--identity" in no_id.stderr
    other = tmp_path / "other-key.txt"
    other.write_text(f"{pyrage.x25519.Identity.generate()}\n")
    res = cli("--data-dir", str(tmp_path / "counsel"), "import", str(out), "--identity", str(other))
    assert res.returncode == 2 and "someone else's key" in res.stderr
    got = cli(
        "--data-dir", str(tmp_path / "counsel"), "import", str(out), "--identity", str(key_file)
    )
    assert got.returncode == 0, got.stderr
    with Store.open(tmp_path / "counsel", PASSPHRASE) as theirs:
        assert _files(theirs) == _files(source.store)
        assert _plain(theirs) == _plain(source.store)


def test_option_errors(cli, source: Source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = ("--data-dir", str(source.data_dir), "export", "-o", str(tmp_path / "x.age"))
    res = cli(*base, "--recipient", "age1zzz", passphrase=None)
    assert res.returncode == 2 and "needs --encrypt" in res.stderr
    res = cli(*base, "--encrypt", "--recipient", "not-a-key", passphrase=None)
    assert res.returncode == 2 and "not an age recipient" in res.stderr
    plain = tmp_path / "plain.json"
    plain.write_text("{}")
    res = cli(
        "--data-dir",
        str(source.data_dir),
        "import",
        str(plain),
        "--identity",
        "k.txt",
        passphrase=None,
    )
    assert res.returncode == 2 and "not one" in res.stderr


def test_an_export_demanding_excessive_work_is_refused_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    header = b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 40\nAAAA\n--- " + b"A" * 43
    data = header + b"\n" + bytes(64)

    def never(*_args: object) -> bytes:
        raise AssertionError("scrypt must not run")

    monkeypatch.setattr(pyrage.passphrase, "decrypt", never)
    started = time.monotonic()
    with pytest.raises(ExcessiveWorkFactor):
        decrypt_export(data, passphrase="x")
    assert time.monotonic() - started < 1


def test_recipient_exports_decrypt_with_identities_in_memory() -> None:
    identity = pyrage.x25519.Identity.generate()
    sealed = encrypt_export(b'{"format": "casefiles"}', recipients=[str(identity.to_public())])
    assert decrypt_export(sealed, identities=[identity]) == b'{"format": "casefiles"}'
    with pytest.raises(UserError, match="--identity"):
        decrypt_export(sealed)


@pytest.mark.parametrize(
    ("entries", "match"),
    [
        ([("cases.json", b"{}")], "incomplete"),
        ([("cases.json", b"{}"), ("files.json", b"[]")], "malformed"),
        ([("cases.json", b"{}"), ("../x", b"")], "climbs out"),
        ([("cases.json", b"{}"), ("evil.sh", b"")], "does not write"),
    ],
)
def test_hostile_export_packages(entries: list[tuple[str, bytes]], match: str) -> None:
    with pytest.raises(UserError, match=match):
        unpack_export(payload_tar(entries, manifest=None))


def test_an_export_file_that_does_not_match_its_index(source: Source) -> None:
    plaintext, _ = package_export(source.store, export_document(source.store, [CASE]))
    package = unpack_export(plaintext)
    entry, data = package.files[0]
    tampered = plaintext.replace(data[:64], bytes(64), 1)
    with pytest.raises(UserError, match="SHA-256"):
        unpack_export(tampered)
    assert entry.sha256
