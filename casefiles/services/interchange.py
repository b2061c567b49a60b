"""Import and export of the interchange format (`casefile-json-v1`).

Import checks the whole document first and writes it in one transaction:
all or nothing.  Export writes every field that has a value; a document
exported, imported into an empty store and exported again is equal.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import rfc8785
from sqlalchemy import func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload

from casefiles.domain import records as d
from casefiles.domain.dates import format_date_or_datetime
from casefiles.domain.errors import ConflictError, InvalidDocument, UserError
from casefiles.domain.keys import next_exhibit_label, next_key
from casefiles.services import mapping
from casefiles.services.fields import field_infos, from_json, to_json, values_from_json
from casefiles.services.references import no_such_case
from casefiles.services.validation import document_problems, json_path, quote
from casefiles.storage import audit
from casefiles.storage import models as m
from casefiles.storage.store import Store

FORMAT = "casefiles"
VERSION = 1


@dataclass
class ImportReport:
    cases: list[str] = field(default_factory=list)
    clients_created: int = 0
    clients_reused: int = 0
    #: (what, key in the file, key given in the store) for each key that was taken.
    renamed: list[tuple[str, str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"imported {len(self.cases)} case(s): {', '.join(self.cases) or '-'}",
            f"clients: {self.clients_created} new, {self.clients_reused} already in the store",
        ]
        out += [
            f"{what} key {old!r} was taken in the store; it is now {new!r}"
            for what, old, new in self.renamed
        ]
        return out


def parse_document(raw: bytes) -> Any:
    """Bytes to JSON, with a user-facing message for each way it can fail."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UserError(
            f"the file is not valid UTF-8 text (bad byte at offset {err.start}); "
            "save it as UTF-8 and try again"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise UserError(
            f"the file is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}"
        ) from None
    except RecursionError:
        raise UserError("the file is not valid JSON: nested too deeply") from None


def validate_document(doc: Any, store: Store | None = None) -> list[str]:
    known: set[str] = set()
    if store is not None:
        with store.read() as session:
            known = set(session.scalars(select(m.ExtraStandard.code)))
    try:
        return document_problems(doc, known)
    except RecursionError:
        return ["(document): nested too deeply"]


