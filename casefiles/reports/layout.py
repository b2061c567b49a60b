"""Page, styles, tables and the footer shared by both summaries.

Every style and table cell names a shipped font (ReportLab would otherwise fall
back to unembedded Helvetica).  The footer carries "Page X of Y", the short
record digest and, when given, the audit chain head; pages are held back until
the last one is laid out so the total is known (one layout pass).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casefiles.domain.errors import UserError
from casefiles.reports.fonts import BOLD, ITALIC, MONO, REGULAR, TextSink, register_fonts
from casefiles.reports.textblock import Segment, TextBlock

#: A run of text in a paragraph and its style (None: the paragraph's own).
Run = tuple[str | None, ParagraphStyle | None]

# Streams are deflated; ASCII85 on top only makes the file bigger and slower to write.
rl_config.useA85 = 0

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
FOOTER_Y = 9 * mm

INK = colors.HexColor("#111111")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e4e7eb")
FLAG_INK = colors.HexColor("#8a1c1c")

DIGEST_SHORT = 12


def page_size(name: str) -> tuple[float, float]:
    found = PAGE_SIZES.get(name.lower())
    if found is None:
        raise UserError(f"unknown page size {name!r}; choose one of {', '.join(PAGE_SIZES)}")
    return found


def generation_time(now: datetime | None = None) -> datetime:
    """`SOURCE_DATE_EPOCH` (UTC) when set, so builds are reproducible; else the local time."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw:
        try:
            return datetime.fromtimestamp(int(raw), UTC)
        except (ValueError, OverflowError, OSError):
            raise UserError(
                f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not {raw!r}"
            ) from None
    return (now or datetime.now(UTC)).astimezone().replace(microsecond=0)


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that remembers its line breaks for the width it was last wrapped to.

    A long table is measured again each time it splits across a page; without this,
    every cell's text is broken into lines three times over.
    """

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_for:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table splitting a row passes the column's full width but wraps cells to the
        # width less padding: split at the width the lines were measured for.
        width = self._wrapped_for or availWidth
        self._wrapped_for = None
        parts: list[Flowable] = super().split(width, availHeight)
        return parts


class GridTable(Table):  # type: ignore[misc]
    """A table that breaks between rows, and inside a row only when that row is taller
    than a whole page (then nothing else could print it).

    ReportLab's `splitInRow` alone would also cut ordinary rows at the foot of a page.
    Subclasses set `frame_height`; ReportLab makes the split parts with `self.__class__`.
    """

    frame_height: float = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        parts: list[Flowable] = self._splitRows(availHeight, doInRowSplit=0)
        if parts:
            return parts
        heights = self._rowHeights
        head = self.repeatRows
        if len(heights) > head and sum(heights[: head + 1]) > self.frame_height:
            parts = self._splitRows(availHeight, doInRowSplit=1)
            return parts
        return []


class Heading(Para):
    """A section or subsection heading: it is kept with the start of what follows."""


class KeepStart(CondPageBreak):  # type: ignore[misc]
    """Starts a new page unless the heading after it and the start of what follows fit.

    "The start" is the next flowable up to the first table, of which the header and the
    first row count (a row taller than a page is split anyway, so it counts up to a
    quarter of the page); a paragraph counts up to its first three lines.  Filled in by
    `keep_headings`.
    """

    def __init__(self, following: Sequence[Flowable]) -> None:
        super().__init__(0)
        self.following = list(following)

    def __repr__(self) -> str:
        return f"KeepStart({len(self.following)})"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = self._needed(availWidth, availHeight)
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        return size

    def _needed(self, width: float, avail: float) -> float:
        frame = self._doctemplateAttr("frame")
        page = frame._height if frame is not None else avail
        need = 0.0
        for f in self.following:
            if isinstance(f, Table):
                need += min(_table_start(f), page / 4)
                break
            _, h = f.wrap(width, page)
            before, after = f.getSpaceBefore(), f.getSpaceAfter()
            if isinstance(f, Heading):
                need += before + h + after
            else:
                need += before + min(h, _three_lines(f))
        return need


def _style_of(f: Flowable) -> ParagraphStyle | None:
    if isinstance(f, TextBlock):
        return f.first_style()
    style: ParagraphStyle | None = getattr(f, "style", None)
    return style


def _three_lines(f: Flowable) -> float:
    style = _style_of(f)
    leading = float(style.leading) if style is not None else 12.0
    return 3 * leading


def _is_note(f: Flowable) -> bool:
    """An introductory note between a heading and its table (set in the `note` style)."""
    style = _style_of(f)
    return style is not None and style.name == "note"


def _table_start(table: Table) -> float:
    """The height of a table's first two rows (the header and one row), cells wrapped to the
    widths the table itself will use."""
    widths = table._argW
    total = 0.0
    for r, row in enumerate(table._cellvalues[:2]):
        tallest = 0.0
        for c, cell in enumerate(row):
            style = table._cellStyles[r][c]
            inner = widths[c] - style.leftPadding - style.rightPadding
            cells = cell if isinstance(cell, list | tuple) else [cell]
            height = 0.0
            for part in cells:
                if isinstance(part, Flowable):
                    height += part.wrap(inner, 1e6)[1]
            tallest = max(tallest, height + style.topPadding + style.bottomPadding)
        total += tallest
    return total


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """Each heading kept with the start of what follows it (see `KeepStart`)."""
    out: list[Flowable] = []
    n = 0
    while n < len(story):
        f = story[n]
        if isinstance(f, Heading) and not (out and isinstance(out[-1], KeepStart)):
            end = n + 1
            while end < len(story) and end - n <= 3:
                nxt = story[end]
                end += 1
                if not _is_note(nxt):
                    break
            out.append(KeepStart(story[n:end]))
        out.append(f)
        n += 1
    return out


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_grey: ParagraphStyle
    cell_italic: ParagraphStyle
    cell_mono: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle
    flag: ParagraphStyle


def _style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading,
        bulletFontName=font,
        textColor=kw.pop("textColor", INK),
        alignment=kw.pop("alignment", TA_LEFT),
        splitLongWords=1,
        **kw,
    )


def make_styles(*, compact: bool = False) -> Styles:
    """The styles of a document; `compact` (the hearing summary, meant for one page) sets
    the title smaller and the gaps around headings and paragraphs tighter."""
    register_fonts()
    if compact:
        title = _style("title", BOLD, 15, 18, spaceAfter=1 * mm)
        subtitle = _style("subtitle", REGULAR, 10.5, 13, spaceAfter=2.5 * mm)
        h2 = _style("h2", BOLD, 9.5, 12, spaceBefore=2.5 * mm, spaceAfter=1 * mm)
        body = _style("body", REGULAR, 9, 11.5, spaceAfter=1 * mm)
    else:
        title = _style("title", BOLD, 17, 21, spaceAfter=2 * mm)
        subtitle = _style("subtitle", REGULAR, 11.5, 15, spaceAfter=4 * mm)
        h2 = _style("h2", BOLD, 10, 13, spaceBefore=3.5 * mm, spaceAfter=1.5 * mm)
        body = _style("body", REGULAR, 9.5, 12.6, spaceAfter=1.5 * mm)
    return Styles(
        title=title,
        subtitle=subtitle,
        h1=_style("h1", BOLD, 12.5, 16, spaceBefore=6 * mm, spaceAfter=2.5 * mm),
        h2=h2,
        body=body,
        note=_style("note", ITALIC, 8.5, 11, textColor=GREY, spaceAfter=2 * mm),
        cell=_style("cell", REGULAR, 8, 10),
        cell_bold=_style("cell_bold", BOLD, 8, 10),
        cell_small=_style("cell_small", REGULAR, 7, 8.8, textColor=GREY),
        cell_grey=_style("cell_grey", REGULAR, 8, 10, textColor=GREY),
        cell_italic=_style("cell_italic", ITALIC, 7.5, 9.4, textColor=GREY),
        cell_mono=_style("cell_mono", MONO, 6.3, 8),
        head=_style("head", BOLD, 7.5, 9.2),
        label=_style("label", BOLD, 8.5, 11, textColor=GREY),
        flag=_style("flag", BOLD, 8, 10, textColor=FLAG_INK),
    )


class Writer:
    """Builds flowables for one document: record text goes through the font check."""

    def __init__(
        self,
        styles: Styles,
        sink: TextSink,
        frame_width: float,
        frame_height: float,
        *,
        compact: bool = False,
    ) -> None:
        self.s = styles
        self.compact = compact
        self.height = frame_height
        self.sink = sink
        self.width = frame_width
        self._table = type("PageTable", (GridTable,), {"frame_height": frame_height})

    def p(self, text: str | None, style: ParagraphStyle | None = None) -> Flowable:
        """A paragraph of record text, checked against the fonts."""
        style = style or self.s.body
        return self.block([[(text or "", style)]])

    def rich(self, parts: Sequence[Run], style: ParagraphStyle) -> Flowable:
        """Runs of text one under the other, each in its own style (None: `style`)."""
        return self.block([[(text, run_style or style)] for text, run_style in parts if text])

    def block(self, paras: Sequence[Sequence[Segment]]) -> Flowable:
        """Paragraphs of (text, style) segments that flow on the same lines.

        Text every character of which its font has is laid out by `TextBlock`; anything
        else goes through a Paragraph, which falls back to the regular face or prints
        `[U+XXXX]` and reports the character.
        """
        if all(self.sink.printable(text, st.fontName) for para in paras for text, st in para):
            return TextBlock(paras)
        base = next((st for para in paras for _, st in para), self.s.cell)
        out = []
        for para in paras:
            body = []
            for text, st in para:
                runs = self.sink.markup(text, st.fontName)
                if st is not base:
                    color = st.textColor.hexval()[2:] if st.textColor is not None else "000000"
                    runs = (
                        f'<font name="{st.fontName}" size="{st.fontSize}" color="#{color}">'
                        f"{runs}</font>"
                    )
                body.append(runs)
            out.append("".join(body))
        return Para("<br/>".join(out), base)

    def table(
        self,
        header: Sequence[str],
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A grid with a bold repeated header row; `widths` are fractions of the frame."""
        head = [self.p(h, self.s.head) for h in header]
        col_widths = [w * self.width for w in widths]
        table = self._table(
            [head, *rows], colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT"
        )
        table.setStyle(TableStyle([*GRID_STYLE, *(COMPACT_GRID if self.compact else ()), *extra]))
        return table

    def header_fits(
        self, widths: Sequence[float], header: Sequence[str], column: int, givers: Sequence[int]
    ) -> list[float]:
        """`widths` with `column` made as wide as its one-word header needs (a language's
        word for "Exhibit" may be long); the `givers` columns give up what it gains, in
        proportion to their widths."""
        head = self.s.head
        # The cell's text width plus the grid's padding (3 points each side) and a margin.
        need = (stringWidth(header[column], head.fontName, head.fontSize) + 7) / self.width
        extra = max(0.0, need - widths[column])
        out = list(widths)
        out[column] += extra
        pool = sum(widths[g] for g in givers)
        for g in givers:
            out[g] -= extra * widths[g] / pool
        return out

    def cut_last_row(self, table: Table) -> tuple[Table, Table] | None:
        """A grid of `table` as two: all but its last row, and that row on its own (drawn
        as the grid's continuation, without a header); None with fewer than two rows."""
        data = table._cellvalues
        if len(data) < 3:
            return None
        widths = list(table._argW)
        compact = COMPACT_GRID if self.compact else []
        head = self._table(data[:-1], colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        head.setStyle(TableStyle([*GRID_STYLE, *compact]))
        tail = self._table(data[-1:], colWidths=widths, splitInRow=1, hAlign="LEFT")
        tail.setStyle(TableStyle([*CONTINUATION_STYLE, *compact]))
        return head, tail

    def fields(
        self, pairs: Sequence[tuple[str, Flowable | str | None]], label_width: float
    ) -> Table:
        """A two-column label/value block without a header (the cover block)."""
        rows = []
        for label, value in pairs:
            if value is None or value == "":
                continue
            cell = self.p(value, self.s.cell) if isinstance(value, str) else value
            rows.append([self.p(label, self.s.label), cell])
        table = self._table(
            rows, colWidths=[label_width, self.width - label_width], splitInRow=1, hAlign="LEFT"
        )
        table.setStyle(TableStyle([*FIELDS_STYLE, *(COMPACT_FIELDS if self.compact else ())]))
        return table

    def section(self, title: str) -> list[Flowable]:
        """A section heading, kept with the start of what follows (`keep_headings`)."""
        return [Heading(self.sink.markup(title, BOLD), self.s.h1)]

    def subsection(self, title: str) -> list[Flowable]:
        return [Heading(self.sink.markup(title, BOLD), self.s.h2)]

    def none(self, text: str) -> Para:
        return Para(self.sink.markup(text, ITALIC), self.s.note)


GRID_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 8, 10),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]

