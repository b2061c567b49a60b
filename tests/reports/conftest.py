from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest

from casefiles.reports import CaseSnapshot, snapshot_from_document
from tests.factories import demo_document

WHEN = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
LIQUIDATION = "2-1187/2025"
CRIMINAL = "1-0342/2026"


@pytest.fixture(scope="session")
def demo_doc() -> dict[str, Any]:
    return demo_document()


@pytest.fixture
def doc(demo_doc: dict[str, Any]) -> dict[str, Any]:
    """A fresh copy of the demo document to change in a test."""
    return copy.deepcopy(demo_doc)


@pytest.fixture(scope="session")
def demo_snap(demo_doc: dict[str, Any]) -> CaseSnapshot:
    return snapshot_from_document(demo_doc, LIQUIDATION)
