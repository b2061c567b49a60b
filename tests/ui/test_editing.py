"""Editors validate as the user types; create, edit and delete are undoable; conflicts show."""

from __future__ import annotations

from typing import Any

from casefiles.domain.enums import HearingStatus
from casefiles.services import cases
from tests.ui.conftest import wait_idle


def test_undo_and_redo_of_create_edit_and_delete(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    ws, ed = window.workspace, window.editing
    assert ws.open_case("k2")
    cv = ws.case_view
    before = len(cv.case.hearings)

    editor = ed.open_editor("hearings", cv.case)
    editor.adapters["purpose"].set_raw("Closing arguments")
    editor.request_save()
    assert len(cv.case.hearings) == before + 1
    key = next(h.key for h in cv.case.hearings if h.purpose == "Closing arguments")

    editor = ed.edit("hearings", cv.case, key)
    editor.adapters["status"].set_value(HearingStatus.POSTPONED)
    editor.request_save()
    assert cv.case.hearing(key).status is HearingStatus.POSTPONED

    window.acts.undo.trigger()
    assert cv.case.hearing(key).status is HearingStatus.SCHEDULED
    window.acts.redo.trigger()
    assert cv.case.hearing(key).status is HearingStatus.POSTPONED

    assert ed.delete("hearings", cv.case, key)
    assert cv.case.hearing(key) is None
    window.acts.undo.trigger()
    assert cv.case.hearing(key).purpose == "Closing arguments"
    window.acts.undo.trigger()  # the edit
    window.acts.undo.trigger()  # the creation
    assert len(cv.case.hearings) == before
    assert window.acts.redo.isEnabled()
    wait_idle(qtbot, window)


def test_deleting_a_hearing_and_undoing_it_restores_the_links(demo_window: Any) -> None:
    window = demo_window
    ws = window.workspace
    assert ws.open_case("k1")
    case = ws.case_view.case
    linked = [m.key for m in case.motions if m.hearing == "h2"]
    assert linked
    assert window.editing.delete("hearings", case, "h2")
    assert all(m.hearing is None for m in ws.case_view.case.motions)
    window.acts.undo.trigger()
    relinked = [m.key for m in ws.case_view.case.motions if m.hearing == "h2"]
    assert relinked == linked


def test_a_refused_delete_changes_nothing(demo_window: Any, dialogs: Any) -> None:
    dialogs.confirm_answer = False
    ws = demo_window.workspace
    assert ws.open_case("k1")
    assert not demo_window.editing.delete("motions", ws.case_view.case, "m1")
    assert ws.case_view.case is not None
    assert any(m.key == "m1" for m in ws.case_view.case.motions)
    assert "Delete this motion?" in dialogs.confirms[0]


def test_form_validates_as_you_type(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.open_editor("events", ws.case_view.case)
    assert not editor.save_button.isEnabled()
    editor.adapters["title"].set_raw("Union office searched")
    editor.adapters["date"].set_raw("2026-13")
    assert not editor.save_button.isEnabled()
    assert editor.errors["date"].isVisibleTo(editor)
    editor.adapters["date"].set_raw("2026-01")
    assert editor.save_button.isEnabled()
    assert not editor.errors["date"].isVisibleTo(editor)

    motion = demo_window.editing.edit("motions", ws.case_view.case, "m1")
    motion.adapters["ruled_on"].set_raw("2020-01-01")
    assert not motion.save_button.isEnabled()
    assert "before the filing date" in motion.errors["ruled_on"].text()


def test_a_duplicate_reference_is_said_in_the_editor(demo_window: Any) -> None:
    editor = demo_window.editing.open_editor("cases", None)
    editor.adapters["reference"].set_raw("2-1187/2025")
    editor.adapters["title"].set_raw("Another")
    editor.request_save()
    assert editor in demo_window.editing.editors
    assert "already exists" in editor.message.text()
    editor.close_quietly()


def test_conflict_check_before_adding_a_client(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    editor = window.editing.open_editor("clients", None)
    editor.adapters["name"].set_raw("ТЕМИРКУЛОВА Жанар")
    qtbot.waitUntil(lambda: editor.conflicts.isVisibleTo(editor), timeout=20_000)
    text = editor.conflicts.text()
    assert "Zhanar Temirkulova" in text
    assert "1-0342/2026" in text and "accused" in text
    store = window.session.require_store()
    clients_before = len(cases.list_clients(store))
    editor.request_save()  # the names were seen: saving adds the client anyway
    assert editor not in window.editing.editors
    assert len(cases.list_clients(store)) == clients_before + 1
    window.workspace.show_view(2)
    wait_idle(qtbot, window)
    assert window.workspace.clients.model.total == clients_before + 1


def test_conflict_shown_even_when_saving_at_once(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.open_editor("parties", ws.case_view.case)
    editor.adapters["name"].set_raw("s abenov")
    editor.request_save()  # no time for the live check: it runs now and asks again
    assert editor in demo_window.editing.editors
    assert editor.conflicts.isVisibleTo(editor)
    assert "S. Abenov" in editor.conflicts.text()
    editor.request_save()
    assert editor not in demo_window.editing.editors


def test_deleting_a_record_with_a_file_says_it_cannot_be_undone(
    demo_window: Any, dialogs: Any, tmp_path: Any
) -> None:
    from casefiles.vault.files import attach

    source = tmp_path / "protocol.txt"
    source.write_text("protocol")
    attach(demo_window.session.require_store(), "2-1187/2025", "motions", "m2", source)
    ws = demo_window.workspace
    assert ws.open_case("k1")
    assert demo_window.editing.delete("motions", ws.case_view.case, "m2")
    assert "1 attached file" in dialogs.confirms[-1]
    assert "cannot be undone" in dialogs.confirms[-1]
    assert demo_window.editing.undo_stack.count() == 0


def test_new_records_start_from_the_format_defaults(demo_window: Any) -> None:
    from casefiles.domain.enums import FiledBy, MotionStatus

    ws = demo_window.workspace
    new_case = demo_window.editing.open_editor("cases", None)
    assert new_case.adapters["notice_threshold_days"].value() == 14
    assert not new_case.is_dirty()
    new_case.close()
    assert ws.open_case("k1")
    motion = demo_window.editing.open_editor("motions", ws.case_view.case)
    assert motion.adapters["status"].value() is MotionStatus.FILED
    assert motion.adapters["filed_by"].value() is FiledBy.DEFENCE
    assert motion.adapters["hearing"].value() is not None
    hearing = demo_window.editing.open_editor("hearings", ws.case_view.case)
    assert hearing.adapters["court"].value() == ws.case_view.case.court


def test_ctrl_n_adds_what_the_view_lists(demo_window: Any) -> None:
    ws = demo_window.workspace
    ws.show_view(2)
    demo_window.acts.new_record.trigger()
    assert demo_window.editing.editors[-1].record_type == "clients"
    ws.show_view(0)
    demo_window.acts.new_record.trigger()
    assert demo_window.editing.editors[-1].record_type == "cases"
    assert ws.open_case("k1")
    ws.case_view.tabs.setCurrentIndex(5)
    demo_window.acts.new_record.trigger()
    assert demo_window.editing.editors[-1].record_type == "evidence"
    for editor in list(demo_window.editing.editors):
        editor.close_quietly()


def test_hearing_editor_says_when_notice_was_short(demo_window: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    editor = demo_window.editing.edit("hearings", ws.case_view.case, "h2")
    hint = editor.hints["notice_received_on"]
    assert hint.isVisibleTo(editor)
    assert "shorter than the 14 days" in hint.text()
    editor.adapters["notice_received_on"].set_raw("2025-12-01")
    assert "shorter" not in hint.text()
