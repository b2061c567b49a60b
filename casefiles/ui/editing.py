"""Creating, editing and deleting records: editors in, service calls and undo steps out.

Widgets ask this controller to open an editor or delete a record; it calls
the services, records an undo step, and announces `changed(case_key)` so
views reload what they show ("" when only clients changed).
"""

from __future__ import annotations

import copy
import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from casefiles.domain import records as d
from casefiles.domain.enums import FiledBy
from casefiles.domain.errors import UserError
from casefiles.services import cases, conflicts, evidence, lookup
from casefiles.services.drafts import DraftData
from casefiles.services.fields import from_json
from casefiles.storage.models_vault import PARENT_COLUMNS
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.editors.editor import EditorContext, RecordEditor
from casefiles.ui.errors import ErrorReporter, friendly_message
from casefiles.ui.labels import record_name
from casefiles.ui.session import Session
from casefiles.ui.undo import Step


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Editing", text, "", n)


log = logging.getLogger(__name__)

_DEPENDANTS = ("motions", "requests", "evidence")


class Editing(QObject):
    changed = Signal(str)
    case_created = Signal(str)

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.editors: list[RecordEditor] = []

    # -- editors ---------------------------------------------------------------------------

    def context(self, record_type: str, case: d.Case | None) -> EditorContext:
        store = self.session.require_store()
        return EditorContext(
            case_key=case.key if case else None,
            case_reference=case.reference if case else None,
            hearings=list(case.hearings) if case else [],
            notice_threshold_days=(
                case.notice_threshold_days if case else d.DEFAULT_NOTICE_THRESHOLD_DAYS
            ),
            catalogue=lookup.standards_catalogue(store),
            clients=lookup.client_choices(store) if record_type == "cases" else [],
        )

    def _find(self, record_type: str, case_key: str | None, key: str | None) -> RecordEditor | None:
        if key is None:
            return None
        for ed in self.editors:
            if (ed.record_type, ed.ctx.case_key, ed.original_key) == (record_type, case_key, key):
                return ed
        return None

    def open_editor(
        self, record_type: str, case: d.Case | None, original: Any | None = None
    ) -> RecordEditor:
        key = None if original is None else original.key
        found = self._find(record_type, case.key if case else None, key)
        if found is not None:
            found.show()
            found.activateWindow()
            return found
        editor = RecordEditor(record_type, self.context(record_type, case), original, self.window)
        if original is None and case is not None:
            _defaults(editor, case)
        editor.save_requested.connect(self._save)
        editor.name_changed.connect(self._check_names_later)
        editor.destroyed.connect(lambda _o=None, e=editor: self._forget(e))
        editor.finished.connect(lambda _r=0, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: RecordEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def edit(self, record_type: str, case: d.Case | None, key: str) -> RecordEditor | None:
        original = self._original(record_type, case, key)
        if original is None:
            Dialogs.inform(
                self.window,
                _tr("Not found"),
                _tr("This record is no longer in the case file."),
            )
            return None
        return self.open_editor(record_type, case, original)

    def _original(self, record_type: str, case: d.Case | None, key: str) -> Any | None:
        store = self.session.require_store()
        if record_type == "clients":
            try:
                return lookup.client_by_key(store, key)
            except UserError:
                return None
        if record_type == "cases":
            return case
        assert case is not None
        return next((r for r in getattr(case, record_type) if r.key == key), None)

    def _conflict_query(self, editor: RecordEditor) -> Any:
        name = editor.name_for_conflicts()
        exclude_client = editor.original_key if editor.record_type == "clients" else None
        exclude_party = None
        if editor.record_type == "parties" and editor.original_key and editor.ctx.case_key:
            exclude_party = (editor.ctx.case_key, editor.original_key)
        store = self.session.require_store()
        return lambda: conflicts.find_similar(
            store, name, exclude_client=exclude_client, exclude_party=exclude_party
        )

    def _check_names_later(self, editor: RecordEditor) -> None:
        """The live check while typing, off the UI thread; a stale answer is dropped."""
        query = self._conflict_query(editor)
        name = editor.name_for_conflicts()

        def done(matches: list[Any]) -> None:
            if editor in self.editors and editor.name_for_conflicts() == name:
                editor.show_conflicts(matches)

        self.session.runner.run(
            lambda _p, _c: query(), done, lambda exc: ErrorReporter.report(exc, editor)
        )

    def _check_names(self, editor: RecordEditor) -> None:
        name = editor.name_for_conflicts()
        exclude_client = editor.original_key if editor.record_type == "clients" else None
        exclude_party = None
        if editor.record_type == "parties" and editor.original_key and editor.ctx.case_key:
            exclude_party = (editor.ctx.case_key, editor.original_key)
        matches = conflicts.find_similar(
            self.session.require_store(),
            name,
            exclude_client=exclude_client,
            exclude_party=exclude_party,
        )
        editor.show_conflicts(matches)

    # -- saving ------------------------------------------------------------------------------

    def _save(self, editor: RecordEditor) -> None:
        try:
            record = editor.record()
        except ValueError as err:
            editor.show_message(str(err))
            return
        if (
            editor.spec.conflict_field is not None
            and editor.original is None
            and editor.conflicts_seen_for != editor.name_for_conflicts()
        ):
            self._check_names(editor)
            if editor.conflicts.isVisible():
                editor.show_message(
                    _tr("Check the similar names above, then save again to add it anyway.")
                )
                return
        try:
            self._apply_save(editor, record)
        except Exception as exc:  # noqa: BLE001 - shown in the editor or reported
            message = friendly_message(exc)
            if message is None:
                ErrorReporter.report(exc, editor)
            else:
                editor.show_message(message)
            return
        editor.close_quietly()

    def _apply_save(self, editor: RecordEditor, record: Any) -> None:
        rt, case_key, old = editor.record_type, editor.ctx.case_key, editor.original
        name = record_name(rt).lower()
        if rt == "clients":
            self._save_client(record, old, name)
        elif rt == "cases":
            self._save_case(record, old, name)
        else:
            assert case_key is not None
            self._save_record(case_key, rt, record, old, name)

    def _store(self) -> Any:
        return self.session.require_store()

    def _ref(self, case_key: str) -> str:
        return lookup.case_reference(self._store(), case_key)

    def _push(self, text: str, redo: Any, undo: Any, case_key: str) -> None:
        self.undo_stack.push(Step(text, redo, undo, lambda: self.changed.emit(case_key)))
        self.changed.emit(case_key)

    def _save_record(self, case_key: str, rt: str, record: Any, old: Any, name: str) -> None:
        saved = cases.save_record(
            self._store(), self._ref(case_key), rt, record, old.key if old else None
        )
        saved = copy.deepcopy(saved)
        if old is None:
            self._push(
                _tr("add {record}").format(record=name),
                lambda: cases.save_record(
                    self._store(), self._ref(case_key), rt, copy.deepcopy(saved)
                ),
                lambda: cases.delete_record(self._store(), self._ref(case_key), rt, saved.key),
                case_key,
            )
        else:
            before = copy.deepcopy(old)
            self._push(
                _tr("edit {record}").format(record=name),
                lambda: cases.save_record(
                    self._store(), self._ref(case_key), rt, copy.deepcopy(saved), before.key
                ),
                lambda: cases.save_record(
                    self._store(), self._ref(case_key), rt, copy.deepcopy(before), saved.key
                ),
                case_key,
            )

    def _save_case(self, case: d.Case, old: d.Case | None, name: str) -> None:
        store = self._store()
        if old is None:
            created = copy.deepcopy(cases.create_case(store, case))
            self._push(
                _tr("add {record}").format(record=name),
                lambda: cases.create_case(self._store(), copy.deepcopy(created)),
                lambda: cases.delete_case(self._store(), self._ref(created.key)),
                created.key,
            )
            self.case_created.emit(created.key)
            return
        cases.update_case(store, old.reference, case)
        after, before = copy.deepcopy(case), copy.deepcopy(old)
        self._push(
            _tr("edit {record}").format(record=name),
            lambda: cases.update_case(self._store(), self._ref(old.key), copy.deepcopy(after)),
            lambda: cases.update_case(self._store(), self._ref(old.key), copy.deepcopy(before)),
            old.key,
        )

    def _save_client(self, client: d.Client, old: d.Client | None, name: str) -> None:
        saved = copy.deepcopy(cases.save_client(self._store(), client, old.key if old else None))
        if old is None:
            self._push(
                _tr("add {record}").format(record=name),
                lambda: cases.save_client(self._store(), copy.deepcopy(saved)),
                lambda: cases.delete_client(self._store(), saved.key),
                "",
            )
        else:
            before = copy.deepcopy(old)
            self._push(
                _tr("edit {record}").format(record=name),
                lambda: cases.save_client(self._store(), copy.deepcopy(saved), before.key),
                lambda: cases.save_client(self._store(), copy.deepcopy(before), saved.key),
                "",
            )

    # -- deleting ----------------------------------------------------------------------------

    def delete(self, record_type: str, case: d.Case | None, key: str) -> bool:
        """Ask, then delete one record; True when it was deleted."""
        original = self._original(record_type, case, key)
        if original is None:
            return False
        name = record_name(record_type).lower()
        what = _describe(original)
        files = self._attached_files(record_type, case, key)
        if files:
            consequence = _tr(
                "It has %n attached file(s). The encrypted file(s) are removed from the "
                "case file with it, for good: this cannot be undone. The audit trail keeps "
                "each file's name and SHA-256, and when and by whom it was deleted.",
                files,
            )
        else:
            consequence = _tr("You can undo this with Ctrl+Z.")
        if not Dialogs.confirm(
            self.window,
            _tr("Delete {record}?").format(record=name),
            _tr("Delete this {record}?").format(record=name) + f"\n\n{what}\n\n{consequence}",
            _tr("Delete"),
        ):
            return False
        try:
            if record_type == "clients":
                self._delete_client(original, name)
            elif record_type == "cases":
                self._delete_case(original, name)
            else:
                assert case is not None
                self._delete_record(case, record_type, original, name)
        except UserError as exc:
            ErrorReporter.report(exc, self.window)
            return False
        if files:
            # The files cannot come back: no undo step, and older steps would fail.
            self.undo_stack.clear()
        editor = self._find(record_type, case.key if case else None, key)
        if editor is not None:
            editor.close_quietly()
        return True

    def _attached_files(self, record_type: str, case: d.Case | None, key: str) -> int:
        """How many vault files deleting this record would destroy."""
        if case is None or record_type not in ("cases", *PARENT_COLUMNS):
            return 0
        store = self._store()
        if record_type == "cases":
            return len(evidence.case_files(store, case.reference))
        return len(evidence.record_files(store, case.reference, record_type, key))

    def _delete_record(self, case: d.Case, rt: str, old: Any, name: str) -> None:
        case_key = case.key
        dependants: list[tuple[str, Any]] = []
        if rt == "hearings":
            dependants = [
                (lst, copy.deepcopy(r))
                for lst in _DEPENDANTS
                for r in getattr(case, lst)
                if getattr(r, "hearing", None) == old.key
            ]
        before = copy.deepcopy(old)
        cases.delete_record(self._store(), case.reference, rt, old.key)

        def restore() -> None:
            ref = self._ref(case_key)
            cases.save_record(self._store(), ref, rt, copy.deepcopy(before))
            for lst, rec in dependants:
                cases.save_record(self._store(), ref, lst, copy.deepcopy(rec), rec.key)

        self._push(
            _tr("delete {record}").format(record=name),
            lambda: cases.delete_record(self._store(), self._ref(case_key), rt, before.key),
            restore,
            case_key,
        )

    def _delete_case(self, case: d.Case, name: str) -> None:
        whole = copy.deepcopy(lookup.case_by_key(self._store(), case.key))
        cases.delete_case(self._store(), case.reference)
        self._push(
            _tr("delete {record}").format(record=name),
            lambda: cases.delete_case(self._store(), self._ref(whole.key)),
            lambda: cases.create_case(self._store(), copy.deepcopy(whole)),
            case.key,
        )

    def _delete_client(self, client: d.Client, name: str) -> None:
        cases.delete_client(self._store(), client.key)
        before = copy.deepcopy(client)
        self._push(
            _tr("delete {record}").format(record=name),
            lambda: cases.delete_client(self._store(), before.key),
            lambda: cases.save_client(self._store(), copy.deepcopy(before)),
            "",
        )

    # -- locking -----------------------------------------------------------------------------

    def drafts(self) -> list[DraftData]:
        """What every open editor holds, saved or not."""
        return [ed.draft() for ed in self.editors]

    def close_all(self) -> None:
        for ed in list(self.editors):
            ed.close_quietly()
        self.editors.clear()
        self.undo_stack.clear()

    def restore(self, drafts: list[DraftData]) -> None:
        """Reopen the editors that were open when the app locked, with what was typed."""
        store = self._store()
        for draft in drafts:
            try:
                case = lookup.case_by_key(store, draft.case_key) if draft.case_key else None
                original: Any = case if draft.record_type == "cases" else None
                if "original" in draft.payload and draft.record_type in _CLASSES:
                    original = from_json(_CLASSES[draft.record_type], draft.payload["original"])
                editor = self.open_editor(draft.record_type, case, original)
                editor.restore_raw(dict(draft.payload.get("raw", {})))
            except UserError:
                log.info("a draft's case is gone; draft dropped")


def _defaults(editor: RecordEditor, case: d.Case) -> None:
    """What a new record most likely shares with its case: the court; for a motion, the
    last hearing (motions are mostly made at a hearing, the latest one held).

    New evidence and requests start with no hearing: an exhibit obtained later would
    otherwise print as offered at a hearing that came before it.
    """
    adapters = editor.adapters
    if editor.record_type == "hearings":
        for name in ("court", "judge"):
            if getattr(case, name):
                adapters[name].set_value(getattr(case, name))
    if editor.record_type == "motions":
        adapters["filed_by"].set_value(FiledBy.DEFENCE)
    if editor.record_type == "motions" and case.hearings:
        now = datetime.now()
        past = [h for h in case.hearings if h.starts_at <= now]
        latest = max(past or case.hearings, key=lambda h: h.starts_at)
        adapters["hearing"].set_value(latest.key)
    editor.mark_clean()


_CLASSES: dict[str, type] = {
    "clients": d.Client,
    "cases": d.Case,
    **d.CASE_RECORD_TYPES,
}


def _describe(record: Any) -> str:
    for attr in ("reference", "title", "name", "purpose", "request", "authority"):
        value = getattr(record, attr, None)
        if value:
            text = str(value)
            return text if len(text) < 160 else text[:157] + "…"
    return str(getattr(record, "key", ""))
