"""What an editor starts from: no hearing for new evidence and requests; dates near their
neighbours; a hint that does not contradict the errors."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate


def test_new_evidence_and_requests_start_with_no_hearing(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    cv = ws.case_view
    assert cv.case.hearings
    cv.tabs.setCurrentWidget(cv.hearings)
    cv.hearings.table.select_row(0)
    for tab in (cv.evidence, cv.requests):
        cv.tabs.setCurrentWidget(tab)
        tab.new_button.click()
        editor = demo_window.editing.editors[-1]
        assert editor.record_type == tab.record_type
        assert editor.adapters["hearing"].value() is None
        assert editor.adapters["hearing"].combo.currentText() == "(no hearing)"
        assert not editor.is_dirty()
        editor.close_quietly()


def test_a_new_motion_still_starts_at_the_latest_hearing(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    motion = demo_window.editing.open_editor("motions", ws.case_view.case)
    assert motion.adapters["hearing"].value() is not None
    motion.close_quietly()


def test_a_notice_after_the_start_shows_only_the_error(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.edit("hearings", ws.case_view.case, "h2")
    starts = editor.adapters["starts_at"].value()
    hint = editor.hints["notice_received_on"]
    editor.adapters["notice_received_on"].set_value(starts.date() + timedelta(days=3))
    assert "cannot come after the hearing started" in editor.errors["starts_at"].text()
    assert editor.errors["starts_at"].isVisibleTo(editor)
    assert not hint.isVisibleTo(editor)
    assert "%n" not in hint.text()
    editor.adapters["notice_received_on"].set_value(starts.date() - timedelta(days=2))
    assert hint.isVisibleTo(editor)
    assert hint.text().startswith("Notice of 2 day")
    editor.close_quietly()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_empty_date_of_a_record_opens_near_the_dates_around_it(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    case = ws.case_view.case
    editor = demo_window.editing.edit("hearings", case, "h2")
    starts = editor.adapters["starts_at"].value()
    notice = editor.adapters["notice_received_on"]
    notice.set_value(None)
    notice.input.button.click()
    assert notice.input.calendar.selectedDate() == QDate(
        starts.year, starts.month, starts.day
    ).addDays(-1)
    notice.input.menu.close()
    assert notice.value() is None  # opening the calendar types nothing
    editor.close_quietly()

    motion = demo_window.editing.edit("motions", case, "m1")
    filed = motion.adapters["filed_on"].value()
    ruled = motion.adapters["ruled_on"]
    ruled.set_value(None)
    ruled.input.button.click()
    assert ruled.input.calendar.selectedDate() == QDate(filed.year, filed.month, filed.day)
    ruled.input.menu.close()
    motion.close_quietly()


def test_a_new_custody_step_is_dated_when_the_exhibit_was_obtained(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.open_editor("evidence", ws.case_view.case)
    custody = editor.adapters["custody"]
    editor.adapters["obtained_on"].set_raw("2025-12-01")
    custody.box.add.click()
    assert custody.raw()[0][0] == "2025-12-01"
    editor.adapters["obtained_on"].set_raw(None)
    custody.box.add.click()
    assert custody.raw()[1][0] == date.today().isoformat()  # the C locale: ISO
    editor.close_quietly()
