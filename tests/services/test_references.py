"""A mistyped case reference is answered with the likely one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefiles.domain.errors import RecordNotFound
from casefiles.services import cases
from casefiles.services.references import likely_references
from casefiles.storage.store import Store
from tests.factories import demo_document, store_with

REFS = ["2-1187/2025", "1-0342/2026", "EC-118/2024"]


def test_a_prefix_or_a_near_miss_is_suggested() -> None:
    assert likely_references("2-1187", REFS) == ["2-1187/2025"]
    assert likely_references("ec-118/2024", REFS) == ["EC-118/2024"]
    assert likely_references("2-1178/2025", REFS)[0] == "2-1187/2025"  # closest first
    assert likely_references("nothing like it", REFS) == []
    assert likely_references("  ", REFS) == []


@given(st.text(max_size=30))
def test_suggestions_are_always_real_references(typed: str) -> None:
    assert set(likely_references(typed, REFS)) <= set(REFS)


def test_the_error_names_the_likely_case(tmp_path: object) -> None:
    from pathlib import Path

    store: Store = store_with(Path(str(tmp_path)) / "d", demo_document())
    try:
        with pytest.raises(RecordNotFound, match=r"did you mean '2-1187/2025'\?"):
            cases.delete_case(store, "2-1187")
        with pytest.raises(RecordNotFound, match="'casefiles cases' lists them"):
            cases.delete_case(store, "zzz")
    finally:
        store.close()


def test_export_and_reports_name_the_likely_case_too(tmp_path: object) -> None:
    from pathlib import Path

    from casefiles.services import interchange

    store: Store = store_with(Path(str(tmp_path)) / "d", demo_document())
    try:
        with pytest.raises(RecordNotFound, match=r"did you mean '2-1187/2025'\?"):
            interchange.export_document(store, ["2-1187"])
    finally:
        store.close()
