"""The Overview tab: the case's own fields, its clients with their roles, and the parties."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import records as d
from casefiles.domain.enums import PartyRole
from casefiles.ui import fmt
from casefiles.ui.i18n import QT_TRANSLATE_NOOP
from casefiles.ui.labels import label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tabs.base import CaseTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTab", text)


class OverviewTab(CaseTab):
    record_type = "parties"
    edit_case = Signal()
    open_client = Signal(str)

    _FIELDS = (
        ("reference", QT_TRANSLATE_NOOP("OverviewTab", "Court reference")),
        ("title", QT_TRANSLATE_NOOP("OverviewTab", "Title")),
        ("court", QT_TRANSLATE_NOOP("OverviewTab", "Court")),
        ("judge", QT_TRANSLATE_NOOP("OverviewTab", "Judge")),
        ("procedure", QT_TRANSLATE_NOOP("OverviewTab", "Procedure")),
        ("status", QT_TRANSLATE_NOOP("OverviewTab", "Status")),
        ("opened_on", QT_TRANSLATE_NOOP("OverviewTab", "Opened on")),
        ("notice_threshold_days", QT_TRANSLATE_NOOP("OverviewTab", "Notice flagged below")),
        ("summary", QT_TRANSLATE_NOOP("OverviewTab", "Summary")),
    )

    def __init__(self) -> None:
        super().__init__()
        self.case: d.Case | None = None
        self._names: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        facts = QGroupBox(_tr("Case"))
        form = QFormLayout(facts)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}
        for name, text in self._FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            form.addRow(QCoreApplication.translate("OverviewTab", text) + ":", value)
        self.edit_button = QPushButton(_tr("Edit case…"))
        self.edit_button.clicked.connect(self.edit_case)
        self.case_history_button = QPushButton(_tr("Case history…"))
        self.case_history_button.setToolTip(
            _tr("Every change to the case's own fields, from the audit trail")
        )
        self.case_history_button.clicked.connect(lambda: self.open_history(("cases", None)))
        form.addRow("", self._left(self.edit_button, self.case_history_button))
        layout.addWidget(facts)

        clients_box = QGroupBox(_tr("Clients"))
        cl = QVBoxLayout(clients_box)
        self.clients_model: TableModel[d.CaseClient] = TableModel(
            [
                Column[d.CaseClient](_tr("Client"), lambda c: self._names.get(c.client, c.client)),
                Column[d.CaseClient](_tr("Role"), lambda c: c.role or ""),
            ],
            key=lambda c: c.client,
            parent=self,
        )
        self.clients = RecordTable()
        self.clients.setModel(self.clients_model)
        self.clients.setMinimumHeight(90)
        self.clients.setMaximumHeight(140)
        self.clients.set_widths(320)
        self.clients.open_requested.connect(self._open_client)
        cl.addWidget(self.clients)
        layout.addWidget(clients_box)

        parties_box = QGroupBox(_tr("Parties"))
        pl = QVBoxLayout(parties_box)
        bar = QHBoxLayout()
        self.new_party = QPushButton(_tr("New party…"))
        self.open_party = QPushButton(_tr("Open"))
        self.delete_party = QPushButton(_tr("Delete"))
        self.party_history = self.make_history_button(self.current)
        for b in (self.new_party, self.open_party, self.delete_party, self.party_history):
            bar.addWidget(b)
        bar.addStretch(1)
        pl.addLayout(bar)
        self.parties_model: TableModel[d.Party] = TableModel(
            [
                Column[d.Party](_tr("Name"), lambda p: p.name),
                Column[d.Party](_tr("Role"), lambda p: label(p.role)),
                Column[d.Party](
                    _tr("Notes"), lambda p: p.notes or "", tooltip=lambda p: p.notes or ""
                ),
            ],
            key=lambda p: p.key,
            parent=self,
        )
        self.parties = RecordTable()
        self.parties.setModel(self.parties_model)
        self.parties.setMinimumHeight(140)
        self.parties.set_widths(260, self.parties.width_for((label(r) for r in PartyRole), 110))
        self.parties.open_requested.connect(self._open_party)
        self.record_menu(self.parties, self.current, self._open_party)
        pl.addWidget(self.parties)
        layout.addWidget(parties_box, 1)
        self.new_party.clicked.connect(lambda: self.new_record.emit("parties"))
        self.open_party.clicked.connect(lambda: self._open_party(self.parties.current_row() or 0))
        self.delete_party.clicked.connect(self._delete_party)

    @staticmethod
    def _left(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    def set_client_names(self, names: dict[str, str]) -> None:
        self._names = names

    def show_case(self, case: d.Case | None) -> None:
        self.case = case
        for name, value in self.values.items():
            value.setText(self._text(case, name) if case else "")
        self.clients_model.set_rows(case.clients if case else [])
        self.parties_model.set_rows(case.parties if case else [])
        self.edit_button.setEnabled(case is not None)
        self.new_party.setEnabled(case is not None)
        has = bool(case and case.parties)
        self.open_party.setEnabled(has)
        self.delete_party.setEnabled(has)
        self.party_history.setEnabled(has and self.file_ops is not None)
        self.case_history_button.setEnabled(case is not None and self.file_ops is not None)

    @staticmethod
    def _text(case: d.Case, name: str) -> str:
        value = getattr(case, name)
        if name in ("procedure", "status"):
            return label(value)
        if name == "opened_on":
            return fmt.date_text(value)
        if name == "notice_threshold_days":
            return QCoreApplication.translate("OverviewTab", "%n day(s)", "", int(value))
        return "" if value is None else str(value)

    def _open_client(self, row: int) -> None:
        key = self.clients_model.key_at(row)
        if key is not None:
            self.open_client.emit(key)

    def _open_party(self, row: int) -> None:
        key = self.parties_model.key_at(row)
        if key is not None:
            self.open_record.emit("parties", key)

    def _delete_party(self) -> None:
        key = self.parties.current_key()
        if key is not None:
            self.delete_record.emit("parties", key)

    def select(self, record_type: str, key: str) -> bool:
        if record_type != "parties":
            return False
        row = self.parties_model.row_of_key(key)
        if row is None:
            return False
        self.parties.select_row(row)
        return True

    def current(self) -> tuple[str, str] | None:
        key = self.parties.current_key()
        return None if key is None else ("parties", key)
