"""The main window: start pages, the workspace, menus, and the lock.

Small on purpose: views live in their own modules, changes go through
`Editing`, the store through `Session`.
"""

from __future__ import annotations

import importlib.util
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import casefiles
from casefiles.domain.errors import StoreBusy, StoreDamaged, StoreTooNew, UserError, WrongPassphrase
from casefiles.services import drafts
from casefiles.ui import actions, backup_actions, passphrase_change, transfer
from casefiles.ui.appsettings import AppSettings
from casefiles.ui.backup_scheduler import BackupScheduler
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.editing import Editing
from casefiles.ui.errors import ErrorReporter, friendly_message
from casefiles.ui.lock import IdleWatcher
from casefiles.ui.preferences import Preferences
from casefiles.ui.session import Session
from casefiles.ui.start import FirstRunPage, UnlockPage
from casefiles.ui.workspace import CALENDAR, CASE, CLIENTS, HOME, Place, Workspace


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, "", n)


log = logging.getLogger(__name__)

FIRST_RUN, UNLOCK, WORK = range(3)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: AppSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.setWindowTitle("casefiles")
        self.setMinimumSize(900, 600)
        self.place = Place()
        if settings.last_case_key:
            self.place = Place(CASE, settings.last_case_key, 0)

        self.editing = Editing(session, self)
        self.pages = QStackedWidget()
        self.first_run = FirstRunPage(session.data_dir)
        self.unlock_page = UnlockPage()
        self.workspace = Workspace(session, self.editing)
        for page in (self.first_run, self.unlock_page, self.workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.status = QLabel()
        self.last_backup = QLabel()
        self.last_backup.setObjectName("lastBackup")
        self.statusBar().addPermanentWidget(self.last_backup)
        self.statusBar().addPermanentWidget(self.status)
        self.backups = BackupScheduler(session, settings, self)
        self.backups.status_changed.connect(self._backup_status)
        self.backups.problem.connect(self._backup_problem)
        self.last_backup.setText(self.backups.status_text())
        #: The passphrase just typed, between the unlock request and its result only.
        self._typed: str | None = None
        self._exit_backup_done = False

        self.acts = actions.build(self)
        self._connect()
        self.idle = IdleWatcher(settings.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        # No auto-lock while work runs (the lock would stop it): the countdown starts
        # again when the work is done.
        session.runner.idle_changed.connect(self._runner_idle)
        #: Closing waits for a running automatic backup (its progress shown).
        self._exit_wait: QProgressDialog | None = None
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self._first_size()
        if settings.splitter is not None:
            self.workspace.splitter.restoreState(settings.splitter)
        self._start_page()

    # -- wiring -------------------------------------------------------------------------------

    def _connect(self) -> None:
        a, ws, ed = self.acts, self.workspace, self.editing
        self.first_run.create_requested.connect(self._create)
        self.first_run.demo_requested.connect(self._open_demo)
        self.first_run.restore_requested.connect(self._restore)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.switch_requested.connect(self._switch)
        a.lock.triggered.connect(self._lock_requested)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(ed.undo_stack.undo)
        a.redo.triggered.connect(ed.undo_stack.redo)
        ed.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        ed.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        ed.undo_stack.undoTextChanged.connect(
            lambda t: a.undo.setText(_tr("&Undo {what}").format(what=t) if t else _tr("&Undo"))
        )
        ed.undo_stack.redoTextChanged.connect(
            lambda t: a.redo.setText(_tr("&Redo {what}").format(what=t) if t else _tr("&Redo"))
        )
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.new_case.triggered.connect(lambda: ed.open_editor("cases", None))
        a.new_client.triggered.connect(lambda: ed.open_editor("clients", None))
        a.new_record.triggered.connect(self._new_record)
        a.open_record.triggered.connect(self._open_record)
        a.delete_record.triggered.connect(self._delete_record)
        a.edit_case.triggered.connect(ws.edit_case)
        a.delete_case.triggered.connect(self._delete_case)
        a.find.triggered.connect(self._find)
        a.dashboard.triggered.connect(lambda: ws.show_view(HOME))
        a.calendar.triggered.connect(lambda: ws.show_view(CALENDAR))
        a.clients.triggered.connect(lambda: ws.show_view(CLIENTS))
        a.refresh.triggered.connect(lambda: ws.refresh())
        a.next_tab.triggered.connect(lambda: ws.case_view.step_tab(1))
        a.prev_tab.triggered.connect(lambda: ws.case_view.step_tab(-1))
        a.import_.triggered.connect(
            lambda: transfer.import_cases(self, self.session, lambda: ws.refresh(""))
        )
        a.export.triggered.connect(lambda: transfer.export_cases(self, self.session, None))
        a.export_case.triggered.connect(self._export_case)
        a.export_encrypted.triggered.connect(self._export_encrypted)
        a.back_up.triggered.connect(
            lambda: backup_actions.back_up_now(self, self.session, self.backups)
        )
        a.change_passphrase.triggered.connect(
            lambda: passphrase_change.change_passphrase(self, self.session, self.backups)
        )
        a.summary_pdf.triggered.connect(self._summary_pdf)
        a.hearing_pdf.triggered.connect(self._hearing_pdf)
        a.preferences.triggered.connect(self._preferences)
        a.about.triggered.connect(self._about)
        ws.case_opened.connect(self._case_opened)
        ed.case_created.connect(lambda key: ws.open_case(key))
        ws.stack.currentChanged.connect(lambda _i: self._update_actions())
        self.pages.currentChanged.connect(lambda _i: self._update_actions())

    def _first_size(self) -> None:
        """Most of the screen on first start: the case tabs need the width."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return
        width = min(max(900, int(screen.width() * 0.9)), 1600)
        height = min(max(600, int(screen.height() * 0.9)), 1000)
        self.resize(min(width, screen.width()), min(height, screen.height()))

    def _update_actions(self) -> None:
        # No case file yet (first run): there is nothing to have backed up.
        self.last_backup.setVisible(self.pages.currentIndex() != FIRST_RUN)
        unlocked = self.session.is_open and self.pages.currentIndex() == WORK
        toolbar = self.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.setVisible(unlocked)
        for action in self.acts.needing_store():
            action.setEnabled(unlocked)
        in_case = unlocked and self.workspace.stack.currentIndex() == CASE
        for action in (
            self.acts.open_record,
            self.acts.delete_record,
            self.acts.edit_case,
            self.acts.delete_case,
            self.acts.export_case,
            self.acts.next_tab,
            self.acts.prev_tab,
        ):
            action.setEnabled(in_case)
        self.acts.summary_pdf.setEnabled(in_case and _pdf_available())
        self.acts.hearing_pdf.setEnabled(in_case and _pdf_available())
        self.acts.preferences.setEnabled(True)
        if not unlocked:
            self.acts.undo.setEnabled(False)
            self.acts.redo.setEnabled(False)

    # -- start, unlock, lock --------------------------------------------------------------------

    def _start_page(self) -> None:
        if self.session.store_exists():
            self.unlock_page.prepare(self.session.active_dir, self.session.is_demo)
            self.pages.setCurrentIndex(UNLOCK)
        else:
            self.pages.setCurrentIndex(FIRST_RUN)
        # No case file yet: nothing is locked.
        self.status.setText(_tr("Locked") if self.pages.currentIndex() == UNLOCK else "")
        self._update_actions()

    def _create(self, passphrase: str) -> None:
        self.first_run.set_busy(True)
        self.session.create(passphrase, self._unlocked, self._create_failed, self)

    def _create_failed(self, exc: BaseException) -> None:
        self.first_run.set_busy(False)
        message = friendly_message(exc)
        if message is None:
            ErrorReporter.report(exc, self)
        else:
            self.first_run.show_error(message)

    def _open_demo(self) -> None:
        self.first_run.set_busy(True)
        self.place = Place()
        try:
            self.session.open_demo(self._unlocked, self._create_failed, self)
        except StoreBusy as exc:
            self._create_failed(exc)

    def _switch(self) -> None:
        """From the demo's unlock page back to the real case file, or the other way."""
        self.place = Place()
        if self.session.is_demo:
            self.session.release()
            self.session.active_dir = self.session.data_dir
            self._start_page()
            return
        self.unlock_page.set_busy(True)
        try:
            self.session.open_demo(self._unlocked, self._unlock_failed, self)
        except StoreBusy as exc:
            self._unlock_failed(exc)

    def _restore(self) -> None:
        backup_actions.restore_from_backup(self, self.session, self._start_page)

    def _unlock(self, passphrase: str) -> None:
        self.unlock_page.set_busy(True)
        self._typed = passphrase  # for the automatic-backup key, once unlocked
        try:
            self.session.unlock(passphrase, self._unlocked, self._unlock_failed, self)
        except StoreBusy as exc:
            self._unlock_failed(exc)

    def _unlock_failed(self, exc: BaseException) -> None:
        self._typed = None
        self.unlock_page.set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.unlock_page.show_error(
                _tr("Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.")
            )
        elif isinstance(exc, (StoreDamaged, StoreTooNew, StoreBusy)):
            ErrorReporter.report(exc, self, _tr("The case file cannot be opened"))
            self.unlock_page.show_error(friendly_message(exc) or "")
        elif isinstance(exc, UserError):
            self.unlock_page.show_error(friendly_message(exc) or "")
        else:
            ErrorReporter.report(exc, self)

    def _unlocked(self) -> None:
        self.first_run.clear()
        self.first_run.set_busy(False)
        self.unlock_page.passphrase.clear()
        self.pages.setCurrentIndex(WORK)
        self.status.setText(_tr("Demo case file") if self.session.is_demo else _tr("Unlocked"))
        self.workspace.restore(self.place)
        store = self.session.require_store()
        pending = drafts.load_drafts(store)
        if pending:
            self.editing.restore(pending)
            drafts.clear_drafts(store)
        self._start_idle()
        self._update_actions()
        typed, self._typed = self._typed, None
        self.backups.unlocked(typed)
        notice = self.backups.take_notice()
        if notice:
            Dialogs.inform(self, _tr("Automatic backup"), notice)
        stopped = self.session.take_stopped()
        if stopped:
            Dialogs.inform(
                self,
                _tr("Stopped by the lock"),
                _tr(
                    "Locking stopped work that was still running:\n\n{work}\n\nA stopped "
                    "backup or export wrote nothing, and a file being stored when the lock "
                    "came was not stored (files stored before it are kept): start it again."
                ).format(work="\n".join(f"• {label}" for label in stopped)),
            )

    def _start_idle(self) -> None:
        """Start the auto-lock countdown, unless work is running (then it starts after)."""
        if self.session.is_open and self.session.runner.idle:
            self.idle.start()

    def _runner_idle(self, idle: bool) -> None:
        if not idle:
            self.idle.stop()
        elif self.pages.currentIndex() == WORK:
            self._start_idle()

    def _lock_requested(self) -> None:
        """Ctrl+L: locking stops running work, so ask first when there is some."""
        running = self.session.runner.labels()
        if running and not Dialogs.confirm(
            self,
            _tr("Lock casefiles"),
            _tr(
                "Locking now stops the work still running:\n\n{work}\n\nWhat it has not "
                "finished is not written. Lock anyway?"
            ).format(work="\n".join(f"• {label}" for label in running)),
            _tr("Lock and stop it"),
        ):
            return
        self.lock()

    def _backup_status(self, text: str) -> None:
        self.last_backup.setText(text)
        self.last_backup.setToolTip(self.backups.trouble or "")

    def _backup_problem(self, text: str) -> None:
        Dialogs.problem(self, _tr("Automatic backup"), text)

    def lock(self) -> None:
        """Save open editors as drafts, close the store, and show nothing of any case."""
        if not self.session.is_open:
            return
        self.idle.stop()
        self.place = self.workspace.place()
        store = self.session.require_store()
        pending = self.editing.drafts()
        try:
            drafts.save_drafts(store, pending)
        except Exception as exc:  # noqa: BLE001 - never lose what was typed silently
            ErrorReporter.report(exc, self)
            return
        self.editing.close_all()
        for widget in QApplication.topLevelWidgets():
            # Previews and other windows that may show case content.
            if widget is not self and isinstance(widget, QDialog) and widget.isVisible():
                widget.close()
        self.workspace.clear()
        self.session.close()
        self.backups.locked()
        self.unlock_page.prepare(self.session.active_dir, self.session.is_demo)
        self.pages.setCurrentIndex(UNLOCK)
        self.status.setText(_tr("Locked"))
        self._update_actions()
        log.info("locked with %d draft(s)", len(pending))

    # -- commands -----------------------------------------------------------------------------

    def _case_opened(self, key: str) -> None:
        self.settings.last_case_key = key
        self._update_actions()

    def _new_record(self) -> None:
        """Ctrl+N: a record of the kind in view (a client in Clients, else a case)."""
        cv = self.workspace.case_view
        view = self.workspace.stack.currentIndex()
        if view != CASE:
            self.editing.open_editor("clients" if view == CLIENTS else "cases", None)
            return
        record_type = cv.current_tab().record_type
        if cv.case is not None and record_type:
            self.editing.open_editor(record_type, cv.case)

    def _open_record(self) -> None:
        cv = self.workspace.case_view
        current = cv.current_tab().current()
        if cv.case is not None and current is not None:
            self.editing.edit(current[0], cv.case, current[1])

    def _delete_record(self) -> None:
        cv = self.workspace.case_view
        current = cv.current_tab().current()
        if cv.case is not None and current is not None:
            self.editing.delete(current[0], cv.case, current[1])

    def _delete_case(self) -> None:
        case = self.workspace.case_view.case
        if case is not None and self.editing.delete("cases", case, case.key):
            self.settings.last_case_key = None

    def _export_case(self) -> None:
        case = self.workspace.case_view.case
        if case is not None:
            transfer.export_cases(self, self.session, [case.reference])

    def _export_encrypted(self) -> None:
        case = self.workspace.case_view.case
        in_case = case is not None and self.workspace.stack.currentIndex() == CASE
        reference = case.reference if in_case and case is not None else None
        backup_actions.export_encrypted(self, self.session, reference, reference)

    def _summary_pdf(self) -> None:
        pdf_actions = importlib.import_module("casefiles.ui.pdf_actions")
        case = self.workspace.case_view.case
        if case is not None:
            pdf_actions.show_summary(self, self.session, case.reference)

    def _hearing_pdf(self) -> None:
        cv = self.workspace.case_view
        key = cv.hearings.table.current_key()
        if cv.case is None:
            return
        if key is None and len(cv.case.hearings) == 1:  # the only one: no need to ask
            key = cv.case.hearings[0].key
        if key is None:
            cv.tabs.setCurrentWidget(cv.hearings)
            Dialogs.inform(
                self,
                _tr("Hearing summary"),
                _tr("Select a hearing in the Hearings tab, then ask for its summary again."),
            )
            return
        pdf_actions = importlib.import_module("casefiles.ui.pdf_actions")
        pdf_actions.show_summary(self, self.session, cv.case.reference, key)

    def _find(self) -> None:
        self.workspace.case_list.search.setFocus()
        self.workspace.case_list.search.selectAll()

    def _preferences(self) -> None:
        key = backup_actions.saved_key(self.session.data_dir)
        chosen = Dialogs.preferences(
            self, Preferences.load(self.settings), key.fingerprint if key else None
        )
        if chosen is None:
            return
        self.idle.set_interval(chosen.idle_minutes * 60_000)
        self._start_idle()
        backup_actions.apply_preferences(self, self.session, self.settings, self.backups, chosen)

    def _about(self) -> None:
        Dialogs.about(
            self,
            _tr("About casefiles"),
            _tr(
                "<h3>casefiles {version}</h3><p>An offline, encrypted case-file manager for "
                "defence lawyers.</p><p>Case file: {path}</p><p>Licensed under the GNU GPL, "
                "version 3 or later.</p>"
            ).format(version=casefiles.__version__, path=self.session.active_dir),
        )

    # -- closing --------------------------------------------------------------------------------

    def _backup_on_exit(self) -> bool:
        """Start the on-exit backup if one is due; True when it runs (close again after)."""
        if self._exit_backup_done or not self.settings.backup_on_exit:
            return False
        self._exit_backup_done = True
        self.backups.timer.stop()
        return self.backups.run(
            self.close, progress_label=_tr("Backing up before casefiles quits…")
        )

    def _wait_for_backup(self) -> bool:
        """A scheduled backup is running: close when it ends (it counts as the on-exit
        backup), its progress shown meanwhile. True when closing waits."""
        if not self.backups.running:
            return False
        self._exit_backup_done = True
        self.backups.timer.stop()
        if self._exit_wait is None:
            dialog = QProgressDialog(
                _tr("Finishing the automatic backup before casefiles quits…"),
                _tr("Cancel"),
                0,
                0,
                self,
            )
            dialog.setWindowTitle(_tr("casefiles"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.backups.cancel)
            self._exit_wait = dialog
            self.backups.when_done(self._backup_waited)
            dialog.show()
        return True

    def _backup_waited(self) -> None:
        dialog, self._exit_wait = self._exit_wait, None
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editing.editors):
            if not editor.close():
                event.ignore()
                return
        if self._wait_for_backup():
            event.ignore()  # closes again when the running backup is done
            return
        if self._backup_on_exit():
            event.ignore()  # closes again when the backup is done
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.workspace.splitter.saveState()
        self.settings.sync()
        self.idle.stop()
        self.idle.detach()
        self.workspace.clear()
        self.session.shutdown()
        event.accept()


def _pdf_available() -> bool:
    return (
        importlib.util.find_spec("casefiles.ui.pdf_preview") is not None
        and importlib.util.find_spec("casefiles.ui.pdf_actions") is not None
    )


__all__ = ["MainWindow", "QWidget", "Qt"]
