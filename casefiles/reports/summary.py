"""The procedural summary of a whole case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from reportlab.platypus import Flowable

from casefiles.domain.irregularities import Finding, findings
from casefiles.domain.records import Case, Evidence, Hearing, Motion, Request
from casefiles.domain.registers import ChronologyItem, Step, chronology, denied_register
from casefiles.reports.content import (
    Refs,
    cited_codes,
    exhibit_name,
    findings_table,
    motion_order,
    motion_status,
    standard_title,
)
from casefiles.reports.fonts import BOLD, MONO
from casefiles.reports.i18n import Language
from casefiles.reports.layout import Para, Run, Writer, gap
from casefiles.reports.snapshot import CaseSnapshot
from casefiles.reports.textblock import Segment, break_name


@dataclass(frozen=True)
class ChronologyLine:
    """One line of the printed chronology, worded in the report's language."""

    when: date | str
    record_type: str
    key: str
    title: str
    detail: str | None = None
    source: str | None = None
    tag: str | None = None


def chronology_lines(case: Case, lang: Language) -> list[ChronologyLine]:
    """The domain chronology (`registers.chronology`), same items and order, worded in `lang`."""
    return [_worded(case, lang, item) for item in chronology(case)]


def _worded(case: Case, lang: Language, item: ChronologyItem) -> ChronologyLine:
    t = lang.t
    when, rtype, key = item.when, item.record_type, item.key
    if rtype == "cases":
        return ChronologyLine(when, rtype, key, t.chron_opened, case.court)
    if rtype == "events":
        ev = next(e for e in case.events if e.key == key)
        return ChronologyLine(
            when, rtype, key, ev.title, ev.description, ev.source, lang.label(ev.category)
        )
    if rtype == "hearings":
        h = case.hearing(key)
        assert h is not None
        if item.step is Step.DECISION:
            return ChronologyLine(when, rtype, key, t.chron_decision, h.outcome)
        title = (
            t.chron_hearing.format(purpose=h.purpose) if h.purpose else t.chron_hearing_no_purpose
        )
        return ChronologyLine(when, rtype, key, title, None, None, lang.label(h.status))
    if rtype == "motions":
        m = next(m for m in case.motions if m.key == key)
        if item.step is Step.RULED:
            title = t.chron_motion_ruled.format(status=lang.label(m.status), title=m.title)
            return ChronologyLine(when, rtype, key, title, m.ruling)
        return ChronologyLine(when, rtype, key, t.chron_motion_filed.format(title=m.title))
    if rtype == "requests":
        r = next(r for r in case.requests if r.key == key)
        if item.step is Step.RULED:
            title = t.chron_answer.format(authority=r.authority, status=lang.enum(r.status))
            return ChronologyLine(when, rtype, key, title, r.reason_given)
        return ChronologyLine(
            when, rtype, key, t.chron_request.format(authority=r.authority), r.request
        )
    e = next(e for e in case.evidence if e.key == key)
    step = e.custody[item.index]
    title = t.chron_custody.format(label=exhibit_name(lang, e), action=step.action)
    return ChronologyLine(when, rtype, key, title, step.note)


def _exhibit_order(e: Evidence) -> tuple[int, int, str, str]:
    label = e.exhibit or ""
    return (0 if label else 1, len(label), label, e.key)


