"""A record's history from the audit trail: when, what, which field, old → new, from where.

`show_history` reads `audit.record_history` in a worker (a long-lived case has a
long trail) and opens a non-modal `HistoryDialog`: one row per changed field,
the record's attached files included.  A redacted value shows as “[redacted]”
with the SHA-256 that replaced it; the value itself is gone from the trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casefiles.services import audit
from casefiles.services.audit import Entry, FieldChange
from casefiles.ui import fmt
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.labels import record_name
from casefiles.ui.models import Column, TableModel
from casefiles.ui.session import Session
from casefiles.ui.tables import RecordTable

#: A value longer than this is cut in the list (the tooltip holds it whole).
SHORT = 80


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("History", text, "", n)


def _actions() -> dict[str, str]:
    return {"create": _tr("created"), "update": _tr("changed"), "delete": _tr("deleted")}


def _sources() -> dict[str, str]:
    return {
        "gui": _tr("desktop app"),
        "cli": _tr("command line"),
        "import": _tr("import"),
        "app": _tr("casefiles"),
    }


def value_text(value: Any, present: bool, redacted: bool = False) -> str:
    """A value from the trail as the user reads it; a redacted one says so."""
    if not present:
        return ""
    if redacted:
        return _tr("[redacted]")
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return json.dumps(value, ensure_ascii=False)


def _redacted_tip(value: Any) -> str:
    return _tr("Redacted: the value was replaced by its SHA-256 {hash}").format(
        hash=value["redacted"]
    )


@dataclass(frozen=True)
class HistoryRow:
    """One changed field of one entry (or the entry itself when it changed no field)."""

    seq: int
    when: str
    action: str
    what: str
    field: str
    old: str
    new: str
    old_tip: str
    new_tip: str
    source: str
    #: The entry's first row (the others leave when, what, action and source blank).
    first: bool = True

    @property
    def change(self) -> str:
        if self.old and self.new:
            return f"{self.old} → {self.new}"
        return self.new or (_tr("was: {old}").format(old=self.old) if self.old else "")

    @property
    def change_tip(self) -> str:
        parts = []
        if self.old_tip or self.old:
            parts.append(_tr("Before: {value}").format(value=self.old_tip or self.old))
        if self.new_tip or self.new:
            parts.append(_tr("After: {value}").format(value=self.new_tip or self.new))
        return "\n".join(parts)


def _short(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def _side(change: FieldChange, old: bool) -> tuple[str, str]:
    value, present = (change.old, change.has_old) if old else (change.new, change.has_new)
    redacted = change.old_redacted if old else change.new_redacted
    text = value_text(value, present, redacted)
    if present and redacted:
        return text, _redacted_tip(value)
    return _short(text), text if len(text) > SHORT else ""


def history_rows(entries: list[Entry]) -> list[HistoryRow]:
    actions, sources = _actions(), _sources()
    rows = []
    for e in entries:
        when = fmt.date_text(e.at.astimezone().replace(tzinfo=None))
        if e.record_type == "attachments":
            what = _tr("file {key}").format(key=e.record_key)
        else:
            what = record_name(e.record_type).lower()
        source = sources.get(e.source, e.source)
        if e.actor:
            source = f"{source} ({e.actor})"
        action = actions.get(e.action, e.action)
        changes = e.changes or (FieldChange("", None, None, has_old=False, has_new=False),)
        for i, c in enumerate(changes):
            old, old_tip = _side(c, old=True)
            new, new_tip = _side(c, old=False)
            rows.append(
                HistoryRow(
                    e.seq, when, action, what, c.field, old, new, old_tip, new_tip, source, i == 0
                )
            )
    return rows


class HistoryDialog(QDialog):
    """The history of one record, oldest change first."""

    def __init__(self, parent: QWidget | None, title: str, entries: list[Entry]) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(_tr("History: {record}").format(record=title))
        self.model: TableModel[HistoryRow] = TableModel(
            [
                Column[HistoryRow](_tr("#"), lambda r: str(r.seq) if r.first else ""),
                Column[HistoryRow](_tr("When"), lambda r: r.when if r.first else ""),
                Column[HistoryRow](_tr("What"), lambda r: r.what if r.first else ""),
                Column[HistoryRow](_tr("Action"), lambda r: r.action if r.first else ""),
                Column[HistoryRow](_tr("Field"), lambda r: r.field),
                Column[HistoryRow](
                    _tr("Old → new"), lambda r: r.change, tooltip=lambda r: r.change_tip
                ),
                Column[HistoryRow](_tr("Source"), lambda r: r.source if r.first else ""),
            ],
            key=lambda r: f"{r.seq}:{r.field}",
            parent=self,
        )
        self.model.set_rows(history_rows(entries))
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.set_widths(50, 130, 80, 80, 120, 360)
        self.table.stretch(5)
        summary = QLabel(
            _tr("Entries in the audit trail: %n, oldest first.", len(entries))
            + " "
            + _tr("Entries are never edited or deleted; “casefiles verify” checks their chain.")
        )
        summary.setWordWrap(True)
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(summary, 1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.resize(1000, 520)


def show_history(
    parent: QWidget | None,
    session: Session,
    case_ref: str | None,
    record_type: str,
    key: str | None,
    *,
    title: str = "",
) -> None:
    """Read the record's history off the UI thread, then show it (non-modal)."""
    store = session.require_store()

    def work(_p: Any, _c: Any) -> list[Entry]:
        return audit.record_history(store, case_ref, record_type, key)

    def done(entries: list[Entry]) -> None:
        if not session.is_open:
            return
        name = title or f"{record_name(record_type).lower()} {key or ''}".strip()
        dialog = HistoryDialog(parent, name, entries)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()

    session.runner.run(
        work,
        done,
        lambda exc: ErrorReporter.report(exc, parent),
        progress_label=_tr("Reading the audit trail…"),
        parent=parent,
    )
