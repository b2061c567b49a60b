"""TextBlock: plain text broken into lines that never run past their width."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casefiles.reports.layout import make_styles
from casefiles.reports.textblock import TextBlock, word_width

S = make_styles()


def _lines(block: TextBlock) -> list[str]:
    return ["".join(r.text for r in line.runs) for line in block._lines]


def _widths(block: TextBlock) -> list[float]:
    return [line.width for line in block._lines]


def test_words_wrap_to_the_width_and_keep_their_order() -> None:
    text = "the court denied the motion without retiring and gave no reasons in the minutes"
    block = TextBlock([[(text, S.cell)]])
    width, height = block.wrap(100, 1000)
    lines = _lines(block)
    assert len(lines) > 2
    assert " ".join(lines) == text
    assert all(w <= 100 for w in _widths(block))
    assert (width, height) == (100, len(lines) * S.cell.leading)


def test_line_breaks_are_kept_and_spaces_collapse() -> None:
    block = TextBlock([[("first  line\twith tab\n\nthird", S.cell)]])
    block.wrap(400, 1000)
    assert _lines(block) == ["first line with tab", "", "third"]


def test_segments_flow_on_one_line_and_glue_without_a_space() -> None:
    block = TextBlock([[("8 Dec 2025 received", S.cell_bold), (" — from A to B", S.cell)]])
    block.wrap(400, 1000)
    assert _lines(block) == ["8 Dec 2025 received— from A to B"]  # two runs, one line
    (line,) = block._lines
    assert [r.style for r in line.runs] == [S.cell_bold, S.cell]
    glued = TextBlock([[("(", S.cell), ("x", S.cell_bold), (")", S.cell)]])
    glued.wrap(400, 1000)
    assert [r.text for r in glued._lines[0].runs] == ["(", "x", ")"]
    assert glued._lines[0].runs[1].x == word_width("(", S.cell.fontName) * 8 / 1000


def test_a_word_longer_than_the_line_is_cut_between_characters() -> None:
    block = TextBlock([[("x" * 300 + " end", S.cell)]])
    block.wrap(60, 1000)
    lines = _lines(block)
    assert "".join(lines).replace(" end", "").replace("end", "") == "x" * 300
    assert all(w <= 60 for w in _widths(block))


def test_split_by_whole_lines() -> None:
    block = TextBlock([[("word " * 200, S.cell)]])
    _, height = block.wrap(120, 10_000)
    first, rest = block.split(120, 95)
    assert first.wrap(120, 95)[1] == 90  # nine lines of 10 points
    assert rest.wrap(120, 10_000)[1] == height - 90
    assert block.split(120, 5) == []
    assert block.split(120, height)[0] is block


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("abc xyzАБВ әғқ-.,\n\t")), min_size=0, max_size=300),
    width=st.floats(min_value=20, max_value=400),
)
def test_no_line_is_wider_than_the_cell_and_no_word_is_lost(text: str, width: float) -> None:
    block = TextBlock([[(text, S.cell)]])
    block.wrap(width, 10_000)
    assert all(w <= width + 1e-6 for w in _widths(block))
    assert "".join("".join(_lines(block)).split()) == "".join(text.split())
