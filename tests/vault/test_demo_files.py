"""The demo case file comes with fictional files, stored like any other."""

from __future__ import annotations

import hashlib
from pathlib import Path

from casefiles import vault
from casefiles.resources import resource
from casefiles.services.demo import create_demo
from casefiles.services.evidence import case_files
from casefiles.vault.demo import DEMO_FILES, attach_demo_files
from tests.factories import CHEAP_KDF


def test_the_demo_files_are_attached_encrypted_and_verify(tmp_path: Path) -> None:
    store, _report = create_demo(tmp_path / "demo", CHEAP_KDF)
    try:
        assert attach_demo_files(store) == len(DEMO_FILES)
        files = {f.file_name: f for f in case_files(store, "2-1187/2025")}
        for _case, _type, _key, name in DEMO_FILES:
            data = resource("demo", "files", name).read_bytes()
            assert files[name].sha256 == hashlib.sha256(data).hexdigest()
            assert data[:64] not in b"".join(
                p.read_bytes() for p in (tmp_path / "demo").rglob("*") if p.is_file()
            )
        png = files["union-office-after-search.png"]
        assert vault.can_preview(png)
        report = vault.verify(store)
        assert report.problems == [] and report.files == len(DEMO_FILES)
    finally:
        store.close()


def test_cli_demo_attaches_them(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = str(tmp_path / "demo")
    made = cli("--data-dir", d, "demo", passphrase=None)
    assert made.returncode == 0, made.stderr
    assert f"and {len(DEMO_FILES)} attached files" in made.stdout
    checked = cli("--data-dir", d, "verify", passphrase="demo")
    assert checked.returncode == 0, checked.stdout + checked.stderr
