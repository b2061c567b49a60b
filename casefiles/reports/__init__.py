"""PDF summaries of a case and of a hearing (ReportLab).

    pdf = procedural_summary(load_snapshot(store, "2-1187/2025"), lang="ru")
    pdf.unprintable   # characters no shipped font could print ("" when none)

Both generators return `ReportPdf`, the PDF's bytes carrying the characters
that could not be printed (shown in the PDF as `[U+XXXX]`).  The same data and
the same `SOURCE_DATE_EPOCH` give byte-identical files.  Nothing here touches
the disk: callers write the bytes where the user asks.
"""

from __future__ import annotations

from datetime import datetime

from casefiles.reports import layout
from casefiles.reports.content import footer
from casefiles.reports.fonts import TextSink
from casefiles.reports.hearing import HearingSummary, find_hearing
from casefiles.reports.i18n import LANGUAGES, language
from casefiles.reports.layout import PAGE_SIZES, DocumentInfo, generation_time, render
from casefiles.reports.snapshot import CaseSnapshot, load_snapshot, snapshot_from_document
from casefiles.reports.summary import ProceduralSummary


class ReportPdf(bytes):
    """A generated PDF; `unprintable` lists, sorted, the characters no shipped font has."""

    unprintable: str

    def __new__(cls, data: bytes, unprintable: set[str]) -> ReportPdf:
        obj = super().__new__(cls, data)
        obj.unprintable = "".join(sorted(unprintable))
        return obj


def procedural_summary(
    snap: CaseSnapshot,
    *,
    lang: str = "en",
    page_size: str = "a4",
    generated_at: datetime | None = None,
    audit_head: str | None = None,
) -> ReportPdf:
    """The whole case: cover, chronology, hearings, motions, denied register, evidence,
    irregularities and standards.  `generated_at` defaults to `generation_time()`;
    `audit_head` (printed in the footer) to the snapshot's."""
    language_ = language(lang)
    size = layout.page_size(page_size)
    now = generation_time()  # checks SOURCE_DATE_EPOCH, which ReportLab reads too
    when = generated_at or now
    sink = TextSink()
    doc = ProceduralSummary(snap, language_, when)
    title = language_.t.procedural_summary
    data = render(
        doc.story,
        sink=sink,
        size=size,
        footer=footer(language_, snap, title, audit_head or snap.audit_head, sink),
        info=DocumentInfo(sink.plain(f"{title}: {snap.case.reference}"), snap.case.title, lang),
        generated_at=when,
    )
    return ReportPdf(data, sink.unprintable)


def hearing_summary(
    snap: CaseSnapshot,
    hearing_key: str,
    *,
    lang: str = "en",
    page_size: str = "a4",
    generated_at: datetime | None = None,
    audit_head: str | None = None,
) -> ReportPdf:
    """One hearing: details and notice, motions with rulings and objections, requests and
    evidence offered, outcome, notes, flags, and lines for signature and date."""
    language_ = language(lang)
    size = layout.page_size(page_size)
    hearing = find_hearing(snap, hearing_key)
    now = generation_time()  # checks SOURCE_DATE_EPOCH, which ReportLab reads too
    when = generated_at or now
    sink = TextSink()
    doc = HearingSummary(snap, hearing, language_)
    title = language_.t.hearing_summary
    data = render(
        doc.story,
        sink=sink,
        size=size,
        footer=footer(
            language_,
            snap,
            f"{title}, {language_.when(hearing.starts_at)}",
            audit_head or snap.audit_head,
            sink,
        ),
        info=DocumentInfo(
            sink.plain(f"{title}: {snap.case.reference}, {language_.when(hearing.starts_at)}"),
            snap.case.title,
            lang,
        ),
        generated_at=when,
        compact=True,
    )
    return ReportPdf(data, sink.unprintable)


__all__ = [
    "LANGUAGES",
    "PAGE_SIZES",
    "CaseSnapshot",
    "ReportPdf",
    "generation_time",
    "hearing_summary",
    "load_snapshot",
    "procedural_summary",
    "snapshot_from_document",
]
