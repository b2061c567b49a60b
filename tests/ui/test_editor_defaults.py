"""What a new record's editor starts from: no hearing for evidence and requests."""

from __future__ import annotations

from typing import Any


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
