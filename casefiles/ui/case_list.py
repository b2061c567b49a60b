"""The case list on the left: search as you type, filter by status, pick a case.

Every case's summary row is read on the task runner (`reload`, after a change)
with its search key (`cases.search_key`: reference, title, clients and court,
case-folded); typing and the status filter then narrow those rows in memory at
each keystroke, with no query and no delay.  A late answer to an older reload
is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
        #: Every case's row and its search key, as last read (`reload`).
        self._rows: list[d.CaseSummaryRow] = []
        self._keys: list[str] = []
        #: The words and status the shown rows were filtered by, and those rows' indexes.
        self._filter: tuple[list[str], str | None] | None = None
        self._shown: list[int] = []
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
        self.empty = QLabel()
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
        self.search.textChanged.connect(lambda _text: self.apply_filter())
        # Type, then Enter opens the selected match (or the first); Down goes into the list.
        self.search.returnPressed.connect(self._open_from_search)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._into_list)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.open_requested.connect(self._chosen)
        self.table.clicked.connect(lambda index: self._chosen(index.row()))

    def _chosen(self, row: int) -> None:
        key = self.model.key_at(row)
        if key is not None:
            self.case_chosen.emit(key)

    def _open_from_search(self) -> None:
        if self.model.rowCount() == 0:
            return
        row = self.table.current_row()
        self._chosen(0 if row is None else row)

    def _into_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        if self.table.current_row() is None:
            self.table.select_row(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self, select: str | None = None) -> None:
        """Read every case's row again (after a change), then show those the filter lets by."""
        store = self._store()
        if store is None:
            return
        self._generation += 1
        generation = self._generation
        keep = select or self.table.current_key()
        self.loading = True

        def work() -> tuple[list[d.CaseSummaryRow], list[str]]:
            rows = cases.list_cases(store)
            return rows, [cases.search_key(r) for r in rows]

        def done(result: tuple[list[d.CaseSummaryRow], list[str]]) -> None:
            if generation != self._generation or self._store() is None:
                return
            self.loading = False
            self._rows, self._keys = result
            self._filter = None
            self.apply_filter(keep)

        def failed(exc: BaseException) -> None:
            self.loading = False
            if generation == self._generation:
                ErrorReporter.report(exc, self)

        self.runner.run(lambda _p, _c: work(), done, failed)

    def apply_filter(self, keep: str | None = None) -> None:
        """Show the rows whose key holds every typed word, in the chosen status.

        A search that only adds to the last one narrows the rows shown, not all.
        """
        words = cases.search_words(self.search.text())
        status: str | None = self.status.currentData() or None
        keep = keep or self.table.current_key()
        candidates: list[int] | range = range(len(self._rows))
        if self._filter is not None and self._filter[1] == status:
            last = self._filter[0]
            if len(words) >= len(last) and all(o in w for w, o in zip(words, last, strict=False)):
                candidates = self._shown  # every old word is inside a new one: a subset
        keys, rows = self._keys, self._rows
        shown = [
            i
            for i in candidates
            if (status is None or rows[i].status == status) and all(w in keys[i] for w in words)
        ]
        self._filter, self._shown = (words, status), shown
        self.model.set_rows([rows[i] for i in shown])
        self.count.setText(_tr("%n case(s)", len(shown)))
        if rows:
            self.empty.setText(_tr("No case matches."))
        else:  # the button's name kept on one line (a no-break space)
            self.empty.setText(_tr("No cases yet. Add your first with “New\u00a0case…”."))
        self.empty.setVisible(not shown and not self.loading)
        if keep is not None:
            self.select(keep)

    def select(self, key: str) -> None:
        row = self.model.row_of_key(key)
        if row is not None:
            self.table.select_row(row)
        else:
            self.table.clearSelection()

    def clear(self) -> None:
        self._generation += 1
        self.loading = False
        self._rows, self._keys, self._shown, self._filter = [], [], [], None
        self.model.clear()
        self.count.clear()
        self.empty.hide()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
