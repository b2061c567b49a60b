"""The records of a case file, as the interchange format describes them.

Field names and order follow the spec (`casefile-json-v1.md`), so the
interchange layer maps records to documents field by field.  Records refer
to each other by their keys, never by database ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from casefiles.domain.enums import (
    AuthorityKind,
    CaseStatus,
    ClientKind,
    EventCategory,
    EvidenceKind,
    EvidenceStatus,
    FiledBy,
    HearingStatus,
    Irregularity,
    MotionForm,
    MotionKind,
    MotionStatus,
    PartyRole,
    Procedure,
    RequestStatus,
)

DEFAULT_NOTICE_THRESHOLD_DAYS = 14


@dataclass
class Client:
    key: str
    name: str
    kind: ClientKind
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    notes: str | None = None


@dataclass
class CaseClient:
    """A client's part in a case; `client` is the client's key."""

    client: str
    role: str | None = None


@dataclass
class DismissedIrregularity:
    flag: Irregularity
    reason: str | None = None


@dataclass
class Party:
    key: str
    name: str
    role: PartyRole
    notes: str | None = None


@dataclass
class Hearing:
    key: str
    starts_at: datetime
    court: str | None = None
    room: str | None = None
    judge: str | None = None
    purpose: str | None = None
    status: HearingStatus = HearingStatus.SCHEDULED
    notice_received_on: date | None = None
    decision_announced_on: date | None = None
    outcome: str | None = None
    notes: str | None = None

    @property
    def notice_days(self) -> int | None:
        """Whole days between the defence learning of the hearing and its start."""
        if self.notice_received_on is None:
            return None
        return (self.starts_at.date() - self.notice_received_on).days


@dataclass
class Motion:
    key: str
    title: str
    kind: MotionKind | None = None
    filed_by: FiledBy | None = None
    form: MotionForm | None = None
    filed_on: date | None = None
    hearing: str | None = None
    status: MotionStatus = MotionStatus.FILED
    ruled_on: date | None = None
    ruling: str | None = None
    objection: str | None = None
    standards: list[str] = field(default_factory=list)
    notes: str | None = None


@dataclass
class Request:
    key: str
    authority: str
    request: str
    authority_kind: AuthorityKind | None = None
    requested_on: date | None = None
    hearing: str | None = None
    status: RequestStatus = RequestStatus.PENDING
    answered_on: date | None = None
    reason_given: str | None = None
    follow_up: str | None = None
    standards: list[str] = field(default_factory=list)
    notes: str | None = None


@dataclass
class CustodyStep:
    """One step in the chain of custody; `on` is a date or a date-time."""

    on: date
    action: str
    from_: str | None = None
    to: str | None = None
    note: str | None = None


@dataclass
class Evidence:
    key: str
    title: str
    exhibit: str | None = None
    description: str | None = None
    kind: EvidenceKind | None = None
    source: str | None = None
    obtained_on: date | None = None
    status: EvidenceStatus = EvidenceStatus.COLLECTED
    hearing: str | None = None
    file_name: str | None = None
    sha256: str | None = None
    custody: list[CustodyStep] = field(default_factory=list)


@dataclass
class Event:
    """A chronology entry; `date` may be partly known: YYYY, YYYY-MM or YYYY-MM-DD."""

    key: str
    date: str
    title: str
    description: str | None = None
    category: EventCategory | None = None
    source: str | None = None
    standards: list[str] = field(default_factory=list)


@dataclass
class Case:
    key: str
    reference: str
    title: str
    court: str | None = None
    judge: str | None = None
    procedure: Procedure | None = None
    status: CaseStatus = CaseStatus.OPEN
    opened_on: date | None = None
    summary: str | None = None
    notice_threshold_days: int = DEFAULT_NOTICE_THRESHOLD_DAYS
    dismissed_irregularities: list[DismissedIrregularity] = field(default_factory=list)
    clients: list[CaseClient] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def hearing(self, key: str) -> Hearing | None:
        return next((h for h in self.hearings if h.key == key), None)


@dataclass
class Standard:
    """A fair-trial or labour standard a record may engage."""

    code: str
    title: str
    title_ru: str | None = None


@dataclass(frozen=True)
class CaseSummaryRow:
    """One line of the case list."""

    key: str
    reference: str
    title: str
    status: CaseStatus
    court: str | None
    clients: tuple[str, ...]
    next_hearing: datetime | None


#: Record types that live inside a case, by the name of their list in a case.
CASE_RECORD_TYPES: dict[str, type] = {
    "parties": Party,
    "hearings": Hearing,
    "motions": Motion,
    "requests": Request,
    "evidence": Evidence,
    "events": Event,
}

#: Prefix of the short keys the app gives new records (`h3`, `m12`, ...).
KEY_PREFIXES: dict[str, str] = {
    "clients": "c",
    "cases": "k",
    "parties": "p",
    "hearings": "h",
    "motions": "m",
    "requests": "r",
    "evidence": "e",
    "events": "ev",
}
