"""Fixed wording and dates in English and Russian."""

from __future__ import annotations

import dataclasses
import string
from datetime import date, datetime

import pytest

from casefiles.domain.enums import (
    CaseStatus,
    EventCategory,
    EvidenceStatus,
    HearingStatus,
    MotionStatus,
    PartyRole,
    Procedure,
    RequestStatus,
)
from casefiles.domain.errors import UserError
from casefiles.reports.i18n import EN, LANGUAGES, PRINTED_ENUMS, RU, language

en, ru = LANGUAGES["en"], LANGUAGES["ru"]


def _fields(label: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(label) if name}


def test_every_label_is_translated_with_the_same_placeholders() -> None:
    for f in dataclasses.fields(EN):
        en_text, ru_text = getattr(EN, f.name), getattr(RU, f.name)
        assert en_text and ru_text, f.name
        assert _fields(en_text) == _fields(ru_text), f.name


def test_every_printed_enumeration_value_has_a_name_in_each_language() -> None:
    for enum in PRINTED_ENUMS:
        for member in enum:
            assert ru.has_enum(member), member
            assert en.has_enum(member), member


def test_values_standing_alone_are_capitalised_in_sentences_not() -> None:
    assert (en.label(Procedure.CIVIL), en.enum(Procedure.CIVIL)) == ("Civil", "civil")
    assert en.label(CaseStatus.APPEAL) == "On appeal"
    assert en.label(HearingStatus.HELD) == "Held"
    assert en.label(EvidenceStatus.COLLECTED) == "Collected"
    assert en.label(PartyRole.CLAIMANT) == "Claimant"
    assert en.label(EventCategory.HARASSMENT) == "Harassment"
    assert ru.label(Procedure.CIVIL) == "Гражданское"
    assert ru.label(HearingStatus.HELD) == "Состоялось"
    assert ru.enum(MotionStatus.DENIED) == "отклонено"
    assert en.label(None) == ""


def test_equal_values_of_different_enumerations_keep_their_own_names() -> None:
    assert ru.enum(MotionStatus.DENIED) == "отклонено"
    assert ru.enum(RequestStatus.DENIED) == "отказано"
    assert en.enum(MotionStatus.NOT_CONSIDERED) == "not considered"
    assert en.enum(RequestStatus.IGNORED) == "no answer"


@pytest.mark.parametrize(
    ("value", "english", "russian"),
    [
        (date(2026, 1, 4), "4 Jan 2026", "04.01.2026"),
        (datetime(2026, 1, 4, 10, 0), "4 Jan 2026, 10:00", "04.01.2026, 10:00"),
        ("2025-10", "Oct 2025", "10.2025"),
        ("2025", "2025", "2025"),
        ("2025-10-03", "3 Oct 2025", "03.10.2025"),
        (None, "", ""),
    ],
)
def test_compact_dates(value: date | str | None, english: str, russian: str) -> None:
    assert en.when(value) == english
    assert ru.when(value) == russian


def test_long_dates_with_weekdays() -> None:
    sunday = datetime(2026, 1, 4, 10, 0)
    assert en.long_date(sunday, weekday=True) == "Sunday, 4 January 2026, 10:00"
    assert ru.long_date(sunday, weekday=True) == "воскресенье, 4 января 2026 г., 10:00"
    assert en.long_date(date(2025, 12, 8)) == "8 December 2025"
    assert ru.long_date(date(2025, 12, 8)) == "8 декабря 2025 г."
    assert en.long_date("2025-10") == "October 2025"
    assert ru.long_date("2025-10") == "октябрь 2025 г."
    assert ru.long_date("2026") == "2026 г."


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "1 день"),
        (2, "2 дня"),
        (4, "4 дня"),
        (5, "5 дней"),
        (11, "11 дней"),
        (12, "12 дней"),
        (21, "21 день"),
        (22, "22 дня"),
        (0, "0 дней"),
        (-1, "-1 день"),
    ],
)
def test_russian_counts_of_days(n: int, words: str) -> None:
    assert ru.days(n) == words


def test_english_counts_of_days() -> None:
    assert [en.days(n) for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]


def test_unknown_language() -> None:
    with pytest.raises(UserError, match="choose one of en, ru"):
        language("kk")


@pytest.mark.parametrize(
    ("counts", "english", "russian"),
    [
        (
            (1, 1, 1, 0),
            "The one defence motion ruled on was denied.",
            "Единственное ходатайство защиты, по которому принято решение, отклонено.",
        ),
        (
            (2, 2, 2, 0),
            "Both defence motions ruled on were denied.",
            "Оба ходатайства защиты, по которым принято решение, отклонены.",
        ),
        (
            (3, 3, 3, 0),
            "All 3 defence motions ruled on were denied.",
            "Все 3 ходатайства защиты, по которым принято решение, отклонены.",
        ),
        (
            (5, 5, 0, 5),
            "None of the 5 defence motions was considered.",
            "Ни одно из 5 ходатайств защиты не рассмотрено.",
        ),
        (
            (1, 1, 0, 1),
            "The one defence motion was not considered.",
            "Единственное ходатайство защиты не рассмотрено.",
        ),
        (
            (2, 2, 0, 2),
            "Neither defence motion was considered.",
            "Оба ходатайства защиты не рассмотрены.",
        ),
        (
            (2, 2, 1, 1),
            "Neither defence motion was granted: 1 denied, 1 not considered.",
            "Ни одно из двух ходатайств защиты не удовлетворено: отклонено\u00a0— 1, "
            "не рассмотрено\u00a0— 1.",
        ),
        (
            (5, 5, 4, 1),
            "None of the 5 defence motions was granted: 4 denied, 1 not considered.",
            "Ни одно из 5 ходатайств защиты не удовлетворено: отклонено\u00a0— 4, "
            "не рассмотрено\u00a0— 1.",
        ),
        (
            (21, 21, 20, 1),
            "None of the 21 defence motions was granted: 20 denied, 1 not considered.",
            "Ни одно из 21 ходатайства защиты не удовлетворено: отклонено\u00a0— 20, "
            "не рассмотрено\u00a0— 1.",
        ),
        (
            (2, 3, 1, 1),
            "2 of 3 defence motions were not granted: 1 denied, 1 not considered.",
            "2 из 3 ходатайств защиты не удовлетворены: отклонено\u00a0— 1, "
            "не рассмотрено\u00a0— 1.",
        ),
        (
            (1, 21, 0, 1),
            "1 of 21 defence motions was not considered.",
            "1 из 21 ходатайства защиты не рассмотрено.",
        ),
        (
            (1, 21, 1, 0),
            "1 of 21 defence motions ruled on was denied.",
            "1 из 21 ходатайства защиты, по которым принято решение, отклонено.",
        ),
    ],
)
def test_refused_defence_motions_are_counted_as_a_lawyer_writes(
    counts: tuple[int, int, int, int], english: str, russian: str
) -> None:
    assert en.refused_motions(*counts) == english
    assert ru.refused_motions(*counts) == russian
