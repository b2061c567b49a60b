"""History…: a record's audit trail, from the toolbar and the context menu of every record tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from casefiles.services import audit
from casefiles.ui.history import HistoryDialog
from tests.ui.conftest import wait_idle

REF = "EC-118/2024"
NEW_RULING = "Denied after a recess of four minutes."


@pytest.fixture(autouse=True)
def _source(source_restored: None) -> None:
    """Every test here may make a window, which names the GUI as the audit source."""


@pytest.fixture
def window(example_window: Any) -> Any:
    return example_window


def _dialogs() -> list[HistoryDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog)]


def _rows(dialog: HistoryDialog) -> list[dict[str, str]]:
    model = dialog.model
    heads = [model.headerData(c, _h()) for c in range(model.columnCount())]
    return [
        {heads[c]: model.index(r, c).data() or "" for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def _h() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_history_lists_the_change_made_in_the_editor(
    window: Any, qtbot: Any, qtmodeltester: Any
) -> None:
    cv = window.workspace.case_view
    tab = cv.motions
    cv.tabs.setCurrentWidget(tab)
    editor = window.editing.edit("motions", cv.case, "m1")
    editor.adapters["ruling"].set_raw(NEW_RULING)
    editor.request_save()
    wait_idle(qtbot, window)
    assert not window.editing.editors

    tab.table.select_row(tab.model.row_of_key("m1"))
    assert tab.history_button.isEnabled()
    for old in _dialogs():
        old.close()
    tab.history_button.click()
    wait_idle(qtbot, window)
    shown = _dialogs()
    assert len(shown) == 1
    dialog = shown[0]
    qtmodeltester.check(dialog.model)
    rows = _rows(dialog)
    assert rows[0]["Action"] == "created" and rows[0]["Source"].startswith("import")
    changed = [r for r in rows if r["Field"] == "ruling" and r["#"] not in ("", rows[0]["#"])]
    assert len(changed) == 1
    assert changed[0]["Old → new"] == (
        f"Denied: the court found the time sufficient. → {NEW_RULING}"
    )
    assert changed[0]["Action"] == "changed"
    assert changed[0]["Source"].startswith("desktop app")
    assert "History" in dialog.windowTitle()
    dialog.close()


def test_redacted_values_show_as_redacted(window: Any, qtbot: Any) -> None:
    store = window.session.require_store()
    cv = window.workspace.case_view
    tab = cv.motions
    cv.tabs.setCurrentWidget(tab)
    audit.redact(store, REF, "motions", "m1", "objection")
    tab.table.select_row(tab.model.row_of_key("m1"))
    for old in _dialogs():
        old.close()
    tab.history_button.click()
    wait_idle(qtbot, window)
    dialog = _dialogs()[0]
    rows = _rows(dialog)
    objection = [r for r in rows if r["Field"] == "objection"]
    assert objection and "[redacted]" in objection[0]["Old → new"]
    assert not any("Objection entered in the minutes" in v for r in rows for v in r.values())
    tip = dialog.model.index(rows.index(objection[0]), 5).data(3)  # ToolTipRole
    assert "SHA-256" in tip
    dialog.close()


def test_context_menu_of_every_record_tab_has_history(window: Any, qtbot: Any) -> None:
    store = window.session.require_store()
    cv = window.workspace.case_view
    for tab, key in (
        (cv.hearings, "h1"),
        (cv.motions, "m2"),
        (cv.requests, None),
        (cv.evidence, "e1"),
    ):
        cv.tabs.setCurrentWidget(tab)
        tab.table.select_row(0 if key is None else tab.model.row_of_key(key))
        menu = tab.context_menu()
        history = next(a for a in menu.actions() if a.text() == "History…")
        assert history.isEnabled()
        for old in _dialogs():
            old.close()
        history.trigger()
        wait_idle(qtbot, window)
        dialog = _dialogs()[0]
        assert dialog.model.rowCount() >= 1
        record_type, record_key = tab.current()
        entries = audit.record_history(store, REF, record_type, record_key)
        assert dialog.model.rowCount() == sum(max(1, len(e.changes)) for e in entries)
        assert {int(r["#"]) for r in _rows(dialog) if r["#"]} == {e.seq for e in entries}
        dialog.close()
        menu.deleteLater()


def test_history_from_the_overview_chronology_and_denied_tabs(window: Any, qtbot: Any) -> None:
    store = window.session.require_store()
    cv = window.workspace.case_view

    def opened() -> HistoryDialog:
        wait_idle(qtbot, window)
        shown = [d for d in _dialogs() if d.isVisible()]
        assert len(shown) == 1
        return shown[0]

    def check(record_type: str, key: str | None) -> None:
        dialog = opened()
        entries = audit.record_history(store, REF, record_type, key)
        assert entries
        assert {int(r["#"]) for r in _rows(dialog) if r["#"]} == {e.seq for e in entries}
        dialog.close()

    for old in _dialogs():
        old.close()
    cv.tabs.setCurrentWidget(cv.overview)
    cv.overview.case_history_button.click()
    check("cases", None)
    cv.overview.parties.select_row(0)
    cv.overview.party_history.click()
    check(*cv.overview.current())

    cv.tabs.setCurrentWidget(cv.chronology)
    chron = cv.chronology
    row = next(
        r for r in range(chron.model.total) if chron.model.row_object(r).record_type == "motions"
    )
    chron.table.select_row(row)
    assert chron.history_button.isEnabled()
    menu = chron.simple_menu(chron.table, chron.record, lambda _r: None)
    next(a for a in menu.actions() if a.text() == "History…").trigger()
    check(*chron.record())

    cv.tabs.setCurrentWidget(cv.denied)
    cv.denied.table.select_row(0)
    cv.denied.history_button.click()
    check(*cv.denied.record())
