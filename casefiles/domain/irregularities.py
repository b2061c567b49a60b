"""Procedural irregularities computed from a case's records: the rules table.

Each rule is a plain function over a `Case` that returns its findings; every
finding names the records it rests on and the standards the rule engages.
`RULES` is the one table: `docs/irregularities.md` describes it in words for
lawyers and must change with it.  A lawyer may dismiss a flag for a case
(`case.dismissed_irregularities`); `findings(case)` leaves dismissed flags out.

Only motions recorded as filed by the defence count as the defence's: a
motion whose filer is not recorded is never flagged, so nothing is attributed
to the defence that the record does not say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from casefiles.domain.dates import sort_key
from casefiles.domain.enums import (
    EvidenceStatus,
    FiledBy,
    HearingStatus,
    Irregularity,
    MotionKind,
    MotionStatus,
    RequestStatus,
)
from casefiles.domain.records import Case, Motion

#: Statuses of a motion that the court ruled on (or had to and did not).
RULED_STATUSES = frozenset(
    {
        MotionStatus.GRANTED,
        MotionStatus.PARTLY_GRANTED,
        MotionStatus.DENIED,
        MotionStatus.NOT_CONSIDERED,
    }
)
#: Of those, the ones that refused the defence what it asked.
REFUSED_STATUSES = frozenset({MotionStatus.DENIED, MotionStatus.NOT_CONSIDERED})


@dataclass(frozen=True)
class RecordRef:
    """A record of the case: `record_type` is its list's name ("hearings", "motions", ...)."""

    record_type: str
    key: str


@dataclass(frozen=True)
class Finding:
    """One irregularity shown by the record.

    `details` carries the numbers the finding states (e.g. `days` and
    `threshold` for short notice; `refused`, `ruled`, `denied` and `not_considered`
    when no defence motion was granted, where `ruled` counts the motions the court
    ruled on or left without a ruling), so a report can word it in any language.
    """

    flag: Irregularity
    records: tuple[RecordRef, ...]
    standards: tuple[str, ...]
    details: dict[str, int] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Rule:
    flag: Irregularity
    #: What the rule checks, in one sentence (English; the docs and tests quote it).
    summary: str
    standards: tuple[str, ...]
    check: Callable[[Case, Rule], list[Finding]]

    def findings(self, case: Case) -> list[Finding]:
        return self.check(case, self)


def _is_defence(m: Motion) -> bool:
    return m.filed_by is FiledBy.DEFENCE


def _same_day_decision(case: Case, rule: Rule) -> list[Finding]:
    hearings = sorted(case.hearings, key=lambda h: (h.starts_at, h.key))
    return [
        Finding(rule.flag, (RecordRef("hearings", h.key),), rule.standards)
        for h in hearings
        if h.decision_announced_on is not None and h.decision_announced_on == h.starts_at.date()
    ]


def _short_notice(case: Case, rule: Rule) -> list[Finding]:
    threshold = case.notice_threshold_days
    out = []
    for h in sorted(case.hearings, key=lambda h: (h.starts_at, h.key)):
        days = h.notice_days
        if days is None or h.status is HearingStatus.CANCELLED or days >= threshold:
            continue
        out.append(
            Finding(
                rule.flag,
                (RecordRef("hearings", h.key),),
                rule.standards,
                {"days": days, "threshold": threshold},
            )
        )
    return out


def _motion_order(m: Motion) -> tuple[tuple[int, int, int, int, int, int], str]:
    return (sort_key(m.filed_on or m.ruled_on), m.key)


def _refused_defence_motions(kind: MotionKind) -> Callable[[Case, Rule], list[Finding]]:
    def check(case: Case, rule: Rule) -> list[Finding]:
        motions = [
            m
            for m in case.motions
            if m.kind is kind and _is_defence(m) and m.status in REFUSED_STATUSES
        ]
        motions.sort(key=_motion_order)
        return [Finding(rule.flag, _motion_refs(case, m), rule.standards) for m in motions]

    return check


def _motion_refs(case: Case, m: Motion) -> tuple[RecordRef, ...]:
    """The motion, and the hearing it was made at or for when there is one."""
    refs = [RecordRef("motions", m.key)]
    if m.hearing is not None and case.hearing(m.hearing) is not None:
        refs.append(RecordRef("hearings", m.hearing))
    return tuple(refs)


