"""The home screen's lists and the calendar: queries across every case.

Each list is bounded (`limit`) with its full count beside it, so a store with
thousands of cases answers as fast as a small one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from casefiles.domain.enums import (
    DENIED_MOTION_STATUSES,
    DENIED_REQUEST_STATUSES,
    HearingStatus,
    MotionStatus,
)
from casefiles.storage import models as m
from casefiles.storage.store import Store

UPCOMING_DAYS = 14
LIMIT = 200


@dataclass(frozen=True)
class DashItem:
    """One line on the dashboard or the calendar; opens `record_type`/`record_key` of a case."""

    case_key: str
    case_reference: str
    record_type: str  # "hearings", "motions" or "requests"
    record_key: str
    when: date | None
    title: str
    detail: str | None = None
    status: str | None = None


@dataclass
class Section:
    items: list[DashItem] = field(default_factory=list)
    total: int = 0


@dataclass
class Dashboard:
    upcoming: Section
    awaiting: Section
    short_notice: Section
    refusals: Section


def _hearing_item(h: m.Hearing, key: str, reference: str, detail: str | None) -> DashItem:
    return DashItem(
        key, reference, "hearings", h.key, h.starts_at, h.purpose or "", detail, h.status
    )


def _count(session: Session, query: Any) -> int:
    return int(
        session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    )


def dashboard(
    store: Store, now: datetime | None = None, days: int = UPCOMING_DAYS, limit: int = LIMIT
) -> Dashboard:
    """Upcoming hearings, motions awaiting a ruling, short-notice hearings, recent refusals."""
    now = now or datetime.now()
    start = datetime.combine(now.date(), time())
    with store.read() as session:
        return Dashboard(
            upcoming=_upcoming(session, start, start + timedelta(days=days + 1), limit),
            awaiting=_awaiting(session, limit),
            short_notice=_short_notice(session, limit),
            refusals=_refusals(session, limit),
        )


def _upcoming(session: Session, start: datetime, end: datetime, limit: int) -> Section:
    query = (
        select(m.Hearing, m.Case.key, m.Case.reference)
        .join(m.Case, m.Case.id == m.Hearing.case_id)
        .where(
            m.Hearing.starts_at >= start,
            m.Hearing.starts_at < end,
            m.Hearing.status == HearingStatus.SCHEDULED.value,
        )
        .order_by(m.Hearing.starts_at, m.Case.reference)
    )
    items = [
        _hearing_item(h, key, ref, h.court) for h, key, ref in session.execute(query.limit(limit))
    ]
    return Section(items, _count(session, query))


def _awaiting(session: Session, limit: int) -> Section:
    query = (
        select(m.Motion.key, m.Motion.title, m.Motion.filed_on, m.Case.key, m.Case.reference)
        .join(m.Case, m.Case.id == m.Motion.case_id)
        .where(m.Motion.status == MotionStatus.FILED.value)
        .order_by(m.Motion.filed_on.is_(None), m.Motion.filed_on, m.Case.reference, m.Motion.id)
    )
    items = [
        DashItem(ck, ref, "motions", key, filed, title, None, MotionStatus.FILED.value)
        for key, title, filed, ck, ref in session.execute(query.limit(limit))
    ]
    return Section(items, _count(session, query))


def _short_notice(session: Session, limit: int) -> Section:
    notice_days = func.julianday(func.date(m.Hearing.starts_at)) - func.julianday(
        m.Hearing.notice_received_on
    )
    query = (
        select(m.Hearing, m.Case.key, m.Case.reference, notice_days)
        .join(m.Case, m.Case.id == m.Hearing.case_id)
        .where(
            m.Hearing.notice_received_on.is_not(None),
            notice_days < m.Case.notice_threshold_days,
        )
        .order_by(m.Hearing.starts_at.desc(), m.Case.reference)
    )
    items = [
        _hearing_item(h, key, ref, str(round(n)))
        for h, key, ref, n in session.execute(query.limit(limit))
    ]
    return Section(items, _count(session, query))


def _refusals(session: Session, limit: int) -> Section:
    motions = (
        select(
            m.Motion.key,
            m.Motion.title,
            func.coalesce(m.Motion.ruled_on, m.Motion.filed_on).label("on"),
            m.Motion.status,
            m.Case.key.label("case_key"),
            m.Case.reference,
        )
        .join(m.Case, m.Case.id == m.Motion.case_id)
        .where(m.Motion.status.in_([s.value for s in DENIED_MOTION_STATUSES]))
    )
    requests = (
        select(
            m.Request.key,
            m.Request.request,
            func.coalesce(m.Request.answered_on, m.Request.requested_on).label("on"),
            m.Request.status,
            m.Case.key.label("case_key"),
            m.Case.reference,
        )
        .join(m.Case, m.Case.id == m.Request.case_id)
        .where(m.Request.status.in_([s.value for s in DENIED_REQUEST_STATUSES]))
    )
    both = motions.add_columns(literal("motions").label("list_name")).union_all(
        requests.add_columns(literal("requests").label("list_name"))
    )
    sub = both.subquery()
    query = select(sub).order_by(sub.c.on.is_(None), sub.c.on.desc(), sub.c.reference)
    items = [
        DashItem(ck, ref, list_name, key, on, title, None, status)
        for key, title, on, status, ck, ref, list_name in session.execute(query.limit(limit))
    ]
    return Section(items, _count(session, both))


def hearings_between(store: Store, first: date, last: date) -> list[DashItem]:
    """Every hearing from `first` to `last` (inclusive) across cases, by start time."""
    start = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time())
    with store.read() as session:
        query = (
            select(m.Hearing, m.Case.key, m.Case.reference)
            .join(m.Case, m.Case.id == m.Hearing.case_id)
            .where(m.Hearing.starts_at >= start, m.Hearing.starts_at < end)
            .order_by(m.Hearing.starts_at, m.Case.reference)
        )
        return [_hearing_item(h, key, ref, h.court) for h, key, ref in session.execute(query)]
