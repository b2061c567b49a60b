"""The Evidence tab: the exhibit register, the selected item's file and chain of custody.

Files dropped on an item attach to it; dropped on empty space, each becomes a
new evidence item titled after the file ("Add file…" does the same through a
file dialog).  The vault work runs off the UI thread (`VaultActions`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

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
    takes_files = True
    one_file_each = True

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
            _tr(
                "No evidence yet. Drop files here (one new exhibit each), use “Add file…”, "
                "or describe an exhibit with “New evidence…” (Ctrl+N)."
            ),
        )
        self.add_file_button = QPushButton(_tr("Add file…"))
        self.add_file_button.setToolTip(
            _tr("Store files in the encrypted vault, one new exhibit each (or drop them here)")
        )
        self.add_file_button.setEnabled(False)
        self.add_file_button.clicked.connect(self.choose_new_files)
        self.toolbar.insertWidget(1, self.add_file_button)
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
        lower = self.lower_split = QSplitter(Qt.Orientation.Vertical)
        self.custody_title = QLabel(_tr("Chain of custody"))
        self.custody_title.setObjectName("sectionTitle")
        self.custody = RecordTable()
        self.custody.setModel(self.custody_model)
        self.custody.set_widths(130, 160, 170, 170)
        self.custody.open_requested.connect(lambda _row: self._open_current())
        custody = QWidget()
        box = QVBoxLayout(custody)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.custody_title)
        box.addWidget(self.custody, 1)
        lower.addWidget(custody)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.insertWidget(1, split, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def rows(self, case: d.Case) -> list[d.Evidence]:
        return sorted(case.evidence, key=_exhibit_order)

    def show_case(self, case: d.Case | None) -> None:
        super().show_case(case)
        self.add_file_button.setEnabled(case is not None and self.file_ops is not None)
        self._selection_changed()

    def place_files(self, panel: QWidget) -> None:
        self.lower_split.insertWidget(0, panel)
        self.lower_split.setStretchFactor(0, 1)
        self.lower_split.setStretchFactor(1, 1)

    def describe(self, record: object) -> str:
        if isinstance(record, d.Evidence) and record.exhibit:
            return _tr("exhibit {label}").format(label=record.exhibit)
        return super().describe(record)

    def _record_changed(self) -> None:
        super()._record_changed()
        if self.files is None:
            return
        row = self.table.current_row()
        item = self.model.row_object(row) if row is not None else None
        note = ""
        if item is not None and item.sha256 and not self.files.model.total:
            loaded = (
                self.case is not None
                and self.file_ops is not None
                and (self.file_ops.files_of(self.case.key, "evidence", item.key) is not None)
            )
            if loaded:
                note = _tr(
                    "Hash recorded, file not in store: this item came with the SHA-256 of "
                    "“{name}” but not the file. Attach that file to store it; another file "
                    "is refused. Recorded SHA-256: {hash}"
                ).format(name=item.file_name or "?", hash=item.sha256)
        self.files.set_note(note)

    def choose_new_files(self) -> None:
        if self.file_ops is None or self.case is None:
            return
        from casefiles.ui.vault_actions import FileDialogs

        paths = FileDialogs.choose_files(self.window(), _tr("Add files as new exhibits"), True)
        self.add_files(paths, None)

    def _selection_changed(self, *_args: QItemSelection) -> None:
        row = self.table.current_row()
        item = self.model.row_object(row) if row is not None else None
        self.custody_model.set_rows(item.custody if item else [])
        if item is None:
            self.custody_title.setText(_tr("Chain of custody (select an exhibit)"))
        else:
            name = _tr("Exhibit {label}").format(label=item.exhibit) if item.exhibit else item.title
            self.custody_title.setText(_tr("Chain of custody: {item}").format(item=name))
