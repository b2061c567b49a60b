"""Enumerations of the interchange format, stored and exchanged as their values."""

from __future__ import annotations

from enum import StrEnum


class ClientKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class Procedure(StrEnum):
    CIVIL = "civil"
    CRIMINAL = "criminal"
    ADMINISTRATIVE = "administrative"
    ECONOMIC = "economic"
    OTHER = "other"


class CaseStatus(StrEnum):
    OPEN = "open"
    DECIDED = "decided"
    APPEAL = "appeal"
    CLOSED = "closed"


class PartyRole(StrEnum):
    CLAIMANT = "claimant"
    PROSECUTOR = "prosecutor"
    JUDGE = "judge"
    WITNESS = "witness"
    EXPERT = "expert"
    COUNSEL = "counsel"
    AUTHORITY = "authority"
    OTHER = "other"


class HearingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class MotionKind(StrEnum):
    POSTPONEMENT = "postponement"
    WITNESS_EXAMINATION = "witness_examination"
    FILE_ACCESS = "file_access"
    RECUSAL = "recusal"
    EVIDENCE_ADMISSION = "evidence_admission"
    EVIDENCE_EXCLUSION = "evidence_exclusion"
    EXPERT_EXAMINATION = "expert_examination"
    OTHER = "other"


class FiledBy(StrEnum):
    DEFENCE = "defence"
    PROSECUTION = "prosecution"
    CLAIMANT = "claimant"
    COURT = "court"
    OTHER = "other"


class MotionForm(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class MotionStatus(StrEnum):
    DRAFT = "draft"
    FILED = "filed"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"
    NOT_CONSIDERED = "not_considered"


class AuthorityKind(StrEnum):
    MINISTRY = "ministry"
    POLICE = "police"
    PROSECUTOR = "prosecutor"
    REGISTRY = "registry"
    COURT = "court"
    OTHER = "other"


class RequestStatus(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    DENIED = "denied"
    IGNORED = "ignored"
    RETURNED = "returned"


class EvidenceKind(StrEnum):
    DOCUMENT = "document"
    PHOTO = "photo"
    AUDIO = "audio"
    VIDEO = "video"
    PHYSICAL = "physical"
    TESTIMONY = "testimony"
    OTHER = "other"


class EvidenceStatus(StrEnum):
    COLLECTED = "collected"
    OFFERED = "offered"
    ADMITTED = "admitted"
    REFUSED = "refused"
    SEIZED = "seized"


class EventCategory(StrEnum):
    PROCEDURAL = "procedural"
    FACT = "fact"
    HARASSMENT = "harassment"
    OTHER = "other"


class Irregularity(StrEnum):
    """Procedural irregularities the summary computes; a lawyer may dismiss one per case."""

    SAME_DAY_DECISION = "same_day_decision"
    SHORT_NOTICE = "short_notice"
    POSTPONEMENT_DENIED = "postponement_denied"
    WITNESS_EXAMINATION_DENIED = "witness_examination_denied"
    ALL_DEFENCE_MOTIONS_DENIED = "all_defence_motions_denied"
    REQUEST_RETURNED_OR_IGNORED = "request_returned_or_ignored"
    EVIDENCE_REFUSED = "evidence_refused"
    EVIDENCE_SEIZED = "evidence_seized"


#: Motion statuses that enter the denied-requests register.
DENIED_MOTION_STATUSES = frozenset({MotionStatus.DENIED})
#: Request statuses that enter the denied-requests register.
DENIED_REQUEST_STATUSES = frozenset(
    {RequestStatus.DENIED, RequestStatus.IGNORED, RequestStatus.RETURNED}
)
