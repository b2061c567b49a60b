"""The Evidence tab: the exhibit register, and the chain of custody of the selected item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QSplitter

from casefiles.domain import records as d
from casefiles.domain.enums import EvidenceStatus
from casefiles.domain.keys import label_index
from casefiles.ui import fmt
from casefiles.ui.labels import label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tabs.base import RecordListTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceTab", text)


def _exhibit_order(e: d.Evidence) -> tuple[int, int, str]:
    if e.exhibit and e.exhibit.isalpha() and e.exhibit.isupper():
        return (0, label_index(e.exhibit), e.key)
    return (1, 0, e.exhibit or e.key)


class EvidenceTab(RecordListTab):
    def __init__(self) -> None:
        columns = [
            Column[d.Evidence](_tr("Exhibit"), lambda e: e.exhibit or ""),
            Column[d.Evidence](
                _tr("Title"), lambda e: e.title, tooltip=lambda e: e.description or e.title
            ),
            Column[d.Evidence](_tr("Kind"), lambda e: label(e.kind)),
            Column[d.Evidence](
                _tr("Status"),
                lambda e: label(e.status),
                alert=lambda e: e.status in (EvidenceStatus.REFUSED, EvidenceStatus.SEIZED),
            ),
            Column[d.Evidence](_tr("Obtained"), lambda e: fmt.date_text(e.obtained_on)),
            Column[d.Evidence](_tr("Source"), lambda e: e.source or ""),
        ]
        super().__init__(
            "evidence",
            columns,
            _tr("No evidence yet. Add an exhibit with “New evidence…” (Ctrl+N)."),
        )
        self.table.set_widths(70, 300, 100, 100, 90, 200)
        self.table.stretch(1)
        self.custody_model: TableModel[d.CustodyStep] = TableModel(
            [
                Column[d.CustodyStep](_tr("When"), lambda s: fmt.date_text(s.on)),
                Column[d.CustodyStep](_tr("Action"), lambda s: s.action),
                Column[d.CustodyStep](_tr("From"), lambda s: s.from_ or ""),
                Column[d.CustodyStep](_tr("To"), lambda s: s.to or ""),
                Column[d.CustodyStep](
                    _tr("Note"), lambda s: s.note or "", tooltip=lambda s: s.note or ""
                ),
            ],
            key=lambda s: f"{s.on}:{s.action}",
            parent=self,
        )
        layout = self.main_layout
        layout.removeWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        lower = QSplitter(Qt.Orientation.Vertical)
        self.custody_title = QLabel(_tr("Chain of custody"))
        self.custody_title.setObjectName("sectionTitle")
        self.custody = RecordTable()
        self.custody.setModel(self.custody_model)
        self.custody.set_widths(130, 160, 170, 170)
        self.custody.open_requested.connect(lambda _row: self._open_current())
        lower.addWidget(self.custody_title)
        lower.addWidget(self.custody)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.insertWidget(1, split, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def rows(self, case: d.Case) -> list[d.Evidence]:
        return sorted(case.evidence, key=_exhibit_order)

    def show_case(self, case: d.Case | None) -> None:
        super().show_case(case)
        self._selection_changed()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        row = self.table.current_row()
        item = self.model.row_object(row) if row is not None else None
        self.custody_model.set_rows(item.custody if item else [])
        if item is None:
            self.custody_title.setText(_tr("Chain of custody (select an exhibit)"))
        else:
            name = _tr("Exhibit {label}").format(label=item.exhibit) if item.exhibit else item.title
            self.custody_title.setText(_tr("Chain of custody: {item}").format(item=name))
