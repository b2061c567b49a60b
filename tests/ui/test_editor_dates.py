"""Dates are typed as a lawyer writes them, and what is typed is the date stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from casefiles.ui.editors import dates
from casefiles.ui.editors import fields as f


@pytest.fixture
def locale() -> Iterator[Any]:
    """set(name) makes `name` the default locale for the test; the old one comes back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _line(adapter: f.Adapter) -> QLineEdit:
    line = adapter.widget.findChild(QLineEdit)
    assert line is not None
    return line


def _motion(window: Any) -> Any:
    ws = window.workspace
    assert ws.open_case("k1")
    return window.editing.open_editor("motions", ws.case_view.case)


def test_a_typed_date_is_the_date_stored(demo_window: Any, qtbot: Any, locale: Any) -> None:
    locale("en_GB")
    editor = _motion(demo_window)
    filed = editor.adapters["filed_on"]
    filed.set_value(date(2025, 11, 5))  # November is showing
    line = _line(filed)
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "31122025")
    assert filed.value() == date(2025, 12, 31)
    line.editingFinished.emit()
    assert line.text() == "31/12/2025"
    editor.close_quietly()


def test_typing_in_an_empty_date_field_needs_no_section_chosen(
    demo_window: Any, qtbot: Any, locale: Any
) -> None:
    locale("en_GB")
    editor = _motion(demo_window)
    ruled = editor.adapters["ruled_on"]
    assert ruled.value() is None  # empty: not known
    line = _line(ruled)
    assert line.isEnabled()
    qtbot.keyClicks(line, "04.01.2026")
    assert ruled.value() == date(2026, 1, 4)
    assert ruled.raw() == "2026-01-04"
    editor.close_quietly()


@pytest.mark.parametrize(
    ("name", "typed", "shown"),
    [
        ("en_GB", "31/12/2025", "31/12/2025"),
        ("en_GB", "31.12.2025", "31/12/2025"),
        ("en_GB", "31122025", "31/12/2025"),
        ("en_GB", "2025-12-31", "31/12/2025"),
        ("en_GB", "31 12 2025", "31/12/2025"),
        ("en_GB", "20251231", "31/12/2025"),
        ("ru_RU", "31.12.2025", "31.12.2025"),
        ("ru_RU", "31/12/2025", "31.12.2025"),
        ("ru_RU", "2025-12-31", "31.12.2025"),
        ("de_DE", "31.12.25", "31.12.2025"),
        ("en_US", "12/31/2025", "12/31/2025"),
        ("en_US", "31.12.2025", "12/31/2025"),
        ("en_US", "31122025", "12/31/2025"),
        ("C", "2025-12-31", "2025-12-31"),
        ("C", "31.12.2025", "2025-12-31"),
    ],
)
def test_accepted_forms(qtbot: Any, locale: Any, name: str, typed: str, shown: str) -> None:
    locale(name)
    adapter = f.DateAdapter()
    qtbot.addWidget(adapter.widget)
    adapter.set_raw(typed)
    assert adapter.value() == date(2025, 12, 31)
    adapter.input.line.editingFinished.emit()
    assert adapter.input.text() == shown
    assert adapter.raw() == "2025-12-31"


@pytest.mark.parametrize(
    "typed", ["31.11.2025", "31/13/2025", "2025-02-30", "1231", "31.12.1025", "tomorrow"]
)
def test_a_date_that_is_not_one_is_refused_never_moved(
    demo_window: Any, locale: Any, typed: str
) -> None:
    locale("en_GB")
    editor = _motion(demo_window)
    adapter = editor.adapters["filed_on"]
    adapter.set_raw(typed)
    with pytest.raises(f.FieldError):
        adapter.value()
    error = editor.errors["filed_on"]
    assert error.isVisibleTo(editor)
    assert not editor.save_button.isEnabled()
    if typed in ("1231", "31.12.1025", "tomorrow"):
        assert "31/12/2025, 31122025, 2025-12-31" in error.text()
    else:
        assert typed in error.text()
    assert adapter.raw() == typed  # a draft keeps what was typed
    editor.close_quietly()


def test_the_hearing_start_takes_a_typed_date_and_time(demo_window: Any, locale: Any) -> None:
    locale("ru_RU")
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.open_editor("hearings", ws.case_view.case)
    starts = editor.adapters["starts_at"]
    assert isinstance(starts, f.DateTimeAdapter)
    starts.input.set_text("05.12.2025")
    starts.time.setText("9:30")
    assert starts.value() == datetime(2025, 12, 5, 9, 30)
    assert starts.raw() == "2025-12-05T09:30:00"
    starts.time.editingFinished.emit()
    assert (starts.input.text(), starts.time.text()) == ("05.12.2025", "09:30")
    starts.time.setText("25:00")
    assert not editor.save_button.isEnabled()
    assert "10:00" in editor.errors["starts_at"].text()
    assert starts.raw() == ["05.12.2025", "25:00"]
    starts.set_raw(["05.12.2025", "1000"])
    assert starts.value() == datetime(2025, 12, 5, 10, 0)
    editor.close_quietly()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2025", "2025"),
        ("2025-12", "2025-12"),
        ("12.2025", "2025-12"),
        ("2025-12-31", "2025-12-31"),
        ("31.12.2025", "2025-12-31"),
        ("31/12/2025", "2025-12-31"),
        ("31122025", "2025-12-31"),
    ],
)
def test_an_event_date_may_be_partly_known(
    qtbot: Any, locale: Any, typed: str, stored: str
) -> None:
    locale("en_GB")
    adapter = f.PartialDateAdapter()
    qtbot.addWidget(adapter.widget)
    adapter.set_raw(typed)
    assert adapter.value() == stored
    assert adapter.raw() == stored


