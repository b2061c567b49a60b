"""The shipped fonts, and turning record text into paragraph markup they can print.

Every character is checked against the fonts: one the style's font lacks is
printed in the regular face when that has it; one no shipped font has is
printed as a visible `[U+XXXX]` and reported, never as a silent box.
"""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casefiles.resources import resource

REGULAR = "CasefilesSans"
BOLD = "CasefilesSans-Bold"
ITALIC = "CasefilesSans-Oblique"
BOLD_ITALIC = "CasefilesSans-BoldOblique"
MONO = "CasefilesMono"
#: The regular face again, outside the family, for characters a bold or oblique face lacks.
FALLBACK = "CasefilesSans-Fallback"

_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
    FALLBACK: "DejaVuSansCondensed.ttf",
}

_lock = threading.Lock()
_coverage: dict[str, frozenset[str]] = {}

_BREAKS = frozenset("\r\n")
_LAYOUT = frozenset("\r\n\t")
#: Characters printed as a plain space; other control characters are not printable.
_SPACES = {"\t": " "}


def register_fonts() -> None:
    """Register the shipped fonts with ReportLab once per process."""
    with _lock:
        if _coverage:
            return
        for name, file_name in _FILES.items():
            font = TTFont(name, str(resource("fonts", file_name)))
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(
                chr(cp) for cp in font.face.charWidths if cp >= 0x20 and not 0x7F <= cp < 0xA0
            )
        for bold, italic, name in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(REGULAR, bold, italic, name)


def covered(font: str) -> frozenset[str]:
    register_fonts()
    return _coverage[font]


class TextSink:
    """Turns record text into markup for one document and collects what it could not print."""

    def __init__(self) -> None:
        register_fonts()
        self.unprintable: set[str] = set()
        self._regular = _coverage[REGULAR]
        self._cache: dict[tuple[str, str], str] = {}

    def printable(self, text: str, font: str) -> bool:
        """True when `font` has every character of `text` (line breaks and tabs aside)."""
        return set(text) <= _coverage[font] or set(text) - _coverage[font] <= _LAYOUT

    def markup(self, text: str | None, font: str = REGULAR) -> str:
        """Escaped paragraph markup for `text` set in `font`; line breaks kept."""
        if not text:
            return ""
        key = (text, font)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        have = _coverage[font]
        out = escape(text) if set(text) - have <= _BREAKS else self._markup_slow(text, have)
        if "\n" in out or "\r" in out:
            out = "<br/>".join(out.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        self._cache[key] = out
        return out

    def _markup_slow(self, text: str, have: frozenset[str]) -> str:
        parts: list[str] = []
        for ch in text:
            if ch in have or ch in "\n\r":
                parts.append(escape(ch))
            elif ch in _SPACES:
                parts.append(_SPACES[ch])
            elif ch in self._regular:
                parts.append(f'<font name="{FALLBACK}">{escape(ch)}</font>')
            else:
                self.unprintable.add(ch)
                parts.append(f'<font name="{MONO}" color="#b00000">[U+{ord(ch):04X}]</font>')
        return "".join(parts)

    def plain(self, text: str | None, font: str = REGULAR) -> str:
        """`text` for drawing straight on the canvas in `font`: no markup, gaps made visible."""
        if not text:
            return ""
        have = _coverage[font]
        if set(text) <= have:
            return text
        out = []
        for ch in text:
            if ch in have:
                out.append(ch)
            elif ch in _SPACES or ch in "\r\n":
                out.append(" ")
            else:
                self.unprintable.add(ch)
                out.append(f"[U+{ord(ch):04X}]")
        return "".join(out)
