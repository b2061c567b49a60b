"""The Chronology tab words each line in the interface's language, from its record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator

from casefiles.ui.app import install_translators


def _what(window: Any) -> list[str]:
    model = window.workspace.case_view.chronology.model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_english_lines_from_the_records(demo_window: Any) -> None:
    assert demo_window.workspace.open_case("k1")
    lines = _what(demo_window)
    assert "Case opened" in lines
    assert "Decision announced" in lines
    assert "Filed: Motion to examine witnesses R. Dzhaksybekov and A. K. Otepova" in lines
    assert "Denied: Motion to examine witnesses R. Dzhaksybekov and A. K. Otepova" in lines
    assert any(line.startswith("Exhibit ") for line in lines)
    assert any(line.startswith("Request to ") for line in lines)


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    installed: list[QTranslator] = install_translators(qapp, "ru")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_russian_lines_from_the_records(russian: None, demo_window: Any) -> None:
    assert demo_window.workspace.open_case("k1")
    lines = _what(demo_window)
    assert "Дело принято к производству" in lines
    assert "Решение объявлено" in lines
    assert "Отказано: Motion to examine witnesses R. Dzhaksybekov and A. K. Otepova" in lines
    assert any(line.startswith("Заявлено: ") for line in lines)
    assert any(line.startswith("Доказательство ") for line in lines)
    assert not any(line.startswith(("Motion filed", "Decision", "Exhibit ")) for line in lines)
