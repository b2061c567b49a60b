"""Esc in an editor is Cancel: it asks before discarding what was typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _new_client_editor(window: Any, qtbot: Any) -> Any:
    editor = window.editing.open_editor("clients", None)
    qtbot.waitExposed(editor)
    return editor


def test_escape_asks_before_discarding_typed_text(
    demo_window: Any, qtbot: Any, dialogs: Any
) -> None:
    editor = _new_client_editor(demo_window, qtbot)
    qtbot.keyClicks(editor.adapters["name"].widget, "Temirkulova")
    dialogs.confirm_answer = False
    qtbot.keyClick(editor.adapters["name"].widget, Qt.Key.Key_Escape)
    assert any(c.startswith("Discard changes?") for c in dialogs.confirms)
    assert editor.isVisible()
    assert editor in demo_window.editing.editors
    assert editor.adapters["name"].raw() == "Temirkulova"

    dialogs.confirm_answer = True
    qtbot.keyClick(editor.adapters["name"].widget, Qt.Key.Key_Escape)
    assert len(dialogs.confirms) == 2
    qtbot.waitUntil(lambda: editor not in demo_window.editing.editors)


def test_escape_closes_an_unchanged_editor_quietly(
    demo_window: Any, qtbot: Any, dialogs: Any
) -> None:
    editor = _new_client_editor(demo_window, qtbot)
    qtbot.keyClick(editor.adapters["name"].widget, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor not in demo_window.editing.editors)
    assert dialogs.confirms == []


def test_cancel_still_asks_once(demo_window: Any, qtbot: Any, dialogs: Any) -> None:
    editor = _new_client_editor(demo_window, qtbot)
    editor.adapters["name"].set_raw("Someone")
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert len(dialogs.confirms) == 1
    qtbot.waitUntil(lambda: editor not in demo_window.editing.editors)
