"""Editors keep still while messages come and go; dropdowns show whole names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit


def _positions(editor: Any) -> dict[str, int]:
    return {
        name: adapter.widget.mapTo(editor, QPoint(0, 0)).y()
        for name, adapter in editor.adapters.items()
    }


def test_fields_do_not_move_as_errors_appear_while_typing(demo_window: Any, qtbot: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.open_editor("motions", ws.case_view.case)
    qtbot.waitExposed(editor)
    before = _positions(editor)
    line = editor.adapters["filed_on"].widget.findChild(QLineEdit)
    line.setFocus()
    qtbot.keyClicks(line, "3")  # not a date yet: its error shows
    qtbot.keyClicks(editor.adapters["title"].widget, "x")
    editor.adapters["title"].set_raw("")  # required: its error shows
    qtbot.wait(20)
    assert editor.errors["filed_on"].isVisible()
    assert editor.errors["title"].isVisible()
    assert _positions(editor) == before
    editor.close_quietly()


def test_the_notice_hint_and_errors_do_not_move_the_hearing_form(
    demo_window: Any, qtbot: Any
) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.edit("hearings", ws.case_view.case, "h2")
    qtbot.waitExposed(editor)
    notice = editor.adapters["notice_received_on"]
    notice.set_raw(None)
    qtbot.wait(20)
    before = _positions(editor)
    notice.set_raw("2026-01-02")
    qtbot.wait(20)
    assert editor.hints["notice_received_on"].isVisible()
    assert _positions(editor) == before
    notice.set_raw("2026-01-10")
    qtbot.wait(20)
    assert editor.errors["starts_at"].isVisible()
    assert _positions(editor) == before
    editor.close_quietly()


def test_a_long_message_is_whole_in_its_tooltip(demo_window: Any, qtbot: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.open_editor("events", ws.case_view.case)
    editor.adapters["date"].set_raw("soon")
    error = editor.errors["date"]
    assert error.isVisibleTo(editor)
    assert error.toolTip() == error.text()
    assert "YYYY-MM" in error.text()
    editor.close_quietly()
