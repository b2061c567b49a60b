"""Dates follow the interface language chosen in Preferences, written as in the system's
country where that language is used there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from casefiles.ui import fmt
from casefiles.ui.app import apply_interface_locale, interface_locale, system_interface_language

L, C = QLocale.Language, QLocale.Country


@pytest.fixture
def system() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("system_locale", "language", "expected"),
    [
        ((L.English, C.UnitedStates), "", "en_US"),
        ((L.English, C.UnitedStates), "ru", "ru_RU"),
        ((L.Kazakh, C.Kazakhstan), "ru", "ru_KZ"),
        ((L.Russian, C.Russia), "en", "en_GB"),  # not the US's month-first dates
        ((L.German, C.Germany), "en", "en_DE"),
        ((L.Russian, C.Kazakhstan), "ru", "ru_KZ"),
        ((L.English, C.UnitedKingdom), "en", "en_GB"),
    ],
)
def test_the_interface_locale(
    system: None,
    system_locale: tuple[QLocale.Language, QLocale.Country],
    language: str,
    expected: str,
) -> None:
    QLocale.setDefault(QLocale(*system_locale))
    assert interface_locale(language).name() == expected


def test_russian_chosen_on_an_english_system_writes_dates_in_russian(system: None) -> None:
    QLocale.setDefault(QLocale(L.English, C.UnitedStates))
    apply_interface_locale("ru")
    assert fmt.date_text(date(2026, 1, 4)) == "04.01.2026"
    assert fmt.date_text("2026-01") == "Январь 2026"  # the month on its own, not "января"
    assert fmt.month_text(2026, 1, in_sentence=True) == "январь 2026"  # "Заседания за …"
    assert fmt.date_text("2026") == "2026"


def test_english_month_and_year(system: None) -> None:
    QLocale.setDefault(QLocale(L.English, C.UnitedKingdom))
    assert fmt.date_text("2025-12") == "December 2025"


@pytest.mark.parametrize(
    ("system_locale", "expected"),
    [
        ((L.Russian, C.Russia), "ru"),
        ((L.Russian, C.Kazakhstan), "ru"),
        ((L.English, C.UnitedStates), "en"),
        ((L.German, C.Germany), ""),  # no German translation: the system's locale stays
    ],
)
def test_the_systems_interface_language(
    system: None, system_locale: tuple[QLocale.Language, QLocale.Country], expected: str
) -> None:
    QLocale.setDefault(QLocale(*system_locale))
    assert system_interface_language() == expected


def test_sizes_and_moments_in_the_users_locale(system: None) -> None:
    from datetime import UTC, datetime

    QLocale.setDefault(QLocale(L.Russian, C.Russia))
    assert fmt.size_text(398_400) == "398,4 кБ"
    QLocale.setDefault(QLocale(L.English, C.UnitedKingdom))
    assert fmt.size_text(398_400) == "398.4 kB"
    assert fmt.size_text(980).startswith("980 byte")  # "bytes" once the English plurals load
    moment = datetime(2026, 11, 27, 11, 29, tzinfo=UTC)
    local = moment.astimezone()
    assert fmt.datetime_text(moment) == f"{local:%d/%m/%Y %H:%M}"
