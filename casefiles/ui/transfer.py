"""File > Import and Export: a file dialog, then the work on the task runner with progress.

Import also takes an encrypted export (an age file, see `casefiles.backup.export`):
its passphrase is asked, or for one encrypted to an age public key, the identity file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefiles.backup.export import is_encrypted_export, needs_passphrase
from casefiles.domain.errors import UserError
from casefiles.services import transfer
from casefiles.services.interchange import ImportReport
from casefiles.ui import backup_ops
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.i18n import QT_TRANSLATE_NOOP
from casefiles.ui.session import Session

_FILTER = QT_TRANSLATE_NOOP("Transfer", "casefiles interchange (*.json);;All files (*)")
_IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "Transfer", "casefiles interchange or encrypted export (*.json *.age);;All files (*)"
)
_IDENTITY_FILTER = QT_TRANSLATE_NOOP("Transfer", "age identity file (*.txt *.key);;All files (*)")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Transfer", text, "", n)


def import_summary(report: ImportReport, attached: int = 0) -> str:
    """What an import did, in the interface's language (the CLI prints `report.lines()`);
    record keys the import had to rename are left out: they are the CLI's business."""
    lines = [
        _tr("Imported %n case(s): {references}", len(report.cases)).format(
            references=", ".join(report.cases) or "-"
        ),
        _tr("Clients: {new} new, {reused} already in this case file.").format(
            new=report.clients_created, reused=report.clients_reused
        ),
    ]
    if attached:
        lines.append(_tr("Attached %n file(s) to their records (stored encrypted).", attached))
    return "\n".join(lines)


def import_cases(window: QWidget, session: Session, after: object) -> None:
    path = Dialogs.open_file(window, _tr("Import cases"), _tr(_IMPORT_FILTER))
    if path is None:
        return
    try:
        head = backup_ops.read_head(path)
        if is_encrypted_export(head):
            _import_encrypted(window, session, after, path, head)
            return
    except UserError as exc:
        ErrorReporter.report(exc, window, _tr("Import failed"))
        return
    store = session.require_store()

    def done(report: ImportReport) -> None:
        if not session.is_open:  # locked meanwhile: say nothing of the cases
            Dialogs.inform(window, _tr("Import finished"), _tr("The import is complete."))
            return
        Dialogs.inform(window, _tr("Import finished"), import_summary(report))
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


def _import_encrypted(
    window: QWidget, session: Session, after: object, path: Path, head: bytes
) -> None:
    passphrase: str | None = None
    identity: Path | None = None
    if needs_passphrase(head):
        passphrase = Dialogs.ask_passphrase(
            window,
            _tr("Encrypted export"),
            _tr("{name} is encrypted. Type the passphrase it was exported with.").format(
                name=path.name
            ),
        )
        if passphrase is None:
            return
    else:
        identity = Dialogs.open_file(
            window,
            _tr("The age identity file that opens {name}").format(name=path.name),
            _tr(_IDENTITY_FILTER),
        )
        if identity is None:
            return
    store = session.require_store()

    def work(progress: Any, cancelled: Any) -> backup_ops.ImportDone:
        return backup_ops.import_encrypted(store, path, passphrase, identity, progress, cancelled)

    def done(result: backup_ops.ImportDone) -> None:
        if not session.is_open:
            Dialogs.inform(window, _tr("Import finished"), _tr("The import is complete."))
            return
        Dialogs.inform(
            window, _tr("Import finished"), import_summary(result.report, result.attached)
        )
        after()  # type: ignore[operator]

    session.runner.run(
        work,
        done,
        lambda exc: ErrorReporter.report(exc, window, _tr("Import failed")),
        progress_label=_tr("Importing {name}…").format(name=path.name),
        parent=window,
        cancellable=True,
    )
