"""Import and export of the interchange format (`casefile-json-v1`).

Import checks the whole document first and writes it in one transaction:
all or nothing.  Export writes every field that has a value; a document
exported, imported into an empty store and exported again is equal.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import rfc8785
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casefiles.domain import records as d
from casefiles.domain.errors import ConflictError, InvalidDocument, RecordNotFound, UserError
from casefiles.domain.keys import next_exhibit_label, next_key
from casefiles.services import mapping
from casefiles.services.fields import from_json, to_json
from casefiles.services.validation import document_problems, json_path, quote
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


def import_document(store: Store, doc: Any) -> ImportReport:
    """Check `doc` in full, then write it in one transaction, or raise and write nothing."""
    problems = validate_document(doc, store)
    if problems:
        raise InvalidDocument(problems)
    report = ImportReport()
    with store.write() as session:
        session.info["audit_source"] = "import"  # the audit trail's "where it came from"
        _import(session, doc, report)
    return report


def _import(session: Session, doc: dict[str, Any], report: ImportReport) -> None:
    existing_refs = set(session.scalars(select(m.Case.reference)))
    clashes = [
        f"{json_path(['cases', i, 'reference'])}: a case with reference {quote(c['reference'])} "
        "is already in the store; imports never merge cases (rename or delete one first)"
        for i, c in enumerate(doc.get("cases", []))
        if c["reference"] in existing_refs
    ]
    if clashes:
        raise InvalidDocument(clashes)
    for std in doc.get("standards", []):
        if session.get(m.ExtraStandard, std["code"]) is None:
            session.add(m.ExtraStandard(code=std["code"], title=std["title"]))
    client_rows = _import_clients(session, doc.get("clients", []), report)
    case_keys = set(session.scalars(select(m.Case.key)))
    for obj in doc.get("cases", []):
        case: d.Case = from_json(d.Case, obj)
        if case.key in case_keys:
            new = next_key("k", case_keys)
            report.renamed.append(("case", case.key, new))
            case.key = new
        case_keys.add(case.key)
        add_case(session, case, client_rows)
        report.cases.append(case.reference)
    session.flush()


def _import_clients(
    session: Session, objs: list[dict[str, Any]], report: ImportReport
) -> dict[str, m.Client]:
    rows: dict[str, m.Client] = {}
    by_key = {c.key: c for c in session.scalars(select(m.Client))}
    for obj in objs:
        client: d.Client = from_json(d.Client, obj)
        same = by_key.get(client.key)
        if same is not None and same.name == client.name and same.kind == client.kind.value:
            rows[client.key] = same
            report.clients_reused += 1
            continue
        file_key = client.key
        if same is not None:
            client.key = next_key("c", by_key)
            report.renamed.append(("client", file_key, client.key))
        row = m.Client()
        mapping.apply_record(row, client, {})
        session.add(row)
        by_key[client.key] = row
        rows[file_key] = row
        report.clients_created += 1
    return rows


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
    taken = [e.exhibit for e in case.evidence if e.exhibit]
    for e in case.evidence:
        if not e.exhibit:
            e.exhibit = next_exhibit_label(taken)
            taken.append(e.exhibit)
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
            raise RecordNotFound(
                f"no case with reference {missing[0]!r} in this case file; "
                "'casefiles cases' lists them"
            )
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
