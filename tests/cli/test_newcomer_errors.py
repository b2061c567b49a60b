"""Mistakes a newcomer makes, each answered by one line that says what to do (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefiles.backup import create_backup
from casefiles.backup.keys import BackupKey
from tests.conftest import ROOT
from tests.factories import PASSPHRASE, demo_document, store_with


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    store_with(data_dir, demo_document()).close()
    return data_dir


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_importing_the_wrong_kind_of_file_names_it(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = ("--data-dir", str(demo_dir))
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"  \n")
    r = cli(*d, "import", str(empty))
    assert r.returncode == 2 and "is empty: there is nothing to import" in one_line(r.stderr)
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    r = cli(*d, "import", str(png))
    assert r.returncode == 2
    line = one_line(r.stderr)
    assert "is a PNG image, not an interchange file" in line and "evidence add" in line


def test_importing_a_backup_says_how_to_restore_it(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from casefiles.services import admin

    store = admin.open_store(demo_dir, PASSPHRASE)
    try:
        backup = create_backup(store, tmp_path / "b.tar", BackupKey.generate(PASSPHRASE)).path
    finally:
        store.close()
    r = cli("--data-dir", str(demo_dir), "import", str(backup))
    assert r.returncode == 2
    line = one_line(r.stderr)
    assert "is a casefiles backup, not an interchange file" in line
    assert "casefiles backup restore" in line
    # No passphrase and no terminal: the message names the backup's own variable.
    r = cli("backup", "verify", str(backup), passphrase=None)
    assert r.returncode == 2
    assert "set CASEFILES_BACKUP_PASSPHRASE (or CASEFILES_PASSPHRASE" in one_line(r.stderr)


def test_a_data_dir_that_is_a_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    r = cli("--data-dir", str(a_file), "init")
    assert r.returncode == 2
    assert "is a file, not a folder" in one_line(r.stderr)
    assert a_file.read_text() == "x"


@pytest.mark.parametrize(
    ("args", "what", "variable"),
    [
        (("passwd",), "a new passphrase", "CASEFILES_NEW_PASSPHRASE"),
        (
            ("export", "--encrypt", "-o", "{tmp}/x.age"),
            "a passphrase for the encrypted export",
            "CASEFILES_EXPORT_PASSPHRASE",
        ),
        (
            ("backup", "create", "-o", "{tmp}/b.tar", "--separate-passphrase"),
            "a backup passphrase",
            "CASEFILES_BACKUP_PASSPHRASE",
        ),
    ],
)
def test_a_missing_secret_names_its_own_variable(  # type: ignore[no-untyped-def]
    cli, demo_dir: Path, tmp_path: Path, args: tuple[str, ...], what: str, variable: str
) -> None:
    full = [a.format(tmp=tmp_path) for a in args]
    r = cli("--data-dir", str(demo_dir), *full)
    assert r.returncode == 2
    line = one_line(r.stderr)
    assert f"no terminal to ask for {what}: run this in a terminal" in line, line
    assert f"set {variable} for a script" in line, line


def test_a_new_case_file_without_a_terminal_says_so_plainly(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--data-dir", str(tmp_path / "new"), "init", passphrase=None)
    assert r.returncode == 2
    line = one_line(r.stderr)
    assert "no terminal to ask for a passphrase for the new case file: " in line, line
    assert not (tmp_path / "new").exists() or not any((tmp_path / "new").iterdir())


def test_a_reader_that_goes_away_is_not_an_error(demo_dir: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILES_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests" / "support"), str(ROOT)])
    env["CASEFILES_PASSPHRASE"] = PASSPHRASE
    env["HOME"] = str(tmp_path / "home")
    # `true` exits at once without reading: every write of ours meets a closed pipe.
    cmd = f'"{sys.executable}" -m casefiles --data-dir "{demo_dir}" audit | true'
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.stderr == "", proc.stderr
    assert proc.returncode == 0
