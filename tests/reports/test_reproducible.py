"""Same data and same SOURCE_DATE_EPOCH: the same bytes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from casefiles.domain.errors import UserError
from casefiles.reports import generation_time, hearing_summary, procedural_summary
from tests.reports.pdfutil import reader, text

EPOCH = "1796083200"  # 2026-12-01T00:00:00Z


def test_byte_identical_under_a_fixed_source_date_epoch(
    demo_snap: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    for lang in ("en", "ru"):
        first = procedural_summary(demo_snap, lang=lang)
        assert procedural_summary(demo_snap, lang=lang) == first
        assert hearing_summary(demo_snap, "h2", lang=lang) == hearing_summary(
            demo_snap, "h2", lang=lang
        )
    pdf = procedural_summary(demo_snap)
    metadata = reader(pdf).metadata
    assert metadata is not None
    assert str(metadata["/CreationDate"]).startswith("D:20261201000000")
    assert "Generated 1 December 2026, 00:00 UTC" in text(pdf)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))
    assert procedural_summary(demo_snap) != pdf


def test_without_source_date_epoch_the_current_time_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).replace(microsecond=0)
    got = generation_time()
    assert got.tzinfo is not None
    assert before <= got <= datetime.now(UTC)


@pytest.mark.parametrize("bad", ["yesterday", "1.5e9", "99999999999999999999"])
def test_a_malformed_source_date_epoch_is_a_user_error(
    monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", bad)
    with pytest.raises(UserError, match="SOURCE_DATE_EPOCH must be a whole number"):
        generation_time()


def test_a_malformed_epoch_is_caught_even_with_an_explicit_time(
    demo_snap: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(UserError, match="SOURCE_DATE_EPOCH"):
        procedural_summary(demo_snap, generated_at=datetime(2026, 1, 1, tzinfo=UTC))
