"""Views computed over a case: the denied-requests register and the chronology.

Both are queries over the records, never second copies, so nothing is typed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from casefiles.domain.dates import format_date_or_datetime, sort_key
from casefiles.domain.enums import DENIED_MOTION_STATUSES, DENIED_REQUEST_STATUSES
from casefiles.domain.records import Case, Motion, Request


@dataclass(frozen=True)
class DeniedEntry:
    """One refused motion or request; `record_type` is "motions" or "requests"."""

    record_type: str
    key: str
    asked_of: str
    what: str
    asked_on: date | None
    status: str
    decided_on: date | None
    reason: str | None
    objection: str | None
    standards: tuple[str, ...]


def denied_register(case: Case) -> list[DeniedEntry]:
    """Every denied motion and every denied, ignored or returned request, by date asked."""
    entries = [_from_motion(case, m) for m in case.motions if m.status in DENIED_MOTION_STATUSES]
    entries += [_from_request(r) for r in case.requests if r.status in DENIED_REQUEST_STATUSES]
    entries.sort(key=lambda e: (sort_key(e.asked_on or e.decided_on), e.record_type, e.key))
    return entries


def _from_motion(case: Case, m: Motion) -> DeniedEntry:
    return DeniedEntry(
        record_type="motions",
        key=m.key,
        asked_of=case.court or "court",
        what=m.title,
        asked_on=m.filed_on,
        status=m.status.value,
        decided_on=m.ruled_on,
        reason=m.ruling,
        objection=m.objection,
        standards=tuple(m.standards),
    )


def _from_request(r: Request) -> DeniedEntry:
    return DeniedEntry(
        record_type="requests",
        key=r.key,
        asked_of=r.authority,
        what=r.request,
        asked_on=r.requested_on,
        status=r.status.value,
        decided_on=r.answered_on,
        reason=r.reason_given,
        objection=r.follow_up,
        standards=tuple(r.standards),
    )


@dataclass(frozen=True)
class ChronologyItem:
    """One dated line of the merged timeline; `when` is a date, a date-time or a partial date."""

    when: date | str
    record_type: str
    key: str
    title: str
    detail: str | None = None

    @property
    def when_text(self) -> str:
        if isinstance(self.when, str):
            return self.when
        return format_date_or_datetime(self.when)


def chronology(case: Case) -> list[ChronologyItem]:
    """Events, hearings, motions filed and ruled, requests and answers, custody steps."""
    items: list[ChronologyItem] = []
    for ev in case.events:
        items.append(ChronologyItem(ev.date, "events", ev.key, ev.title, ev.description))
    for h in case.hearings:
        items.append(
            ChronologyItem(h.starts_at, "hearings", h.key, h.purpose or "Hearing", h.status.value)
        )
        if h.decision_announced_on:
            items.append(
                ChronologyItem(
                    h.decision_announced_on, "hearings", h.key, "Decision announced", h.outcome
                )
            )
    for m in case.motions:
        if m.filed_on:
            items.append(ChronologyItem(m.filed_on, "motions", m.key, f"Motion filed: {m.title}"))
        if m.ruled_on:
            items.append(
                ChronologyItem(
                    m.ruled_on,
                    "motions",
                    m.key,
                    f"Motion {m.status.value.replace('_', ' ')}: {m.title}",
                    m.ruling,
                )
            )
    for r in case.requests:
        if r.requested_on:
            items.append(
                ChronologyItem(
                    r.requested_on, "requests", r.key, f"Request to {r.authority}", r.request
                )
            )
        if r.answered_on:
            items.append(
                ChronologyItem(
                    r.answered_on,
                    "requests",
                    r.key,
                    f"Answer from {r.authority}: {r.status.value}",
                    r.reason_given,
                )
            )
    for e in case.evidence:
        label = f"Exhibit {e.exhibit}" if e.exhibit else e.title
        for step in e.custody:
            items.append(
                ChronologyItem(step.on, "evidence", e.key, f"{label}: {step.action}", step.note)
            )
    items.sort(key=_order)
    return items


def _order(item: ChronologyItem) -> tuple[tuple[int, int, int, int, int, int], str, str]:
    when: date | datetime | str = item.when
    return (sort_key(when), item.record_type, item.key)
