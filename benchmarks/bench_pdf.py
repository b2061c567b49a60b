"""Procedural summary of a 2,000-record case against ReportLab's floor, in one run.

    .venv/bin/python -m benchmarks.bench_pdf [--records N] [--repeat R] [--lang en|ru]

The floor is ReportLab laying out a plain table of the same rows: every row of
every table the summary prints, each cell's text as a one-style Paragraph (so
long text wraps, as it must in a court document), the same column widths,
fonts and page size, and a repeated header row; no cover, footer, runs in
several styles or font checks.  For reference it also times the same rows as
plain strings, which ReportLab does not wrap (text runs out of its cell): the
cost of putting the characters on pages at all.
Each timing includes building the flowables and writing the PDF bytes; the
summary also computes the chronology, the registers and the irregularities.
Reported: the best of R runs of each, and the ratio summary/floor (target <= 1.5).
"""

from __future__ import annotations

import argparse
import html
import io
import re
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from casefiles.reports import procedural_summary, snapshot_from_document
from casefiles.reports.fonts import REGULAR, TextSink
from casefiles.reports.i18n import language
from casefiles.reports.layout import (
    GRID_STYLE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZES,
    Writer,
    make_styles,
)
from casefiles.reports.snapshot import CaseSnapshot
from casefiles.reports.summary import ProceduralSummary
from casefiles.reports.textblock import TextBlock

WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
_SENTENCE = (
    "the court denied the motion without retiring and gave no reasons in the minutes "
    "counsel objected that notice came two days before the hearing during public holidays "
    "Ходатайство отклонено без удаления в совещательную комнату Әсел Қайратқызы"
)
_WORDS = _SENTENCE.split()


def _text(i: int, n: int) -> str:
    return " ".join(_WORDS[(i * 7 + k) % len(_WORDS)] for k in range(n))


def synthetic_document(records: int = 2000) -> dict[str, Any]:
    """One case with `records` records: hearings, motions, requests, evidence and events."""
    start = date(2024, 1, 8)
    n_h, n_m, n_r, n_e = records // 10, records * 3 // 10, records // 5, records // 5
    n_ev = records - n_h - n_m - n_r - n_e
    hearings = [
        {
            "key": f"h{i}",
            "starts_at": (datetime(2024, 1, 8, 10) + timedelta(days=3 * i)).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "court": "Northport City Court No. 2",
            "room": str(1 + i % 12),
            "judge": "Judge A. Kemelbayev",
            "purpose": f"Hearing {i}: {_text(i, 5)}",
            "status": ("held", "postponed", "scheduled")[i % 3],
            "notice_received_on": (start + timedelta(days=3 * i - 1 - i % 20)).isoformat(),
            "outcome": _text(i, 25),
        }
        for i in range(1, n_h + 1)
    ]
    statuses = ("denied", "granted", "not_considered", "filed", "withdrawn", "partly_granted")
    kinds = ("postponement", "witness_examination", "file_access", "recusal", "other")
    motions = [
        {
            "key": f"m{i}",
            "title": f"Motion {i}: {_text(i, 9)}",
            "kind": kinds[i % len(kinds)],
            "filed_by": ("defence", "prosecution")[i % 4 == 0],
            "form": ("written", "oral")[i % 2],
            "filed_on": (start + timedelta(days=i)).isoformat(),
            "hearing": f"h{1 + i % n_h}",
            "status": statuses[i % len(statuses)],
            "ruled_on": (start + timedelta(days=i + 1)).isoformat(),
            "ruling": _text(i, 40),
            "objection": _text(i + 3, 30),
            "standards": ["ICCPR-14.1", "ECHR-6.1"],
        }
        for i in range(1, n_m + 1)
    ]
    requests = [
        {
            "key": f"r{i}",
            "authority": f"Authority {i % 17}",
            "authority_kind": "registry",
            "request": _text(i, 20),
            "requested_on": (start + timedelta(days=2 * i)).isoformat(),
            "status": ("denied", "ignored", "returned", "granted", "pending")[i % 5],
            "answered_on": (start + timedelta(days=2 * i + 9)).isoformat(),
            "reason_given": _text(i + 1, 20),
            "follow_up": _text(i + 2, 12),
        }
        for i in range(1, n_r + 1)
    ]
    evidence = [
        {
            "key": f"e{i}",
            "title": f"Item {i}: {_text(i, 6)}",
            "description": _text(i, 20),
            "kind": "document",
            "source": "Union archive",
            "obtained_on": (start + timedelta(days=i)).isoformat(),
            "status": ("collected", "offered", "refused", "seized", "admitted")[i % 5],
            "sha256": f"{i:064x}",
            "file_name": f"item-{i}.pdf",
            "custody": [
                {
                    "on": (start + timedelta(days=i)).isoformat(),
                    "action": "received",
                    "from": "Z. Temirkulova",
                    "to": "defence counsel",
                    "note": _text(i, 8),
                },
                {
                    "on": (start + timedelta(days=i + 1)).isoformat(),
                    "action": "copied",
                    "from": "defence counsel",
                    "to": "case store",
                },
            ],
        }
        for i in range(1, n_e + 1)
    ]
    events = [
        {
            "key": f"ev{i}",
            "date": (start + timedelta(days=i)).isoformat(),
            "title": f"Event {i}: {_text(i, 7)}",
            "description": _text(i, 30),
            "category": ("procedural", "fact", "harassment")[i % 3],
            "source": _text(i, 6),
        }
        for i in range(1, n_ev + 1)
    ]
    case = {
        "key": "k1",
        "reference": "B-2000/2026",
        "title": "Synthetic case with many records",
        "court": "Northport City Court No. 2",
        "judge": "Judge A. Kemelbayev",
        "procedure": "criminal",
        "clients": [{"client": "c1", "role": "accused"}],
        "hearings": hearings,
        "motions": motions,
        "requests": requests,
        "evidence": evidence,
        "events": events,
    }
    clients = [{"key": "c1", "name": "Zhanar Temirkulova", "kind": "person"}]
    return {"format": "casefiles", "version": 1, "clients": clients, "cases": [case]}


