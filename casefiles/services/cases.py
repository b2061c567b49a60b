"""Reading and changing cases, their records and clients."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casefiles.domain import records as d
from casefiles.domain.enums import CaseStatus, HearingStatus
from casefiles.domain.errors import ConflictError, RecordNotFound, UserError
from casefiles.domain.keys import next_exhibit_label, next_key
from casefiles.services import mapping
from casefiles.services.interchange import _case_query, add_case
from casefiles.services.references import no_such_case
from casefiles.storage import models as m
from casefiles.storage.store import Store


def _case_row(session: Session, reference: str, *, full: bool = False) -> m.Case:
    query: Any = _case_query() if full else select(m.Case)
    row = session.scalars(query.where(m.Case.reference == reference)).one_or_none()
    if row is None:
        raise no_such_case(session, reference)
    return row  # type: ignore[no-any-return]


def search_key(row: d.CaseSummaryRow) -> str:
    """What a case-list search looks in, case-folded: reference, title, court and clients.

    The desktop app computes it once per row and filters as the user types.
    """
    return " ".join((row.reference, row.title, row.court or "", *row.clients)).casefold()


def search_words(search: str | None) -> list[str]:
    """The words of a search, case-folded; a row matches when its key holds every one."""
    return search.casefold().split() if search else []


def _matches(row: d.CaseSummaryRow, words: list[str]) -> bool:
    haystack = search_key(row)
    return all(w in haystack for w in words)


def list_cases(
    store: Store,
    search: str | None = None,
    status: CaseStatus | None = None,
    now: datetime | None = None,
) -> list[d.CaseSummaryRow]:
    """Every case with its clients and next scheduled hearing, by reference."""
    now = now or datetime.now()
    with store.read() as session:
        next_hearing = (
            select(m.Hearing.case_id, func.min(m.Hearing.starts_at).label("starts_at"))
            .where(m.Hearing.status == HearingStatus.SCHEDULED.value, m.Hearing.starts_at >= now)
            .group_by(m.Hearing.case_id)
            .subquery()
        )
        names = (
            select(m.CaseClient.case_id, m.Client.name)
            .join(m.Client, m.Client.id == m.CaseClient.client_id)
            .order_by(m.CaseClient.id)
        )
        clients: dict[int, list[str]] = {}
        for case_id, name in session.execute(names):
            clients.setdefault(case_id, []).append(name)
        query = (
            select(
                m.Case.id,
                m.Case.key,
                m.Case.reference,
                m.Case.title,
                m.Case.status,
                m.Case.court,
                next_hearing.c.starts_at,
            )
            .outerjoin(next_hearing, next_hearing.c.case_id == m.Case.id)
            .order_by(m.Case.reference)
        )
        if status is not None:
            query = query.where(m.Case.status == status.value)
        rows = [
            d.CaseSummaryRow(
                key, ref, title, CaseStatus(st), court, tuple(clients.get(cid, ())), starts
            )
            for cid, key, ref, title, st, court, starts in session.execute(query)
        ]
    words = search_words(search)
    if words:
        rows = [r for r in rows if _matches(r, words)]
    return rows


def get_case(store: Store, reference: str) -> d.Case:
    with store.read() as session:
        return mapping.case_from_row(_case_row(session, reference, full=True))


def hearings(store: Store, reference: str) -> list[d.Hearing]:
    """A case's hearings by start time."""
    return sorted(get_case(store, reference).hearings, key=lambda h: h.starts_at)


def _client_rows(session: Session, case: d.Case) -> dict[str, m.Client]:
    keys = [link.client for link in case.clients]
    rows = {c.key: c for c in session.scalars(select(m.Client).where(m.Client.key.in_(keys)))}
    for key in keys:
        if key not in rows:
            raise RecordNotFound(f"no client with key {key!r}; add the client first")
    return rows


def create_case(store: Store, case: d.Case) -> d.Case:
    """A new case with whatever records it carries; the key is given when empty."""
    with store.write() as session:
        if session.scalar(select(m.Case.id).where(m.Case.reference == case.reference)):
            raise ConflictError(
                f"a case with reference {case.reference!r} already exists; references are unique"
            )
        taken = set(session.scalars(select(m.Case.key)))
        if not case.key or case.key in taken:
            case.key = next_key("k", taken)
        add_case(session, case, _client_rows(session, case))
    return case


def update_case(store: Store, reference: str, case: d.Case) -> None:
    """The case's own fields, its clients and dismissed flags (records are saved one by one)."""
    with store.write() as session:
        row = _case_row(session, reference)
        if case.reference != reference and session.scalar(
            select(m.Case.id).where(m.Case.reference == case.reference)
        ):
            raise ConflictError(f"a case with reference {case.reference!r} already exists")
        case.key = row.key
        mapping.apply_case_fields(row, case)
        clients = _client_rows(session, case)
        # Keep existing links (a new row for the same client would clash with the old one).
        existing = {cc.client.key: cc for cc in row.clients}
        links = []
        for link in case.clients:
            cc = existing.get(link.client) or m.CaseClient(client=clients[link.client])
            cc.role = link.role
            links.append(cc)
        row.clients = links


