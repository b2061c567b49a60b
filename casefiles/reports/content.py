"""Wording shared by both summaries: record references, findings, standards, the footer."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable

from casefiles.domain.enums import Irregularity
from casefiles.domain.irregularities import Finding, RecordRef
from casefiles.domain.records import Case, Evidence, Motion
from casefiles.domain.standards import BUILT_IN_STANDARDS
from casefiles.reports.fonts import TextSink
from casefiles.reports.i18n import Language
from casefiles.reports.layout import DIGEST_SHORT, Footer, Writer
from casefiles.reports.snapshot import CaseSnapshot


def exhibit_name(lang: Language, e: Evidence) -> str:
    return lang.t.exhibit_label.format(label=e.exhibit) if e.exhibit else e.title


def record_ref(lang: Language, case: Case, ref: RecordRef) -> str:
    """One line naming a record, e.g. "Hearing h2, 4 Jan 2026" or "Exhibit A: Charter"."""
    t = lang.t
    if ref.record_type == "hearings":
        h = case.hearing(ref.key)
        when = f", {lang.when(h.starts_at)}" if h is not None else ""
        return f"{t.kind_hearing} {ref.key}{when}"
    if ref.record_type == "motions":
        m = next((m for m in case.motions if m.key == ref.key), None)
        return f"{t.kind_motion} {ref.key}" + (f": {m.title}" if m else "")
    if ref.record_type == "requests":
        r = next((r for r in case.requests if r.key == ref.key), None)
        return f"{t.kind_request} {ref.key}" + (f": {r.authority}" if r else "")
    if ref.record_type == "evidence":
        e = next((e for e in case.evidence if e.key == ref.key), None)
        if e is None:
            return f"{t.kind_evidence} {ref.key}"
        return (
            f"{exhibit_name(lang, e)}: {e.title}" if e.exhibit else f"{t.kind_evidence}: {e.title}"
        )
    return f"{t.kind_event} {ref.key}"


def finding_text(lang: Language, case: Case, f: Finding) -> str:
    """What the record shows, in one sentence of the language."""
    t = lang.t
    first = f.records[0] if f.records else None
    if f.flag in (Irregularity.SAME_DAY_DECISION, Irregularity.SHORT_NOTICE) and first:
        h = case.hearing(first.key)
        if h is not None:
            if f.flag is Irregularity.SAME_DAY_DECISION:
                return t.f_same_day.format(date=lang.when(h.starts_at.date()))
            return t.f_short_notice.format(
                date=lang.when(h.starts_at.date()),
                notice=lang.when(h.notice_received_on),
                days=lang.days(f.details["days"]),
                threshold=lang.days(f.details["threshold"]),
            )
    if f.flag in (Irregularity.POSTPONEMENT_DENIED, Irregularity.WITNESS_EXAMINATION_DENIED):
        m = _motion(case, first)
        if m is not None:
            return t.f_motion_refused.format(key=m.key, status=motion_status(lang, m, alone=False))
    if f.flag is Irregularity.ALL_DEFENCE_MOTIONS_DENIED:
        d = f.details
        return lang.refused_motions(d["refused"], d["ruled"], d["denied"], d["not_considered"])
    if f.flag is Irregularity.REQUEST_RETURNED_OR_IGNORED and first:
        r = next((r for r in case.requests if r.key == first.key), None)
        if r is not None:
            return t.f_request.format(
                authority=r.authority,
                date=lang.when(r.requested_on) or "?",
                status=lang.enum(r.status),
            )
    if f.flag in (Irregularity.EVIDENCE_REFUSED, Irregularity.EVIDENCE_SEIZED) and first:
        e = next((e for e in case.evidence if e.key == first.key), None)
        if e is not None:
            return t.f_evidence.format(label=exhibit_name(lang, e), status=lang.enum(e.status))
    return lang.enum(f.flag)


def _motion(case: Case, ref: RecordRef | None) -> Motion | None:
    if ref is None:
        return None
    return next((m for m in case.motions if m.key == ref.key), None)


def motion_status(lang: Language, m: Motion, *, alone: bool = True) -> str:
    """The status and date of a ruling: capitalised standing alone (a table cell)."""
    status = lang.label(m.status) if alone else lang.enum(m.status)
    if m.ruled_on is None:
        return status
    return lang.t.status_on.format(status=status, date=lang.when(m.ruled_on))


def cited_codes(case: Case, findings: Iterable[Finding]) -> list[str]:
    """Every standard code the printed records and findings cite, in catalogue order."""
    codes: set[str] = set()
    for lst in (case.motions, case.requests, case.events):
        for rec in lst:
            codes.update(rec.standards)
    for f in findings:
        codes.update(f.standards)
    order = {s.code: i for i, s in enumerate(BUILT_IN_STANDARDS)}
    return sorted(codes, key=lambda c: (order.get(c, len(order)), c))


def standard_title(lang: Language, snap: CaseSnapshot, code: str) -> str:
    s = snap.standards.get(code)
    if s is None:
        return ""
    if lang.code == "ru" and s.title_ru:
        return s.title_ru
    return s.title


def footer(
    lang: Language, snap: CaseSnapshot, document: str, audit_head: str | None, sink: TextSink
) -> Footer:
    """The footer lines, record text made printable in the footer's font."""
    digest = lang.t.digest_short.format(digest=snap.digest[:DIGEST_SHORT])
    if audit_head:
        digest += "    " + lang.t.audit_head.format(head=sink.plain(audit_head))
    return Footer(
        left=sink.plain(f"{snap.case.reference} — {document}"),
        digest_line=digest,
        page_of=lang.t.page_of,
    )


def findings_table(w: Writer, lang: Language, case: Case, found: list[Finding]) -> Flowable:
    """Numbered findings: what the record shows, the records, the standards."""
    t, s = lang.t, w.s
    rows = [
        [
            w.p(str(n), s.cell),
            w.rich([(lang.enum(f.flag), s.flag), (finding_text(lang, case, f), None)], s.cell),
            w.rich([(record_ref(lang, case, r), None) for r in f.records], s.cell),
            w.p(", ".join(f.standards), s.cell),
        ]
        for n, f in enumerate(found, start=1)
    ]
    return w.table(
        [t.number, t.irregularity, t.rests_on, t.standards], rows, [0.05, 0.40, 0.37, 0.18]
    )
