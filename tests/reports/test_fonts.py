"""Every font in every generated PDF is embedded: no silent fallback to Helvetica."""

from __future__ import annotations

from typing import Any

import pytest

from casefiles.reports import hearing_summary, procedural_summary, snapshot_from_document
from casefiles.reports.fonts import BOLD, REGULAR, TextSink, covered
from tests.reports.conftest import LIQUIDATION, WHEN
from tests.reports.pdfutil import fonts, is_embedded, text


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("kind", ["summary", "hearing"])
def test_all_fonts_are_embedded(demo_snap: Any, lang: str, kind: str) -> None:
    if kind == "summary":
        pdf = procedural_summary(demo_snap, lang=lang, generated_at=WHEN, audit_head="abc")
    else:
        pdf = hearing_summary(demo_snap, "h2", lang=lang, generated_at=WHEN)
    used = fonts(pdf)
    assert used
    for name, font in used.items():
        assert is_embedded(font), name
        assert "DejaVu" in name, name
        assert font["/Subtype"] == "/TrueType", name
    assert not any("Helvetica" in name or "Times" in name for name in used)
    families = {name.split("+", 1)[1] for name in used}
    assert families >= {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}
    if kind == "summary":
        # Oblique (sources, notes) and mono (the digest) too.
        assert families >= {"DejaVuSansCondensed-Oblique", "DejaVuSansMono"}


def test_a_character_the_bold_face_lacks_is_printed_in_the_regular_face(
    doc: dict[str, Any],
) -> None:
    missing_in_bold = sorted(covered(REGULAR) - covered(BOLD))
    assert missing_in_bold, "DejaVu Sans Condensed Bold lacks a few glyphs the regular has"
    ch = missing_in_bold[0]
    # Event titles are set in bold in the chronology.
    doc["cases"][0]["events"][0]["title"] = f"Title with {ch} in it"
    pdf = procedural_summary(snapshot_from_document(doc, LIQUIDATION), generated_at=WHEN)
    assert pdf.unprintable == ""
    assert f"Title with {ch} in it" in text(pdf)
    assert all(is_embedded(f) for f in fonts(pdf).values())


def test_markup_is_escaped_and_line_breaks_kept() -> None:
    sink = TextSink()
    assert sink.markup("a < b & <b>c</b>\nnext") == "a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;<br/>next"
    assert sink.markup("x\r\ny") == "x<br/>y"
    assert sink.unprintable == set()
    assert sink.plain("ok 中") == "ok [U+4E2D]"
    assert sink.unprintable == {"中"}
