"""A month calendar of hearings across every case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casefiles.domain.enums import HearingStatus
from casefiles.services import dashboard as dash
from casefiles.storage.store import Store
from casefiles.ui import fmt
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.labels import status_label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


class CalendarView(QWidget):
    open_item = Signal(str, str, str)

    def __init__(self, runner: TaskRunner, store: Callable[[], Store | None]) -> None:
        super().__init__()
        self.runner = runner
        self._store = store
        self._generation = 0
        self._marked: list[QDate] = []
        self.items: list[dash.DashItem] = []
        layout = QVBoxLayout(self)
        heading = QLabel(_tr("Calendar of hearings"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumWidth(420)
        row.addWidget(self.calendar, 3)
        side = QVBoxLayout()
        self.day_title = QLabel()
        bold = self.day_title.font()
        bold.setBold(True)
        self.day_title.setFont(bold)
        side.addWidget(self.day_title)
        self.model: TableModel[dash.DashItem] = TableModel(
            [
                Column[dash.DashItem](_tr("When"), lambda i: fmt.date_text(i.when)),
                Column[dash.DashItem](_tr("Case"), lambda i: i.case_reference),
                Column[dash.DashItem](_tr("Purpose"), lambda i: i.title),
                Column[dash.DashItem](
                    _tr("Status"), lambda i: status_label(HearingStatus, i.status)
                ),
                Column[dash.DashItem](_tr("Court"), lambda i: i.detail or ""),
            ],
            key=lambda i: f"{i.case_key}/{i.record_key}",
            parent=self,
        )
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.set_widths(125, 90, 180, 80, 150)
        self.table.stretch(2)
        side.addWidget(self.table, 1)
        row.addLayout(side, 4)
        layout.addLayout(row, 1)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload())
        self.calendar.selectionChanged.connect(self._show_month_list)
        self.calendar.activated.connect(lambda _d: self._open_first_of_day())
        self.table.open_requested.connect(self._open)

    def _month(self) -> tuple[date, date]:
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return first, nxt - timedelta(days=1)

    def reload(self) -> None:
        store = self._store()
        if store is None:
            return
        self._generation += 1
        generation = self._generation
        first, last = self._month()

        def done(items: list[dash.DashItem]) -> None:
            if generation != self._generation or self._store() is None:
                return
            self.items = items
            self._mark(items)
            self._show_month_list()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                ErrorReporter.report(exc, self)

        self.runner.run(lambda _p, _c: dash.hearings_between(store, first, last), done, failed)

    def _mark(self, items: list[dash.DashItem]) -> None:
        for qd in self._marked:
            self.calendar.setDateTextFormat(qd, QTextCharFormat())
        self._marked = []
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(QColor("#cfe3ff")))
        for item in items:
            if item.when is None:
                continue
            qd = fmt.qdate(item.when)
            self.calendar.setDateTextFormat(qd, marked)
            self._marked.append(qd)

    def _show_month_list(self) -> None:
        selected = fmt.pydate(self.calendar.selectedDate())
        first, last = self._month()
        if first <= selected <= last:
            day_items = [i for i in self.items if i.when and i.when.date() == selected]  # type: ignore[attr-defined]
        else:
            day_items = []
        if day_items:
            self.day_title.setText(_tr("Hearings on {day}").format(day=fmt.date_text(selected)))
            self.model.set_rows(day_items)
        else:
            month = fmt.month_text(first.year, first.month, in_sentence=True)
            self.day_title.setText(
                _tr("Hearings in {month}: {n}").format(month=month, n=len(self.items))
            )
            self.model.set_rows(self.items)

    def _open(self, row: int) -> None:
        item = self.model.row_object(row)
        if item is not None:
            self.open_item.emit(item.case_key, "hearings", item.record_key)

    def _open_first_of_day(self) -> None:
        if self.model.total:
            self._open(0)

    def show_date(self, day: date) -> None:
        self.calendar.setSelectedDate(fmt.qdate(day))

    def clear(self) -> None:
        self._generation += 1
        self.items = []
        self._mark([])
        self.model.clear()
        self.day_title.clear()
