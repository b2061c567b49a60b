"""The Denied requests tab: the register of refused motions and requests (read-only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from casefiles.domain import records as d
from casefiles.domain.enums import MotionStatus, RequestStatus
from casefiles.domain.registers import DeniedEntry, denied_register
from casefiles.ui import fmt
from casefiles.ui.labels import record_name, status_label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tabs.base import CaseTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeniedTab", text)


def _status(e: DeniedEntry) -> str:
    kind = MotionStatus if e.record_type == "motions" else RequestStatus
    return status_label(kind, e.status)


class DeniedTab(CaseTab):
    def __init__(self) -> None:
        super().__init__()
        self.model: TableModel[DeniedEntry] = TableModel(
            [
                Column[DeniedEntry](_tr("Asked"), lambda e: fmt.date_text(e.asked_on)),
                Column[DeniedEntry](_tr("Type"), lambda e: record_name(e.record_type)),
                Column[DeniedEntry](
                    _tr("Asked of"), lambda e: e.asked_of, tooltip=lambda e: e.asked_of
                ),
                Column[DeniedEntry](
                    _tr("What was asked"), lambda e: e.what, tooltip=lambda e: e.what
                ),
                Column[DeniedEntry](_tr("Outcome"), _status, alert=lambda _e: True),
                Column[DeniedEntry](_tr("Decided"), lambda e: fmt.date_text(e.decided_on)),
                Column[DeniedEntry](
                    _tr("Reason given"), lambda e: e.reason or "", tooltip=lambda e: e.reason or ""
                ),
                Column[DeniedEntry](
                    _tr("Objection / follow-up"),
                    lambda e: e.objection or "",
                    tooltip=lambda e: e.objection or "",
                ),
                Column[DeniedEntry](_tr("Standards"), lambda e: ", ".join(e.standards)),
            ],
            key=lambda e: f"{e.record_type}/{e.key}",
            parent=self,
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Every denied motion and every denied, ignored or returned request of this case. "
                "Change a record's status in its own tab; open a row to see it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.set_widths(90, 70, 180, 300, 130, 90, 240, 200)
        self.table.open_requested.connect(self._open_row)
        layout.addWidget(self.table, 1)

    def show_case(self, case: d.Case | None) -> None:
        self.model.set_rows(denied_register(case) if case else [])

    def _open_row(self, row: int) -> None:
        entry = self.model.row_object(row)
        if entry is not None:
            self.open_record.emit(entry.record_type, entry.key)

    def select(self, record_type: str, key: str) -> bool:
        row = self.model.row_of_key(f"{record_type}/{key}")
        if row is None:
            return False
        self.table.select_row(row)
        return True
