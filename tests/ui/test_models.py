"""Every item model of the app passes pytest-qt's model tester, empty and filled."""

from __future__ import annotations

from typing import Any

from casefiles.ui.models import Column, TableModel
from tests.ui.conftest import wait_idle


def test_table_model_batches_rows(qtmodeltester: Any) -> None:
    model: TableModel[int] = TableModel([Column[int]("n", str)], key=str)
    model.set_rows(range(TableModel.BATCH * 2 + 5))
    assert model.rowCount() == TableModel.BATCH
    assert model.canFetchMore(model.index(-1, -1))
    assert model.row_of_key(str(TableModel.BATCH + 3)) == TableModel.BATCH + 3
    assert model.rowCount() == TableModel.BATCH * 2
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0


def test_every_model_of_the_demo(demo_window: Any, qtbot: Any, qtmodeltester: Any) -> None:
    ws = demo_window.workspace
    models: list[Any] = [ws.case_list.model]
    models += [s.model for s in ws.dashboard.sections[1:]]  # the first depends on today
    ws.show_view(1)
    ws.calendar.calendar.setCurrentPage(2026, 1)
    wait_idle(qtbot, demo_window)
    models.append(ws.calendar.model)
    ws.show_view(2)
    wait_idle(qtbot, demo_window)
    models += [ws.clients.model, ws.clients.cases_model]
    assert ws.open_case("k1")
    cv = ws.case_view
    models += [cv.overview.clients_model, cv.overview.parties_model]
    for tab in (cv.hearings, cv.motions, cv.requests, cv.denied, cv.evidence, cv.chronology):
        models.append(tab.model)
    cv.evidence.table.select_row(0)
    models.append(cv.evidence.custody_model)
    for model in models:
        assert model.rowCount() > 0, type(model)
        qtmodeltester.check(model)
    qtmodeltester.check(ws.dashboard.upcoming.model)
    assert cv.evidence.custody_model.rowCount() > 0


def test_plural_forms_come_from_the_english_translation(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from casefiles.ui.app import install_translators

    translators = install_translators(qapp)
    try:
        assert QCoreApplication.translate("CaseList", "%n case(s)", "", 1) == "1 case"
        assert QCoreApplication.translate("CaseList", "%n case(s)", "", 3) == "3 cases"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_a_column_is_never_narrower_than_its_header(qtbot: Any) -> None:
    from casefiles.ui.tables import RecordTable

    model: TableModel[str] = TableModel(
        [Column[str]("Ходатайство или запрос", lambda r: r), Column[str]("No", lambda r: r)],
        key=lambda r: r,
    )
    table = RecordTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.set_widths(20, 300)
    header = table.horizontalHeader()
    assert table.columnWidth(0) >= header.sectionSizeHint(0) > 20
    assert table.columnWidth(1) >= 300  # a wide one keeps its width (the last also stretches)
