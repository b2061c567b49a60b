"""The case list filters in memory as the user types, exactly as the services' search does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from benchmarks.generate import documents
from casefiles.domain.enums import CaseStatus
from casefiles.services import cases
from casefiles.services.interchange import import_document
from tests.factories import PASSPHRASE, make_store
from tests.ui.conftest import wait_idle


@pytest.fixture
def window(make_window: Any, qtbot: Any, data_dir: Path) -> Any:
    """A window unlocked on 60 generated cases (Latin and Cyrillic text)."""
    with make_store(data_dir) as store:
        for doc in documents(60, batch=60, seed=7):
            import_document(store, doc)
    win = make_window(data_dir)
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.session.is_open, timeout=20_000)
    wait_idle(qtbot, win)
    return win


def _shown(case_list: Any) -> list[str]:
    model = case_list.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _expected(window: Any, text: str, status: CaseStatus | None = None) -> list[str]:
    store = window.session.require_store()
    return [r.reference for r in cases.list_cases(store, text, status)]


SEARCHES = ["", "u", "un", "union", "UNION 1", "профсоюз", "ПРОФ", "court", "zzz", " 2 ", "k"]


def test_each_keystroke_filters_at_once_as_the_services_search_does(
    window: Any, qtbot: Any
) -> None:
    case_list = window.workspace.case_list
    assert len(_shown(case_list)) == 60
    for text in SEARCHES:
        case_list.search.setText(text)  # no wait: the rows are filtered in this call
        assert not case_list.loading
        assert _shown(case_list) == _expected(window, text), text
    # Typed letter by letter, then taken back: narrowing never loses a row for later.
    case_list.search.clear()
    qtbot.keyClicks(case_list.search, "-0001")
    assert _shown(case_list) == _expected(window, "-0001")
    qtbot.keyClick(case_list.search, Qt.Key.Key_Backspace)
    assert _shown(case_list) == _expected(window, "-000")
    assert len(_expected(window, "-000")) == 60 > len(_expected(window, "-0001")) == 10


def test_the_status_filter_combines_with_the_search(window: Any) -> None:
    case_list = window.workspace.case_list
    counts = []
    for status in CaseStatus:
        case_list.status.setCurrentIndex(case_list.status.findData(status.value))
        for text in ("", "union", "ministry 1"):
            case_list.search.setText(text)
            shown = _shown(case_list)
            assert shown == _expected(window, text, status), (status, text)
            counts.append(len(shown))
    assert sum(counts) > 0
    case_list.status.setCurrentIndex(0)
    case_list.search.setText("")
    assert len(_shown(case_list)) == 60


def test_a_change_reloads_the_rows_and_keeps_the_filter(window: Any, qtbot: Any) -> None:
    case_list = window.workspace.case_list
    case_list.search.setText("union 1")
    before = _shown(case_list)
    store = window.session.require_store()
    ref = before[0]
    cases.delete_case(store, ref)
    case_list.reload()
    wait_idle(qtbot, window)
    assert case_list.search.text() == "union 1"
    assert _shown(case_list) == [r for r in before if r != ref] == _expected(window, "union 1")


def test_enter_in_the_search_opens_the_match_and_down_goes_into_the_list(
    window: Any, qtbot: Any
) -> None:
    case_list = window.workspace.case_list
    opened: list[str] = []
    case_list.case_chosen.connect(opened.append)
    reference = _shown(case_list)[17]
    case_list.search.setFocus()
    qtbot.keyClicks(case_list.search, reference)
    assert _shown(case_list) == [reference]
    qtbot.keyClick(case_list.search, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert case_list.model.key_at(0) == opened[0]

    case_list.search.setText("union")
    several = _shown(case_list)
    assert len(several) > 1
    case_list.table.clearSelection()
    case_list.table.setCurrentIndex(case_list.model.index(-1, -1))
    qtbot.keyClick(case_list.search, Qt.Key.Key_Down)  # into the list, on the first match
    assert case_list.table.current_row() == 0
    qtbot.keyClick(case_list.table, Qt.Key.Key_Down)
    qtbot.keyClick(case_list.table, Qt.Key.Key_Return)
    assert opened[-1] == case_list.model.key_at(1)


def test_a_search_that_finds_nothing_says_so(window: Any) -> None:
    case_list = window.workspace.case_list
    case_list.search.setText("no such case anywhere")
    assert _shown(case_list) == []
    assert case_list.empty.isVisibleTo(case_list)
    assert case_list.empty.text() == "No case matches."
    case_list.search.clear()
    assert not case_list.empty.isVisibleTo(case_list)