class ProceduralSummary:
    def __init__(self, snap: CaseSnapshot, lang: Language, generated: datetime) -> None:
        self.snap = snap
        self.case = snap.case
        self.lang = lang
        self.t = lang.t
        self.generated = generated
        self.findings: list[Finding] = findings(snap.case)
        self.refs = Refs(lang, snap)

    def story(self, w: Writer) -> list[Flowable]:
        out: list[Flowable] = []
        out += self.cover(w)
        out += self.chronology(w)
        out += self.hearings(w)
        out += self.motions(w)
        out += self.denied(w)
        out += self.evidence(w)
        out += self.irregularities(w)
        out += self.standards(w)
        return out

    # -- cover -----------------------------------------------------------------------------

    def cover(self, w: Writer) -> list[Flowable]:
        c, t, lang, s = self.case, self.t, self.lang, w.s
        clients = [
            (
                self.snap.clients[link.client].name
                if link.client in self.snap.clients
                else link.client
            )
            + (f" — {link.role}" if link.role else "")
            for link in c.clients
        ]
        parties: list[Run] = []
        for p in c.parties:
            parties.append((f"{p.name} — {lang.label(p.role)}", None))
            if p.notes:
                parties.append((p.notes, s.cell_small))
        digest = Para(
            f'<font name="{MONO}" size="7.5">{_group_hex(self.snap.digest, 16)}</font><br/>'
            f'<font size="7" color="#555555">{w.sink.markup(t.record_digest_note)}</font>',
            s.cell,
        )
        fields: list[tuple[str, Flowable | str | None]] = [
            (t.reference, w.p(c.reference, s.cell_bold)),
            (t.court, c.court),
            (t.judge, c.judge),
            (t.procedure, lang.label(c.procedure)),
            (t.case_status, lang.label(c.status)),
            (t.opened_on, lang.long_date(c.opened_on)),
            (t.clients, w.rich([(x, None) for x in clients], s.cell) if clients else None),
            (t.parties, w.rich(parties, s.cell) if parties else None),
            (t.generated, lang.generated_at(self.generated)),
            (t.record_digest, digest),
        ]
        out: list[Flowable] = [
            Para(w.sink.markup(t.procedural_summary, BOLD), s.title),
            w.p(c.title, s.subtitle),
            w.fields(fields, 0.2 * w.width),
        ]
        if c.summary:
            out += [gap(2), Para(w.sink.markup(t.summary, BOLD), s.h2), w.p(c.summary)]
        return out

    # -- chronology --------------------------------------------------------------------------

    def chronology(self, w: Writer) -> list[Flowable]:
        t, s = self.t, w.s
        lines = chronology_lines(self.case, self.lang)
        out: list[Flowable] = w.section(t.chronology)
        if not lines:
            return [*out, w.none(t.none_recorded)]
        rows = []
        for line in lines:
            rows.append(
                [
                    w.p(self.lang.when(line.when), s.cell),
                    w.rich(
                        [
                            (line.title, s.cell_bold),
                            (line.detail, None),
                            (f"{t.source}: {line.source}" if line.source else None, s.cell_italic),
                        ],
                        s.cell,
                    ),
                    w.rich([(self._chron_record(line), None), (line.tag, s.cell_small)], s.cell),
                ]
            )
        out.append(w.table([t.date, t.entry, t.record], rows, [0.13, 0.70, 0.17]))
        return out

    def _chron_record(self, line: ChronologyLine) -> str:
        """The Record column of the chronology: the kind of record, a motion's number."""
        t, case = self.t, self.case
        if line.record_type == "cases":
            return case.reference
        if line.record_type == "motions":
            m = next((m for m in case.motions if m.key == line.key), None)
            return self.refs.motion(m) if m is not None else t.kind_motion
        if line.record_type == "evidence":
            e = next((e for e in case.evidence if e.key == line.key), None)
            return exhibit_name(self.lang, e) if e is not None and e.exhibit else t.kind_evidence
        kinds = {"hearings": t.kind_hearing, "requests": t.kind_request}
        return kinds.get(line.record_type, t.kind_event)

    # -- hearings ----------------------------------------------------------------------------

    def hearings(self, w: Writer) -> list[Flowable]:
        t, s, lang = self.t, w.s, self.lang
        out: list[Flowable] = w.section(t.hearings)
        hearings = sorted(self.case.hearings, key=lambda h: (h.starts_at, h.key))
        if not hearings:
            return [*out, w.none(t.none_recorded)]
        threshold = self.case.notice_threshold_days
        rows = []
        for number, h in enumerate(hearings, start=1):
            days = h.notice_days
            days_cell = w.p(str(days) if days is not None else "", s.cell)
            if days is not None and days < threshold:
                days_cell = w.p(str(days), s.flag)
            outcome: list[Run] = [(h.outcome, None)]
            if h.decision_announced_on:
                outcome.append(
                    (f"{t.decision_announced}: {lang.when(h.decision_announced_on)}", s.cell_small)
                )
            if h.notes:
                outcome.append((f"{t.notes}: {h.notes}", s.cell_small))
            rows.append(
                [
                    w.p(str(number), s.cell),
                    w.p(lang.when(h.starts_at), s.cell),
                    w.rich(
                        [
                            (h.purpose, s.cell_bold),
                            (_joined(h.court, _room(t.room, h), h.judge), s.cell_small),
                        ],
                        s.cell,
                    ),
                    w.p(lang.label(h.status), s.cell),
                    w.p(lang.when(h.notice_received_on), s.cell),
                    days_cell,
                    w.rich(outcome, s.cell),
                ]
            )
        out.append(
            w.table(
                [
                    t.number,
                    t.date,
                    t.purpose,
                    t.status,
                    t.notice_received,
                    t.notice_days,
                    t.outcome,
                ],
                rows,
                [0.05, 0.12, 0.21, 0.12, 0.11, 0.08, 0.31],
            )
        )
        return out

    # -- motions -----------------------------------------------------------------------------

    def motions(self, w: Writer) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = w.section(t.motions)
        motions = sorted(self.case.motions, key=motion_order)
        if not motions:
            return [*out, w.none(t.none_recorded)]
        rows = [self._motion_row(w, m) for m in motions]
        out.append(
            w.table(
                [t.number, t.filed, t.motion, t.ruling, t.objection],
                rows,
                [0.05, 0.14, 0.26, 0.30, 0.25],
            )
        )
        return out

    def _motion_row(self, w: Writer, m: Motion) -> list[Flowable]:
        t, s, lang = self.t, w.s, self.lang
        by = (
            t.filed_by_form.format(by=lang.enum(m.filed_by), form=lang.enum(m.form))
            if m.filed_by and m.form
            else (lang.label(m.filed_by) or lang.label(m.form))
        )
        filed: list[Run] = [(lang.when(m.filed_on), None), (by[:1].upper() + by[1:], s.cell_small)]
        filed.append((self.refs.hearing_by_key(m.hearing), s.cell_small))
        status_style = s.flag if m.status.value in ("denied", "not_considered") else s.cell_bold
        return [
            w.p(self.refs.motion_number(m), s.cell),
            w.rich(filed, s.cell),
            w.rich(
                [
                    (m.title, None),
                    (lang.label(m.kind), s.cell_small),
                    (self.refs.standards(m.standards), s.cell_small),
                ],
                s.cell,
            ),
            w.rich([(motion_status(lang, m), status_style), (m.ruling, None)], s.cell),
            w.p(m.objection, s.cell),
        ]

    # -- denied register ---------------------------------------------------------------------

    def denied(self, w: Writer) -> list[Flowable]:
        t, s, lang = self.t, w.s, self.lang
        out: list[Flowable] = [*w.section(t.denied_register), w.p(t.denied_register_intro, s.note)]
        entries = denied_register(self.case)
        if not entries:
            return [*out, w.none(t.none_recorded)]
        rows = []
        for e in entries:
            kind = self._register_ref(e.record_type, e.key)
            asked_of = e.asked_of
            if e.record_type == "motions" and not self.case.court:
                asked_of = t.court_fallback
            status = lang.label(_status_enum(self.case, e.record_type, e.key))
            rows.append(
                [
                    w.p(lang.when(e.asked_on), s.cell),
                    w.p(asked_of, s.cell),
                    w.rich(
                        [
                            (kind, s.cell_small),
                            (e.what, None),
                            (self.refs.standards(e.standards), s.cell_small),
                        ],
                        s.cell,
                    ),
                    w.rich([(status, s.flag), (lang.when(e.decided_on), None)], s.cell),
                    w.p(e.reason, s.cell),
                    w.p(e.objection, s.cell),
                ]
            )
        out.append(
            w.table(
                [
                    t.date,
                    t.asked_of,
                    t.request_or_motion,
                    t.decision,
                    t.reason_given,
                    t.objection_follow_up,
                ],
                rows,
                [0.10, 0.14, 0.22, 0.14, 0.20, 0.20],
            )
        )
        return out

    def _register_ref(self, record_type: str, key: str) -> str:
        if record_type == "motions":
            m = next((m for m in self.case.motions if m.key == key), None)
            return self.refs.motion(m) if m is not None else self.t.kind_motion
        return self.t.kind_request

    # -- evidence ----------------------------------------------------------------------------

    def evidence(self, w: Writer) -> list[Flowable]:
        t, s, lang = self.t, w.s, self.lang
        out: list[Flowable] = w.section(t.evidence)
        items = sorted(self.case.evidence, key=_exhibit_order)
        if not items:
            return [*out, w.none(t.none_recorded)]
        rows = []
        for e in items:
            meta = _joined(lang.label(e.kind), e.source, lang.when(e.obtained_on), sep=" · ")
            status_style = s.flag if e.status.value in ("refused", "seized") else s.cell
            rows.append(
                [
                    w.p(e.exhibit or "", s.cell_bold),
                    w.rich(
                        [(e.title, s.cell_bold), (meta, s.cell_small), (e.description, None)],
                        s.cell,
                    ),
                    w.rich(
                        [
                            (lang.label(e.status), status_style),
                            (self.refs.hearing_by_key(e.hearing), s.cell_small),
                        ],
                        s.cell,
                    ),
                    self._hash_cell(w, e),
                    self._custody_cell(w, e),
                ]
            )
        header = [t.exhibit, t.title, t.status, t.sha256, t.custody]
        out.append(w.table(header, rows, w.header_fits(_EVIDENCE_WIDTHS, header, 0, (1, 4))))
        return out

    def _hash_cell(self, w: Writer, e: Evidence) -> Flowable:
        s, t = w.s, self.t
        if not e.sha256:
            return w.p(t.no_hash, s.cell_small)
        # The cell's width less the grid's padding (3 points each side).
        inner = _EVIDENCE_WIDTHS[3] * w.width - 6
        name = [
            [(line, s.cell_small)] for line in break_name(e.file_name or "", s.cell_small, inner)
        ]
        return w.block([*name, [(_group_hex(e.sha256, 8), s.cell_mono)]])

    def _custody_cell(self, w: Writer, e: Evidence) -> Flowable:
        s, t, lang = w.s, self.t, self.lang
        paras: list[list[Segment]] = []
        for step in e.custody:
            line: list[Segment] = [(f"{lang.when(step.on)} {step.action}", s.cell_bold)]
            if step.from_ or step.to:
                who = t.from_to.format(**{"from": step.from_ or "?", "to": step.to or "?"})
                line.append((f" — {who}", s.cell))
            paras.append(line)
            if step.note:
                paras.append([(step.note, s.cell_grey)])
        return w.block(paras)

    # -- irregularities ----------------------------------------------------------------------

    def irregularities(self, w: Writer) -> list[Flowable]:
        t, s = self.t, w.s
        out: list[Flowable] = [*w.section(t.irregularities), w.p(t.irregularities_intro, s.note)]
        if not self.findings:
            return [*out, w.none(t.none_recorded)]
        return [*out, findings_table(w, self.refs, self.findings)]

    # -- standards ---------------------------------------------------------------------------

    def standards(self, w: Writer) -> list[Flowable]:
        t, s = self.t, w.s
        out: list[Flowable] = w.section(t.standards)
        codes = cited_codes(self.case, self.findings)
        if not codes:
            return [*out, w.none(t.none_recorded)]
        rows = [
            [w.p(code, s.cell_bold), w.p(standard_title(self.lang, self.snap, code), s.cell)]
            for code in codes
        ]
        out.append(w.table([t.code, t.title], rows, [0.18, 0.82]))
        return out


#: Exhibit, title, status, SHA-256 (two groups of 8 hex digits a line), chain of custody.
_EVIDENCE_WIDTHS = (0.07, 0.27, 0.13, 0.16, 0.37)


def _status_enum(case: Case, record_type: str, key: str) -> StrEnum | None:
    records: list[Motion] | list[Request] = (
        case.motions if record_type == "motions" else case.requests
    )
    found = next((r for r in records if r.key == key), None)
    return found.status if found is not None else None


def _room(label: str, h: Hearing) -> str | None:
    return f"{label} {h.room}" if h.room else None


def _joined(*parts: str | None, sep: str = "; ") -> str:
    return sep.join(p for p in parts if p)


def _group_hex(hexdigest: str, size: int) -> str:
    return " ".join(hexdigest[i : i + size] for i in range(0, len(hexdigest), size))


__all__ = ["ChronologyLine", "ProceduralSummary", "chronology_lines"]
