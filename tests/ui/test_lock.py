"""Locking: Ctrl+L and the idle timer save open editors as drafts and clear every view."""

from __future__ import annotations

from typing import Any

from casefiles.services import drafts
from casefiles.services.demo import DEMO_PASSPHRASE
from casefiles.ui.main_window import UNLOCK, WORK
from tests.ui.conftest import wait_idle


def _assert_nothing_shown(window: Any) -> None:
    ws = window.workspace
    assert window.session.store is None
    assert window.pages.currentIndex() == UNLOCK
    assert ws.case_list.model.rowCount() == 0
    assert all(s.model.rowCount() == 0 for s in ws.dashboard.sections)
    assert ws.calendar.model.rowCount() == 0
    assert ws.clients.model.rowCount() == 0
    cv = ws.case_view
    assert cv.case is None and cv.heading.text() == ""
    for tab in (cv.hearings, cv.motions, cv.requests, cv.denied, cv.evidence, cv.chronology):
        assert tab.model.rowCount() == 0
    assert all(v.text() == "" for v in cv.overview.values.values())
    assert not window.editing.editors
    assert window.editing.undo_stack.count() == 0
    assert not window.acts.new_case.isEnabled()


def _unlock(window: Any, qtbot: Any, passphrase: str = DEMO_PASSPHRASE) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)


def test_auto_lock_clears_the_views_and_keeps_typed_text(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    ws = window.workspace
    assert ws.open_case("k1")
    ws.case_view.tabs.setCurrentIndex(2)
    ws.show_view(2)
    ws.open_case("k1")
    editor = window.editing.edit("motions", ws.case_view.case, "m1")
    editor.adapters["notes"].set_raw("typed before the lock")
    new_event = window.editing.open_editor("events", ws.case_view.case)
    new_event.adapters["title"].set_raw("half-typed event")
    new_event.adapters["date"].set_raw("2026-1")  # not valid yet: kept as typed

    window.idle.set_interval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=20_000)
    _assert_nothing_shown(window)

    window.idle.set_interval(0)  # no second auto-lock while the test looks
    _unlock(window, qtbot)
    assert window.pages.currentIndex() == WORK
    assert ws.case_view.case is not None and ws.case_view.case.key == "k1"
    assert ws.case_view.tabs.currentIndex() == 2
    restored = {e.record_type: e for e in window.editing.editors}
    assert restored["motions"].adapters["notes"].raw() == "typed before the lock"
    assert restored["motions"].original_key == "m1"
    assert restored["events"].adapters["title"].raw() == "half-typed event"
    assert restored["events"].adapters["date"].raw() == "2026-1"
    assert not restored["events"].save_button.isEnabled()
    assert drafts.load_drafts(window.session.require_store()) == []


def test_ctrl_l_locks_and_a_wrong_passphrase_is_said_inline(
    demo_window: Any, qtbot: Any, dialogs: Any
) -> None:
    window = demo_window
    window.acts.lock.trigger()
    _assert_nothing_shown(window)
    window.unlock_page.passphrase.setText("not it")
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisibleTo(window), timeout=10_000)
    assert "Wrong passphrase" in window.unlock_page.error.text()
    assert window.unlock_page.passphrase.isEnabled()
    assert not dialogs.problems
    _unlock(window, qtbot)
    assert window.pages.currentIndex() == WORK
    assert window.workspace.case_list.model.rowCount() == 2


def test_preferences_change_the_idle_delay(demo_window: Any, dialogs: Any) -> None:
    dialogs.minutes = 12
    demo_window.acts.preferences.trigger()
    assert demo_window.settings.idle_minutes == 12
    assert demo_window.idle.timer.interval() == 12 * 60_000


def test_the_last_case_reopens_and_a_gone_one_is_skipped(
    make_window: Any, qtbot: Any, dialogs: Any, data_dir: Any
) -> None:
    from casefiles.ui.appsettings import AppSettings
    from tests.factories import PASSPHRASE, demo_document, store_with

    store_with(data_dir, demo_document()).close()
    AppSettings().last_case_key = "k2"
    window = make_window()
    _unlock(window, qtbot, PASSPHRASE)
    assert window.workspace.case_view.case is not None
    assert window.workspace.case_view.case.key == "k2"
    window.close()

    AppSettings().last_case_key = "k999"
    window = make_window()
    _unlock(window, qtbot, PASSPHRASE)
    assert window.workspace.stack.currentIndex() == 0
    assert not dialogs.problems


def test_leaving_the_demo_and_coming_back(demo_window: Any, qtbot: Any) -> None:
    from casefiles.ui.main_window import FIRST_RUN

    window = demo_window
    window.lock()
    assert "Leave the demo" in window.unlock_page.switch_button.text()
    window.unlock_page.switch_button.click()
    assert window.pages.currentIndex() == FIRST_RUN
    assert not window.session.is_demo
    window.first_run.demo_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.session.is_demo


def test_from_a_real_case_file_to_the_demo(make_window: Any, qtbot: Any, data_dir: Any) -> None:
    from tests.factories import make_store

    make_store(data_dir).close()
    window = make_window()
    assert "demo" in window.unlock_page.switch_button.text()
    window.unlock_page.switch_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.session.is_demo
    assert window.workspace.case_list.model.rowCount() == 2
