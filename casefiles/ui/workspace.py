"""What the unlocked app shows: navigation and the case list on the left, a view on the right.

Views: the dashboard (home), the calendar, the clients, and the case
workspace.  All content comes from services; `clear()` empties every view
when the app locks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import records as d
from casefiles.domain.errors import UserError
from casefiles.services import cases, lookup
from casefiles.ui.calendar_view import CalendarView
from casefiles.ui.case_list import CaseList
from casefiles.ui.case_view import CaseView
from casefiles.ui.clients_view import ClientsView
from casefiles.ui.dashboard import DashboardView
from casefiles.ui.editing import Editing
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.labels import standard_title
from casefiles.ui.session import Session
from casefiles.ui.vault_actions import bind_case_tabs


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


HOME, CALENDAR, CLIENTS, CASE = range(4)


@dataclass
class Place:
    """Where the user was: a view, and in the case view a case key and a tab."""

    view: int = HOME
    case_key: str | None = None
    tab: int = 0


class Workspace(QWidget):
    case_opened = Signal(str)

    def __init__(self, session: Session, editing: Editing) -> None:
        super().__init__()
        self.session = session
        self.editing = editing
        runner = session.runner
        store = lambda: session.store  # noqa: E731
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(6, 6, 0, 6)
        nav = QHBoxLayout()
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(False)
        self.nav_buttons: list[QPushButton] = []
        for i, text in enumerate((_tr("Dashboard"), _tr("Calendar"), _tr("Clients"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.nav_group.addButton(b, i)
            nav.addWidget(b)
            self.nav_buttons.append(b)
        ll.addLayout(nav)
        self.case_list = CaseList(runner, store)
        ll.addWidget(self.case_list, 1)
        self.splitter.addWidget(left)

        self.stack = QStackedWidget()
        self.dashboard = DashboardView(runner, store)
        self.calendar = CalendarView(runner, store)
        self.clients = ClientsView(runner, store)
        self.case_view = CaseView()
        for w in (self.dashboard, self.calendar, self.clients, self.case_view):
            self.stack.addWidget(w)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])

        self.nav_group.idClicked.connect(self.show_view)
        self.case_list.case_chosen.connect(self.open_case)
        self.case_list.new_case.connect(lambda: self.editing.open_editor("cases", None))
        self.dashboard.open_item.connect(self.open_record)
        self.calendar.open_item.connect(self.open_record)
        self.clients.new_client.connect(lambda: self.editing.open_editor("clients", None))
        self.clients.open_client.connect(lambda key: self.editing.edit("clients", None, key))
        self.clients.delete_client.connect(lambda key: self.editing.delete("clients", None, key))
        self.clients.open_case.connect(self.open_case_reference)
        cv = self.case_view
        self.vault_actions = bind_case_tabs(cv.all_tabs, session, editing)
        cv.open_record.connect(self._open_in_case)
        cv.new_record.connect(lambda rt: self.editing.open_editor(rt, cv.case))
        cv.delete_record.connect(lambda rt, key: self.editing.delete(rt, cv.case, key))
        cv.overview.edit_case.connect(self.edit_case)
        cv.overview.open_client.connect(self._open_client)
        self.editing.changed.connect(self.refresh)

    # -- navigation ------------------------------------------------------------------------

    def show_view(self, view: int) -> None:
        self.stack.setCurrentIndex(view)
        for i, b in enumerate(self.nav_buttons):
            b.setChecked(i == view)
        if view != CASE:
            self.case_list.table.clearSelection()
        if view == HOME:
            self.dashboard.reload()
        elif view == CALENDAR:
            self.calendar.reload()
        elif view == CLIENTS:
            self.clients.reload()

    def open_case(self, case_key: str, tab: int | None = None) -> bool:
        store = self.session.store
        if store is None:
            return False
        try:
            case = lookup.case_by_key(store, case_key)
        except UserError as exc:
            ErrorReporter.report(exc, self)
            self.case_list.reload()
            return False
        self._show_case(case)
        if tab is not None:
            self.case_view.tabs.setCurrentIndex(tab)
        self.show_view(CASE)
        self.case_list.select(case_key)
        self.case_opened.emit(case_key)
        return True

    def _show_case(self, case: d.Case) -> None:
        store = self.session.require_store()
        names = lookup.client_names(store, [link.client for link in case.clients])
        self.case_view.overview.set_client_names(names)
        titles = {code: standard_title(s) for code, s in lookup.standards_catalogue(store).items()}
        self.case_view.denied.set_catalogue(titles)
        self.case_view.show_case(case)

    def open_case_reference(self, reference: str) -> None:
        store = self.session.store
        if store is None:
            return
        try:
            case = cases.get_case(store, reference)
        except UserError as exc:
            ErrorReporter.report(exc, self)
            return
        self.open_case(case.key)

    def open_record(self, case_key: str, record_type: str, key: str) -> None:
        """Show the record in its case and open its editor."""
        if self.open_case(case_key):
            self.case_view.reveal(record_type, key)
            self.editing.edit(record_type, self.case_view.case, key)

    def _open_in_case(self, record_type: str, key: str) -> None:
        self.editing.edit(record_type, self.case_view.case, key)

    def _open_client(self, key: str) -> None:
        self.editing.edit("clients", None, key)

    def edit_case(self) -> None:
        if self.case_view.case is not None:
            self.editing.open_editor("cases", self.case_view.case, self.case_view.case)

    # -- keeping views current ------------------------------------------------------------

    def refresh(self, _case_key: str = "") -> None:
        """Reload what a change may have touched."""
        store = self.session.store
        if store is None:
            return
        current = self.case_view.case
        self.case_list.reload()
        if current is not None and self.stack.currentIndex() == CASE:
            if lookup.case_exists(store, current.key):
                self._show_case(lookup.case_by_key(store, current.key))
            else:
                self.case_view.show_case(None)
                self.show_view(HOME)
        if self.stack.currentIndex() == HOME:
            self.dashboard.reload()
        elif self.stack.currentIndex() == CALENDAR:
            self.calendar.reload()
        elif self.stack.currentIndex() == CLIENTS:
            self.clients.reload()

    def place(self) -> Place:
        case = self.case_view.case
        view = self.stack.currentIndex()
        return Place(view, case.key if case else None, self.case_view.tabs.currentIndex())

    def restore(self, place: Place) -> None:
        self.case_list.reload(select=place.case_key)
        store = self.session.store
        known = bool(place.case_key and store and lookup.case_exists(store, place.case_key))
        if place.view == CASE and known and self.open_case(place.case_key or "", place.tab):
            return
        self.show_view(place.view if place.view != CASE else HOME)

    def clear(self) -> None:
        """Forget every shown record (the app is locking)."""
        self.case_list.clear()
        self.dashboard.clear()
        self.calendar.clear()
        self.clients.clear()
        self.case_view.show_case(None)
        self.case_view.overview.set_client_names({})
