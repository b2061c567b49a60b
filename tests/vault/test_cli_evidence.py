"""`casefiles evidence ...` and `casefiles verify` as a user runs them (subprocesses)."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from casefiles.cli import main as cli_main
from casefiles.vault import files as vault_files_module
from tests.factories import PASSPHRASE, example_document, store_with
from tests.vault.conftest import MARKER, REF, document_with_hash, vault_files


@pytest.fixture
def d(data_dir: Path) -> str:
    store_with(data_dir, example_document()).close()
    return str(data_dir)


def test_add_list_export_attach_delete(cli, d: str, source: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    r = cli("--data-dir", d, "evidence", "add", "--case", REF, str(source), "--title", "Statement")
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    assert r.stdout.startswith(f"added exhibit B (evidence/e2, file f1) to case {REF}: ")
    assert f"sha256 {sha}" in r.stdout
    r = cli(
        "--data-dir", d, "evidence", "attach", "--case", REF, "--record", "motions/m1", str(source)
    )
    assert r.returncode == 0 and "attached file f2 to motions/m1" in r.stdout
    r = cli("--data-dir", d, "evidence", "list", "--case", REF)
    lines = r.stdout.splitlines()
    assert lines[0].split("\t")[:4] == ["A", "evidence/e1", "-", "no file"]
    assert lines[1].split("\t")[:4] == ["B", "evidence/e2", "f1", "stored"]
    assert lines[1].split("\t")[6:] == [sha, "Statement"]
    assert lines[2].split("\t")[:3] == ["-", "motions/m1", "f2"]
    r = cli("--data-dir", d, "evidence", "list", "--case", REF, "--json")
    assert json.loads(r.stdout)[1]["file"]["sha256"] == sha
    out = tmp_path / "exported.pdf"
    r = cli("--data-dir", d, "evidence", "export", "--case", REF, "--exhibit", "B", "-o", str(out))
    assert r.returncode == 0 and "SHA-256 matches" in r.stdout
    assert out.read_bytes() == source.read_bytes()
    r = cli("--data-dir", d, "evidence", "export", "--case", REF, "--exhibit", "B", "-o", str(out))
    assert r.returncode == 2 and "already exists" in r.stderr
    r = cli(
        "--data-dir",
        d,
        "evidence",
        "export",
        "--case",
        REF,
        "--file",
        "f2",
        "-o",
        str(out),
        "--force",
    )
    assert r.returncode == 0
    r = cli("--data-dir", d, "evidence", "delete", "--case", REF, "--exhibit", "B")
    assert r.returncode == 2 and "--yes" in r.stderr
    assert len(vault_files(Path(d))) == 2
    r = cli("--data-dir", d, "evidence", "delete", "--case", REF, "--exhibit", "B", "--yes")
    assert r.returncode == 0 and f"sha256 {sha}" in r.stdout
    assert len(vault_files(Path(d))) == 1
    r = cli("--data-dir", d, "verify")
    assert r.returncode == 0 and "vault: 1 file(s)" in r.stdout, r.stdout + r.stderr
    assert "OK: no damage found" in r.stdout
    log = (Path(d) / "casefiles.log").read_text(encoding="utf-8")
    assert MARKER not in log and "statement" not in log.lower()


def run_main(*args: str) -> tuple[int, str, str]:
    """The CLI in this process (for error paths; the main flows run as subprocesses)."""
    out, err = io.StringIO(), io.StringIO()
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        code = cli_main.main(list(args), out, err)
    finally:
        os.umask(umask)
    return code, out.getvalue(), err.getvalue()


def test_bad_input_is_one_clear_line_and_exit_2(  # type: ignore[no-untyped-def]
    cli, d: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    for path, message in ((tmp_path / "missing.pdf", "no such file"), (folder, "is a folder")):
        r = cli("--data-dir", d, "evidence", "add", "--case", REF, str(path))
        assert r.returncode == 2 and message in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    cases = [
        (("add", "--case", REF, "/dev/null"), "not a regular file"),
        (("add", "--case", "NOPE", "/dev/null"), "no case with reference 'NOPE'"),
        (("attach", "--case", REF, "--record", "m1", "/dev/null"), "TYPE/KEY"),
        (("export", "--case", REF, "--exhibit", "A", "-o", "x"), "has no file"),
    ]
    for args, message in cases:
        monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
        code, _out, err = run_main("--data-dir", d, "evidence", *args)
        assert code == 2 and message in err, err
        assert err.count("\n") == 1
    assert vault_files(Path(d)) == []


def test_a_flipped_byte_makes_verify_name_the_exhibit(cli, d: str, source: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--data-dir", d, "evidence", "add", "--case", REF, str(source))
    assert r.returncode == 0, r.stderr
    [stored] = vault_files(Path(d))
    raw = bytearray(stored.read_bytes())
    raw[100] ^= 0x01
    stored.write_bytes(bytes(raw))
    r = cli("--data-dir", d, "verify")
    assert r.returncode == 1
    assert f"DAMAGED: case {REF} exhibit B: the stored file was altered" in r.stdout
    stored.unlink()
    r = cli("--data-dir", d, "verify")
    assert r.returncode == 1
    assert f"DAMAGED: case {REF} exhibit B: the stored file is missing from the vault" in r.stdout


def test_a_recorded_hash_without_a_file_is_not_damage(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store_with(data_dir, document_with_hash("ab" * 32)).close()
    r = cli("--data-dir", str(data_dir), "verify")
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"note: case {REF} exhibit B: hash recorded, file not in store" in r.stdout


def test_a_full_disk_is_one_line_and_exit_2(
    d: str, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    real_seal = vault_files_module.stream.seal

    def full(read_into, out, key, tick=None):  # type: ignore[no-untyped-def]
        real_seal(read_into, out, key, tick)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault_files_module.stream, "seal", full)
    code, _out, err = run_main("--data-dir", d, "evidence", "add", "--case", REF, str(source))
    assert code == 2
    assert err.count("\n") == 1 and "disk holding the case file is full" in err
    assert vault_files(Path(d)) == []
