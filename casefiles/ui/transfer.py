"""File > Import and Export: a file dialog, then the work on the task runner with progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefiles.services import transfer
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.session import Session

_FILTER = "casefiles interchange (*.json);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Transfer", text)


def import_cases(window: QWidget, session: Session, after: object) -> None:
    path = Dialogs.open_file(window, _tr("Import cases"), _tr(_FILTER))
    if path is None:
        return
    store = session.require_store()

    def done(report: object) -> None:
        if not session.is_open:  # locked meanwhile: say nothing of the cases
            Dialogs.inform(window, _tr("Import finished"), _tr("The import is complete."))
            return
        lines = report.lines()  # type: ignore[attr-defined]
        Dialogs.inform(window, _tr("Import finished"), "\n".join(lines))
        after()  # type: ignore[operator]

    session.runner.run(
        lambda progress, cancelled: transfer.import_file(store, path, progress, cancelled),
        done,
        lambda exc: ErrorReporter.report(exc, window, _tr("Import failed")),
        progress_label=_tr("Importing {name}…").format(name=path.name),
        parent=window,
        cancellable=True,
    )


def export_cases(window: QWidget, session: Session, references: list[str] | None) -> None:
    suggested = "casefiles-export.json" if references is None else "case-export.json"
    path = Dialogs.save_file(window, _tr("Export cases"), _tr(_FILTER), suggested)
    if path is None:
        return
    store = session.require_store()

    def done(count: int) -> None:
        Dialogs.inform(
            window,
            _tr("Export finished"),
            _tr(
                "Exported {n} case(s) to {path}.\n\nThe file is not encrypted: keep it safe."
            ).format(n=count, path=path),
        )

    session.runner.run(
        lambda progress, cancelled: transfer.export_file(
            store, path, references, progress, cancelled
        ),
        done,
        lambda exc: ErrorReporter.report(exc, window, _tr("Export failed")),
        progress_label=_tr("Exporting…"),
        parent=window,
        cancellable=True,
    )
