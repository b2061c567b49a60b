"""Wording shared by both summaries: record references, findings, standards, the footer."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable

from casefiles.domain.dates import sort_key
from casefiles.domain.enums import Irregularity
from casefiles.domain.irregularities import Finding, RecordRef
from casefiles.domain.records import Case, Evidence, Hearing, Motion, Request
from casefiles.domain.standards import BUILT_IN_STANDARDS, short_title
from casefiles.reports.fonts import TextSink
from casefiles.reports.i18n import Language
from casefiles.reports.layout import DIGEST_SHORT, Footer, Writer
from casefiles.reports.snapshot import CaseSnapshot


def exhibit_name(lang: Language, e: Evidence) -> str:
    return lang.t.exhibit_label.format(label=e.exhibit) if e.exhibit else e.title


def motion_order(m: Motion) -> tuple[tuple[int, int, int, int, int, int], str]:
    """The order of the motions table, which numbers them: by date filed (or ruled)."""
    return (sort_key(m.filed_on or m.ruled_on), m.key)


class Refs:
    """How the documents name records to a court: never by their internal keys.

    Hearings by date and time, motions by their number in the summary's motions
    table, requests by authority and date, exhibits by label, standards by short title.
    """

    def __init__(self, lang: Language, snap: CaseSnapshot) -> None:
        self.lang = lang
        self.t = lang.t
        self.snap = snap
        self.case = snap.case
        ordered = sorted(self.case.motions, key=motion_order)
        self._motion_no = {m.key: n for n, m in enumerate(ordered, start=1)}

    def motion_number(self, m: Motion) -> str:
        return str(self._motion_no.get(m.key, ""))

    def motion(self, m: Motion) -> str:
        """ "Motion No. 3"."""
        return self.t.motion_no.format(number=self.motion_number(m))

    def hearing(self, h: Hearing) -> str:
        """ "Hearing of 4 Jan 2026, 10:00"."""
        return self.t.hearing_of.format(date=self.lang.when(h.starts_at))

    def hearing_by_key(self, key: str | None) -> str | None:
        h = self.case.hearing(key) if key else None
        return self.hearing(h) if h is not None else None

    def request(self, r: Request) -> str:
        """ "Request of 9 Dec 2025" (or just "Request" when it has no date)."""
        if r.requested_on is None:
            return self.t.kind_request
        return self.t.request_of.format(date=self.lang.when(r.requested_on))

    def standards(self, codes: Iterable[str]) -> str:
        """Standards as prose cites them: "ICCPR art. 14(3)(e), ECHR art. 6(3)(d)"."""
        russian = self.lang.code == "ru"
        out = []
        for code in codes:
            std = self.snap.standards.get(code)
            out.append(short_title(std, russian=russian) if std is not None else code)
        return ", ".join(out)

    def record(self, ref: RecordRef) -> str:
        """One line naming a record, e.g. "Hearing of 4 Jan 2026, 10:00" or
        "Exhibit A: Charter"."""
        t, case = self.t, self.case
        if ref.record_type == "hearings":
            h = case.hearing(ref.key)
            return self.hearing(h) if h is not None else t.kind_hearing
        if ref.record_type == "motions":
            m = next((m for m in case.motions if m.key == ref.key), None)
            return f"{self.motion(m)}: {m.title}" if m else t.kind_motion
        if ref.record_type == "requests":
            r = next((r for r in case.requests if r.key == ref.key), None)
            return f"{self.request(r)}: {r.authority}" if r else t.kind_request
        if ref.record_type == "evidence":
            e = next((e for e in case.evidence if e.key == ref.key), None)
            if e is None:
                return t.kind_evidence
            return (
                f"{exhibit_name(self.lang, e)}: {e.title}"
                if e.exhibit
                else f"{t.kind_evidence}: {e.title}"
            )
        ev = next((ev for ev in case.events if ev.key == ref.key), None)
        return f"{t.kind_event}: {ev.title}" if ev else t.kind_event

    def finding(self, f: Finding) -> str:
        """What the record shows, in one sentence of the language."""
        t, lang, case = self.t, self.lang, self.case
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
                return t.f_motion_refused.format(
                    motion=self.motion(m), status=motion_status(lang, m, alone=False)
                )
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


def findings_table(w: Writer, refs: Refs, found: list[Finding]) -> Flowable:
    """Numbered findings: what the record shows, the records, the standards."""
    t, s, lang = refs.t, w.s, refs.lang
    rows = [
        [
            w.p(str(n), s.cell),
            w.rich([(lang.enum(f.flag), s.flag), (refs.finding(f), None)], s.cell),
            w.rich([(refs.record(r), None) for r in f.records], s.cell),
            w.p(refs.standards(f.standards), s.cell),
        ]
        for n, f in enumerate(found, start=1)
    ]
    return w.table(
        [t.number, t.irregularity, t.rests_on, t.standards], rows, [0.05, 0.40, 0.35, 0.20]
    )
