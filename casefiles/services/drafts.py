"""Unsaved edits kept inside the encrypted store while the app is locked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from casefiles.storage import models as m
from casefiles.storage.store import Store


@dataclass
class DraftData:
    """An open editor's state: what it edits and the raw values of its fields."""

    record_type: str
    case_key: str | None = None
    record_key: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)


def save_drafts(store: Store, drafts: list[DraftData], now: datetime | None = None) -> None:
    """Replace the stored drafts with `drafts`, in one transaction."""
    saved_at = now or datetime.now()
    with store.write() as session:
        session.execute(delete(m.Draft))
        for d in drafts:
            session.add(
                m.Draft(
                    case_key=d.case_key,
                    record_type=d.record_type,
                    record_key=d.record_key,
                    payload=d.payload,
                    saved_at=saved_at,
                )
            )


def load_drafts(store: Store) -> list[DraftData]:
    with store.read() as session:
        return [
            DraftData(r.record_type, r.case_key, r.record_key, dict(r.payload))
            for r in session.scalars(select(m.Draft).order_by(m.Draft.id))
        ]


def clear_drafts(store: Store) -> None:
    with store.write() as session:
        session.execute(delete(m.Draft))
