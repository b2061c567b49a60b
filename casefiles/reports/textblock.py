"""Plain text broken into lines and drawn: a lean stand-in for ReportLab's Paragraph.

A summary has tens of thousands of table cells holding plain record text.
ReportLab's Paragraph parses markup (an HTML parser per cell) and measures
every word on every wrap; `TextBlock` takes text that needs no markup (every
character in its font: `TextSink.printable`), measures each distinct word once
per font, and draws its lines with one text object.  Text that needs a fallback
face or a `[U+XXXX]` placeholder still goes through Paragraph.

A block is a list of paragraphs; a paragraph is a list of segments (text, style)
that flow on the same lines, e.g. a bold date followed by regular text.  Line
breaks in the text are kept; runs of spaces and tabs count as one space; a word
wider than the line is cut between characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

Segment = tuple[str, ParagraphStyle]

_SPACES = re.compile(r"[ \t]+")
#: Width of a word in a font, in 1/1000 em: measured once per process.
_widths: dict[tuple[str, str], float] = {}
_MAX_CACHED = 200_000
_faces: dict[str, tuple[Any, float]] = {}


def _face(font: str) -> tuple[Any, float]:
    found = _faces.get(font)
    if found is None:
        face = pdfmetrics.getFont(font).face
        found = _faces[font] = (face.charWidths.get, float(face.defaultWidth))
    return found


def word_width(word: str, font: str) -> float:
    """`word`'s advance width in `font` at size 1000."""
    key = (font, word)
    width = _widths.get(key)
    if width is None:
        if len(_widths) > _MAX_CACHED:
            _widths.clear()
        get, default = _face(font)
        width = _widths[key] = float(sum(get(ord(ch), default) for ch in word))
    return width


@dataclass
class _Run:
    x: float
    text: str
    style: ParagraphStyle


@dataclass
class _Line:
    runs: list[_Run] = field(default_factory=list)
    width: float = 0.0
    leading: float = 0.0
    size: float = 0.0


class TextBlock(Flowable):  # type: ignore[misc]
    """Paragraphs of plain text, each a list of (text, style) segments, left-aligned."""

    def __init__(self, paras: Sequence[Sequence[Segment]]) -> None:
        super().__init__()
        self._paras = [list(p) for p in paras if any(text for text, _ in p)]
        self._lines: list[_Line] = []
        self._for_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    @classmethod
    def _of_lines(cls, lines: list[_Line], width: float) -> TextBlock:
        """A part of a split block: its own lines, laid out for `width`.

        Should it be wrapped to another width, each of its lines becomes a paragraph.
        """
        block = cls([])
        block._paras = [
            [
                ((" " if n and r.x > 0 and _spaced(line, n) else "") + r.text, r.style)
                for n, r in enumerate(line.runs)
            ]
            or [("", _empty_style(line))]
            for line in lines
        ]
        block._lines = lines
        block._for_width = width
        block.width = width
        block.height = sum(line.leading for line in lines)
        return block

    # -- layout ----------------------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002
        if availWidth != self._for_width:
            self._lines = [line for para in self._paras for line in _break(para, availWidth)]
            self._for_width = availWidth
            self.height = sum(line.leading for line in self._lines)
        self.width = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table splitting a row passes the column's full width here but wraps its cells
        # to the width less padding: keep the lines of the last wrap, or the parts would
        # be broken again, taller than the table measured them.
        if self._for_width is None:
            self.wrap(availWidth, availHeight)
        width = self._for_width if self._for_width is not None else availWidth
        used, n = 0.0, 0
        for line in self._lines:
            if used + line.leading > availHeight:
                break
            used += line.leading
            n += 1
        if n == 0:
            return []
        if n == len(self._lines):
            # Everything fits after all (a rounding hair): callers expect two parts.
            return [self, TextBlock([])]
        return [
            TextBlock._of_lines(self._lines[:n], width),
            TextBlock._of_lines(self._lines[n:], width),
        ]

    def getSpaceBefore(self) -> float:
        return float(self._paras[0][0][1].spaceBefore) if self._paras else 0.0

    def getSpaceAfter(self) -> float:
        return float(self._paras[-1][-1][1].spaceAfter) if self._paras else 0.0

    def cut_last_lines(self, width: float, n: int) -> tuple[TextBlock, TextBlock] | None:
        """The block as two at `width`: all but its last `n` lines, and those; None when it
        has no more than `n` lines."""
        self.wrap(width, 0)
        if len(self._lines) <= n:
            return None
        return (
            TextBlock._of_lines(self._lines[:-n], width),
            TextBlock._of_lines(self._lines[-n:], width),
        )

    def first_style(self) -> ParagraphStyle | None:
        """The style the block's text starts in (None when it is empty)."""
        return self._paras[0][0][1] if self._paras else None

    def source(self) -> str:
        """The text given: segments joined, paragraphs on their own lines."""
        return "\n".join("".join(text for text, _ in para) for para in self._paras)

    # -- drawing ---------------------------------------------------------------------------

    def draw(self) -> None:
        canv = self.canv
        text = canv.beginText()
        code = text._code
        font: tuple[str, float] | None = None
        color: Any = None
        top = self.height
        for line in self._lines:
            baseline = top - line.size
            for run in line.runs:
                style = run.style
                if font != (style.fontName, style.fontSize):
                    font = (style.fontName, style.fontSize)
                    text.setFont(style.fontName, style.fontSize)
                if color is not style.textColor:
                    color = style.textColor
                    text.setFillColor(color)
                # Absolute position per run; the cursor is never needed, so skip its upkeep.
                code.append(f"1 0 0 1 {_num(run.x)} {_num(baseline)} Tm")
                text._textOut(run.text)
            top -= line.leading
        canv.drawText(text)


