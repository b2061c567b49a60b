"""Similar names across case, accents and Latin/Cyrillic script."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles.services.conflicts import find_similar, fold, similar
from tests.factories import demo_document, store_with


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zhanar Temirkulova", "ZHANAR TEMIRKULOVA"),
        ("Zhanar Temirkulova", "Temirkulova Zhanar"),
        ("Zhanar Temirkulova", "Темиркулова Жанар"),
        ("Zhanar Temirkulova", "Temirkulova"),
        ("José Núñez", "Jose Nunez"),
        ("S. Abenov", "Abenov S"),
        ("Zhanar Temirkulova", "Zhanar Temirkulva"),
    ],
)
def test_similar(a: str, b: str) -> None:
    assert similar(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zhanar Temirkulova", "Aigerim Bekova"), ("S. Abenov", "S. Ivanov"), ("", "x")],
)
def test_not_similar(a: str, b: str) -> None:
    assert not similar(a, b)


def test_fold() -> None:
    assert fold("  Жанар   ТЕМИРКУЛОВА, ") == "zhanar temirkulova"


def test_find_similar_names_roles_and_cases(data_dir: Path) -> None:
    store = store_with(data_dir, demo_document())
    try:
        found = find_similar(store, "темиркулова")
        client = next(m for m in found if m.kind == "client")
        assert client.name == "Zhanar Temirkulova"
        assert ("1-0342/2026", "accused") in client.cases
        assert find_similar(store, "Temirkulova", exclude_client=client.key) == [
            m for m in found if m.kind == "party"
        ]
        party = find_similar(store, "abenov")[0]
        assert party.kind == "party" and party.cases == (("2-1187/2025", "counsel"),)
        assert find_similar(store, "   ") == []
    finally:
        store.close()