def delete_case(store: Store, reference: str) -> None:
    with store.write() as session:
        session.delete(_case_row(session, reference))


def _hearing_ids(session: Session, case_id: int) -> dict[str, int]:
    rows = session.execute(select(m.Hearing.key, m.Hearing.id).where(m.Hearing.case_id == case_id))
    return {key: hid for key, hid in rows}


def save_record(
    store: Store, reference: str, list_name: str, record: Any, original_key: str | None = None
) -> Any:
    """Create (`original_key` None) or replace one record in a case; returns it with its key."""
    model = mapping.ROW_TYPES[list_name]
    with store.write() as session, session.no_autoflush:
        case = _case_row(session, reference)
        keys = set(session.scalars(select(model.key).where(model.case_id == case.id)))
        if original_key is None:
            row = model(case_id=case.id)
            if not record.key:
                record.key = next_key(d.KEY_PREFIXES[list_name], keys)
            elif record.key in keys:
                raise ConflictError(f"key {record.key!r} is already used in this case")
        else:
            row = session.scalars(
                select(model).where(model.case_id == case.id, model.key == original_key)
            ).one_or_none()
            if row is None:
                raise RecordNotFound(f"no record {original_key!r} in case {reference!r}")
            if record.key != original_key and record.key in keys:
                raise ConflictError(f"key {record.key!r} is already used in this case")
        if list_name == "evidence":
            _check_exhibit(session, case.id, record, row)
        hearing_ids = _hearing_ids(session, case.id)
        hearing = getattr(record, "hearing", None)
        if hearing is not None and hearing not in hearing_ids:
            raise RecordNotFound(f"no hearing {hearing!r} in case {reference!r}")
        mapping.apply_record(row, record, hearing_ids)
        session.add(row)
    return record


def _check_exhibit(session: Session, case_id: int, record: d.Evidence, row: m.Evidence) -> None:
    others = session.execute(
        select(m.Evidence.id, m.Evidence.exhibit).where(m.Evidence.case_id == case_id)
    )
    taken = {label for rid, label in others if label and rid != row.id}
    if not record.exhibit:
        record.exhibit = next_exhibit_label(taken)
    elif record.exhibit in taken:
        raise ConflictError(f"exhibit {record.exhibit} is already used in this case")


def delete_record(store: Store, reference: str, list_name: str, key: str) -> None:
    model = mapping.ROW_TYPES[list_name]
    with store.write() as session:
        case = _case_row(session, reference)
        row = session.scalars(
            select(model).where(model.case_id == case.id, model.key == key)
        ).one_or_none()
        if row is None:
            raise RecordNotFound(f"no record {key!r} in case {reference!r}")
        session.delete(row)


# -- clients -------------------------------------------------------------------------------


def list_clients(store: Store) -> list[d.Client]:
    with store.read() as session:
        return [
            mapping.client_from_row(c)
            for c in session.scalars(select(m.Client).order_by(m.Client.name))
        ]


def client_cases(store: Store, client_key: str) -> list[tuple[str, str | None]]:
    """(case reference, role) for each case of a client."""
    with store.read() as session:
        rows = session.execute(
            select(m.Case.reference, m.CaseClient.role)
            .join(m.CaseClient, m.CaseClient.case_id == m.Case.id)
            .join(m.Client, m.Client.id == m.CaseClient.client_id)
            .where(m.Client.key == client_key)
            .order_by(m.Case.reference)
        )
        return [(ref, role) for ref, role in rows]


def save_client(store: Store, client: d.Client, original_key: str | None = None) -> d.Client:
    with store.write() as session:
        keys = set(session.scalars(select(m.Client.key)))
        if original_key is None:
            if not client.key:
                client.key = next_key("c", keys)
            elif client.key in keys:
                raise ConflictError(f"client key {client.key!r} is already used")
            row = m.Client()
        else:
            found = session.scalars(select(m.Client).where(m.Client.key == original_key)).first()
            if found is None:
                raise RecordNotFound(f"no client with key {original_key!r}")
            row = found
            if client.key != original_key and client.key in keys:
                raise ConflictError(f"client key {client.key!r} is already used")
        mapping.apply_record(row, client, {})
        session.add(row)
    return client


def delete_client(store: Store, key: str) -> None:
    with store.write() as session:
        row = session.scalars(select(m.Client).where(m.Client.key == key)).first()
        if row is None:
            raise RecordNotFound(f"no client with key {key!r}")
        if row.roles:
            raise UserError(
                "this client is still a client in a case; remove them from the case first"
            )
        session.delete(row)
