"""The Motions tab; its files (the filed text, the written ruling) below the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casefiles.domain import records as d
from casefiles.domain.dates import sort_key
from casefiles.domain.enums import DENIED_MOTION_STATUSES
from casefiles.ui import fmt
from casefiles.ui.labels import label
from casefiles.ui.models import Column
from casefiles.ui.tabs.base import RecordListTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("MotionsTab", text)


class MotionsTab(RecordListTab):
    takes_files = True

    def __init__(self) -> None:
        columns = [
            Column[d.Motion](_tr("Filed"), lambda m: fmt.date_text(m.filed_on)),
            Column[d.Motion](_tr("Motion"), lambda m: m.title, tooltip=lambda m: m.title),
            Column[d.Motion](_tr("Filed by"), lambda m: label(m.filed_by)),
            Column[d.Motion](
                _tr("Status"),
                lambda m: label(m.status),
                alert=lambda m: m.status in DENIED_MOTION_STATUSES,
            ),
            Column[d.Motion](_tr("Ruled"), lambda m: fmt.date_text(m.ruled_on)),
            Column[d.Motion](
                _tr("Ruling"), lambda m: m.ruling or "", tooltip=lambda m: m.ruling or ""
            ),
        ]
        super().__init__(
            "motions", columns, _tr("No motions yet. Add one with “New motion…” (Ctrl+N).")
        )
        self.table.set_widths(90, 320, 90, 150, 90)
        self.table.stretch(1)

    def rows(self, case: d.Case) -> list[d.Motion]:
        return sorted(case.motions, key=lambda m: sort_key(m.filed_on))
