"""Views computed over a case: the denied-requests register and the chronology.

Both are queries over the records, never second copies, so nothing is typed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum

from casefiles.domain.dates import format_date_or_datetime, sort_key
from casefiles.domain.enums import (
    DENIED_MOTION_STATUSES,
    DENIED_REQUEST_STATUSES,
    MotionStatus,
)
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


class Step(IntEnum):
    """What a chronology line records, in the order the steps of one day are printed.

    See `chronology` for the rule; the value is the step's place within its day.
    """

    OPENED = 0  # the case opened (the claim or case registered)
    HEARING = 1  # a hearing begins, at its time
    FILED = 2  # a motion filed or a request sent
    CUSTODY = 3  # a step in an exhibit's chain of custody
    RULED = 4  # a ruling on a motion or an authority's answer to a request
    DECISION = 5  # the decision announced
    LATER = 6  # a custody step timed after the start of that day's hearing
    EVENT = 7  # an event entered by hand; its time of day is not recorded


@dataclass(frozen=True)
class ChronologyItem:
    """One dated line of the merged timeline; `when` is a date, a date-time or a partial date.

    `step` says what the line records (and words it in a language); `index` tells apart
    the custody steps of one exhibit.
    """

    when: date | str
    record_type: str
    key: str
    title: str
    detail: str | None = None
    step: Step = Step.EVENT
    index: int = 0

    @property
    def when_text(self) -> str:
        if isinstance(self.when, str):
            return self.when
        return format_date_or_datetime(self.when)


def chronology(case: Case) -> list[ChronologyItem]:
    """The case's opening, events, hearings, motions filed and ruled, requests and answers,
    custody steps.

    A motion the court left not considered, with no date of ruling, has its line of
    rulings on the day its hearing's decision was announced, else on its hearing's day:
    being ignored is part of the record.  Without a hearing it has none.

    Lines are in date order (a partly known date, such as October 2025, before the days
    it spans).  Within one day they follow the procedure, by `Step`:

    1. the case opened;
    2. hearings beginning, in order of time, with custody steps timed no later than the
       day's first hearing (or on a day without one);
    3. motions filed and requests sent;
    4. custody steps with no time (an exhibit handed over, seized, returned);
    5. rulings on motions (and motions left not considered) and answers to requests;
    6. the decision announced;
    7. custody steps timed after the start of the day's first hearing (a recording copied
       at 17:10): the hearing's end is not recorded, so they follow its decision;
    8. events entered by hand, whose time of day is not recorded: they follow the day's
       recorded procedure rather than guess where they fell within it.

    Lines of one step are ordered by time, then by record type and record number
    (m2 before m10), so the order never depends on the order records were entered.
    """
    items: list[ChronologyItem] = []
    if case.opened_on:
        items.append(
            ChronologyItem(
                case.opened_on, "cases", case.key, "Case opened", case.court, Step.OPENED
            )
        )
    for ev in case.events:
        items.append(ChronologyItem(ev.date, "events", ev.key, ev.title, ev.description))
    for h in case.hearings:
        items.append(
            ChronologyItem(
                h.starts_at,
                "hearings",
                h.key,
                h.purpose or "Hearing",
                h.status.value,
                Step.HEARING,
            )
        )
        if h.decision_announced_on:
            items.append(
                ChronologyItem(
                    h.decision_announced_on,
                    "hearings",
                    h.key,
                    "Decision announced",
                    h.outcome,
                    Step.DECISION,
                )
            )
    for m in case.motions:
        if m.filed_on:
            items.append(
                ChronologyItem(
                    m.filed_on, "motions", m.key, f"Motion filed: {m.title}", None, Step.FILED
                )
            )
        ruled_on = m.ruled_on or _left_undecided_on(case, m)
        if ruled_on:
            items.append(
                ChronologyItem(
                    ruled_on,
                    "motions",
                    m.key,
                    f"Motion {m.status.value.replace('_', ' ')}: {m.title}",
                    m.ruling,
                    Step.RULED,
                )
            )
    for r in case.requests:
        if r.requested_on:
            items.append(
                ChronologyItem(
                    r.requested_on,
                    "requests",
                    r.key,
                    f"Request to {r.authority}",
                    r.request,
                    Step.FILED,
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
                    Step.RULED,
                )
            )
    first_hearing: dict[date, datetime] = {}
    for h in case.hearings:
        day = h.starts_at.date()
        first_hearing[day] = min(h.starts_at, first_hearing.get(day, h.starts_at))
    for e in case.evidence:
        label = f"Exhibit {e.exhibit}" if e.exhibit else e.title
        for n, step in enumerate(e.custody):
            items.append(
                ChronologyItem(
                    step.on,
                    "evidence",
                    e.key,
                    f"{label}: {step.action}",
                    step.note,
                    _custody_step(step.on, first_hearing),
                    n,
                )
            )
    items.sort(key=chronology_order)
    return items


def _left_undecided_on(case: Case, m: Motion) -> date | None:
    """The day a motion the court never ruled on was left not considered: its hearing's
    decision, else its hearing's day; None when it has no hearing (no date to show)."""
    if m.status is not MotionStatus.NOT_CONSIDERED or m.hearing is None:
        return None
    h = case.hearing(m.hearing)
    if h is None:
        return None
    return h.decision_announced_on or h.starts_at.date()


def _custody_step(on: date, first_hearing: dict[date, datetime]) -> Step:
    if not isinstance(on, datetime):
        return Step.CUSTODY
    start = first_hearing.get(on.date())
    return Step.LATER if start is not None and on > start else Step.HEARING


_TYPE_ORDER = {"cases": 0, "hearings": 1, "motions": 2, "requests": 3, "evidence": 4, "events": 5}
_DIGITS = re.compile(r"([0-9]+)")


def chronology_order(item: ChronologyItem) -> tuple[object, ...]:
    """The sort key of `chronology`: day, step within the day, time, record, custody step."""
    y, m, d, precision, hour, minute = sort_key(item.when)
    return (
        (y, m, d, precision),
        int(item.step),
        (hour, minute),
        _TYPE_ORDER.get(item.record_type, len(_TYPE_ORDER)),
        natural_key(item.key),
        item.index,
    )


def natural_key(key: str) -> tuple[tuple[int, str], ...]:
    """`m2` before `m10`: runs of digits compare as numbers."""
    return tuple(
        (int(part), "") if part.isdigit() else (-1, part) for part in _DIGITS.split(key) if part
    )
