"""The case workspace: a heading and one tab per part of the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from casefiles.domain import records as d
from casefiles.ui.labels import label
from casefiles.ui.tabs.base import CaseTab
from casefiles.ui.tabs.chronology import ChronologyTab
from casefiles.ui.tabs.denied import DeniedTab
from casefiles.ui.tabs.evidence import EvidenceTab
from casefiles.ui.tabs.hearings import HearingsTab
from casefiles.ui.tabs.motions import MotionsTab
from casefiles.ui.tabs.overview import OverviewTab
from casefiles.ui.tabs.requests import RequestsTab


#: The tab that lists each record type.
def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CaseView", text, "", n)


TAB_OF = {
    "parties": 0,
    "hearings": 1,
    "motions": 2,
    "requests": 3,
    "evidence": 5,
    "events": 6,
}


class CaseView(QWidget):
    open_record = Signal(str, str)
    new_record = Signal(str)
    delete_record = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.case: d.Case | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.heading = QLabel()
        self.heading.setObjectName("caseHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setObjectName("caseSubheading")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab()
        self.hearings = HearingsTab()
        self.motions = MotionsTab()
        self.requests = RequestsTab()
        self.denied = DeniedTab()
        self.evidence = EvidenceTab()
        self.chronology = ChronologyTab()
        self.all_tabs: list[CaseTab] = [
            self.overview,
            self.hearings,
            self.motions,
            self.requests,
            self.denied,
            self.evidence,
            self.chronology,
        ]
        titles = [
            _tr("&Overview"),
            _tr("&Hearings"),
            _tr("&Motions"),
            _tr("Re&quests"),
            _tr("&Denied requests"),
            _tr("&Evidence"),
            _tr("Chro&nology"),
        ]
        for tab, title in zip(self.all_tabs, titles, strict=True):
            self.tabs.addTab(tab, title)
            tab.open_record.connect(self.open_record)
            tab.new_record.connect(self.new_record)
            tab.delete_record.connect(self.delete_record)
        layout.addWidget(self.tabs, 1)

    def show_case(self, case: d.Case | None) -> None:
        self.case = case
        if case is None:
            self.heading.clear()
            self.subheading.clear()
        else:
            self.heading.setText(f"{case.reference} — {case.title}")
            parts = [label(case.status), case.court or "", case.judge or ""]
            self.subheading.setText("  ·  ".join(p for p in parts if p))
            denied = self.tabs.indexOf(self.denied)
            from casefiles.domain.registers import denied_register

            n = len(denied_register(case))
            self.tabs.setTabText(
                denied,
                _tr("&Denied requests") + (f" ({n})" if n else ""),
            )
        for tab in self.all_tabs:
            tab.show_case(case)

    def current_tab(self) -> CaseTab:
        return self.all_tabs[self.tabs.currentIndex()]

    def reveal(self, record_type: str, key: str) -> None:
        """Show the tab that lists a record and select it there."""
        index = TAB_OF.get(record_type)
        if index is not None:
            self.tabs.setCurrentIndex(index)
            self.all_tabs[index].select(record_type, key)

    def step_tab(self, delta: int) -> None:
        n = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % n)
