"""What each record editor shows: its fields, in order, with labels and kinds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from casefiles.domain import enums as e
from casefiles.domain import records as d
from casefiles.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # untranslated; the editor translates it in the "Editor" context
    kind: str  # text, multiline, date, datetime, partial_date, enum, int, standards, ...
    required: bool = False
    enum: type[Enum] | None = None
    placeholder: str = ""


@dataclass(frozen=True)
class OrderCheck:
    """`later` must not be before `earlier` when both are given."""

    earlier: str
    later: str
    message: str


@dataclass(frozen=True)
class FormSpec:
    record_class: type
    fields: tuple[FieldSpec, ...]
    checks: tuple[OrderCheck, ...] = ()
    #: Dates of things that have happened (a notice received, a ruling): never after today.
    happened: tuple[str, ...] = ()
    #: The field whose name is checked for conflicts (clients and parties).
    conflict_field: str | None = None


def _f(name: str, text: str, kind: str = "text", **kw: object) -> FieldSpec:
    return FieldSpec(name, text, kind, **kw)  # type: ignore[arg-type]


def _section(text: str) -> FieldSpec:
    return FieldSpec("", text, "section")


SPECS: dict[str, FormSpec] = {
    "clients": FormSpec(
        d.Client,
        (
            _f("name", QT_TRANSLATE_NOOP("Editor", "Name"), required=True),
            _f(
                "kind",
                QT_TRANSLATE_NOOP("Editor", "Kind"),
                "enum",
                required=True,
                enum=e.ClientKind,
            ),
            _f("phone", QT_TRANSLATE_NOOP("Editor", "Phone")),
            _f("email", QT_TRANSLATE_NOOP("Editor", "Email")),
            _f("address", QT_TRANSLATE_NOOP("Editor", "Address"), "multiline"),
            _f("notes", QT_TRANSLATE_NOOP("Editor", "Notes"), "multiline"),
        ),
        conflict_field="name",
    ),
    "cases": FormSpec(
        d.Case,
        (
            _f(
                "reference",
                QT_TRANSLATE_NOOP("Editor", "Court reference"),
                required=True,
                placeholder=QT_TRANSLATE_NOOP("Editor", "the court's case number"),
            ),
            _f("title", QT_TRANSLATE_NOOP("Editor", "Title"), required=True),
            _f("court", QT_TRANSLATE_NOOP("Editor", "Court")),
            _f("judge", QT_TRANSLATE_NOOP("Editor", "Judge")),
            _f("procedure", QT_TRANSLATE_NOOP("Editor", "Procedure"), "enum", enum=e.Procedure),
            _f(
                "status",
                QT_TRANSLATE_NOOP("Editor", "Status"),
                "enum",
                required=True,
                enum=e.CaseStatus,
            ),
            _f("opened_on", QT_TRANSLATE_NOOP("Editor", "Opened on"), "date"),
            _f(
                "notice_threshold_days",
                QT_TRANSLATE_NOOP("Editor", "Flag notice shorter than"),
                "int",
            ),
            _f("clients", QT_TRANSLATE_NOOP("Editor", "Clients"), "case_clients"),
            _f("summary", QT_TRANSLATE_NOOP("Editor", "Summary"), "multiline"),
        ),
    ),
    "parties": FormSpec(
        d.Party,
        (
            _f("name", QT_TRANSLATE_NOOP("Editor", "Name"), required=True),
            _f(
                "role", QT_TRANSLATE_NOOP("Editor", "Role"), "enum", required=True, enum=e.PartyRole
            ),
            _f("notes", QT_TRANSLATE_NOOP("Editor", "Notes"), "multiline"),
        ),
        conflict_field="name",
    ),
    "hearings": FormSpec(
        d.Hearing,
        (
            _f("starts_at", QT_TRANSLATE_NOOP("Editor", "Starts at"), "datetime", required=True),
            _f("purpose", QT_TRANSLATE_NOOP("Editor", "Purpose")),
            _f(
                "status",
                QT_TRANSLATE_NOOP("Editor", "Status"),
                "enum",
                required=True,
                enum=e.HearingStatus,
            ),
            _f("court", QT_TRANSLATE_NOOP("Editor", "Court")),
            _f("room", QT_TRANSLATE_NOOP("Editor", "Room")),
            _f("judge", QT_TRANSLATE_NOOP("Editor", "Judge")),
            _f("notice_received_on", QT_TRANSLATE_NOOP("Editor", "Notice received on"), "date"),
            _f(
                "decision_announced_on",
                QT_TRANSLATE_NOOP("Editor", "Decision announced on"),
                "date",
            ),
            _f("outcome", QT_TRANSLATE_NOOP("Editor", "Outcome"), "multiline"),
            _f("notes", QT_TRANSLATE_NOOP("Editor", "Notes"), "multiline"),
        ),
        checks=(
            OrderCheck(
                "notice_received_on",
                "starts_at",
                QT_TRANSLATE_NOOP("Editor", "The notice cannot come after the hearing started"),
            ),
        ),
        happened=("notice_received_on", "decision_announced_on"),
    ),
    "motions": FormSpec(
        d.Motion,
        (
            _section(QT_TRANSLATE_NOOP("Editor", "The motion")),
            _f("title", QT_TRANSLATE_NOOP("Editor", "Title"), required=True),
            _f("kind", QT_TRANSLATE_NOOP("Editor", "Kind"), "enum", enum=e.MotionKind),
            _f("filed_by", QT_TRANSLATE_NOOP("Editor", "Filed by"), "enum", enum=e.FiledBy),
            _f("form", QT_TRANSLATE_NOOP("Editor", "Form"), "enum", enum=e.MotionForm),
            _f("filed_on", QT_TRANSLATE_NOOP("Editor", "Filed on"), "date"),
            _f("hearing", QT_TRANSLATE_NOOP("Editor", "At hearing"), "hearing"),
            _section(QT_TRANSLATE_NOOP("Editor", "The ruling")),
            _f(
                "status",
                QT_TRANSLATE_NOOP("Editor", "Status"),
                "enum",
                required=True,
                enum=e.MotionStatus,
            ),
            _f("ruled_on", QT_TRANSLATE_NOOP("Editor", "Ruled on"), "date"),
            _f("ruling", QT_TRANSLATE_NOOP("Editor", "Ruling and reasons given"), "multiline"),
            _f("objection", QT_TRANSLATE_NOOP("Editor", "Defence objection"), "multiline"),
            _f("standards", QT_TRANSLATE_NOOP("Editor", "Standards engaged"), "standards"),
            _f("notes", QT_TRANSLATE_NOOP("Editor", "Notes"), "multiline"),
        ),
        checks=(
            OrderCheck(
                "filed_on",
                "ruled_on",
                QT_TRANSLATE_NOOP("Editor", "The ruling date is before the filing date"),
            ),
        ),
        happened=("ruled_on",),
    ),
    "requests": FormSpec(
        d.Request,
        (
            _section(QT_TRANSLATE_NOOP("Editor", "The request")),
            _f("authority", QT_TRANSLATE_NOOP("Editor", "Authority"), required=True),
            _f(
                "authority_kind",
                QT_TRANSLATE_NOOP("Editor", "Kind of authority"),
                "enum",
                enum=e.AuthorityKind,
            ),
            _f(
                "request", QT_TRANSLATE_NOOP("Editor", "What was asked"), "multiline", required=True
            ),
            _f("requested_on", QT_TRANSLATE_NOOP("Editor", "Requested on"), "date"),
            _f("hearing", QT_TRANSLATE_NOOP("Editor", "At hearing"), "hearing"),
            _section(QT_TRANSLATE_NOOP("Editor", "The answer")),
            _f(
                "status",
                QT_TRANSLATE_NOOP("Editor", "Status"),
                "enum",
                required=True,
                enum=e.RequestStatus,
            ),
            _f("answered_on", QT_TRANSLATE_NOOP("Editor", "Answered on"), "date"),
            _f("reason_given", QT_TRANSLATE_NOOP("Editor", "Reason given"), "multiline"),
            _f("follow_up", QT_TRANSLATE_NOOP("Editor", "Follow-up"), "multiline"),
            _f("standards", QT_TRANSLATE_NOOP("Editor", "Standards engaged"), "standards"),
            _f("notes", QT_TRANSLATE_NOOP("Editor", "Notes"), "multiline"),
        ),
        checks=(
            OrderCheck(
                "requested_on",
                "answered_on",
                QT_TRANSLATE_NOOP("Editor", "The answer date is before the request date"),
            ),
        ),
        happened=("answered_on",),
    ),
    "evidence": FormSpec(
        d.Evidence,
        (
            _f("title", QT_TRANSLATE_NOOP("Editor", "Title"), required=True),
            _f(
                "exhibit",
                QT_TRANSLATE_NOOP("Editor", "Exhibit label"),
                placeholder=QT_TRANSLATE_NOOP("Editor", "given automatically (A, B, …)"),
            ),
            _f("kind", QT_TRANSLATE_NOOP("Editor", "Kind"), "enum", enum=e.EvidenceKind),
            _f(
                "status",
                QT_TRANSLATE_NOOP("Editor", "Status"),
                "enum",
                required=True,
                enum=e.EvidenceStatus,
            ),
            _f("source", QT_TRANSLATE_NOOP("Editor", "Source")),
            _f("obtained_on", QT_TRANSLATE_NOOP("Editor", "Obtained on"), "date"),
            _f("hearing", QT_TRANSLATE_NOOP("Editor", "Offered at hearing"), "hearing"),
            _f("description", QT_TRANSLATE_NOOP("Editor", "Description"), "multiline"),
            _f("custody", QT_TRANSLATE_NOOP("Editor", "Chain of custody"), "custody"),
        ),
    ),
    "events": FormSpec(
        d.Event,
        (
            _f("date", QT_TRANSLATE_NOOP("Editor", "Date"), "partial_date", required=True),
            _f("title", QT_TRANSLATE_NOOP("Editor", "Title"), required=True),
            _f("category", QT_TRANSLATE_NOOP("Editor", "Category"), "enum", enum=e.EventCategory),
            _f("description", QT_TRANSLATE_NOOP("Editor", "Description"), "multiline"),
            _f("source", QT_TRANSLATE_NOOP("Editor", "Source")),
            _f("standards", QT_TRANSLATE_NOOP("Editor", "Standards engaged"), "standards"),
        ),
    ),
}
