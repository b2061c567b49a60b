"""Writes to a nearly full filesystem fail with a clear message and lose nothing."""

from __future__ import annotations

import copy
import io
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefiles.cli.main import main
from casefiles.domain.errors import DiskFull
from casefiles.services import admin, cases
from casefiles.services.interchange import export_document, import_document
from casefiles.storage.store import Store
from tests.factories import PASSPHRASE, demo_document, make_store, store_with


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1.5 MiB tmpfs (needs root, as on the project's machines and CI)."""
    mount = tmp_path / "small disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill_with_imports(store: Store) -> int:
    base = demo_document()
    for i in range(1000):
        doc = copy.deepcopy(base)
        for j, case in enumerate(doc["cases"]):
            case["reference"] = f"fill-{i}-{j}"
            case["summary"] = os.urandom(20_000).hex()  # incompressible, fills pages fast
        try:
            import_document(store, doc)
        except DiskFull:
            return i
    raise AssertionError("the disk never filled up")


def test_imports_into_a_full_disk_fail_cleanly_and_keep_what_was_saved(
    small_disk: Path,
) -> None:
    data = small_disk / "store"
    store = store_with(data, demo_document())
    saved = _fill_with_imports(store)
    assert saved >= 1
    refs = {r.reference for r in cases.list_cases(store)}
    # Each import before the full disk is whole; the failing one left nothing.
    assert {f"fill-{i}-{j}" for i in range(saved) for j in (0, 1)} <= refs
    assert not {r for r in refs if r.startswith(f"fill-{saved}-")}
    assert admin.verify(store)
    before = export_document(store)
    store.close()
    with Store.open(data, PASSPHRASE) as again:
        assert export_document(again) == before
        assert admin.verify(again)


def test_the_cli_says_the_disk_is_full_in_one_line(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = small_disk / "store"
    store = make_store(data)
    _fill_with_imports(store)
    store.close()
    doc = demo_document()
    doc["cases"][0]["summary"] = os.urandom(200_000).hex()
    for case in doc["cases"]:
        case["reference"] += "-cli"
    f = tmp_path / "big.json"
    import json

    f.write_text(json.dumps(doc))
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    err = io.StringIO()
    code = main(["--data-dir", str(data), "import", str(f)], stdout=io.StringIO(), stderr=err)
    assert code == 2
    assert "disk is full" in err.getvalue()
    assert err.getvalue().count("\n") == 1
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    err = io.StringIO()
    out_path = small_disk / "export.json"
    code = main(
        ["--data-dir", str(data), "export", "-o", str(out_path)], stdout=io.StringIO(), stderr=err
    )
    assert code == 2
    assert "disk is full" in err.getvalue()
    assert not out_path.exists()
    assert not [p for p in small_disk.iterdir() if p.name.startswith(".export")]
