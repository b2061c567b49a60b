"""The hearing summary: one hearing, one or two pages, ready to sign."""

from __future__ import annotations

from typing import Any

import pytest

from casefiles.domain.enums import Irregularity
from casefiles.domain.errors import RecordNotFound
from casefiles.reports import hearing_summary, procedural_summary, snapshot_from_document
from tests.reports.conftest import CRIMINAL, LIQUIDATION, WHEN
from tests.reports.pdfutil import page_texts, text


def test_english_hearing_summary_of_the_merits_hearing(demo_snap: Any) -> None:
    pdf = hearing_summary(demo_snap, "h2", generated_at=WHEN)
    pages = page_texts(pdf)
    assert 1 <= len(pages) <= 2
    got = text(pdf)
    for expected in (
        "Hearing summary",
        "Hearing on the merits — Sunday, 4 January 2026, 10:00",
        "Case 2-1187/2025 Ministry of Labour v. Independent Union",
        "Room 6",
        "Status Held",
        "Notice received Friday, 2 January 2026",
        "Notice period 2 days — below the case's threshold of 14 days",
        "Decision announced Sunday, 4 January 2026",
        "Motions made at or for this hearing",
        # each motion with its ruling and the objection lodged
        "Motion to examine witnesses R. Dzhaksybekov and A. K. Otepova",
        "Denied on 4 Jan 2026 Denied. The court found that the circumstances",
        "Objection entered in the minutes: the recusal motion was decided by the judge",
        "Not considered No ruling made.",
        "Claimant's motion to add the Ministry of Justice refusal letter to the file",
        "Granted on 4 Jan 2026",
        "Evidence offered at this hearing",
        "Union charter (2025 edition, Kazakh and Russian texts)",
        "Outcome Claim granted in full.",
        "Notes Notice received by phone from the court clerk",
        "Procedural irregularities at this hearing",
        "Decision announced the day of the hearing",
        "No defence motion granted",
        "Counsel (name) Signature Date",
    ):
        assert expected in got, expected
    # Another hearing's records stay out.
    assert "Minutes of the extraordinary union congress" not in got
    assert all("2-1187/2025 — Hearing summary, 4 Jan 2026, 10:00" in p for p in pages)
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_russian_hearing_summary(demo_snap: Any) -> None:
    got = text(hearing_summary(demo_snap, "h2", lang="ru", generated_at=WHEN))
    for expected in (
        "Сводка по судебному заседанию",
        "воскресенье, 4 января 2026 г., 10:00",
        "2 дня — меньше порога по делу (14 дней)",
        "Ходатайства, заявленные на заседании или к нему",
        "Защитник (Ф. И. О.) Подпись Дата",
        "Ответчик извещён надлежащим образом",
    ):
        assert expected in got, expected


def test_the_russian_exhibit_column_is_headed_by_the_full_word(demo_snap: Any) -> None:
    # The column widens to its header rather than cut the word or print "Доказ.".
    for key in ("h2", "h3"):
        got = text(hearing_summary(demo_snap, key, lang="ru", generated_at=WHEN))
        assert "Доказательство Наименование Статус" in got, key
        assert "Доказ." not in got
    summary = text(procedural_summary(demo_snap, lang="ru", generated_at=WHEN))
    assert "Доказательство Наименование Статус SHA-256 файла" in summary
    assert "Доказ." not in summary


def test_requests_and_evidence_for_the_appeal_hearing(demo_snap: Any) -> None:
    got = text(hearing_summary(demo_snap, "h3", generated_at=WHEN))
    assert "Requests made for this hearing" in got
    assert "court administrator" in got
    assert "Copy of the official audio and video recording" in got
    assert "Written statement of R. Dzhaksybekov, notarised" in got
    assert "Motions made at or for this hearing" not in got
    assert "Procedural irregularities at this hearing" not in got


def test_a_hearing_with_only_its_details(demo_doc: dict[str, Any]) -> None:
    snap = snapshot_from_document(demo_doc, CRIMINAL)
    got = text(hearing_summary(snap, "h1", generated_at=WHEN))
    assert "Notice period 8 days — below the case's threshold of 14 days" in got
    assert "Motion to exclude the data taken from the seized laptop" in got
    assert "Filed, awaiting ruling" in got


def test_an_unknown_hearing_names_the_hearings_there_are(demo_snap: Any) -> None:
    with pytest.raises(
        RecordNotFound, match=r"no hearing 'h9' in case '2-1187/2025' \(its hearings: h1, h2, h3\)"
    ):
        hearing_summary(demo_snap, "h9")


def _two_motions(doc: dict[str, Any], notes_words: int) -> Any:
    """The merits hearing as the tester had it: two defence motions, both denied."""
    case = doc["cases"][0]
    case["motions"] = [m for m in case["motions"] if m["key"] in ("m1", "m2")]
    case["evidence"] = [e for e in case["evidence"] if e.get("hearing") != "h2"]
    h2 = next(h for h in case["hearings"] if h["key"] == "h2")
    h2["notes"] = " ".join(["Counsel's remark entered in the minutes."] * notes_words)
    return snapshot_from_document(doc, LIQUIDATION)


def test_a_hearing_that_nearly_fits_is_printed_on_one_page(doc: dict[str, Any]) -> None:
    pages = page_texts(hearing_summary(_two_motions(doc, 0), "h2", generated_at=WHEN))
    assert len(pages) == 1
    assert "Counsel (name) Signature Date" in " ".join(pages[0].split())


@pytest.mark.parametrize("notes_words", range(0, 80, 6))
def test_the_signature_lines_never_stand_alone_on_a_page(
    doc: dict[str, Any], notes_words: int
) -> None:
    snap = _two_motions(doc, notes_words)
    pages = page_texts(hearing_summary(snap, "h2", generated_at=WHEN))
    signed = next(p for p in pages if "Counsel (name)" in p)
    before = signed[: signed.index("Counsel (name)")]
    # The last block comes with them: at least its heading or a table row.
    assert "Procedural irregularities at this hearing" in before or "Exhibit" in before


@pytest.mark.parametrize("notes_words", range(60, 400, 23))
def test_the_signature_stays_with_the_end_of_a_block_too_long_to_move(
    doc: dict[str, Any], notes_words: int
) -> None:
    # Flags dismissed: the hearing's notes, longer than most of a page, are its last block.
    case = doc["cases"][0]
    case["dismissed_irregularities"] = [
        {"flag": flag.value, "reason": "not relied on"} for flag in Irregularity
    ]
    snap = _two_motions(doc, notes_words)
    pages = page_texts(hearing_summary(snap, "h2", generated_at=WHEN))
    signed = next(p for p in pages if "Counsel (name)" in p)
    before = " ".join(signed[: signed.index("Counsel (name)")].split())
    assert before.endswith("Counsel's remark entered in the minutes."), before[-100:]


def test_the_signature_stays_with_the_last_rows_of_a_long_table(doc: dict[str, Any]) -> None:
    case = doc["cases"][0]
    m1 = next(m for m in case["motions"] if m["key"] == "m1")
    case["motions"] = [m1] + [
        {**m1, "key": f"m{n}", "title": f"Renewed motion to postpone No. {n}"}
        for n in range(10, 40)
    ]
    pages = page_texts(hearing_summary(snapshot_from_document(doc, LIQUIDATION), "h2"))
    signed = next(p for p in pages if "Counsel (name)" in p)
    before = signed[: signed.index("Counsel (name)")]
    assert "Evidence refused" in before, before[-300:]  # the table's last row
