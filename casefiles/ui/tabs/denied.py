"""The Denied requests tab: the register of refused motions and requests (read-only)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout

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


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


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
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        self.history_button = self.make_history_button(self.record)
        top.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.table = RecordTable()
        self.table.setModel(self.model)
        kinds = (record_name("motions"), record_name("requests"))
        self.table.set_widths(85, self.table.width_for(kinds, 65), 150, 300, 125, 85, 220)
        self.table.stretch(3)
        self.table.open_requested.connect(self._open_row)
        self.record_menu(self.table, self.record, self._open_row)
        layout.addWidget(self.table, 3)
        self.detail = QLabel()
        self.detail.setObjectName("deniedDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("QLabel#deniedDetail { padding: 6px; }")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        layout.addWidget(scroll, 2)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_detail())
        self.catalogue: dict[str, str] = {}
        self.case: d.Case | None = None

    def record(self) -> tuple[str, str] | None:
        row = self.table.current_row()
        e = self.model.row_object(row) if row is not None else None
        return None if e is None else (e.record_type, e.key)

    def show_case(self, case: d.Case | None) -> None:
        self.case = case
        keep = self.table.current_row()
        self.model.set_rows(denied_register(case) if case else [])
        if self.model.total:
            self.table.select_row(min(keep or 0, self.model.total - 1))
        self._show_detail()

    def set_catalogue(self, titles: dict[str, str]) -> None:
        self.catalogue = titles

    def _show_detail(self) -> None:
        self.history_button.setEnabled(self.record() is not None and self.file_ops is not None)
        row = self.table.current_row()
        e = self.model.row_object(row) if row is not None else None
        if e is None:
            self.detail.setText(
                _tr("Select a row to read the reasons, the objection and the standards engaged.")
                if self.model.total
                else ""
            )
            return
        parts = [f"<p><b>{_esc(e.what)}</b></p>"]
        for title, text in (
            (_tr("Reason given"), e.reason),
            (_tr("Objection / follow-up"), e.objection),
        ):
            if text:
                parts.append(f"<p><b>{title}:</b> {_esc(text)}</p>")
        if e.standards:
            items = "".join(
                f"<li>{_esc(self.catalogue.get(code, code))}</li>" for code in e.standards
            )
            parts.append(f"<p><b>{_tr('Standards engaged')}:</b></p><ul>{items}</ul>")
        self.detail.setText("".join(parts))

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
