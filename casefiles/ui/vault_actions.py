"""Attached files from the desktop app: intake, preview, system viewer, save a copy, remove.

The case tabs ask `VaultActions`; it runs the vault's use cases on the task
runner (never on the UI thread), shows progress with a Cancel button, and
announces through `Editing.changed` what changed so every view reloads.  The
vault already guarantees that a cancelled or failed intake leaves nothing
behind; here each dropped file is its own intake, and the user is told which
ones were stored.  Questions go through `Dialogs` and `FileDialogs`, whose
classmethods tests replace.  Logs carry counts and ids, never names.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from casefiles import vault
from casefiles.domain import records as d
from casefiles.domain.errors import DamageFound, UserError
from casefiles.services import audit, evidence, lookup
from casefiles.services.evidence import AttachmentInfo
from casefiles.ui import fmt
from casefiles.ui.dialogs import Dialogs, new_file_dialog, run_file_dialog
from casefiles.ui.errors import ErrorReporter, friendly_message
from casefiles.ui.tasks import Task

if TYPE_CHECKING:
    from casefiles.ui.editing import Editing
    from casefiles.ui.session import Session

log = logging.getLogger(__name__)

#: Progress goes to the dialog in thousandths: byte counts overflow Qt's int past 2 GB.
PROGRESS_SCALE = 1000


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("VaultActions", text, "", n)


class FileDialogs:
    """File choosers for attachments; tests replace these classmethods.

    Qt's own dialogs (not the platform's), with the folder history Qt keeps
    wiped afterwards, as `Dialogs` does: a folder name can name a client.
    """

    @classmethod
    def choose_files(cls, parent: QWidget | None, title: str, many: bool) -> list[Path]:
        dialog = new_file_dialog(parent, title)
        dialog.setFileMode(
            QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile
        )
        return run_file_dialog(dialog)

    @classmethod
    def save_copy_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        dialog = new_file_dialog(parent, _tr("Save a copy of the file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(suggested)
        chosen = run_file_dialog(dialog)
        return chosen[0] if chosen else None


@dataclass
class IntakeResult:
    """What one drop or file choice stored, what was refused, whether the user stopped it."""

    stored: list[AttachmentInfo] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False


def _message(exc: BaseException) -> str:
    return friendly_message(exc) or type(exc).__name__


def _sizes(paths: Sequence[Path]) -> list[int]:
    out = []
    for p in paths:
        try:
            out.append(os.stat(p).st_size if p.is_file() else 0)
        except OSError:
            out.append(0)
    return out


class VaultActions(QObject):
    """The attached files of the shown case, and what the user can do with them."""

    #: The files of this case (its key) were (re)loaded; "" when cleared.
    files_loaded = Signal(str)
    #: An intake finished (stored, refused or cancelled).
    intake_finished = Signal(object)

    def __init__(self, session: Session, editing: Editing) -> None:
        super().__init__(editing)
        self.session = session
        self.editing = editing
        self._case_key: str | None = None
        self._files: list[AttachmentInfo] = []
        self._loading: str | None = None
        #: The case object the running load was asked for (the tabs of one view share it).
        self._loading_case: d.Case | None = None
        self._again = False
        #: The running intake (tests cancel it; one at a time).
        self.intake: Task | None = None
        self.last_intake: IntakeResult | None = None
        #: The preview window open now (None once it closed or the case file locked).
        self.last_preview: QDialog | None = None
        session.closed.connect(self._forget_preview)

    # -- the shown case's files -----------------------------------------------------------

    def files_of(self, case_key: str, record_type: str, key: str) -> list[AttachmentInfo] | None:
        """The files of one record; None while the case's files are being loaded."""
        if case_key != self._case_key:
            return None
        return [f for f in self._files if f.record_type == record_type and f.record_key == key]

    def reload(self, case: d.Case | None) -> None:
        """Load the files of `case` off the UI thread; repeated calls while loading coalesce."""
        if case is None or not self.session.is_open:
            self._case_key, self._files, self._loading, self._loading_case = None, [], None, None
            self.files_loaded.emit("")
            return
        if self._loading == case.key:
            # Every file-taking tab asks when one case is shown: one load serves them all.
            self._again = self._again or case is not self._loading_case
            return
        if case.key != self._case_key:
            self._case_key, self._files = case.key, []
        self._loading, self._loading_case, self._again = case.key, case, False
        store = self.session.require_store()
        case_key, reference = case.key, case.reference

        def done(files: list[AttachmentInfo]) -> None:
            if self._loading != case_key:
                return
            self._loading, self._loading_case = None, None
            if not self.session.is_open or self._case_key != case_key:
                return
            self._files = files
            self.files_loaded.emit(case_key)
            if self._again:
                self.reload(case)

        def failed(exc: BaseException) -> None:
            if self._loading != case_key:
                return
            self._loading, self._loading_case = None, None
            if isinstance(exc, UserError):
                # The case was renamed or deleted meanwhile: the workspace shows what is now.
                log.info("files of a case not loaded: %s", type(exc).__name__)
                return
            if self.session.is_open:
                ErrorReporter.report(exc)

        self.session.runner.run(lambda _p, _c: evidence.case_files(store, reference), done, failed)

    # -- intake ---------------------------------------------------------------------------

    def add_files(
        self,
        case: d.Case,
        paths: Sequence[Path],
        target: tuple[str, str] | None,
        parent: QWidget | None,
    ) -> Task | None:
        """Store `paths`: attached to `target` (record type, key), or as new evidence items."""
        paths = [Path(p) for p in paths]
        if not paths:
            return None
        if self.intake is not None:
            Dialogs.inform(
                parent,
                _tr("Files are being stored"),
                _tr("Wait until the files being stored now are in, then add these."),
            )
            return None
        if target is not None and target[0] == "evidence" and len(paths) > 1:
            Dialogs.problem(
                parent,
                _tr("One file per exhibit"),
                _tr(
                    "An evidence item holds one file. Drop the files on empty space in the "
                    "list to make one new item for each, or drop them one by one."
                ),
            )
            return None
        if target is not None and target[0] == "evidence" and self.files_of(case.key, *target):
            why = _tr("An evidence item holds one file: add another item for another file.")
            window = parent.window() if parent is not None else None
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(why, 10_000)
            Dialogs.problem(parent, _tr("One file per exhibit"), why)
            return None
        store = self.session.require_store()
        reference, case_key = case.reference, case.key
        sizes = _sizes(paths)
        total = sum(sizes)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            result = IntakeResult()
            base = 0
            for path, size in zip(paths, sizes, strict=True):
                if cancelled():
                    result.cancelled = True
                    break

                def tick(done: int, _total: int, base: int = base) -> None:
                    if total:
                        progress((base + done) * PROGRESS_SCALE // total, PROGRESS_SCALE)

                try:
                    if target is None:
                        info = vault.add_evidence(
                            store,
                            reference,
                            path,
                            title=path.stem or path.name,
                            progress=tick,
                            cancel=cancelled,
                        )
                    else:
                        info = vault.attach(
                            store,
                            reference,
                            target[0],
                            target[1],
                            path,
                            progress=tick,
                            cancel=cancelled,
                        )
                except vault.Cancelled:
                    result.cancelled = True
                    break
                except UserError as exc:
                    result.problems.append(_message(exc))
                else:
                    result.stored.append(info)
                base += size
            return result

        def done(result: IntakeResult) -> None:
            self.intake = None
            self._intake_done(result, case_key, parent)

        def failed(exc: BaseException) -> None:
            self.intake = None
            if self.session.is_open:
                self._changed(case_key)
                ErrorReporter.report(exc, parent)

        label = _tr("Storing %n file(s) in the encrypted vault…", len(paths))
        task = self.session.runner.run(
            work, done, failed, progress_label=label, parent=parent, cancellable=True
        )
        self.intake = task
        log.info("intake of %d file(s) started", len(paths))
        return task

    def _intake_done(self, result: IntakeResult, case_key: str, parent: QWidget | None) -> None:
        self.last_intake = result
        log.info(
            "intake: %d stored, %d refused, cancelled=%s",
            len(result.stored),
            len(result.problems),
            result.cancelled,
        )
        if self.session.is_open:  # locked meanwhile: nothing to show
            self._tell(result, case_key, parent)
        self.intake_finished.emit(result)

    def _tell(self, result: IntakeResult, case_key: str, parent: QWidget | None) -> None:
        if result.stored:
            self._changed(case_key)
            self._say_stored(result.stored, parent)
        if result.problems:
            text = "\n\n".join(result.problems)
            if result.stored:
                text += "\n\n" + _tr("The other %n file(s) were stored.", len(result.stored))
            Dialogs.problem(parent, _tr("Not stored"), text)
        elif result.cancelled and result.stored:
            Dialogs.inform(
                parent,
                _tr("Stopped"),
                _tr(
                    "You stopped the intake. %n file(s) stored before that are kept; "
                    "nothing of the file being read was stored.",
                    len(result.stored),
                ),
            )

    @staticmethod
    def _say_stored(stored: list[AttachmentInfo], parent: QWidget | None) -> None:
        window = parent.window() if parent is not None else None
        if not isinstance(window, QMainWindow):
            return
        last = stored[-1]
        where = (
            _tr("exhibit {label}").format(label=last.exhibit) if last.exhibit else last.file_name
        )
        window.statusBar().showMessage(
            _tr(
                "Stored %n file(s) in the encrypted vault; last: {where}, SHA-256 {short}…",
                len(stored),
            )
            .replace("{where}", where)
            .replace("{short}", last.sha256[:16]),
            10_000,
        )

    def _changed(self, case_key: str) -> None:
        """Files changed: older undo steps could contradict them, and every view reloads."""
        self.editing.undo_stack.clear()
        self._refresh_open_editors(case_key)
        self.editing.changed.emit(case_key)

    def _refresh_open_editors(self, case_key: str) -> None:
        """An evidence editor opened before a file came or went keeps the item's file fields
        as they are now, so saving it does not erase (or bring back) a file's name and hash."""
        open_items = [
            ed
            for ed in self.editing.editors
            if ed.record_type == "evidence"
            and ed.ctx.case_key == case_key
            and ed.original is not None
        ]
        if not open_items or not self.session.is_open:
            return
        case = lookup.case_by_key(self.session.require_store(), case_key)
        now = {e.key: e for e in case.evidence}
        for ed in open_items:
            original = ed.original
            assert isinstance(original, d.Evidence)
            fresh = now.get(original.key)
            if fresh is not None:
                ed.original = dataclasses.replace(
                    original, file_name=fresh.file_name, sha256=fresh.sha256
                )

    # -- reading back ---------------------------------------------------------------------

    def preview(self, info: AttachmentInfo, parent: QWidget | None) -> Task | None:
        """An image or PDF decrypted into memory (in a worker) and shown in the app."""
        store = self.session.require_store()

        def work(_p: Any, _c: Any) -> vault.Preview:
            return vault.read_for_preview(store, info.case_ref, key=info.key)

        def done(preview: vault.Preview) -> None:
            if not self.session.is_open:
                return
            from casefiles.ui.image_preview import show_preview

            try:
                dialog = show_preview(parent, preview.data, preview.info)
            except UserError as exc:
                self.report(exc, parent)
                return
            self.last_preview = dialog
            shown = id(dialog)
            dialog.finished.connect(lambda _r: self._forget_preview(shown))
            dialog.destroyed.connect(lambda _o=None: self._forget_preview(shown))

        return self.session.runner.run(
            work,
            done,
            lambda exc: self.report(exc, parent),
            progress_label=_tr("Decrypting {name}…").format(name=info.file_name),
            parent=parent,
        )

    def _forget_preview(self, which: int | None = None) -> None:
        """Let go of the preview (`which`: only if it is that one), so its content can go."""
        if which is None or id(self.last_preview) == which:
            self.last_preview = None

    def open_external(self, info: AttachmentInfo, parent: QWidget | None) -> Task | None:
        """Warn, then decrypt into a private RAM folder and hand the copy to the system."""
        if not Dialogs.confirm(
            parent,
            _tr("Open in another program?"),
            _tr(
                "“{name}” will be decrypted into a temporary file in memory and opened in "
                "the program your system uses for it.\n\nThat program may keep its own "
                "copies outside casefiles: thumbnails, a list of recent files, autosaved "
                "versions. casefiles cannot remove those. The temporary file is deleted "
                "when casefiles locks or closes."
            ).format(name=info.file_name),
            _tr("Open anyway"),
        ):
            return None
        store = self.session.require_store()

        def work(_p: Any, _c: Any) -> Path:
            return vault.open_copy(store, info.case_ref, key=info.key)

        def done(path: Path) -> None:
            if not self.session.is_open:
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                Dialogs.problem(
                    parent,
                    _tr("No program for this file"),
                    _tr(
                        "The system found no program to open this kind of file. Save a copy "
                        "and open it from there."
                    ),
                )

        return self.session.runner.run(
            work,
            done,
            lambda exc: self.report(exc, parent),
            progress_label=_tr("Decrypting {name}…").format(name=info.file_name),
            parent=parent,
        )

    def save_copy(self, info: AttachmentInfo, parent: QWidget | None) -> Task | None:
        """Ask where, then decrypt there (atomically, checked against the intake hash)."""
        path = FileDialogs.save_copy_path(parent, info.file_name)
        if path is None:
            return None
        store = self.session.require_store()

        def work(progress: Callable[[int, int], None], _c: Any) -> AttachmentInfo:
            def tick(done: int, total: int) -> None:
                if total:
                    progress(done * PROGRESS_SCALE // total, PROGRESS_SCALE)

            return vault.export_file(
                store, info.case_ref, path, key=info.key, force=True, progress=tick
            )

        def done(_info: AttachmentInfo) -> None:
            log.info("attachment %s saved as a copy", info.key)

        return self.session.runner.run(
            work,
            done,
            lambda exc: self.report(exc, parent),
            progress_label=_tr("Saving a copy of {name}…").format(name=info.file_name),
            parent=parent,
        )

    # -- removing -------------------------------------------------------------------------

    def remove(self, info: AttachmentInfo, parent: QWidget | None) -> Task | None:
        """Ask, then detach the file and delete its encrypted copy; the record stays."""
        if not Dialogs.confirm(
            parent,
            _tr("Remove the file?"),
            _tr(
                "Remove “{name}” ({size}) from this record?\n\nThe encrypted file is deleted "
                "from the case file for good: this cannot be undone. The record stays, and "
                "the audit trail keeps the file's name and SHA-256."
            ).format(name=info.file_name, size=fmt.size_text(info.size)),
            _tr("Remove file"),
        ):
            return None
        store = self.session.require_store()
        case_key = self._case_key or ""

        def done(_info: AttachmentInfo) -> None:
            self._changed(case_key)

        def failed(exc: BaseException) -> None:
            self._changed(case_key)
            self.report(exc, parent)

        return self.session.runner.run(
            lambda _p, _c: vault.remove_file(store, info.case_ref, info.key), done, failed
        )

    # -- errors ---------------------------------------------------------------------------

    @staticmethod
    def report(exc: BaseException, parent: QWidget | None) -> None:
        """A damaged stored file is the user's to know about, not a bug in the app."""
        if isinstance(exc, DamageFound):
            Dialogs.problem(
                parent,
                _tr("The stored file is damaged"),
                _tr(
                    "The stored file does not give back what was put in, so it is not shown. "
                    "Run “casefiles verify”, and restore the case file from a backup."
                ),
                "\n".join(exc.problems),
            )
            return
        ErrorReporter.report(exc, parent)


def bind_case_tabs(tabs: Sequence[Any], session: Session, editing: Editing) -> VaultActions:
    """Give the case tabs their file actions (the workspace calls this once)."""
    audit.set_default_source("gui")
    actions = VaultActions(session, editing)
    for tab in tabs:
        tab.bind(actions)
    return actions
