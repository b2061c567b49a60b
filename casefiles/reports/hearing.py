"""The one-to-two-page summary of one hearing, to print, sign and file."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from casefiles.domain.errors import RecordNotFound
from casefiles.domain.irregularities import Finding, findings
from casefiles.domain.records import Hearing
from casefiles.reports.content import Refs, exhibit_name, findings_table, motion_status
from casefiles.reports.fonts import BOLD, REGULAR
from casefiles.reports.i18n import Language
from casefiles.reports.layout import GREY, Heading, Para, Writer, gap
from casefiles.reports.snapshot import CaseSnapshot
from casefiles.reports.textblock import TextBlock


def find_hearing(snap: CaseSnapshot, key: str) -> Hearing:
    hearing = snap.case.hearing(key)
    if hearing is None:
        known = ", ".join(h.key for h in snap.case.hearings) or "none"
        raise RecordNotFound(
            f"no hearing {key!r} in case {snap.case.reference!r} (its hearings: {known}); "
            f"'casefiles hearings --case {snap.case.reference}' lists them"
        )
    return hearing


def hearing_findings(snap: CaseSnapshot, hearing: Hearing) -> list[Finding]:
    """Printed findings that rest on this hearing or on a motion made at or for it."""
    motion_keys = {m.key for m in snap.case.motions if m.hearing == hearing.key}
    evidence_keys = {e.key for e in snap.case.evidence if e.hearing == hearing.key}
    request_keys = {r.key for r in snap.case.requests if r.hearing == hearing.key}
    wanted = {
        "hearings": {hearing.key},
        "motions": motion_keys,
        "evidence": evidence_keys,
        "requests": request_keys,
    }
    return [
        f
        for f in findings(snap.case)
        if any(r.key in wanted.get(r.record_type, set()) for r in f.records)
    ]


class HearingSummary:
    def __init__(self, snap: CaseSnapshot, hearing: Hearing, lang: Language) -> None:
        self.snap = snap
        self.case = snap.case
        self.h = hearing
        self.lang = lang
        self.t = lang.t
        self.refs = Refs(lang, snap)

    def story(self, w: Writer) -> list[Flowable]:
        t, s, lang, h, c = self.t, w.s, self.lang, self.h, self.case
        out: list[Flowable] = [
            Para(w.sink.markup(t.hearing_summary, BOLD), s.title),
            w.p(
                " — ".join(x for x in (h.purpose, lang.long_date(h.starts_at, weekday=True)) if x),
                s.subtitle,
            ),
        ]
        notice = self._notice(w)
        out.append(
            w.fields(
                [
                    (t.case_line, w.rich([(c.reference, s.cell_bold), (c.title, None)], s.cell)),
                    (t.starts_at, lang.long_date(h.starts_at, weekday=True)),
                    (t.court, h.court or c.court),
                    (t.room, h.room),
                    (t.judge, h.judge or c.judge),
                    (t.purpose, h.purpose),
                    (t.status, lang.label(h.status)),
                    (t.notice_received, lang.long_date(h.notice_received_on, weekday=True)),
                    (t.notice_period, notice),
                    (t.decision_announced, lang.long_date(h.decision_announced_on, weekday=True)),
                ],
                0.24 * w.width,
            )
        )
        out += self._motions(w)
        out += self._requests(w)
        out += self._evidence(w)
        out += self._text(w, t.outcome, h.outcome)
        out += self._text(w, t.notes, h.notes)
        out += self._irregularities(w)
        return self._with_signature(w, out)

    def _with_signature(self, w: Writer, out: list[Flowable]) -> list[Flowable]:
        """The signature lines kept with the last block (its heading and its table or text),
        so they never stand alone on a page."""
        start = max((n for n, f in enumerate(out) if isinstance(f, Heading)), default=len(out))
        last = out[start:]
        together = [*last, *self._signature(w)]
        height = sum(f.wrap(w.width, w.height)[1] for f in together)
        if height <= 0.8 * w.height:
            return [*out[:start], KeepTogether(together)]
        # Too tall to move as one: keep the signature with the block's last row or lines.
        end = out[-1] if out else None
        parts: tuple[Flowable, Flowable] | None = None
        if isinstance(end, Table):
            parts = w.cut_last_row(end)
        elif isinstance(end, TextBlock):
            parts = end.cut_last_lines(w.width, 3)
        if parts is None:
            return [*out, *self._signature(w)]
        return [*out[:-1], parts[0], KeepTogether([parts[1], *self._signature(w)])]

    def _notice(self, w: Writer) -> Flowable | None:
        days = self.h.notice_days
        if days is None:
            return None
        threshold = self.case.notice_threshold_days
        text = self.lang.days(days)
        if days < threshold:
            flag = self.t.notice_short_flag.format(threshold=self.lang.days(threshold))
            return w.rich([(f"{text} — {flag}", w.s.flag)], w.s.cell)
        return w.p(text, w.s.cell)

    def _motions(self, w: Writer) -> list[Flowable]:
        t, s, lang = self.t, w.s, self.lang
        motions = [m for m in self.case.motions if m.hearing == self.h.key]
        if not motions:
            return []
        rows = []
        for m in motions:
            by = _capital(", ".join(x for x in (lang.enum(m.filed_by), lang.enum(m.form)) if x))
            status_style = s.flag if m.status.value in ("denied", "not_considered") else s.cell_bold
            rows.append(
                [
                    w.p(self.refs.motion_number(m), s.cell),
                    w.rich(
                        [
                            (m.title, None),
                            (_joined(by, lang.when(m.filed_on)), s.cell_small),
                            (self.refs.standards(m.standards), s.cell_small),
                        ],
                        s.cell,
                    ),
                    w.rich([(motion_status(lang, m), status_style), (m.ruling, None)], s.cell),
                    w.p(m.objection, s.cell),
                ]
            )
        return [
            *w.subsection(t.motions_at_hearing),
            w.table([t.number, t.motion, t.ruling, t.objection], rows, [0.05, 0.29, 0.36, 0.30]),
        ]

    def _requests(self, w: Writer) -> list[Flowable]:
        t, s, lang = self.t, w.s, self.lang
        requests = [r for r in self.case.requests if r.hearing == self.h.key]
        if not requests:
            return []
        rows = [
            [
                w.p(str(number), s.cell),
                w.rich(
                    [(r.authority, s.cell_bold), (lang.when(r.requested_on), s.cell_small)], s.cell
                ),
                w.p(r.request, s.cell),
                w.rich(
                    [
                        (lang.label(r.status), s.cell_bold),
                        (lang.when(r.answered_on), s.cell_small),
                        (r.reason_given, None),
                        (r.follow_up, s.cell_small),
                    ],
                    s.cell,
                ),
            ]
            for number, r in enumerate(requests, start=1)
        ]
        return [
            *w.subsection(t.requests_at_hearing),
            w.table([t.number, t.authority, t.request, t.decision], rows, [0.05, 0.27, 0.36, 0.32]),
        ]

    def _evidence(self, w: Writer) -> list[Flowable]:
        t, s, lang = self.t, w.s, self.lang
        items = [e for e in self.case.evidence if e.hearing == self.h.key]
        if not items:
            return []
        rows = [
            [
                w.p(e.exhibit or "", s.cell_bold),
                w.rich(
                    [(e.title, None), (_joined(lang.label(e.kind), e.source), s.cell_small)], s.cell
                ),
                w.p(
                    lang.label(e.status),
                    s.flag if e.status.value in ("refused", "seized") else s.cell,
                ),
            ]
            for e in items
        ]
        header = [t.exhibit, t.title, t.status]
        return [
            *w.subsection(t.evidence_at_hearing),
            w.table(header, rows, w.header_fits([0.08, 0.70, 0.22], header, 0, (1,))),
        ]

    def _text(self, w: Writer, title: str, text: str | None) -> list[Flowable]:
        if not text:
            return []
        return [*w.subsection(title), w.p(text)]

    def _irregularities(self, w: Writer) -> list[Flowable]:
        found = hearing_findings(self.snap, self.h)
        if not found:
            return []
        return [
            *w.subsection(self.t.irregularities_at_hearing),
            findings_table(w, self.refs, found),
        ]

    def _signature(self, w: Writer) -> list[Flowable]:
        """Three labelled blank lines: counsel's name, signature, date."""
        t = self.t
        head = w.s.label
        gutter = 0.05 * w.width
        labels = [
            Para(w.sink.markup(text, BOLD), head)
            for text in (t.counsel, t.signature, t.signed_date)
        ]
        table = Table(
            [[labels[0], "", labels[1], "", labels[2]], ["", "", "", "", ""]],
            colWidths=[0.40 * w.width, gutter, 0.28 * w.width, gutter, 0.22 * w.width],
            rowHeights=[None, 10 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    *(("LINEBELOW", (c, 1), (c, 1), 0.6, GREY) for c in (0, 2, 4)),
                ]
            )
        )
        return [gap(5), table]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _joined(*parts: str | None, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


__all__ = ["HearingSummary", "exhibit_name", "find_hearing", "hearing_findings"]
