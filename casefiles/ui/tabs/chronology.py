"""The Chronology tab: one merged timeline of the case; events are added here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from casefiles.domain import records as d
from casefiles.domain.enums import HearingStatus
from casefiles.domain.registers import ChronologyItem, Step, chronology
from casefiles.ui import fmt
from casefiles.ui.labels import label, record_name, status_label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tabs.base import CaseTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChronologyTab", text)


def _what(item: ChronologyItem, records: dict[tuple[str, str], object]) -> str:
    """The line worded in the interface's language from the record behind it (the domain's
    `title` is the English wording, kept for a record that cannot be found)."""
    record = records.get((item.record_type, item.key))
    kind, step = item.record_type, item.step
    if step is Step.OPENED:
        return _tr("Case opened")
    if kind == "hearings" and step is Step.DECISION:
        return _tr("Decision announced")
    if isinstance(record, d.Hearing):
        return record.purpose or _tr("Hearing")
    if isinstance(record, d.Motion):
        if step is Step.FILED:
            return _tr("Filed: {title}").format(title=record.title)
        return _tr("{status}: {title}").format(status=label(record.status), title=record.title)
    if isinstance(record, d.Request):
        if step is Step.FILED:
            return _tr("Request to {authority}").format(authority=record.authority)
        return _tr("Answer from {authority}: {status}").format(
            authority=record.authority, status=label(record.status)
        )
    if isinstance(record, d.Evidence) and 0 <= item.index < len(record.custody):
        action = record.custody[item.index].action
        if record.exhibit:
            return _tr("Exhibit {label}: {action}").format(label=record.exhibit, action=action)
        return f"{record.title}: {action}"
    return item.title


def _records(case: d.Case) -> dict[tuple[str, str], object]:
    """The case's records that chronology lines stand for, by (record type, key)."""
    found: dict[tuple[str, str], object] = {}
    for name in ("hearings", "motions", "requests", "evidence"):
        for record in getattr(case, name):
            found[(name, record.key)] = record
    return found


def _detail(item: ChronologyItem) -> str:
    if item.record_type == "hearings" and item.detail in {s.value for s in HearingStatus}:
        return status_label(HearingStatus, item.detail)
    return item.detail or ""


class ChronologyTab(CaseTab):
    record_type = "events"

    def __init__(self) -> None:
        super().__init__()
        self._records: dict[tuple[str, str], object] = {}
        self.model: TableModel[ChronologyItem] = TableModel(
            [
                Column[ChronologyItem](_tr("When"), lambda i: fmt.date_text(i.when)),
                Column[ChronologyItem](_tr("From"), lambda i: record_name(i.record_type)),
                Column[ChronologyItem](
                    _tr("What"),
                    lambda i: _what(i, self._records),
                    tooltip=lambda i: _what(i, self._records),
                ),
                Column[ChronologyItem](_tr("Detail"), _detail, tooltip=_detail),
            ],
            key=lambda i: f"{i.record_type}/{i.key}",
            parent=self,
        )
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(_tr("New event…"))
        self.new_button.setToolTip(_tr("Add a fact or step not recorded elsewhere (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_record.emit("events"))
        bar.addWidget(self.new_button)
        self.history_button = self.make_history_button(self.record)
        bar.addWidget(self.history_button)
        hint = QLabel(
            _tr("Hearings, motions, requests and custody steps appear here by themselves.")
        )
        hint.setStyleSheet("color: palette(mid);")
        bar.addWidget(hint)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = RecordTable()
        self.table.setModel(self.model)
        sources = ("cases", "events", "hearings", "motions", "requests", "evidence")
        from_width = self.table.width_for((record_name(t) for t in sources), 90)
        self.table.set_widths(130, from_width, 380, 300)
        self.table.stretch(2)
        self.table.open_requested.connect(self._open_row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.record_menu(self.table, self.record, self._open_row)
        layout.addWidget(self.table, 1)
        self.case: d.Case | None = None

    def show_case(self, case: d.Case | None) -> None:
        self.case = case
        self._records = _records(case) if case else {}
        self.model.set_rows(chronology(case) if case else [])
        self.new_button.setEnabled(case is not None)
        self._update()

    def _update(self) -> None:
        self.history_button.setEnabled(self.record() is not None and self.file_ops is not None)

    def record(self) -> tuple[str, str] | None:
        """The record behind the selected line (a hearing, a motion, an exhibit, an event)."""
        row = self.table.current_row()
        item = self.model.row_object(row) if row is not None else None
        return None if item is None else (item.record_type, item.key)

    def open_history(self, record: tuple[str, str | None] | None, title: str = "") -> None:
        # The case's own line: its history is the case's (named by no record key).
        if record is not None and record[0] == "cases":
            record = ("cases", None)
        super().open_history(record, title)

    def _open_row(self, row: int) -> None:
        item = self.model.row_object(row)
        if item is not None:
            self.open_record.emit(item.record_type, item.key)

    def select(self, record_type: str, key: str) -> bool:
        row = self.model.row_of_key(f"{record_type}/{key}")
        if row is None:
            return False
        self.table.select_row(row)
        return True

    def current(self) -> tuple[str, str] | None:
        row = self.table.current_row()
        item = self.model.row_object(row) if row is not None else None
        if item is None or item.record_type != "events":
            return None
        return ("events", item.key)