def import_document(
    store: Store, doc: Any, then: Callable[[Session], None] | None = None
) -> ImportReport:
    """Check `doc` in full, then write it in one transaction, or raise and write nothing.

    `then` runs inside that transaction after the document is written (an encrypted
    export attaches its files there), so its failure undoes the import too.
    """
    problems = validate_document(doc, store)
    if problems:
        raise InvalidDocument(problems)
    report = ImportReport()
    with _gc_paused(), store.write() as session:
        session.info["audit_source"] = "import"  # the audit trail's "where it came from"
        _import(session, doc, report)
        if then is not None:
            then(session)
    return report


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a document becomes rows: the rows, entries and
    records are many small objects without cycles, freed by reference counting anyway,
    and each collection would walk them all (a fifth of an import's time).  Another
    thread's pause overlapping this one only ends early; collection always resumes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(session: Session, doc: dict[str, Any], report: ImportReport) -> None:
    """Write a checked document with one multi-row insert per table.

    An import only creates, so it does not need the ORM's unit of work: each
    record becomes one row (ids given here, one past the table's highest, as
    SQLite would), and its audit entry is described with the same rules the
    `before_flush` hook applies (`audit.record_values`) and chained in bulk.
    """
    conn = session.connection()
    existing_refs = set(conn.scalars(select(m.Case.reference)))
    clashes = [
        f"{json_path(['cases', i, 'reference'])}: a case with reference {quote(c['reference'])} "
        "is already in the store; imports never merge cases (rename or delete one first)"
        for i, c in enumerate(doc.get("cases", []))
        if c["reference"] in existing_refs
    ]
    if clashes:
        raise InvalidDocument(clashes)
    bulk = _Bulk(session)
    known = set(conn.scalars(select(m.ExtraStandard.code)))
    for std in doc.get("standards", []):
        if std["code"] not in known:
            known.add(std["code"])
            row = {"code": std["code"], "title": std["title"]}
            bulk.rows[m.ExtraStandard].append(row)
            bulk.created(
                m.ExtraStandard, std["code"], audit.prepared_creation(m.ExtraStandard, row)
            )
    clients = _import_clients(bulk, doc.get("clients", []), report)
    case_keys = set(conn.scalars(select(m.Case.key)))
    for obj in doc.get("cases", []):
        # The lists read straight into rows (`_DIRECT`) are left out of the case's record.
        case: d.Case = from_json(d.Case, {k: v for k, v in obj.items() if k not in _DIRECT})
        if case.key in case_keys:
            new = next_key("k", case_keys)
            report.renamed.append(("case", case.key, new))
            case.key = new
        case_keys.add(case.key)
        _bulk_case(bulk, case, obj, clients)
        report.cases.append(case.reference)
    bulk.write()


class _Bulk:
    """Rows to insert, table by table, and the audit entries that describe them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[type[Any], list[dict[str, Any]]] = {model: [] for model in _INSERT_ORDER}
        self.entries: list[audit.PendingEntry] = []
        self._last_id: dict[type[Any], int] = {}

    def new_id(self, model: type[Any]) -> int:
        last = self._last_id.get(model)
        if last is None:
            last = self.session.connection().scalar(func.max(model.id).select()) or 0
        self._last_id[model] = last + 1
        return last + 1

    def created(
        self,
        model: type[Any],
        key: str,
        prepared: tuple[str, str],
        case: d.Case | None = None,
    ) -> None:
        """An entry for a created record, its changes from `audit.prepared_creation`."""
        self.entries.append(
            audit.PendingEntry(
                action="create",
                record_type=audit.RECORD_TYPES[model],
                record_key=key,
                changes=[],
                case_key=case.key if case is not None else None,
                case_ref=case.reference if case is not None else None,
                prepared=prepared,
            )
        )

    def write(self) -> None:
        conn = self.session.connection()
        for model in _INSERT_ORDER:
            rows = self.rows[model]
            if not rows:
                continue
            renamed = _RENAMED.get(model)
            if renamed:  # attribute names to column names (CustodyStep.from_ is "from")
                rows = [{renamed.get(k, k): v for k, v in row.items()} for row in rows]
            audit.insert_rows(conn, model.__table__, rows)
        audit.insert_entries(self.session, self.entries)


#: Parents before children (foreign keys are checked row by row).
_INSERT_ORDER: tuple[type[Any], ...] = (
    m.ExtraStandard,
    m.Client,
    m.Case,
    m.CaseClient,
    m.DismissedIrregularity,
    m.Party,
    m.Hearing,
    m.Motion,
    m.Request,
    m.Evidence,
    m.CustodyStep,
    m.Event,
)


#: Model -> {attribute name: column name} where they differ.
_RENAMED: dict[type[Any], dict[str, str]] = {
    model: renamed
    for model in _INSERT_ORDER
    if (
        renamed := {
            a.key: a.columns[0].key
            for a in sa_inspect(model).column_attrs
            if a.key != a.columns[0].key
        }
    )
}


def _import_clients(
    bulk: _Bulk, objs: list[dict[str, Any]], report: ImportReport
) -> dict[str, tuple[int, str]]:
    """File key -> (id, key in the store) of each client, created or reused."""
    found: dict[str, tuple[int, str]] = {}
    by_key = {
        key: (id_, name, kind)
        for id_, key, name, kind in bulk.session.connection().execute(
            select(m.Client.id, m.Client.key, m.Client.name, m.Client.kind)
        )
    }
    for obj in objs:
        client: d.Client = from_json(d.Client, obj)
        same = by_key.get(client.key)
        if same is not None and same[1] == client.name and same[2] == client.kind.value:
            found[client.key] = (same[0], client.key)
            report.clients_reused += 1
            continue
        file_key = client.key
        if same is not None:
            client.key = next_key("c", by_key)
            report.renamed.append(("client", file_key, client.key))
        row = _columns(client)
        row["id"] = id_ = bulk.new_id(m.Client)
        bulk.rows[m.Client].append(row)
        bulk.created(m.Client, client.key, audit.prepared_creation(m.Client, row))
        by_key[client.key] = (id_, client.name, client.kind.value)
        found[file_key] = (id_, client.key)
        report.clients_created += 1
    return found


def _columns(record: Any) -> dict[str, Any]:
    """A record's own fields as column values (not its hearing nor its custody steps)."""
    own, lists = _own_fields(type(record))
    row: dict[str, Any] = record.__dict__.copy()  # a dataclass's fields, in their order
    if len(row) != len(own) + ("hearing" in row) + ("custody" in row):
        return {  # something beside the fields: read them one by one
            name: list(value) if type(value := getattr(record, name)) is list else value
            for name in own
        }
    row.pop("hearing", None)
    row.pop("custody", None)
    for name in lists:
        row[name] = list(row[name])
    _enum_values(row, _ENUM_FIELDS.get(type(record), ()))
    return row


def _enum_values(row: dict[str, Any], names: Iterable[str]) -> None:
    """Enum members as their values: the driver binds a `str` subclass through its
    adaptation protocol, several times slower than plain text (the same text is stored)."""
    for name in names:
        value = row[name]
        if isinstance(value, Enum):
            row[name] = value.value


#: The case's columns that may hold enum members.
_CASE_ENUMS = tuple(
    i.name
    for i in field_infos(d.Case)
    if i.name in mapping.CASE_SCALARS and isinstance(i.base, type) and issubclass(i.base, Enum)
)
#: Record class -> its fields whose type is an enum.
_ENUM_FIELDS: dict[type[Any], tuple[str, ...]] = {}


def _own_fields(cls: type[Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A record class's own fields, and those of them that are lists."""
    found = _OWN_FIELDS.get(cls)
    if found is None:
        infos = [i for i in field_infos(cls) if i.name not in ("hearing", "custody")]
        found = _OWN_FIELDS[cls] = (
            tuple(i.name for i in infos),
            tuple(i.name for i in infos if i.is_list),
        )
        _ENUM_FIELDS[cls] = tuple(
            i.name
            for i in infos
            if not i.is_list and isinstance(i.base, type) and issubclass(i.base, Enum)
        )
    return found


_OWN_FIELDS: dict[type[Any], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _bulk_case(
    bulk: _Bulk, case: d.Case, obj: dict[str, Any], clients: dict[str, tuple[int, str]]
) -> None:
    """A whole case with its records, as rows and audit entries (as `add_case` would).

    The lists in `_DIRECT` are read from the case's JSON object `obj` straight into rows
    (`fields.values_from_json`: the values the records would hold); the others from `case`.
    """
    case_id = bulk.new_id(m.Case)
    row = {name: getattr(case, name) for name in mapping.CASE_SCALARS}
    _enum_values(row, _CASE_ENUMS)
    row["id"] = case_id
    bulk.rows[m.Case].append(row)
    links = []
    for link in case.clients:
        client_id, client_key = clients[link.client]
        child = {"case_id": case_id, "client_id": client_id, "role": link.role}
        child["id"] = bulk.new_id(m.CaseClient)
        bulk.rows[m.CaseClient].append(child)
        links.append({"client": client_key, **audit.child_values(m.CaseClient, child)})
    flags = []
    for x in case.dismissed_irregularities:
        child = {"case_id": case_id, "flag": x.flag.value, "reason": x.reason}
        child["id"] = bulk.new_id(m.DismissedIrregularity)
        bulk.rows[m.DismissedIrregularity].append(child)
        flags.append(audit.child_values(m.DismissedIrregularity, child))
    collections = {"clients": links, "dismissed_irregularities": flags}
    changes = audit.prepared_creation(m.Case, row, collections=collections)
    bulk.created(m.Case, case.key, changes, case)
    assign_exhibits(case)
    hearing_ids: dict[str, int] = {}
    for name, model in mapping.ROW_TYPES.items():
        direct = name in _DIRECT
        cls = _ITEM_TYPES[name]
        _own_fields(cls)  # computes its `_ENUM_FIELDS` too
        enums = _ENUM_FIELDS[cls]
        has_hearing = "hearing_id" in model.__table__.c
        items: list[Any] = obj.get(name, []) if direct else getattr(case, name)
        for item in items:
            if direct:
                row = values_from_json(cls, item, _NOT_COLUMNS)
                _enum_values(row, enums)
                hearing = item.get("hearing") if has_hearing else None
            else:
                row = _columns(item)
                hearing = item.hearing if has_hearing else None
            key = row["key"]
            row["id"] = record_id = bulk.new_id(model)
            row["case_id"] = case_id
            if has_hearing:
                row["hearing_id"] = hearing_ids[hearing] if hearing is not None else None
            if model is m.Hearing:
                hearing_ids[key] = record_id
            collections = {}
            if model is m.Evidence:
                collections["custody"] = [
                    _custody_row(bulk, record_id, step) for step in item.custody
                ]
            bulk.rows[model].append(row)
            changes = audit.prepared_creation(model, row, hearing=hearing, collections=collections)
            bulk.created(model, key, changes, case)


#: A case's lists read from JSON straight into rows (evidence keeps its records: exhibit
#: labels are given over the case's list, custody steps are rows of their own).
_DIRECT = frozenset(("parties", "hearings", "motions", "requests", "events"))
#: Fields of a case's records that are not their own columns.
_NOT_COLUMNS = ("hearing", "custody")
#: Case list name -> its record class.
_ITEM_TYPES: dict[str, type[Any]] = {
    info.name: info.item for info in field_infos(d.Case) if info.name in mapping.ROW_TYPES
}


def _custody_row(bulk: _Bulk, evidence_id: int, step: d.CustodyStep) -> dict[str, Any]:
    row = {
        "id": bulk.new_id(m.CustodyStep),
        "evidence_id": evidence_id,
        "on": format_date_or_datetime(step.on),
        "action": step.action,
        "from_": step.from_,
        "to": step.to,
        "note": step.note,
    }
    bulk.rows[m.CustodyStep].append(row)
    return audit.child_values(m.CustodyStep, row)


def assign_exhibits(case: d.Case) -> None:
    """Give each evidence item without an exhibit label the first free one, in order."""
    taken = [e.exhibit for e in case.evidence if e.exhibit]
    for e in case.evidence:
        if not e.exhibit:
            e.exhibit = next_exhibit_label(taken)
            taken.append(e.exhibit)


def add_case(session: Session, case: d.Case, clients: dict[str, m.Client]) -> m.Case:
    """Insert a whole case with its records; hearing references resolved by key."""
    row = m.Case()
    mapping.apply_case_fields(row, case)
    row.clients = [
        m.CaseClient(client=clients[link.client], role=link.role) for link in case.clients
    ]
    session.add(row)
    hearing_rows = []
    for h in case.hearings:
        hr = m.Hearing()
        mapping.apply_record(hr, h, {})
        hearing_rows.append(hr)
    row.hearings = hearing_rows
    row.parties = [_row(m.Party, p, {}) for p in case.parties]
    session.flush()
    hearing_ids = {h.key: h.id for h in hearing_rows}
    row.motions = [_row(m.Motion, x, hearing_ids) for x in case.motions]
    row.requests = [_row(m.Request, x, hearing_ids) for x in case.requests]
    assign_exhibits(case)
    row.evidence = [_row(m.Evidence, x, hearing_ids) for x in case.evidence]
    row.events = [_row(m.Event, x, {}) for x in case.events]
    return row


def _row(model: type[Any], record: Any, hearing_ids: dict[str, int]) -> Any:
    row = model()
    mapping.apply_record(row, record, hearing_ids)
    return row


# -- export --------------------------------------------------------------------------------


def _case_query() -> Any:
    return select(m.Case).options(
        selectinload(m.Case.clients).selectinload(m.CaseClient.client),
        selectinload(m.Case.dismissed_irregularities),
        selectinload(m.Case.parties),
        selectinload(m.Case.hearings),
        selectinload(m.Case.motions),
        selectinload(m.Case.requests),
        selectinload(m.Case.evidence).selectinload(m.Evidence.custody),
        selectinload(m.Case.events),
    )


def load_cases(session: Session, references: list[str] | None = None) -> list[d.Case]:
    query = _case_query().order_by(m.Case.id)
    if references is not None:
        query = query.where(m.Case.reference.in_(references))
    cases = [mapping.case_from_row(r) for r in session.scalars(query)]
    if references is not None:
        found = {c.reference for c in cases}
        missing = [r for r in references if r not in found]
        if missing:
            raise no_such_case(session, missing[0])
        order = {ref: i for i, ref in enumerate(references)}
        cases.sort(key=lambda c: order[c.reference])
    return cases


def export_document(
    store: Store, references: list[str] | None = None, exported_at: datetime | None = None
) -> dict[str, Any]:
    """The interchange document of the whole store, or of the cases named."""
    with store.read() as session:
        cases = load_cases(session, references)
        clients = [
            mapping.client_from_row(c)
            for c in session.scalars(select(m.Client).order_by(m.Client.id))
        ]
        extras = [
            d.Standard(s.code, s.title)
            for s in session.scalars(select(m.ExtraStandard).order_by(m.ExtraStandard.code))
        ]
    return build_document(
        cases, clients, extras, whole_store=references is None, exported_at=exported_at
    )


def build_document(
    cases: list[d.Case],
    clients: list[d.Client],
    extras: list[d.Standard],
    *,
    whole_store: bool,
    exported_at: datetime | None,
) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if exported_at is not None:
        doc["exported_at"] = exported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if whole_store:
        used_extras = extras
    else:
        cited = {
            code
            for c in cases
            for lst in (c.motions, c.requests, c.events)
            for rec in lst
            for code in rec.standards
        }
        used_extras = [s for s in extras if s.code in cited]
        wanted = {link.client for c in cases for link in c.clients}
        clients = [c for c in clients if c.key in wanted]
    if used_extras:
        doc["standards"] = [{"code": s.code, "title": s.title} for s in used_extras]
    if clients:
        doc["clients"] = [to_json(c) for c in clients]
    if cases:
        doc["cases"] = [to_json(c) for c in cases]
    return doc


def dump_document(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def record_digest(store: Store, reference: str) -> str:
    """SHA-256 of the case's canonical form (RFC 8785 of its one-case export)."""
    return case_digest(export_document(store, [reference]))


def case_digest(doc: dict[str, Any]) -> str:
    body = {k: v for k, v in doc.items() if k != "exported_at"}
    return hashlib.sha256(rfc8785.dumps(body)).hexdigest()


__all__ = ["ConflictError", "ImportReport", "export_document", "import_document"]
