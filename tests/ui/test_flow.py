"""End to end: a new case file, a client, a case, a hearing, a denied motion; lock; unlock."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from casefiles.domain.enums import MotionStatus
from casefiles.ui.editors.fields import DateAdapter, EnumAdapter, TextAdapter
from casefiles.ui.main_window import UNLOCK, WORK
from tests.factories import PASSPHRASE
from tests.ui.conftest import wait_idle


def _editor(window: Any, record_type: str) -> Any:
    editors = [e for e in window.editing.editors if e.record_type == record_type]
    assert editors, f"no {record_type} editor is open"
    return editors[-1]


def _type(adapter: Any, text: str) -> None:
    assert isinstance(adapter, TextAdapter)
    adapter.edit.setText(text)


def test_new_user_records_a_denied_motion_and_finds_it_after_unlocking(
    make_window: Any, qtbot: Any, data_dir: Path, dialogs: Any
) -> None:
    window = make_window()
    page = window.first_run
    assert window.pages.currentWidget() is page

    # Create the case file: passphrase twice, the warning acknowledged.
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE + "x")
    assert not page.create_button.isEnabled()
    assert page.mismatch.isVisible()
    page.repeat.setText(PASSPHRASE)
    assert not page.create_button.isEnabled()
    page.understood.setChecked(True)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == WORK
    assert (data_dir / "store.header").exists()

    # A client.
    window.acts.new_client.trigger()
    client = _editor(window, "clients")
    assert not client.save_button.isEnabled()  # the name is required
    _type(client.adapters["name"], "Zhanar Temirkulova")
    assert client.save_button.isEnabled()
    client.request_save()
    assert not window.editing.editors

    # A case with that client.
    window.acts.new_case.trigger()
    case_ed = _editor(window, "cases")
    _type(case_ed.adapters["reference"], "2-1187/2025")
    _type(case_ed.adapters["title"], "Ministry of Labour v. Union")
    case_ed.adapters["clients"].box.add.click()
    case_ed.adapters["clients"].box.table.item(0, 1).setText("defendant")
    case_ed.request_save()
    wait_idle(qtbot, window)
    cv = window.workspace.case_view
    assert cv.case is not None and cv.case.reference == "2-1187/2025"
    assert cv.case.clients[0].role == "defendant"

    # A hearing, from the Hearings tab with Ctrl+N's action.
    cv.tabs.setCurrentIndex(1)
    window.acts.new_record.trigger()
    hearing = _editor(window, "hearings")
    _type(hearing.adapters["purpose"], "Hearing on the merits")
    hearing.request_save()
    assert len(cv.case.hearings) == 1
    hearing_key = cv.case.hearings[0].key

    # A motion at that hearing, denied.
    cv.tabs.setCurrentIndex(2)
    window.acts.new_record.trigger()
    motion = _editor(window, "motions")
    _type(motion.adapters["title"], "Motion to postpone the hearing")
    motion.adapters["hearing"].set_value(hearing_key)
    status = motion.adapters["status"]
    assert isinstance(status, EnumAdapter)
    status.set_value(MotionStatus.DENIED)
    ruled = motion.adapters["ruled_on"]
    assert isinstance(ruled, DateAdapter)
    ruled.set_value(date(2026, 1, 4))
    motion.adapters["standards"].set_value(["ICCPR-14.3.b"])
    motion.request_save()
    assert not window.editing.editors
    assert cv.case.motions[0].status is MotionStatus.DENIED

    # It is in the denied register and in the chronology.
    assert cv.denied.model.rowCount() == 1
    assert cv.denied.model.row_object(0).what == "Motion to postpone the hearing"
    titles = [
        cv.chronology.model.row_object(i).title for i in range(cv.chronology.model.rowCount())
    ]
    assert any("Motion to postpone the hearing" in t for t in titles)
    cv.tabs.setCurrentIndex(4)

    # Lock: nothing of the case stays visible.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.workspace.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.pages.currentIndex() == UNLOCK
    assert window.session.store is None
    assert cv.case is None and cv.denied.model.rowCount() == 0
    assert window.workspace.case_list.model.rowCount() == 0

    # Unlock: back where we were, the motion still there.
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == WORK
    assert cv.case is not None and cv.case.reference == "2-1187/2025"
    assert cv.tabs.currentIndex() == 4
    assert cv.denied.model.rowCount() == 1
    assert window.workspace.case_list.model.rowCount() == 1

    # A row of the register opens its record.
    cv.denied._open_row(0)
    assert _editor(window, "motions").original.title == "Motion to postpone the hearing"
    assert not dialogs.problems


def test_the_demo_opens_with_its_fictional_files(demo_window: Any, qtbot: Any) -> None:
    """A newcomer can try Preview on the demo: its photo and PDFs are in the vault."""
    from casefiles.services.evidence import case_files

    store = demo_window.session.require_store()
    names = {f.file_name for f in case_files(store, "2-1187/2025")}
    assert "union-office-after-search.png" in names
    assert "congress-minutes.pdf" in names
