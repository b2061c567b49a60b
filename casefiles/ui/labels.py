"""Human, translatable labels for the stored enumeration values and record types."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from casefiles.domain import enums as e
from casefiles.domain import records as d
from casefiles.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "Labels"

# Pairs, not a dict literal: the enumerations are StrEnums, so members of different types
# with the same value ("prosecutor", "other") are equal and would share one key.
_PAIRS: tuple[tuple[Enum, str], ...] = (
    (e.ClientKind.PERSON, QT_TRANSLATE_NOOP("Labels", "Person")),
    (e.ClientKind.ORGANISATION, QT_TRANSLATE_NOOP("Labels", "Organisation")),
    (e.Procedure.CIVIL, QT_TRANSLATE_NOOP("Labels", "Civil")),
    (e.Procedure.CRIMINAL, QT_TRANSLATE_NOOP("Labels", "Criminal")),
    (e.Procedure.ADMINISTRATIVE, QT_TRANSLATE_NOOP("Labels", "Administrative")),
    (e.Procedure.ECONOMIC, QT_TRANSLATE_NOOP("Labels", "Economic")),
    (e.Procedure.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.CaseStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (e.CaseStatus.DECIDED, QT_TRANSLATE_NOOP("Labels", "Decided")),
    (e.CaseStatus.APPEAL, QT_TRANSLATE_NOOP("Labels", "On appeal")),
    (e.CaseStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (e.PartyRole.CLAIMANT, QT_TRANSLATE_NOOP("Labels", "Claimant")),
    (e.PartyRole.PROSECUTOR, QT_TRANSLATE_NOOP("Labels", "Prosecutor")),
    (e.PartyRole.JUDGE, QT_TRANSLATE_NOOP("Labels", "Judge")),
    (e.PartyRole.WITNESS, QT_TRANSLATE_NOOP("Labels", "Witness")),
    (e.PartyRole.EXPERT, QT_TRANSLATE_NOOP("Labels", "Expert")),
    (e.PartyRole.COUNSEL, QT_TRANSLATE_NOOP("Labels", "Counsel")),
    (e.PartyRole.AUTHORITY, QT_TRANSLATE_NOOP("Labels", "Authority")),
    (e.PartyRole.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.HearingStatus.SCHEDULED, QT_TRANSLATE_NOOP("Labels", "Scheduled")),
    (e.HearingStatus.HELD, QT_TRANSLATE_NOOP("Labels", "Held")),
    (e.HearingStatus.POSTPONED, QT_TRANSLATE_NOOP("Labels", "Postponed")),
    (e.HearingStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (e.MotionKind.POSTPONEMENT, QT_TRANSLATE_NOOP("Labels", "Postponement")),
    (e.MotionKind.WITNESS_EXAMINATION, QT_TRANSLATE_NOOP("Labels", "Examination of a witness")),
    (e.MotionKind.FILE_ACCESS, QT_TRANSLATE_NOOP("Labels", "Access to the case file")),
    (e.MotionKind.RECUSAL, QT_TRANSLATE_NOOP("Labels", "Recusal")),
    (e.MotionKind.EVIDENCE_ADMISSION, QT_TRANSLATE_NOOP("Labels", "Admission of evidence")),
    (e.MotionKind.EVIDENCE_EXCLUSION, QT_TRANSLATE_NOOP("Labels", "Exclusion of evidence")),
    (e.MotionKind.EXPERT_EXAMINATION, QT_TRANSLATE_NOOP("Labels", "Expert examination")),
    (e.MotionKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.FiledBy.DEFENCE, QT_TRANSLATE_NOOP("Labels", "Defence")),
    (e.FiledBy.PROSECUTION, QT_TRANSLATE_NOOP("Labels", "Prosecution")),
    (e.FiledBy.CLAIMANT, QT_TRANSLATE_NOOP("Labels", "Claimant")),
    (e.FiledBy.COURT, QT_TRANSLATE_NOOP("Labels", "Court")),
    (e.FiledBy.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.MotionForm.WRITTEN, QT_TRANSLATE_NOOP("Labels", "Written")),
    (e.MotionForm.ORAL, QT_TRANSLATE_NOOP("Labels", "Oral")),
    (e.MotionStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (e.MotionStatus.FILED, QT_TRANSLATE_NOOP("Labels", "Filed, awaiting ruling")),
    (e.MotionStatus.GRANTED, QT_TRANSLATE_NOOP("Labels", "Granted")),
    (e.MotionStatus.PARTLY_GRANTED, QT_TRANSLATE_NOOP("Labels", "Partly granted")),
    (e.MotionStatus.DENIED, QT_TRANSLATE_NOOP("Labels", "Denied")),
    (e.MotionStatus.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (e.MotionStatus.NOT_CONSIDERED, QT_TRANSLATE_NOOP("Labels", "Not considered")),
    (e.AuthorityKind.MINISTRY, QT_TRANSLATE_NOOP("Labels", "Ministry")),
    (e.AuthorityKind.POLICE, QT_TRANSLATE_NOOP("Labels", "Police")),
    (e.AuthorityKind.PROSECUTOR, QT_TRANSLATE_NOOP("Labels", "Prosecutor's office")),
    (e.AuthorityKind.REGISTRY, QT_TRANSLATE_NOOP("Labels", "Registry")),
    (e.AuthorityKind.COURT, QT_TRANSLATE_NOOP("Labels", "Court")),
    (e.AuthorityKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.RequestStatus.PENDING, QT_TRANSLATE_NOOP("Labels", "Pending")),
    (e.RequestStatus.GRANTED, QT_TRANSLATE_NOOP("Labels", "Granted")),
    (e.RequestStatus.DENIED, QT_TRANSLATE_NOOP("Labels", "Denied")),
    (e.RequestStatus.IGNORED, QT_TRANSLATE_NOOP("Labels", "Ignored (no answer)")),
    (e.RequestStatus.RETURNED, QT_TRANSLATE_NOOP("Labels", "Returned unexamined")),
    (e.EvidenceKind.DOCUMENT, QT_TRANSLATE_NOOP("Labels", "Document")),
    (e.EvidenceKind.PHOTO, QT_TRANSLATE_NOOP("Labels", "Photo")),
    (e.EvidenceKind.AUDIO, QT_TRANSLATE_NOOP("Labels", "Audio")),
    (e.EvidenceKind.VIDEO, QT_TRANSLATE_NOOP("Labels", "Video")),
    (e.EvidenceKind.PHYSICAL, QT_TRANSLATE_NOOP("Labels", "Physical item")),
    (e.EvidenceKind.TESTIMONY, QT_TRANSLATE_NOOP("Labels", "Testimony")),
    (e.EvidenceKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.EvidenceStatus.COLLECTED, QT_TRANSLATE_NOOP("Labels", "Collected")),
    (e.EvidenceStatus.OFFERED, QT_TRANSLATE_NOOP("Labels", "Offered")),
    (e.EvidenceStatus.ADMITTED, QT_TRANSLATE_NOOP("Labels", "Admitted")),
    (e.EvidenceStatus.REFUSED, QT_TRANSLATE_NOOP("Labels", "Refused")),
    (e.EvidenceStatus.SEIZED, QT_TRANSLATE_NOOP("Labels", "Seized")),
    (e.EventCategory.PROCEDURAL, QT_TRANSLATE_NOOP("Labels", "Procedural")),
    (e.EventCategory.FACT, QT_TRANSLATE_NOOP("Labels", "Fact")),
    (e.EventCategory.HARASSMENT, QT_TRANSLATE_NOOP("Labels", "Harassment")),
    (e.EventCategory.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
)
_LABELS: dict[tuple[type[Enum], object], str] = {(type(v), v.value): t for v, t in _PAIRS}

#: Singular names of the record types, by their list name.
_RECORD_NAMES: dict[str, str] = {
    "cases": QT_TRANSLATE_NOOP("Labels", "Case"),
    "clients": QT_TRANSLATE_NOOP("Labels", "Client"),
    "parties": QT_TRANSLATE_NOOP("Labels", "Party"),
    "hearings": QT_TRANSLATE_NOOP("Labels", "Hearing"),
    "motions": QT_TRANSLATE_NOOP("Labels", "Motion"),
    "requests": QT_TRANSLATE_NOOP("Labels", "Request"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence"),
    "events": QT_TRANSLATE_NOOP("Labels", "Event"),
}


def label(value: Enum | None) -> str:
    """The human label of an enumeration value ("" for None)."""
    if value is None:
        return ""
    text = _LABELS.get((type(value), value.value))
    if text is None:
        return str(value.value).replace("_", " ").capitalize()
    return QCoreApplication.translate(_CTX, text)


def status_label(enum_type: type[Enum], value: str | None) -> str:
    """The label of a stored value (the registers keep statuses as text)."""
    if value is None:
        return ""
    try:
        return label(enum_type(value))
    except ValueError:
        return value


def record_name(list_name: str) -> str:
    return QCoreApplication.translate(_CTX, _RECORD_NAMES.get(list_name, list_name))


def standard_title(std: d.Standard) -> str:
    """A standard's title in the interface's language (the catalogue carries Russian)."""
    if std.title_ru and QLocale().language() == QLocale.Language.Russian:
        return std.title_ru
    return std.title
