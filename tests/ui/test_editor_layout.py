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
    assert "when only the month or the year is known" in error.text()
    editor.close_quietly()


LONG = "Free Trade Union of Eastport Dockworkers, Stevedores and Harbour Pilots (Local 7)"


def test_the_client_list_of_a_new_case_shows_long_names_whole(demo_window: Any, qtbot: Any) -> None:
    from casefiles.domain import records as d
    from casefiles.domain.enums import ClientKind
    from casefiles.services import cases

    cases.save_client(
        demo_window.session.require_store(), d.Client("", LONG, next(iter(ClientKind)))
    )
    editor = demo_window.editing.open_editor("cases", None)
    qtbot.waitExposed(editor)
    width = editor.width()
    clients = editor.adapters["clients"]
    clients.box.add.click()
    combo = clients.box.table.cellWidget(0, 0)
    index = combo.findText(LONG)
    assert index >= 0
    combo.setCurrentIndex(index)
    view = combo.view()
    assert view.minimumWidth() >= view.fontMetrics().horizontalAdvance(LONG)
    assert combo.width() < view.minimumWidth()  # the box keeps its column's width
    assert combo.toolTip() == LONG
    qtbot.wait(20)
    assert editor.width() == width  # the dialog does not grow
    editor.close_quietly()
