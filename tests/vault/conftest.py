from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casefiles.storage.store import Store
from tests.factories import example_document, store_with

REF = "EC-118/2024"
#: Written into attached files; must never appear in plaintext in the data dir.
MARKER = "ZQX-privileged-7f3c9a"


def document_with_hash(sha256: str, file_name: str = "scan.pdf") -> dict[str, Any]:
    """The example document with a second evidence item carrying a hash but no file."""
    doc = copy.deepcopy(example_document())
    doc["cases"][0]["evidence"].append(
        {"key": "e2", "title": "Seized notebook", "file_name": file_name, "sha256": sha256}
    )
    return doc


@pytest.fixture
def case_store(data_dir: Path) -> Iterator[Store]:
    s = store_with(data_dir, example_document())
    yield s
    s.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "inputs" / f"statement {MARKER}.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4\n" + (MARKER.encode() + b"\n") * 5000 + b"%%EOF\n")
    return path


def vault_files(data_dir: Path) -> list[Path]:
    vault = data_dir / "vault"
    return sorted(vault.iterdir()) if vault.exists() else []