_NAME_BREAKS = re.compile(r"(?<=[-_ ])|(?=[.])")


def break_name(name: str, style: ParagraphStyle, avail: float) -> list[str]:
    """A file name as lines of at most `avail` points, broken after a hyphen, underscore or
    space, or before a dot ("union-office-" / "after-search" / ".png"); a piece with no such
    point that is still too wide is left for the layout to cut."""
    scale = style.fontSize / 1000.0
    lines: list[str] = []
    line = ""
    for piece in (p for p in _NAME_BREAKS.split(name) if p):
        if line and word_width(line + piece, style.fontName) * scale > avail:
            lines.append(line)
            line = ""
        line += piece
    if line:
        lines.append(line)
    return lines


def _spaced(line: _Line, n: int) -> bool:
    """Whether run `n` of `line` was set apart from the run before it by a space."""
    before = line.runs[n - 1]
    size = float(before.style.fontSize)
    end = before.x + word_width(before.text, before.style.fontName) * size / 1000
    return bool(line.runs[n].x - end > 0.01)


def _empty_style(line: _Line) -> ParagraphStyle:
    return ParagraphStyle("blank", fontSize=line.size or 8, leading=line.leading or 10)


def _num(value: float) -> str:
    """A PDF number: at most three decimals, no trailing zeros."""
    out = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if out in ("", "-0") else out


def _break(para: list[Segment], avail: float) -> list[_Line]:
    """Greedy line breaking of one paragraph's segments to `avail` points."""
    if len(para) == 1:
        fast = _break_one(para[0][0], para[0][1], avail)
        if fast is not None:
            return fast
    return _break_segments(para, avail)


def _break_one(text: str, style: ParagraphStyle, avail: float) -> list[_Line] | None:
    """One style, no word wider than the line (the common case); None otherwise."""
    font, size, leading = style.fontName, style.fontSize, style.leading
    limit = avail * 1000.0 / size  # compare in font units
    space = word_width(" ", font)
    widths = _widths
    lines: list[_Line] = []
    for hard_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = [w for w in _SPACES.split(hard_line) if w]
        if not words:
            lines.append(_Line([], 0.0, leading, size))
            continue
        start, used = 0, -space
        for i, word in enumerate(words):
            width = widths.get((font, word))
            if width is None:
                width = word_width(word, font)
            if width > limit:
                return None
            if used + space + width > limit and i > start:
                lines.append(_one_line(words, start, i, used, style))
                start, used = i, width
            else:
                used += space + width
        lines.append(_one_line(words, start, len(words), used, style))
    return lines


def _one_line(words: list[str], start: int, end: int, used: float, style: ParagraphStyle) -> _Line:
    size = style.fontSize
    text = " ".join(words[start:end])
    return _Line([_Run(0.0, text, style)], used * size / 1000.0, style.leading, size)


def _break_segments(para: list[Segment], avail: float) -> list[_Line]:
    """The general case: several styles flowing together, or words wider than the line."""
    lines: list[_Line] = []
    line = _Line()
    pending_space = False

    def new_line() -> None:
        nonlocal line
        lines.append(line)
        line = _Line()

    def place(word: str, style: ParagraphStyle, space: bool) -> None:
        scale = style.fontSize / 1000.0
        width = word_width(word, style.fontName) * scale
        gap = word_width(" ", style.fontName) * scale if space and line.runs else 0.0
        if line.runs and line.width + gap + width > avail:
            new_line()
            gap = 0.0
        if not line.runs and width > avail:
            _place_long(word, style, scale)
            return
        last = line.runs[-1] if line.runs else None
        if last is not None and last.style is style:
            last.text += (" " if gap else "") + word
        else:
            line.runs.append(_Run(line.width + gap, word, style))
        line.width += gap + width
        line.leading = max(line.leading, style.leading)
        line.size = max(line.size, style.fontSize)

    def _place_long(word: str, style: ParagraphStyle, scale: float) -> None:
        get, default = _face(style.fontName)
        piece, width = "", 0.0
        for ch in word:
            w = get(ord(ch), default) * scale
            if piece and width + w > avail:
                line.runs.append(_Run(0.0, piece, style))
                line.width, line.leading, line.size = width, style.leading, style.fontSize
                new_line()
                piece, width = "", 0.0
            piece += ch
            width += w
        if piece:
            line.runs.append(_Run(0.0, piece, style))
            line.width = width
            line.leading = max(line.leading, style.leading)
            line.size = max(line.size, style.fontSize)

    for text, style in para:
        for n, hard_line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if n:
                if not line.runs:
                    line.leading, line.size = style.leading, style.fontSize
                new_line()
                pending_space = False
            words = _SPACES.split(hard_line)
            for i, word in enumerate(words):
                if not word:
                    # A leading or trailing space: remember it for the next word.
                    pending_space = pending_space or i == 0 or i == len(words) - 1
                    continue
                place(word, style, pending_space or i > 0)
                pending_space = False
    if line.runs or not lines:
        if not line.runs and para:
            line.leading, line.size = para[0][1].leading, para[0][1].fontSize
        lines.append(line)
    return lines
