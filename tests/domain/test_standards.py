"""How prose cites a standard of the catalogue."""

from __future__ import annotations

from casefiles.domain.records import Standard
from casefiles.domain.standards import BUILT_IN_STANDARDS, catalogue, short_title


def test_short_titles_in_english_and_russian() -> None:
    std = catalogue()["ICCPR-14.3.e"]
    assert short_title(std) == "ICCPR art. 14(3)(e)"
    assert short_title(std, russian=True) == "МПГПП ст. 14(3)(e)"
    assert short_title(catalogue()["ILO-C87-3"], russian=True) == "Конвенция МОТ № 87 ст. 3"


def test_every_built_in_standard_has_a_short_title_other_than_its_code() -> None:
    for std in BUILT_IN_STANDARDS:
        assert short_title(std) != std.code
        assert short_title(std, russian=True) != std.code


def test_a_standard_without_a_short_form_is_cited_by_its_code() -> None:
    own = Standard("LOCAL-1", "Local rule on hearings")
    assert short_title(own) == "LOCAL-1"
    assert short_title(own, russian=True) == "LOCAL-1"
