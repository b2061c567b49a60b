"""The Requests tab: requests to authorities other than the court, and their files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casefiles.domain import records as d
from casefiles.domain.dates import sort_key
from casefiles.domain.enums import DENIED_REQUEST_STATUSES
from casefiles.ui import fmt
from casefiles.ui.labels import label
from casefiles.ui.models import Column
from casefiles.ui.tabs.base import RecordListTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestsTab", text)


class RequestsTab(RecordListTab):
    takes_files = True

    def __init__(self) -> None:
        columns = [
            Column[d.Request](_tr("Requested"), lambda r: fmt.date_text(r.requested_on)),
            Column[d.Request](
                _tr("Authority"), lambda r: r.authority, tooltip=lambda r: r.authority
            ),
            Column[d.Request](_tr("Request"), lambda r: r.request, tooltip=lambda r: r.request),
            Column[d.Request](
                _tr("Status"),
                lambda r: label(r.status),
                alert=lambda r: r.status in DENIED_REQUEST_STATUSES,
            ),
            Column[d.Request](_tr("Answered"), lambda r: fmt.date_text(r.answered_on)),
            Column[d.Request](
                _tr("Reason given"),
                lambda r: r.reason_given or "",
                tooltip=lambda r: r.reason_given or "",
            ),
        ]
        super().__init__(
            "requests", columns, _tr("No requests yet. Add one with “New request…” (Ctrl+N).")
        )
        self.table.set_widths(90, 200, 280, 150, 90)
        self.table.stretch(2)

    def rows(self, case: d.Case) -> list[d.Request]:
        return sorted(case.requests, key=lambda r: sort_key(r.requested_on))
