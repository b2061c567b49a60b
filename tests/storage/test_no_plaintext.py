"""Nothing the store writes may hold case content in the clear."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from casefiles.cli.main import main
from casefiles.domain import records as d
from casefiles.domain.enums import ClientKind, MotionStatus
from casefiles.services import cases
from casefiles.services.interchange import import_document
from tests.factories import PASSPHRASE, example_document, make_store

ASCII_MARKER = "ZQXmarkerJW"
CYRILLIC_MARKER = "ЖЁЛУДЬмаркерҚӘ"


def _forms(marker: str) -> list[bytes]:
    forms = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    from urllib.parse import quote

    forms.append(quote(marker).encode())
    return forms


def _hits(root: Path) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for marker in (ASCII_MARKER, CYRILLIC_MARKER):
            if any(form in data for form in _forms(marker)):
                found.append(f"{path.name}: {marker}")
    return found


def _doc_with_markers() -> dict:  # type: ignore[type-arg]
    doc = example_document()
    doc["clients"][0]["name"] = f"{ASCII_MARKER} union"
    doc["clients"][1]["notes"] = f"{CYRILLIC_MARKER} заметка"
    case = doc["cases"][0]
    case["reference"] = f"{ASCII_MARKER}-1"
    case["summary"] = CYRILLIC_MARKER * 3
    case["motions"][0]["ruling"] = f"Отказать. {CYRILLIC_MARKER}"
    case["events"][0]["description"] = ASCII_MARKER
    return doc


def test_markers_written_through_every_path_appear_in_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "store"
    store = make_store(data_dir)
    import_document(store, _doc_with_markers())
    ref = f"{ASCII_MARKER}-1"
    cases.save_client(store, d.Client("", f"Клиент {CYRILLIC_MARKER}", ClientKind.PERSON))
    motion = d.Motion(
        "", f"{ASCII_MARKER} motion", status=MotionStatus.DENIED, ruling=CYRILLIC_MARKER
    )
    cases.save_record(store, ref, "motions", motion)
    # While the store is open, with the write-ahead log in use.
    assert _hits(data_dir) == []
    # A failing import logs nothing of what it read.
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "casefiles", "version": 1, "cases": [{"title": "' + CYRILLIC_MARKER + '"}]}',
        encoding="utf-8",
    )
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    err = io.StringIO()
    assert (
        main(["--data-dir", str(data_dir), "import", str(bad)], stderr=err, stdout=io.StringIO())
        == 2
    )
    store.close()
    assert _hits(data_dir) == []
    assert (data_dir / "casefiles.log").exists()
    # The scan can fail: a plaintext file in the folder is found.
    (data_dir / "probe.txt").write_text(CYRILLIC_MARKER, encoding="utf-16-le")
    assert _hits(data_dir) == [f"probe.txt: {CYRILLIC_MARKER}"]
