"""Small look-ups the desktop app needs: a case by its key, the standards catalogue."""

from __future__ import annotations

from sqlalchemy import select

from casefiles.domain import records as d
from casefiles.domain.errors import RecordNotFound
from casefiles.domain.standards import catalogue
from casefiles.services import mapping
from casefiles.services.interchange import _case_query
from casefiles.storage import models as m
from casefiles.storage.store import Store


def case_reference(store: Store, case_key: str) -> str:
    with store.read() as session:
        ref = session.scalar(select(m.Case.reference).where(m.Case.key == case_key))
    if ref is None:
        raise RecordNotFound("this case is no longer in the case file (it was deleted)")
    return ref


def case_by_key(store: Store, case_key: str) -> d.Case:
    with store.read() as session:
        row = session.scalars(_case_query().where(m.Case.key == case_key)).one_or_none()
        if row is None:
            raise RecordNotFound("this case is no longer in the case file (it was deleted)")
        return mapping.case_from_row(row)


def case_exists(store: Store, case_key: str) -> bool:
    with store.read() as session:
        return session.scalar(select(m.Case.id).where(m.Case.key == case_key)) is not None


def standards_catalogue(store: Store) -> dict[str, d.Standard]:
    """The built-in standards and the store's own, by code."""
    with store.read() as session:
        extras = [
            d.Standard(s.code, s.title)
            for s in session.scalars(select(m.ExtraStandard).order_by(m.ExtraStandard.code))
        ]
    return catalogue(extras)


def client_by_key(store: Store, key: str) -> d.Client:
    with store.read() as session:
        row = session.scalars(select(m.Client).where(m.Client.key == key)).one_or_none()
        if row is None:
            raise RecordNotFound("this client is no longer in the case file")
        return mapping.client_from_row(row)


def client_choices(store: Store) -> list[tuple[str, str]]:
    """(key, name) of every client, by name: what a picker needs, read cheaply."""
    with store.read() as session:
        rows = session.execute(select(m.Client.key, m.Client.name).order_by(m.Client.name))
        return [(key, name) for key, name in rows]


def client_names(store: Store, keys: list[str]) -> dict[str, str]:
    """The names of the clients with these keys."""
    if not keys:
        return {}
    with store.read() as session:
        rows = session.execute(select(m.Client.key, m.Client.name).where(m.Client.key.in_(keys)))
        return {key: name for key, name in rows}
