"""An encrypted export is imported whole or not at all, and one too large for memory is
refused before it is read."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyrage
import pytest

from casefiles import vault
from casefiles.backup import export
from casefiles.domain.errors import ConflictError, UserError
from casefiles.services import admin, audit, cases, evidence
from casefiles.storage.store import Store
from casefiles.ui import backup_ops
from tests.factories import example_document, make_store, store_with

CASE = "EC-118/2024"


def _no_progress(*_a: Any) -> None:
    pass


def _not_cancelled() -> bool:
    return False


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    """An export of every case of the example store, two attached files, to an age key."""
    source = store_with(tmp_path / "source", example_document())
    try:
        for name, data in (("scan.pdf", os.urandom(5_000)), ("note.txt", b"minutes\n" * 100)):
            path = tmp_path / name
            path.write_bytes(data)
            vault.add_evidence(source, CASE, path, title=name)
        identity = pyrage.x25519.Identity.generate()
        key_file = tmp_path / "key.txt"
        key_file.write_text(str(identity) + "\n")
        target = backup_ops.ExportTarget(
            current_case=False, recipients=(str(identity.to_public()),)
        )
        out = tmp_path / "for co-counsel.age"
        done = backup_ops.export_encrypted(source, out, None, target, _no_progress, _not_cancelled)
        assert done.files == 2
    finally:
        source.close()
    return out, key_file


def _blobs(store: Store) -> list[str]:
    folder = store.paths.vault
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _second_seal_fails(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The second file's encryption into the vault fails as on a full disk."""
    real = export._seal
    calls: list[str] = []

    def second_fails(folder: Any, entry: Any, data: bytes) -> Any:
        calls.append(entry.path)
        if len(calls) == 2:
            raise UserError("the disk is full")
        return real(folder, entry, data)

    monkeypatch.setattr(export, "_seal", second_fails)
    return calls


def test_a_failed_attachment_undoes_the_whole_import(
    exported: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key_file = exported
    store = make_store(tmp_path / "target")
    try:
        clients_before = cases.list_clients(store)
        head_before = audit.chain_head(store)
        calls = _second_seal_fails(monkeypatch)
        with pytest.raises(UserError, match="nothing was imported") as caught:
            backup_ops.import_encrypted(store, path, None, key_file, _no_progress, _not_cancelled)
        assert "the disk is full" in str(caught.value)
        assert len(calls) == 2  # one file was in the vault before the failure
        assert cases.list_cases(store) == []
        assert cases.list_clients(store) == clients_before
        assert _blobs(store) == []
        assert audit.chain_head(store) == head_before  # not created-then-deleted: never written

        monkeypatch.undo()  # the same export then imports in full
        done = backup_ops.import_encrypted(
            store, path, None, key_file, _no_progress, _not_cancelled
        )
        assert done.attached == 2
        assert len(evidence.case_files(store, CASE)) == 2
    finally:
        store.close()


def test_an_attachment_refused_inside_the_transaction_leaves_no_trace(
    exported: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cases are written, then the second file's attachment row is refused: the one
    transaction rolls back, and both files' ciphertexts are deleted again."""
    path, key_file = exported
    store = make_store(tmp_path / "target")
    try:
        head_before = audit.chain_head(store)
        real = evidence.attach_in_session
        calls: list[str] = []

        def second_refused(session: Any, case_ref: str, *rest: Any) -> Any:
            calls.append(case_ref)
            if len(calls) == 2:
                assert cases.list_cases(store) == []  # other readers see nothing yet
                raise ConflictError("refused for the test")
            return real(session, case_ref, *rest)

        monkeypatch.setattr(evidence, "attach_in_session", second_refused)
        with pytest.raises(UserError, match="refused for the test; nothing was imported"):
            backup_ops.import_encrypted(store, path, None, key_file, _no_progress, _not_cancelled)
        assert len(calls) == 2
        assert cases.list_cases(store) == []
        assert _blobs(store) == []
        assert audit.chain_head(store) == head_before
        assert admin.verify(store)
    finally:
        store.close()


def test_an_export_above_the_cap_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.age"
    with open(big, "wb") as fh:
        fh.truncate(2048)  # sparse: only its size matters
    monkeypatch.setattr(export, "MAX_EXPORT_BYTES", 1024)

    def never(*_a: Any) -> bytes:
        raise AssertionError("read into memory")

    monkeypatch.setattr(Path, "read_bytes", never)
    store = make_store(tmp_path / "target")
    try:
        with pytest.raises(UserError, match="larger than casefiles imports"):
            backup_ops.import_encrypted(store, big, None, None, _no_progress, _not_cancelled)
    finally:
        store.close()


def test_the_command_line_import_is_all_or_nothing_too(
    exported: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`casefiles import FILE --identity KEY` runs the same import (in-process here, so a
    failure can be injected): one line, exit 2, no case left behind."""
    import io

    from casefiles.cli.main import main
    from tests.factories import PASSPHRASE

    path, key_file = exported
    target = tmp_path / "target"
    make_store(target).close()
    _second_seal_fails(monkeypatch)
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(target), "import", str(path), "--identity", str(key_file)]
    assert main(argv, out, err) == 2
    assert "nothing was imported" in err.getvalue() and len(err.getvalue().splitlines()) == 1
    store = admin.open_store(target, PASSPHRASE)
    try:
        assert cases.list_cases(store) == []
        assert _blobs(store) == []
    finally:
        store.close()
