"""Every command of the app as a QAction, each in a menu, with its shortcut."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Actions", text, "", n)


@dataclass
class Actions:
    new_case: QAction
    new_client: QAction
    new_record: QAction
    open_record: QAction
    delete_record: QAction
    edit_case: QAction
    delete_case: QAction
    import_: QAction
    export: QAction
    export_case: QAction
    export_encrypted: QAction
    back_up: QAction
    change_passphrase: QAction
    summary_pdf: QAction
    hearing_pdf: QAction
    lock: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    preferences: QAction
    dashboard: QAction
    calendar: QAction
    refresh: QAction
    clients: QAction
    next_tab: QAction
    prev_tab: QAction
    about: QAction

    def needing_store(self) -> list[QAction]:
        """The actions that only make sense while the case file is unlocked."""
        return [
            self.new_case,
            self.new_client,
            self.new_record,
            self.open_record,
            self.delete_record,
            self.edit_case,
            self.delete_case,
            self.import_,
            self.export,
            self.export_case,
            self.export_encrypted,
            self.back_up,
            self.change_passphrase,
            self.summary_pdf,
            self.hearing_pdf,
            self.lock,
            self.find,
            self.dashboard,
            self.calendar,
            self.refresh,
            self.clients,
            self.next_tab,
            self.prev_tab,
        ]


def _action(
    window: QMainWindow,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    window.addAction(action)
    return action


def build(window: QMainWindow) -> Actions:

    a = Actions(
        new_case=_action(window, _tr("New &case…"), "Ctrl+Shift+N"),
        new_client=_action(window, _tr("New c&lient…"), "Ctrl+Shift+C"),
        new_record=_action(
            window,
            _tr("&New record…"),
            QKeySequence.StandardKey.New,
            _tr("Add a record of the kind the current tab lists"),
        ),
        open_record=_action(window, _tr("&Open record"), "Ctrl+E"),
        delete_record=_action(window, _tr("&Delete record…"), QKeySequence.StandardKey.Delete),
        edit_case=_action(window, _tr("&Edit case…"), "Ctrl+Shift+E"),
        delete_case=_action(window, _tr("Delete case…")),
        import_=_action(
            window, _tr("&Import…"), "Ctrl+I", _tr("Import cases from an interchange file")
        ),
        export=_action(window, _tr("&Export everything…"), "Ctrl+Shift+S"),
        export_case=_action(window, _tr("Export this &case…")),
        export_encrypted=_action(
            window,
            _tr("Export e&ncrypted…"),
            None,
            _tr("Export cases and their files for co-counsel, encrypted with age"),
        ),
        back_up=_action(
            window,
            _tr("&Back up now…"),
            "Ctrl+B",
            _tr("Write an encrypted backup of the whole case file"),
        ),
        change_passphrase=_action(
            window,
            _tr("Change &passphrase…"),
            None,
            _tr("Choose a new passphrase for this case file"),
        ),
        summary_pdf=_action(window, _tr("Case &summary (PDF)…"), "Ctrl+P"),
        hearing_pdf=_action(
            window,
            _tr("&Hearing summary (PDF)…"),
            "Ctrl+Shift+P",
            _tr("The summary of the hearing selected in the Hearings tab"),
        ),
        lock=_action(window, _tr("&Lock"), "Ctrl+L", _tr("Lock the case file now")),
        quit=_action(window, _tr("&Quit"), QKeySequence.StandardKey.Quit),
        undo=_action(window, _tr("&Undo"), QKeySequence.StandardKey.Undo),
        redo=_action(window, _tr("&Redo"), "Ctrl+Shift+Z"),
        find=_action(window, _tr("&Find case"), QKeySequence.StandardKey.Find),
        preferences=_action(window, _tr("&Preferences…"), QKeySequence.StandardKey.Preferences),
        dashboard=_action(window, _tr("&Dashboard"), "Ctrl+1"),
        calendar=_action(window, _tr("C&alendar"), "Ctrl+2"),
        clients=_action(window, _tr("C&lients"), "Ctrl+3"),
        refresh=_action(
            window,
            _tr("&Refresh"),
            QKeySequence.StandardKey.Refresh,
            _tr("Show changes made meanwhile, for example by the command line"),
        ),
        next_tab=_action(window, _tr("&Next tab"), "Ctrl+PgDown"),
        prev_tab=_action(window, _tr("&Previous tab"), "Ctrl+PgUp"),
        about=_action(window, _tr("&About casefiles")),
    )
    a.next_tab.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")])
    a.prev_tab.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Tab")])
    a.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    bar = window.menuBar()
    menus: list[tuple[str, list[QAction | None]]] = [
        (
            _tr("&File"),
            [
                a.new_case,
                a.new_client,
                None,
                a.import_,
                a.export,
                a.export_case,
                a.export_encrypted,
                None,
                a.back_up,
                a.change_passphrase,
                None,
                a.lock,
                a.quit,
            ],
        ),
        (
            _tr("&Edit"),
            [
                a.undo,
                a.redo,
                None,
                a.new_record,
                a.open_record,
                a.delete_record,
                None,
                a.find,
                None,
                a.preferences,
            ],
        ),
        (
            _tr("&View"),
            [a.dashboard, a.calendar, a.clients, None, a.refresh, None, a.next_tab, a.prev_tab],
        ),
        (_tr("&Case"), [a.edit_case, a.delete_case, None, a.summary_pdf, a.hearing_pdf]),
        (_tr("&Help"), [a.about]),
    ]
    for title, items in menus:
        menu: QMenu = bar.addMenu(title)
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
    toolbar = window.addToolBar(_tr("Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for item in (
        a.new_case,
        a.new_record,
        None,
        a.undo,
        a.redo,
        None,
        a.import_,
        a.export,
        None,
        a.lock,
    ):
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(item)
    return a
