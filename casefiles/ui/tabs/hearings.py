"""The Hearings tab; its files (minutes, audio) below the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casefiles.domain import records as d
from casefiles.ui import fmt
from casefiles.ui.labels import label
from casefiles.ui.models import Column
from casefiles.ui.tabs.base import RecordListTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("HearingsTab", text)


def _days(n: int) -> str:
    return QCoreApplication.translate("HearingsTab", "%n day(s)", "", n)


class HearingsTab(RecordListTab):
    takes_files = True

    threshold = 14

    def __init__(self) -> None:
        columns = [
            Column[d.Hearing](_tr("Starts"), lambda h: fmt.date_text(h.starts_at)),
            Column[d.Hearing](_tr("Purpose"), lambda h: h.purpose or ""),
            Column[d.Hearing](_tr("Status"), lambda h: label(h.status)),
            Column[d.Hearing](
                _tr("Notice"),
                lambda h: "" if h.notice_days is None else _days(h.notice_days),
                tooltip=lambda h: (
                    _tr("Notice shorter than the case's threshold") if self._short(h) else ""
                ),
                alert=self._short,
            ),
            Column[d.Hearing](
                _tr("Court and room"), lambda h: ", ".join(filter(None, (h.court, h.room)))
            ),
            Column[d.Hearing](
                _tr("Outcome"), lambda h: h.outcome or "", tooltip=lambda h: h.outcome or ""
            ),
        ]
        super().__init__(
            "hearings", columns, _tr("No hearings yet. Add one with “New hearing…” (Ctrl+N).")
        )
        self.table.set_widths(130, 220, 90, 80, 220, 200)
        self.table.stretch(1)

    def _short(self, h: d.Hearing) -> bool:
        return h.notice_days is not None and h.notice_days < self.threshold

    def rows(self, case: d.Case) -> list[d.Hearing]:
        self.threshold = case.notice_threshold_days
        return sorted(case.hearings, key=lambda h: h.starts_at)