def _all_defence_motions_denied(case: Case, rule: Rule) -> list[Finding]:
    ruled = sorted(
        (m for m in case.motions if _is_defence(m) and m.status in RULED_STATUSES),
        key=_motion_order,
    )
    if not ruled or any(m.status not in REFUSED_STATUSES for m in ruled):
        return []
    denied = sum(1 for m in ruled if m.status is MotionStatus.DENIED)
    return [
        Finding(
            rule.flag,
            tuple(RecordRef("motions", m.key) for m in ruled),
            rule.standards,
            {
                "refused": len(ruled),
                "ruled": len(ruled),
                "denied": denied,
                "not_considered": len(ruled) - denied,
            },
        )
    ]


def _request_returned_or_ignored(case: Case, rule: Rule) -> list[Finding]:
    requests = [
        r for r in case.requests if r.status in (RequestStatus.RETURNED, RequestStatus.IGNORED)
    ]
    requests.sort(key=lambda r: (sort_key(r.requested_on or r.answered_on), r.key))
    return [Finding(rule.flag, (RecordRef("requests", r.key),), rule.standards) for r in requests]


def _evidence_with(status: EvidenceStatus) -> Callable[[Case, Rule], list[Finding]]:
    def check(case: Case, rule: Rule) -> list[Finding]:
        return [
            Finding(rule.flag, (RecordRef("evidence", e.key),), rule.standards)
            for e in case.evidence
            if e.status is status
        ]

    return check


#: The rules, in the order a summary prints their findings.
RULES: tuple[Rule, ...] = (
    Rule(
        Irregularity.SAME_DAY_DECISION,
        "A decision was announced on the day of the hearing itself.",
        ("ICCPR-14.1", "ECHR-6.1"),
        _same_day_decision,
    ),
    Rule(
        Irregularity.SHORT_NOTICE,
        "The defence learned of a hearing fewer days before it than the case's notice "
        "threshold (default 14); cancelled hearings are not counted.",
        ("ICCPR-14.3.b", "ECHR-6.3.b"),
        _short_notice,
    ),
    Rule(
        Irregularity.POSTPONEMENT_DENIED,
        "A defence motion to postpone was denied or not considered.",
        ("ICCPR-14.3.b", "ECHR-6.3.b"),
        _refused_defence_motions(MotionKind.POSTPONEMENT),
    ),
    Rule(
        Irregularity.WITNESS_EXAMINATION_DENIED,
        "A defence motion to examine a witness was denied or not considered.",
        ("ICCPR-14.3.e", "ECHR-6.3.d"),
        _refused_defence_motions(MotionKind.WITNESS_EXAMINATION),
    ),
    Rule(
        Irregularity.ALL_DEFENCE_MOTIONS_DENIED,
        "No defence motion was granted: every one the court ruled on was denied, every "
        "other was not considered, and there was at least one; draft, pending (filed) and "
        "withdrawn motions do not count.",
        ("ICCPR-14.1", "ECHR-6.1"),
        _all_defence_motions_denied,
    ),
    Rule(
        Irregularity.REQUEST_RETURNED_OR_IGNORED,
        "An authority returned a request unanswered or did not answer it.",
        ("ICCPR-14.3.b", "ECHR-6.3.b"),
        _request_returned_or_ignored,
    ),
    Rule(
        Irregularity.EVIDENCE_REFUSED,
        "An item of evidence in the case file was refused (not admitted).",
        ("ICCPR-14.1", "ECHR-6.1"),
        _evidence_with(EvidenceStatus.REFUSED),
    ),
    Rule(
        Irregularity.EVIDENCE_SEIZED,
        "An item of evidence was seized.",
        ("ICCPR-14.3.b", "ECHR-6.3.b"),
        _evidence_with(EvidenceStatus.SEIZED),
    ),
)

RULES_BY_FLAG: dict[Irregularity, Rule] = {r.flag: r for r in RULES}


def dismissed_flags(case: Case) -> frozenset[Irregularity]:
    return frozenset(d.flag for d in case.dismissed_irregularities)


def all_findings(case: Case) -> list[Finding]:
    """Every finding of every rule, dismissed flags included, in table order."""
    return [f for rule in RULES for f in rule.findings(case)]


def findings(case: Case) -> list[Finding]:
    """The findings to print: every rule's, less the flags the lawyer dismissed for this case."""
    dismissed = dismissed_flags(case)
    return [f for rule in RULES if rule.flag not in dismissed for f in rule.findings(case)]
