from __future__ import annotations

from datetime import date, datetime

import pytest

from casefiles.domain.dates import (
    format_datetime,
    is_partial_date,
    parse_date_or_datetime,
    sort_key,
)
from casefiles.domain.keys import exhibit_label, label_index, next_exhibit_label, next_key


@pytest.mark.parametrize(
    ("index", "label"),
    [
        (0, "A"),
        (25, "Z"),
        (26, "AA"),
        (27, "AB"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
    ],
)
def test_exhibit_labels_follow_the_defence_convention(index: int, label: str) -> None:
    assert exhibit_label(index) == label
    assert label_index(label) == index


def test_next_exhibit_label_fills_the_first_gap() -> None:
    assert next_exhibit_label([]) == "A"
    assert next_exhibit_label(["A", "B", "D"]) == "C"
    assert next_exhibit_label([exhibit_label(i) for i in range(26)]) == "AA"
    assert next_exhibit_label(["A", "custom", "a"]) == "B"


def test_next_key_is_one_past_the_highest_number() -> None:
    assert next_key("h", []) == "h1"
    assert next_key("h", ["h1", "h2", "h7", "x9"]) == "h8"
    assert next_key("m", iter(["m3"])) == "m4"
    assert next_key("ev", ["e1", "ev2"]) == "ev3"


def test_partial_dates_sort_before_the_days_they_span_and_unknown_last() -> None:
    values: list[date | str | None] = [
        "2024-04-15",
        None,
        "2024",
        date(2024, 4, 1),
        "2024-04",
        datetime(2024, 4, 1, 9, 30),
        date(2023, 12, 31),
    ]
    ordered = sorted(values, key=sort_key)
    assert ordered == [
        date(2023, 12, 31),
        "2024",
        "2024-04",
        date(2024, 4, 1),
        datetime(2024, 4, 1, 9, 30),
        "2024-04-15",
        None,
    ]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2024", True),
        ("2024-02", True),
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2024-13", False),
        ("2024-00", False),
        ("24-01", False),
        ("2024-1", False),
        ("2024-01-01\n", False),
        ("٢٠٢٤", False),
    ],
)
def test_partial_date_validation(text: str, ok: bool) -> None:
    assert is_partial_date(text) is ok


def test_datetimes_are_written_without_zero_seconds() -> None:
    assert format_datetime(datetime(2024, 3, 20, 10, 0)) == "2024-03-20T10:00"
    assert format_datetime(datetime(2024, 3, 20, 10, 0, 5)) == "2024-03-20T10:00:05"
    assert parse_date_or_datetime("2024-03-20T10:00") == datetime(2024, 3, 20, 10, 0)
    assert parse_date_or_datetime("2024-03-20") == date(2024, 3, 20)