#: The rows of a grid set apart from its header (`Writer.cut_last_row`).
CONTINUATION_STYLE: list[tuple[Any, ...]] = [
    s for s in GRID_STYLE if s[0] not in ("BACKGROUND",) and s[1:3] != ((0, 0), (-1, 0))
]

FIELDS_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 8.5, 11),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#d0d0d0")),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


#: Tighter cells for a document meant to fit one page.
COMPACT_GRID: list[tuple[Any, ...]] = [
    ("TOPPADDING", (0, 0), (-1, -1), 1.8),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
]
COMPACT_FIELDS: list[tuple[Any, ...]] = [
    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
]


@dataclass(frozen=True)
class Footer:
    left: str
    digest_line: str
    page_of: str  # format with {page} and {pages}


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, then draws the footer with the page total."""

    def __init__(self, *args: Any, footer: Footer, stamp: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []
        self._doc._timeStamp = _timestamp(stamp)

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        f = self._footer
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, FOOTER_Y + 9, width - MARGIN_X, FOOTER_Y + 9)
        self.setFillColor(GREY)
        page_of = f.page_of.format(page=number, pages=total)
        room = width - 2 * MARGIN_X - stringWidth(page_of, REGULAR, 7.5) - 12
        self.setFont(REGULAR, 7.5)
        self.drawString(MARGIN_X, FOOTER_Y, _fit(f.left, REGULAR, 7.5, room))
        self.drawRightString(width - MARGIN_X, FOOTER_Y, page_of)
        self.setFont(REGULAR, 7)
        digest = _fit(f.digest_line, REGULAR, 7, width - 2 * MARGIN_X)
        self.drawString(MARGIN_X, FOOTER_Y - 9, digest)
        self.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """`text`, cut with an ellipsis where it would run past `room` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _timestamp(when: datetime) -> TimeStamp:
    """ReportLab's creation-date stamp set to `when` (its own reads the clock or the env)."""
    stamp = TimeStamp(invariant=True)
    offset = when.utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    stamp.t = when.timestamp()
    stamp.lt = tuple(when.timetuple())
    stamp.YMDhms = stamp.lt[:6]
    stamp.dhh = int(seconds / 3600)
    stamp.dmm = abs(seconds) % 3600 // 60
    stamp.tzname = when.tzname() or "UTC"
    return stamp


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subject: str
    lang: str


def render(
    story_for: Callable[[Writer], list[Flowable]],
    *,
    sink: TextSink,
    size: tuple[float, float],
    footer: Footer,
    info: DocumentInfo,
    generated_at: datetime,
    compact: bool = False,
) -> bytes:
    """Lay out the story on pages of `size` and return the PDF bytes (`compact`: see
    `make_styles`)."""
    styles = make_styles(compact=compact)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
        initialFontName=REGULAR,
        title=info.title,
        subject=info.subject,
        author="",
        creator="casefiles",
        lang=info.lang,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    writer = Writer(styles, sink, doc.width, doc.height, compact=compact)
    story = keep_headings(story_for(writer))
    doc.build(story, canvasmaker=partial(_PagedCanvas, footer=footer, stamp=generated_at))
    return buf.getvalue()


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)