def test_an_event_date_that_is_no_date_is_refused(qtbot: Any, locale: Any) -> None:
    locale("en_GB")
    adapter = f.PartialDateAdapter()
    qtbot.addWidget(adapter.widget)
    for typed in ("31.02.2025", "2026-13", "soon"):
        adapter.set_raw(typed)
        with pytest.raises(f.FieldError):
            adapter.value()
        assert adapter.raw() == typed


_POPUP = pytest.mark.qt_log_ignore("This plugin does not support")


@_POPUP
def test_the_calendar_picks_a_date(qtbot: Any, locale: Any) -> None:
    locale("en_GB")
    adapter = f.DateAdapter()
    qtbot.addWidget(adapter.widget)
    adapter.widget.show()
    adapter.suggest = lambda: date(2025, 11, 20)
    adapter.input.button.click()
    assert adapter.input.menu.isVisible()
    assert adapter.input.calendar.selectedDate() == QDate(2025, 11, 20)
    adapter.input.calendar.clicked.emit(QDate(2025, 11, 18))
    assert not adapter.input.menu.isVisible()
    assert adapter.input.text() == "18/11/2025"
    assert adapter.value() == date(2025, 11, 18)


@_POPUP
def test_f4_opens_the_calendar_on_the_typed_date(qtbot: Any, locale: Any) -> None:
    locale("en_GB")
    adapter = f.DateAdapter()
    qtbot.addWidget(adapter.widget)
    adapter.widget.show()
    qtbot.waitExposed(adapter.widget)
    adapter.set_value(date(2024, 3, 1))
    adapter.input.line.setFocus()
    qtbot.keyClick(adapter.input.line, Qt.Key.Key_F4)
    qtbot.waitUntil(adapter.input.menu.isVisible)
    assert adapter.input.calendar.selectedDate() == QDate(2024, 3, 1)
    adapter.input.menu.close()


def test_examples_name_the_locale_form_first(locale: Any) -> None:
    locale("en_US")
    assert dates.examples() == "12/31/2025, 31122025, 2025-12-31"


def test_custody_steps_take_typed_dates_and_times(qtbot: Any, locale: Any) -> None:
    locale("en_GB")
    adapter = f.CustodyAdapter()
    qtbot.addWidget(adapter.widget)
    adapter.set_raw(
        [
            ["31.12.2025 14:05", "seized", "", "", ""],
            ["2026-01-02", "sealed", "", "", ""],
            ["2026-01-03 09:00", "handed over", "", "", ""],
        ]
    )
    steps = adapter.value()
    assert [s.on for s in steps] == [
        datetime(2025, 12, 31, 14, 5),
        date(2026, 1, 2),
        datetime(2026, 1, 3, 9, 0),
    ]
    adapter.set_value(steps)
    assert [row[0] for row in adapter.raw()] == [
        "31/12/2025 14:05",
        "02/01/2026",
        "03/01/2026 09:00",
    ]
    adapter.set_raw([["31.11.2025", "seized", "", "", ""]])
    with pytest.raises(f.FieldError, match=r"Step 1: there is no such date as 31\.11\.2025"):
        adapter.value()
    adapter.set_raw([["31.12.2025 25:00", "seized", "", "", ""]])
    with pytest.raises(f.FieldError, match="Step 1: write the time like 10:00"):
        adapter.value()
    adapter.set_raw([["last Tuesday", "seized", "", "", ""]])
    with pytest.raises(f.FieldError, match="Step 1: write the date like 31/12/2025, 31122025"):
        adapter.value()


def test_partly_known_dates_read_back_as_typed_and_slips_are_caught(
    qtbot: Any, locale: Any
) -> None:
    locale("ru_RU")
    adapter = f.PartialDateAdapter()
    qtbot.addWidget(adapter.widget)
    adapter.set_raw("10.2025")
    assert adapter.value() == "2025-10"
    adapter.set_value(adapter.value())
    assert adapter.input.text() == "10.2025"  # not ISO among dd.mm.yyyy dates
    adapter.set_raw("2025-10")
    assert adapter.input.text() == "10.2025" and adapter.raw() == "2025-10"
    for slip in ("1025", "10.1025", "0925"):
        adapter.set_raw(slip)
        with pytest.raises(f.FieldError, match="is not a year of this case"):
            adapter.value()
    adapter.set_raw("last October")
    with pytest.raises(f.FieldError, match=r"or 12\.2025 or 2025 when only the month"):
        adapter.value()


def test_what_has_happened_cannot_be_dated_after_today(demo_window: Any, locale: Any) -> None:
    """A notice received, a ruling, an answer: never in the future (a summary would report
    short notice for a hearing not yet held)."""
    from datetime import timedelta

    locale("en_GB")
    editor = _motion(demo_window)
    tomorrow = date.today() + timedelta(days=1)
    editor.adapters["filed_on"].set_value(date.today())
    editor.adapters["ruled_on"].set_value(tomorrow)
    editor.validate()
    assert editor.errors["ruled_on"].isVisibleTo(editor)
    assert (
        "cannot have happened yet"
        in editor.errors["ruled_on"].toolTip() + editor.errors["ruled_on"].text()
    )
    assert not editor.save_button.isEnabled()
    editor.adapters["ruled_on"].set_value(date.today())
    editor.validate()
    assert not editor.errors["ruled_on"].isVisibleTo(editor)
    editor.close_quietly()
