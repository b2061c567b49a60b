"""A backup opens with the stock `age` and `tar` tools, as the README says."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from casefiles.services.interchange import export_document
from casefiles.storage.store import Store
from tests.backup.conftest import BACKUP_PASSPHRASE, Source
from tests.backup.helpers import files_under, run_in_pty
from tests.factories import PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("tar") is None,
    reason="the age tool is not installed (.ci/run installs it: apt-get install age)",
)


@pytest.fixture
def unpacked(source: Source, tmp_path: Path) -> Path:
    subprocess.run(
        ["tar", "-xf", str(source.backup.path), "key.age", "payload.tar.age"],
        cwd=tmp_path,
        check=True,
    )
    return tmp_path


def test_age_decrypts_the_key_then_tar_lists_the_payload(source: Source, unpacked: Path) -> None:
    code, out = run_in_pty(
        ["age", "-d", "-o", "identity.txt", "key.age"], BACKUP_PASSPHRASE, unpacked
    )
    assert code == 0, out
    identity = (unpacked / "identity.txt").read_text()
    assert "AGE-SECRET-KEY-1" in identity and source.key.recipient in identity
    listing = subprocess.run(
        "age -d -i identity.txt payload.tar.age | tar -t",
        shell=True,
        cwd=unpacked,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    names = [m.name for m in source.backup.manifest.members] + ["manifest.json"]
    assert listing == names


def test_the_readme_command_gives_a_folder_casefiles_opens(source: Source, unpacked: Path) -> None:
    (unpacked / "opened").mkdir()
    code, out = run_in_pty(
        ["sh", "-c", "age -d -i key.age payload.tar.age | tar -x -C opened"],
        BACKUP_PASSPHRASE,
        unpacked,
    )
    assert code == 0, out
    opened = unpacked / "opened"
    assert files_under(opened / "vault") == files_under(source.store.paths.vault)
    with Store.open(opened, PASSPHRASE) as store:
        assert export_document(store) == export_document(source.store)