def summary_rows(snap: CaseSnapshot, lang: str) -> list[tuple[list[float], list[list[str]]]]:
    """Every table the summary prints: its column widths and its rows' cell markup."""
    styles = make_styles()
    width = PAGE_SIZES["a4"][0] - 2 * MARGIN_X
    height = PAGE_SIZES["a4"][1] - MARGIN_TOP - MARGIN_BOTTOM
    writer = Writer(styles, TextSink(), width, height)
    story = ProceduralSummary(snap, language(lang), WHEN).story(writer)
    tables = []
    for flowable in story:
        if isinstance(flowable, Table):
            rows = [[_markup(cell) for cell in row] for row in flowable._cellvalues]
            tables.append((list(flowable._colWidths), rows))
    return tables


def _plain(markup: str) -> str:
    """Cell markup as a plain string: line breaks kept, tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup.replace("<br/>", "\n")))


def _markup(cell: Any) -> str:
    """A summary cell's text as Paragraph markup."""
    if isinstance(cell, Paragraph):
        return str(cell.text)
    if isinstance(cell, TextBlock):
        return "<br/>".join(escape(line) for line in cell.source().split("\n"))
    return escape(str(cell))


def floor_pdf(tables: list[tuple[list[float], list[list[str]]]], *, wrap: bool = True) -> bytes:
    """The rows in stock ReportLab tables: Paragraph cells, or plain strings (no wrapping)."""
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=8, leading=10)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=PAGE_SIZES["a4"],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
        initialFontName=REGULAR,
    )
    story = []
    for widths, rows in tables:
        cells: list[list[Any]] = [
            [Paragraph(text, style) if wrap else _plain(text) for text in row] for row in rows
        ]
        table = Table(
            cells,
            colWidths=widths,
            repeatRows=1,
        )
        table.setStyle(TableStyle(GRID_STYLE))
        story.append(table)
    doc.build(story)
    return buf.getvalue()


def _best(fn: Any, repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def measure(records: int = 2000, repeat: int = 3, lang: str = "en") -> dict[str, Any]:
    """Best-of-`repeat` seconds of the summary and of its floor, and the table rows printed."""
    snap = snapshot_from_document(synthetic_document(records))
    tables = summary_rows(snap, lang)
    summary_s, pdf = _best(lambda: procedural_summary(snap, lang=lang, generated_at=WHEN), repeat)
    floor_s, _ = _best(lambda: floor_pdf(tables), repeat)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    return {
        "records": records,
        "rows": sum(len(rows) - 1 for _, rows in tables),
        "pages": pages,
        "summary_s": summary_s,
        "floor_s": floor_s,
        "ratio": summary_s / floor_s,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    snap = snapshot_from_document(synthetic_document(args.records))
    tables = summary_rows(snap, args.lang)
    n_rows = sum(len(rows) - 1 for _, rows in tables)
    summary_s, pdf = _best(
        lambda: procedural_summary(snap, lang=args.lang, generated_at=WHEN), args.repeat
    )
    floor_s, floor = _best(lambda: floor_pdf(tables), args.repeat)
    strings_s, _ = _best(lambda: floor_pdf(tables, wrap=False), args.repeat)
    print(f"case: {args.records} records; the summary prints {n_rows} table rows")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    print(f"summary: {summary_s:.2f} s ({len(pdf) / 1e6:.1f} MB, {pages} pages)")
    print(f"floor (plain table of the same rows): {floor_s:.2f} s ({len(floor) / 1e6:.1f} MB)")
    print(f"ratio: {summary_s / floor_s:.2f} (target <= 1.5)")
    print(
        f"for reference, the same rows as unwrapped plain strings: {strings_s:.2f} s "
        f"(text runs past its cell; not a usable document)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
