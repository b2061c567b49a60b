"""The home screen: what is coming and what needs attention, across every case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain.enums import HearingStatus, MotionStatus, RequestStatus
from casefiles.services import dashboard as dash
from casefiles.storage.store import Store
from casefiles.ui import fmt
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.labels import status_label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tasks import TaskRunner


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Dashboard", text, "", n)


def _when(item: dash.DashItem) -> str:
    return fmt.date_text(item.when)


def _status(item: dash.DashItem) -> str:
    kinds = {"hearings": HearingStatus, "motions": MotionStatus, "requests": RequestStatus}
    return status_label(kinds[item.record_type], item.status)


def _day(item: dash.DashItem) -> str:
    if not isinstance(item.when, datetime):
        return ""
    days = (item.when.date() - date.today()).days
    if days == 0:
        return _tr("today")
    if days == 1:
        return _tr("tomorrow")
    return _tr("in %n day(s)", days)


class _Section(QGroupBox):
    def __init__(self, title: str, columns: list[Column[dash.DashItem]], empty: str) -> None:
        super().__init__()
        self._title = title
        self._empty = empty
        layout = QVBoxLayout(self)
        self.model: TableModel[dash.DashItem] = TableModel(
            columns, key=lambda i: f"{i.case_key}/{i.record_type}/{i.record_key}", parent=self
        )
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.set_widths(130, 95)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.note)
        self.show_section(None)

    def show_section(self, section: dash.Section | None) -> None:
        items = section.items if section else []
        self.model.set_rows(items)
        total = section.total if section else 0
        self.setTitle(f"{self._title} ({total})" if section else self._title)
        if section is None:
            self.note.clear()
        elif not items:
            self.note.setText(self._empty)
        elif total > len(items):
            self.note.setText(_tr("Showing the first %n.", len(items)))
        else:
            self.note.clear()
        self.note.setVisible(bool(self.note.text()))


class DashboardView(QWidget):
    """Four lists; each row opens its record."""

    open_item = Signal(str, str, str)  # case key, record type, record key

    def __init__(self, runner: TaskRunner, store: Callable[[], Store | None]) -> None:
        super().__init__()
        self.runner = runner
        self._store = store
        self._generation = 0
        layout = QVBoxLayout(self)
        self.heading = QLabel(_tr("Dashboard"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        grid = QGridLayout()
        case_col = Column[dash.DashItem](_tr("Case"), lambda i: i.case_reference)
        self.upcoming = _Section(
            _tr("Upcoming hearings, next 14 days"),
            [
                Column[dash.DashItem](_tr("When"), _when),
                Column[dash.DashItem](_tr("Day"), _day),
                case_col,
                Column[dash.DashItem](
                    _tr("Purpose"),
                    lambda i: i.title,
                    tooltip=lambda i: "\n".join(filter(None, (i.title, i.detail))),
                ),
            ],
            _tr("No hearings in the next 14 days."),
        )
        self.awaiting = _Section(
            _tr("Motions awaiting a ruling"),
            [
                Column[dash.DashItem](_tr("Filed"), _when),
                case_col,
                Column[dash.DashItem](_tr("Motion"), lambda i: i.title, tooltip=lambda i: i.title),
            ],
            _tr("No motion is waiting for a ruling."),
        )
        self.short_notice = _Section(
            _tr("Hearings noticed at short notice"),
            [
                Column[dash.DashItem](_tr("When"), _when),
                Column[dash.DashItem](
                    _tr("Notice"),
                    lambda i: _tr("%n day(s)", int(i.detail or 0)),
                    alert=lambda _i: True,
                ),
                case_col,
                Column[dash.DashItem](_tr("Purpose"), lambda i: i.title),
                Column[dash.DashItem](_tr("Status"), _status),
            ],
            _tr("No hearing was noticed shorter than its case's threshold."),
        )
        self.refusals = _Section(
            _tr("Recent refusals"),
            [
                Column[dash.DashItem](_tr("Decided"), _when),
                case_col,
                Column[dash.DashItem](_tr("Outcome"), _status, alert=lambda _i: True),
                Column[dash.DashItem](
                    _tr("What was asked"), lambda i: i.title, tooltip=lambda i: i.title
                ),
            ],
            _tr("No refusals recorded."),
        )
        self.sections = [self.upcoming, self.awaiting, self.short_notice, self.refusals]
        grid.addWidget(self.upcoming, 0, 0)
        grid.addWidget(self.awaiting, 0, 1)
        grid.addWidget(self.short_notice, 1, 0)
        grid.addWidget(self.refusals, 1, 1)
        layout.addLayout(grid, 1)
        for section in self.sections:
            section.table.open_requested.connect(lambda row, s=section: self._open(s, row))
        self.upcoming.table.set_widths(125, 85, 90)
        self.upcoming.table.stretch(3)
        self.short_notice.table.set_widths(125, 65, 90, 150)
        self.short_notice.table.stretch(3)
        self.refusals.table.set_widths(85, 90, 125)
        self.refusals.table.stretch(3)
        self.awaiting.table.set_widths(85, 90)
        self.awaiting.table.stretch(2)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _open(self, section: _Section, row: int) -> None:
        item = section.model.row_object(row)
        if item is not None:
            self.open_item.emit(item.case_key, item.record_type, item.record_key)

    def reload(self) -> None:
        store = self._store()
        if store is None:
            return
        self._generation += 1
        generation = self._generation

        def done(board: dash.Dashboard) -> None:
            if generation != self._generation or self._store() is None:
                return
            self.upcoming.show_section(board.upcoming)
            self.awaiting.show_section(board.awaiting)
            self.short_notice.show_section(board.short_notice)
            self.refusals.show_section(board.refusals)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                ErrorReporter.report(exc, self)

        self.runner.run(lambda _p, _c: dash.dashboard(store), done, failed)

    def clear(self) -> None:
        self._generation += 1
        for section in self.sections:
            section.show_section(None)
