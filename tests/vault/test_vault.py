"""Intake, export, preview, viewer copies, deletion and verify, on real encrypted stores."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from casefiles import vault
from casefiles.domain.enums import EvidenceKind
from casefiles.domain.errors import ConflictError, DamageFound, RecordNotFound, UserError
from casefiles.services import audit, cases, evidence, interchange
from casefiles.storage.models_vault import Attachment
from casefiles.storage.store import Store
from casefiles.vault import files as vault_files_module
from casefiles.vault import folder as folder_module
from casefiles.vault import viewer
from tests.factories import PASSPHRASE, store_with
from tests.vault.conftest import MARKER, REF, document_with_hash, vault_files


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rows(store: Store) -> list[Attachment]:
    with store.read() as s:
        return list(s.scalars(select(Attachment)))


# -- intake and export ---------------------------------------------------------------------


def test_add_records_name_size_type_hash_and_exports_the_same_bytes(
    case_store: Store, source: Path, data_dir: Path, tmp_path: Path
) -> None:
    info = vault.add_evidence(case_store, REF, source, title="Statement")
    data = source.read_bytes()
    assert (info.exhibit, info.record_key, info.key) == ("B", "e2", "f1")
    assert (info.file_name, info.size, info.sha256) == (source.name, len(data), _sha(data))
    assert info.media_type == "application/pdf"
    [stored] = vault_files(data_dir)
    assert len(stored.name) == 32 and MARKER not in stored.name
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    out = tmp_path / "out.pdf"
    vault.export_file(case_store, REF, out, exhibit="B")
    assert out.read_bytes() == data
    with pytest.raises(UserError, match="already exists"):
        vault.export_file(case_store, REF, out, exhibit="B")
    vault.export_file(case_store, REF, out, key="f1", force=True)
    # The interchange fields of the item are its file's.
    doc = interchange.export_document(case_store)
    item = doc["cases"][0]["evidence"][1]
    assert (item["file_name"], item["sha256"], item["kind"]) == (
        source.name,
        _sha(data),
        "document",
    )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=200_000))
def test_export_gives_back_exactly_the_bytes_that_went_in(
    case_store: Store, tmp_path: Path, data: bytes
) -> None:
    src = tmp_path / "in.bin"
    src.write_bytes(data)
    info = vault.attach(case_store, REF, "motions", "m1", src)
    out = tmp_path / "out.bin"
    vault.export_file(case_store, REF, out, key=info.key, force=True)
    assert out.read_bytes() == data
    assert info.sha256 == _sha(data)


def test_no_plaintext_of_the_file_or_its_name_anywhere_in_the_data_dir(
    case_store: Store, source: Path, data_dir: Path, tmp_path: Path
) -> None:
    vault.add_evidence(case_store, REF, source, title=f"Title {MARKER}")
    vault.attach(case_store, REF, "hearings", "h1", source)
    vault.verify(case_store)
    vault.export_file(case_store, REF, tmp_path / "exported.pdf", exhibit="B")
    audit.record_history(case_store, REF, "evidence", "e2")
    case_store.close()
    Store.open(data_dir, PASSPHRASE).close()
    needles = [MARKER.encode(enc) for enc in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le")] + [
        hashlib.sha256(MARKER.encode()).hexdigest().encode()
    ]
    scanned = 0
    for path in data_dir.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            scanned += 1
            for needle in needles:
                assert needle not in blob, f"{needle!r} found in {path.name}"
    assert scanned >= 4  # header, database, log, two vault files
    assert not list((data_dir / "vault").glob(".intake-*"))


def test_files_attach_to_hearings_motions_and_requests_too(case_store: Store, source: Path) -> None:
    for record_type, key in (("hearings", "h1"), ("motions", "m1"), ("requests", "r1")):
        vault.attach(case_store, REF, record_type, key, source)
    vault.attach(case_store, REF, "motions", "m1", source)
    files = evidence.record_files(case_store, REF, "motions", "m1")
    assert [f.key for f in files] == ["f2", "f4"]
    assert files[0].label == f"case {REF} motions/m1 file f2"
    assert vault.verify(case_store).files == 4
    with pytest.raises(UserError, match="files attach to"):
        vault.attach(case_store, REF, "events", "ev1", source)
    with pytest.raises(RecordNotFound):
        vault.attach(case_store, REF, "motions", "m99", source)


def test_an_evidence_item_holds_one_file(case_store: Store, source: Path) -> None:
    vault.attach(case_store, REF, "evidence", "e1", source)
    with pytest.raises(ConflictError, match="already has a file"):
        vault.attach(case_store, REF, "evidence", "e1", source)
    with pytest.raises(ConflictError, match="exhibit A is already used"):
        vault.add_evidence(case_store, REF, source, exhibit="A")
    info = vault.add_evidence(
        case_store, REF, source, exhibit="AB", kind=EvidenceKind.PHYSICAL, title="T"
    )
    assert info.exhibit == "AB"
    assert len(_rows(case_store)) == 2


def test_preview_gives_images_and_pdfs_from_memory_only(
    case_store: Store, source: Path, tmp_path: Path
) -> None:
    info = vault.add_evidence(case_store, REF, source)
    assert vault.can_preview(info)
    preview = vault.read_for_preview(case_store, REF, exhibit=info.exhibit)
    assert preview.data == source.read_bytes()
    with pytest.raises(UserError, match="too large to preview"):
        vault.read_for_preview(case_store, REF, key=info.key, limit=100)
    audio = tmp_path / "hearing.mp3"
    audio.write_bytes(b"ID3" + b"\0" * 100)
    other = vault.attach(case_store, REF, "hearings", "h1", audio)
    assert other.media_type == "audio/mpeg" and not vault.can_preview(other)
    with pytest.raises(UserError, match="not an image or a PDF"):
        vault.read_for_preview(case_store, REF, key=other.key)


@pytest.mark.skipif(viewer.memory_folder() is None, reason="no memory-backed folder here")
def test_viewer_copy_lives_in_a_ram_folder_0600_and_is_removed(
    case_store: Store, source: Path
) -> None:
    info = vault.add_evidence(case_store, REF, source)
    try:
        path = vault.open_copy(case_store, REF, exhibit=info.exhibit)
        assert viewer.is_memory_backed(path)
        assert path.suffix == ".pdf" and MARKER not in path.name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert path.read_bytes() == source.read_bytes()
    finally:
        assert vault.remove_copies(case_store.paths) == 1
    assert not path.exists() and not path.parent.exists()
    assert vault.remove_copies(case_store.paths) == 0


def test_viewer_copy_is_refused_without_a_ram_folder(
    case_store: Store, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.add_evidence(case_store, REF, source)
    monkeypatch.setattr(viewer, "memory_folder", lambda: None)
    with pytest.raises(UserError, match="no memory-backed folder"):
        vault.open_copy(case_store, REF, exhibit="B")


# -- progress, cancel and bad input: nothing half-stored -----------------------------------


def _nothing_stored(store: Store, data_dir: Path, entries_before: int) -> None:
    assert vault_files(data_dir) == []
    assert _rows(store) == []
    assert len(audit.entries(store)) == entries_before


def test_progress_reaches_the_total_and_cancel_leaves_nothing(
    case_store: Store, tmp_path: Path, data_dir: Path
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(20 << 20))
    seen: list[tuple[int, int]] = []
    vault.attach(case_store, REF, "motions", "m1", big, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (20 << 20, 20 << 20) and len(seen) >= 3
    vault.remove_file(case_store, REF, "f1")
    before = len(audit.entries(case_store))
    polls = iter(range(1000))
    with pytest.raises(vault.Cancelled, match="nothing was stored"):
        vault.attach(case_store, REF, "motions", "m1", big, cancel=lambda: next(polls) >= 3)
    _nothing_stored(case_store, data_dir, before)


def test_a_file_that_changes_while_read_is_refused(
    case_store: Store, source: Path, data_dir: Path
) -> None:
    before = len(audit.entries(case_store))

    def grow(done: int, total: int) -> None:
        with source.open("ab") as fh:
            fh.write(b"more")

    with pytest.raises(vault.SourceChanged, match="changed while it was being read"):
        vault.add_evidence(case_store, REF, source, progress=grow)
    _nothing_stored(case_store, data_dir, before)

    def replace(done: int, total: int) -> None:
        tmp = source.with_suffix(".new")
        tmp.write_bytes(source.read_bytes())
        tmp.replace(source)

    with pytest.raises(vault.SourceChanged):
        vault.add_evidence(case_store, REF, source, progress=replace)
    _nothing_stored(case_store, data_dir, before)


def test_bad_sources_give_one_clear_error(
    case_store: Store, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = len(audit.entries(case_store))
    with pytest.raises(UserError, match="no such file"):
        vault.add_evidence(case_store, REF, tmp_path / "missing.pdf")
    with pytest.raises(UserError, match="is a folder"):
        vault.add_evidence(case_store, REF, tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        vault.add_evidence(case_store, REF, fifo)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"x")

    def deny(*_a: object, **_k: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as mp:
        mp.setattr(vault_files_module.os, "open", deny)
        with pytest.raises(UserError, match="permission denied"):
            vault.add_evidence(case_store, REF, locked)
    with pytest.raises(RecordNotFound):
        vault.add_evidence(case_store, "NO-SUCH", locked)
    _nothing_stored(case_store, data_dir, before)


def test_a_full_disk_leaves_nothing_half_stored(
    case_store: Store, source: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = len(audit.entries(case_store))
    monkeypatch.setattr(folder_module.VaultFolder, "free_bytes", lambda self: 10)
    with pytest.raises(UserError, match="disk holding the case file is full"):
        vault.add_evidence(case_store, REF, source)
    monkeypatch.undo()
    real_seal = vault_files_module.stream.seal

    def seal_then_fail(read_into, out, key, tick=None):  # type: ignore[no-untyped-def]
        real_seal(read_into, out, key, tick)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vault_files_module.stream, "seal", seal_then_fail)
    with pytest.raises(UserError, match="full; nothing was stored"):
        vault.add_evidence(case_store, REF, source)
    _nothing_stored(case_store, data_dir, before)


def test_a_failing_database_write_removes_the_stored_file(
    case_store: Store, source: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def clash(*_a: object, **_k: object) -> None:
        raise ConflictError("exhibit B is already used")

    monkeypatch.setattr(evidence, "record_new_evidence", clash)
    with pytest.raises(ConflictError):
        vault.add_evidence(case_store, REF, source)
    assert vault_files(data_dir) == []


def test_leftovers_of_a_crash_are_swept_when_old_enough(
    case_store: Store, source: Path, data_dir: Path
) -> None:
    vault.add_evidence(case_store, REF, source)
    folder = data_dir / "vault"
    old_temp, young_temp = folder / ".intake-00aa", folder / ".intake-00bb"
    orphan = folder / ("ab" * 16)
    for p in (old_temp, young_temp, orphan):
        p.write_bytes(b"ciphertext")
    past = time.time() - 2 * folder_module.SWEEP_AGE_S
    os.utime(old_temp, (past, past))
    os.utime(orphan, (past, past))
    assert any("belong to no record" in n for n in vault.verify(case_store).notes)
    vault.attach(case_store, REF, "motions", "m1", source)
    assert not old_temp.exists() and not orphan.exists()
    assert young_temp.exists()
    assert len([p for p in vault_files(data_dir) if not p.name.startswith(".")]) == 2


# -- deleting ------------------------------------------------------------------------------


def test_deleting_the_item_removes_its_file_after_commit_and_the_trail_keeps_it(
    case_store: Store, source: Path, data_dir: Path
) -> None:
    info = vault.add_evidence(case_store, REF, source)
    assert len(vault_files(data_dir)) == 1
    assert vault.delete_evidence(case_store, REF, "B") == info
    assert vault_files(data_dir) == []
    [file_entry] = [e for e in audit.entries(case_store, REF) if e.record == "attachments/f1"][-1:]
    assert file_entry.action == "delete" and file_entry.parent == "evidence/e2"
    old = {c.field: c.old for c in file_entry.changes}
    assert old["file_name"] == source.name and old["sha256"] == info.sha256


def test_deleting_a_record_or_a_case_removes_their_files(
    case_store: Store, source: Path, data_dir: Path
) -> None:
    vault.attach(case_store, REF, "motions", "m1", source)
    vault.attach(case_store, REF, "hearings", "h1", source)
    vault.attach(case_store, REF, "evidence", "e1", source)
    cases.delete_record(case_store, REF, "motions", "m1")
    assert len(vault_files(data_dir)) == 2
    cases.delete_case(case_store, REF)
    assert vault_files(data_dir) == []
    assert _rows(case_store) == []
    assert audit.verify_chain(case_store) == []


def test_a_rolled_back_deletion_keeps_the_file(
    case_store: Store, source: Path, data_dir: Path
) -> None:
    vault.attach(case_store, REF, "motions", "m1", source)
    from casefiles.storage import models as m

    with pytest.raises(RuntimeError), case_store.write() as s:
        s.delete(s.scalars(select(m.Motion).where(m.Motion.key == "m1")).one())
        s.flush()
        raise RuntimeError("abort")
    assert len(vault_files(data_dir)) == 1
    assert vault.verify(case_store).problems == []


def test_removing_a_file_from_an_item_clears_its_name_and_hash(
    case_store: Store, source: Path
) -> None:
    vault.attach(case_store, REF, "evidence", "e1", source)
    vault.remove_file(case_store, REF, "f1")
    [item] = [i for i in evidence.evidence_files(case_store, REF) if i.key == "e1"]
    assert (item.file, item.sha256, item.file_name, item.state) == (None, None, None, "no file")


# -- verify --------------------------------------------------------------------------------


def test_a_flipped_byte_is_named_by_case_and_exhibit(
    case_store: Store, source: Path, data_dir: Path, tmp_path: Path
) -> None:
    vault.add_evidence(case_store, REF, source)
    other = vault.attach(case_store, REF, "motions", "m2", source)
    target = next(p for p in vault_files(data_dir) if p.name == _blob(case_store, "f1"))
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    target.write_bytes(bytes(raw))
    report = vault.verify(case_store)
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"case {REF} exhibit B: ")
    assert "altered" in report.problems[0]
    with pytest.raises(DamageFound, match="problem"):
        vault.export_file(case_store, REF, tmp_path / "x.pdf", exhibit="B")
    assert not (tmp_path / "x.pdf").exists()
    assert not list(tmp_path.glob(".x.pdf*"))
    (data_dir / "vault" / _blob(case_store, other.key)).unlink()
    problems = vault.verify(case_store).problems
    assert (
        problems[1] == f"case {REF} motions/m2 file f2: the stored file is missing from the vault"
    )


def _blob(store: Store, key: str) -> str:
    with store.read() as s:
        return str(s.scalar(select(Attachment.blob).where(Attachment.key == key)))


def test_an_imported_hash_without_a_file_is_a_note_not_damage(
    data_dir: Path, source: Path, tmp_path: Path
) -> None:
    data = source.read_bytes()
    store = store_with(data_dir, document_with_hash(_sha(data)))
    try:
        report = vault.verify(store)
        assert report.problems == []
        assert report.notes == [f"case {REF} exhibit B: hash recorded, file not in store"]
        with pytest.raises(UserError, match="hash recorded, file not in store"):
            vault.export_file(store, REF, tmp_path / "o", exhibit="B")
        wrong = tmp_path / "wrong.pdf"
        wrong.write_bytes(b"another file")
        with pytest.raises(ConflictError, match="not the one recorded"):
            vault.attach(store, REF, "evidence", "e2", wrong)
        assert vault_files(data_dir) == []
        info = vault.attach(store, REF, "evidence", "e2", source)
        assert info.sha256 == _sha(data)
        assert vault.verify(store).notes == []
    finally:
        store.close()


def test_an_edited_recorded_hash_is_reported(case_store: Store, source: Path) -> None:
    vault.add_evidence(case_store, REF, source)
    item = cases.get_case(case_store, REF).evidence[1]
    item.sha256 = "0" * 64
    cases.save_record(case_store, REF, "evidence", item, item.key)
    assert vault.verify(case_store).problems == [
        f"case {REF} exhibit B: the sha256 recorded for the item is not its stored file's"
    ]


def test_redacting_an_items_file_name_covers_its_file(case_store: Store, source: Path) -> None:
    info = vault.add_evidence(case_store, REF, source, title="Statement")
    result = audit.redact(case_store, REF, "evidence", info.record_key, "file_name")
    assert result.entries_changed == 2  # the item's creation and its file's
    [item] = [i for i in evidence.evidence_files(case_store, REF) if i.key == info.record_key]
    assert item.file is not None and item.file_name == result.placeholder
    assert item.file.file_name == result.placeholder
    history = audit.record_history(case_store, REF, "evidence", info.record_key)
    assert MARKER not in repr(history)
    assert audit.verify_chain(case_store) == []
    assert vault.verify(case_store).problems == []


def test_a_disk_filling_up_mid_file_leaves_nothing(
    case_store: Store, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(6 << 20))
    before = len(audit.entries(case_store))
    real_fdopen = os.fdopen

    class FillsUp:
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            self.fh, self.n = fh, 0

        def write(self, data) -> int:  # type: ignore[no-untyped-def]
            self.n += len(data)
            if self.n > 3 << 20:
                raise OSError(errno.ENOSPC, "No space left on device")
            return int(self.fh.write(data))

        def __getattr__(self, name: str) -> object:
            return getattr(self.fh, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

    def fdopen(fd, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        fh = real_fdopen(fd, mode, *args, **kwargs)
        return FillsUp(fh) if mode == "wb" else fh

    monkeypatch.setattr(folder_module.os, "fdopen", fdopen)
    with pytest.raises(UserError, match="disk holding the case file is full"):
        vault.attach(case_store, REF, "motions", "m1", big)
    monkeypatch.undo()
    _nothing_stored(case_store, data_dir, before)
