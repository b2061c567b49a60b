"""The case list on the left: search as you type, filter by status, pick a case.

The search runs in the services (over reference, title, clients and court) on
the task runner, a moment after the last keystroke; a late answer to an older
search is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import records as d
from casefiles.domain.enums import CaseStatus
from casefiles.services import cases
from casefiles.storage.store import Store
from casefiles.ui import fmt
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.labels import label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tasks import TaskRunner


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CaseList", text, "", n)


def _tooltip(r: d.CaseSummaryRow) -> str:
    lines = [f"{r.reference} — {r.title}", label(r.status)]
    if r.court:
        lines.append(r.court)
    if r.clients:
        lines.append(_tr("Clients: {names}").format(names=", ".join(r.clients)))
    if r.next_hearing:
        lines.append(_tr("Next hearing: {when}").format(when=fmt.date_text(r.next_hearing)))
    return "\n".join(lines)


class CaseList(QWidget):
    case_chosen = Signal(str)
    new_case = Signal()

    def __init__(self, runner: TaskRunner, store: Callable[[], Store | None]) -> None:
        super().__init__()
        self.runner = runner
        self._store = store
        self._generation = 0
        self.loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Search cases (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(_tr("Reference, title, client or court"))
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItem(_tr("All statuses"), None)
        for s in CaseStatus:
            self.status.addItem(label(s), s.value)
        status_label = QLabel(_tr("&Status:"))
        status_label.setBuddy(self.status)
        row.addWidget(status_label)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.model: TableModel[d.CaseSummaryRow] = TableModel(
            [
                Column[d.CaseSummaryRow](_tr("Reference"), lambda r: r.reference, tooltip=_tooltip),
                Column[d.CaseSummaryRow](_tr("Title"), lambda r: r.title, tooltip=_tooltip),
            ],
            key=lambda r: r.key,
            parent=self,
        )
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.set_widths(105)
        self.table.stretch(1)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_tr("No cases yet. Add your first with “New case…”."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 6px;")
        self.empty.hide()
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("caseCount")
        self.new_button = QPushButton(_tr("New case…"))
        self.new_button.setToolTip(_tr("Ctrl+Shift+N"))
        self.new_button.clicked.connect(self.new_case)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(self.reload)
        self.table.open_requested.connect(self._chosen)
        self.table.clicked.connect(lambda index: self._chosen(index.row()))

    def _chosen(self, row: int) -> None:
        key = self.model.key_at(row)
        if key is not None:
            self.case_chosen.emit(key)

    def reload(self, select: str | None = None) -> None:
        store = self._store()
        if store is None:
            return
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        data = self.status.currentData()
        status = CaseStatus(data) if data else None
        keep = select or self.table.current_key()
        self.loading = True

        def done(rows: list[d.CaseSummaryRow]) -> None:
            if generation != self._generation or self._store() is None:
                return
            self.loading = False
            self.model.set_rows(rows)
            self.count.setText(_tr("%n case(s)", len(rows)))
            self.empty.setVisible(not rows and not text and status is None)
            if keep is not None:
                self.select(keep)

        def failed(exc: BaseException) -> None:
            self.loading = False
            if generation == self._generation:
                ErrorReporter.report(exc, self)

        self.runner.run(lambda _p, _c: cases.list_cases(store, text, status), done, failed)

    def select(self, key: str) -> None:
        row = self.model.row_of_key(key)
        if row is not None:
            self.table.select_row(row)
        else:
            self.table.clearSelection()

    def clear(self) -> None:
        self._generation += 1
        self.loading = False
        self.model.clear()
        self.count.clear()
        self.empty.hide()
        self.search.clear()
        self._timer.stop()
