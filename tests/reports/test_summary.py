"""The procedural summary, read back with pypdf: every section, both languages, the footer."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from casefiles.domain.errors import UserError
from casefiles.domain.records import Case
from casefiles.domain.registers import chronology
from casefiles.reports import (
    ReportPdf,
    hearing_summary,
    load_snapshot,
    procedural_summary,
    snapshot_from_document,
)
from casefiles.reports.i18n import LANGUAGES
from casefiles.reports.layout import FOOTER_Y, MARGIN_BOTTOM
from casefiles.reports.summary import chronology_lines
from casefiles.services import audit
from casefiles.services.fields import from_json
from casefiles.services.interchange import record_digest
from tests.factories import demo_document, store_with
from tests.reports.conftest import LIQUIDATION, WHEN
from tests.reports.pdfutil import page_texts, reader, text


def _summary(doc: dict[str, Any], **kw: Any) -> ReportPdf:
    kw.setdefault("generated_at", WHEN)
    return procedural_summary(snapshot_from_document(doc, LIQUIDATION), **kw)


def _squash(s: str) -> str:
    return "".join(s.split())


@pytest.fixture(scope="module")
def english(demo_doc: dict[str, Any]) -> str:
    return text(_summary(demo_doc))


@pytest.fixture(scope="module")
def russian(demo_doc: dict[str, Any]) -> str:
    return text(_summary(demo_doc, lang="ru"))


def test_english_cover_block(english: str, demo_doc: dict[str, Any]) -> None:
    snap = snapshot_from_document(demo_doc, LIQUIDATION)
    for expected in (
        "Procedural summary",
        "Case reference 2-1187/2025",
        "Ministry of Labour v. Independent Union of Northport Chemical Workers (liquidation)",
        "Court Northport Specialised Inter-District Economic Court",
        "Judge Judge D. Seitkali",
        "Procedure Economic",
        "Status On appeal",
        "Opened on 8 December 2025",
        "Independent Union of Northport Chemical Workers — defendant",
        "Zhanar Temirkulova — representative",
        "Ministry of Labour and Social Protection — Claimant",
        "A. K. Otepova — Witness",
        "Generated 1 December 2026, 09:30 UTC",
        "Record digest (SHA-256)",
    ):
        assert expected in english
    # The full digest, printed in groups of 16 hex digits.
    assert snap.digest in _squash(english)
    # Contact details of clients are not for the court.
    assert "+000 555 0110" not in english
    assert "z.temirkulova@mail.example" not in english


def test_english_sections_in_order(english: str) -> None:
    headings = ["Summary of the case", *_SECTIONS]
    positions = [english.index(h) for h in headings]
    assert positions == sorted(positions)


def test_english_records(english: str) -> None:
    for expected in (
        # chronology: partly known dates, events with their sources, custody steps
        "Oct 2025 Ministry of Justice refuses re-registration",
        "Source: Minutes of the congress (exhibit C)",
        "Exhibit D: seized",
        # hearings: date, purpose, status, notice received, days of notice, outcome
        "4 Jan 2026, 10:00 Hearing on the merits",
        "Held 2 Jan 2026 2 Claim granted in full.",
        # motions: filed, by, form, title, status, ruled on, ruling, objection, standards
        "3 Jan 2026 By the defence, written",
        "Motion to postpone the hearing to allow the defence to prepare",
        "Denied on 4 Jan 2026",
        "«Ответчик извещён надлежащим образом",
        "Objection entered in the minutes: notice was received two days before the hearing",
        "ICCPR art. 14(3)(b), ECHR art. 6(3)(b)",
        "Not considered",
        # denied register: requests returned, ignored, denied
        "Ministry of Justice, Department for Registration of Public Associations",
        "Returned unanswered",
        "No answer",
        # evidence index
        "Re-registration application with Ministry of Justice incoming stamp",
        "no file attached",
        "handed over — from defence counsel to Judge D. Seitkali",
        # irregularities with the records they rest on and the standards engaged
        "No defence motion granted None of the 5 defence motions was granted: 4 denied, "
        "1 not considered.",
        "Short notice of a hearing Hearing of 4 Jan 2026: notice received on 2 Jan 2026, 2 days "
        "before the hearing (threshold: 14 days).",
        "Evidence seized Exhibit D: seized. Exhibit D: Laptop of Z. Temirkulova",
        # standards cited with code and title
        "ICCPR-14.3.b ICCPR art. 14(3)(b): adequate time and facilities to prepare a defence",
        "ILO-C98-1 ILO C98 art. 1: protection against anti-union discrimination",
    ):
        assert expected in english, expected


def test_russian_labels_and_dates_record_content_as_entered(russian: str) -> None:
    for expected in (
        "Процессуальная сводка по делу",
        "Номер дела 2-1187/2025",
        "Вид производства Экономическое",
        "Принято к производству 8 декабря 2025 г.",
        "Составлено 1 декабря 2026 г., 09:30 UTC",
        "Хронология",
        "Судебные заседания",
        "Ходатайства и решения по ним",
        "Реестр отклонённых ходатайств и запросов",
        "Перечень доказательств",
        "Процессуальные нарушения",
        "Упомянутые стандарты",
        "04.01.2026, 10:00",
        "Отклонено 04.01.2026",
        "Возвращён без рассмотрения",
        "Ни одно ходатайство защиты не удовлетворено Ни одно из 5 ходатайств защиты не "
        "удовлетворено: отклонено — 4, не рассмотрено — 1.",
        "за 2 дня до заседания (порог: 14 дней)",
        "МПГПП ст. 14(3)(b): достаточное время и возможности для подготовки защиты",
        "10.2025",
        # record content is printed as entered, in English
        "Motion to postpone the hearing to allow the defence to prepare",
    ):
        assert expected in russian, expected
    assert "Procedural summary" not in russian
    assert "Page 1 of" not in russian


def test_kazakh_and_cyrillic_print_and_extract(doc: dict[str, Any]) -> None:
    case = doc["cases"][0]
    case["title"] = "Әділет министрлігі v. «Қазақстан» кәсіподағы — ҒҚҢӨҰҮҺІ әғқңөұүһі"
    case["parties"][4]["name"] = "Әсел Қайратқызы Өтепова"
    case["motions"][0]["ruling"] = "Сот шешімі: қанағаттандырудан бас тартылсын. Ұйғарым."
    pdf = _summary(doc, lang="ru")
    assert pdf.unprintable == ""
    got = text(pdf)
    assert "Әділет министрлігі v. «Қазақстан» кәсіподағы — ҒҚҢӨҰҮҺІ әғқңөұүһі" in got
    assert "Әсел Қайратқызы Өтепова — Свидетель" in got
    assert "Сот шешімі: қанағаттандырудан бас тартылсын. Ұйғарым." in got


def test_characters_no_font_has_are_reported_and_shown_not_boxed(doc: dict[str, Any]) -> None:
    case = doc["cases"][0]
    case["title"] = "Case 中文 with a bell\x07 and a tab\there"
    pdf = _summary(doc)
    assert pdf.unprintable == "\x07中文"
    got = text(pdf)
    assert "Case [U+4E2D][U+6587] with a bell[U+0007] and a tab here" in got


def test_dismissed_flags_are_not_printed(doc: dict[str, Any]) -> None:
    doc["cases"][0]["dismissed_irregularities"] = [
        {"flag": "all_defence_motions_denied", "reason": "m6 was the claimant's"},
        {"flag": "evidence_seized"},
    ]
    got = text(_summary(doc))
    assert "No defence motion granted" not in got
    assert "Evidence seized" not in got
    assert "Short notice of a hearing" in got
    assert "m6 was the claimant's" not in got


def test_the_case_threshold_decides_short_notice(doc: dict[str, Any]) -> None:
    doc["cases"][0]["notice_threshold_days"] = 2  # h2 came 2 days ahead: not fewer than 2
    got = text(_summary(doc))
    assert "Short notice of a hearing" not in got
    assert "Decision announced the day of the hearing" in got


def test_footer_on_every_page_with_page_count_and_short_digest(demo_snap: Any) -> None:
    pages = page_texts(procedural_summary(demo_snap, generated_at=WHEN))
    assert len(pages) > 3
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert f"Record digest {demo_snap.digest[:12]}" in page
        assert "2-1187/2025 — Procedural summary" in page
    ru = page_texts(procedural_summary(demo_snap, lang="ru", generated_at=WHEN))
    assert all(f"Стр. {n} из {len(ru)}" in p for n, p in enumerate(ru, start=1))


def test_audit_chain_head_is_printed_beside_the_digest(demo_snap: Any) -> None:
    pages = page_texts(procedural_summary(demo_snap, generated_at=WHEN, audit_head="a1b2c3d4e5f6"))
    assert all("Audit chain head a1b2c3d4e5f6" in p for p in pages)
    plain = page_texts(procedural_summary(demo_snap, generated_at=WHEN))
    assert not any("Audit chain head" in p for p in plain)


def test_the_digest_and_audit_head_are_the_stores(data_dir: Path) -> None:
    store = store_with(data_dir, demo_document())
    try:
        snap = load_snapshot(store, LIQUIDATION)
        assert snap.digest == record_digest(store, LIQUIDATION)
        # The audit trail's head is read with the case and printed beside the digest.
        assert snap.audit_head == audit.chain_head(store)
        assert snap.audit_head is not None
        assert audit.head_matches(store, snap.audit_head)
        pdf = procedural_summary(snap, generated_at=WHEN)
    finally:
        store.close()
    first = page_texts(pdf)[0]
    assert f"Record digest {snap.digest[:12]}" in first
    assert f"Audit chain head {snap.audit_head}" in first


@pytest.mark.parametrize(
    ("name", "size"), [("a4", (595.2756, 841.8898)), ("letter", (612.0, 792.0))]
)
def test_page_sizes(demo_snap: Any, name: str, size: tuple[float, float]) -> None:
    pdf = procedural_summary(demo_snap, page_size=name, generated_at=WHEN)
    for page in reader(pdf).pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


def test_unknown_language_and_page_size_are_user_errors(demo_snap: Any) -> None:
    with pytest.raises(
        UserError, match="unknown language 'de' for a summary; choose one of en, ru"
    ):
        procedural_summary(demo_snap, lang="de")
    with pytest.raises(UserError, match="unknown page size 'a3'"):
        procedural_summary(demo_snap, page_size="a3")


def test_long_text_wraps_and_tables_repeat_their_header_across_pages(doc: dict[str, Any]) -> None:
    case = doc["cases"][0]
    case["motions"][0]["ruling"] = "Очень длинное решение суда. " * 700 + "КОНЕЦРЕШЕНИЯ"
    case["motions"][1]["objection"] = "x" * 3000 + " ENDOFWORD"
    pdf = _summary(doc)
    pages = page_texts(pdf)
    got = text(pdf)
    assert "КОНЕЦРЕШЕНИЯ" in got
    assert "ENDOFWORD" in got
    # The motions table runs over several pages; each repeats the header row.
    start = next(i for i, p in enumerate(pages) if "Motions and rulings" in p)
    run = []
    for page in (" ".join(p.split()) for p in pages[start + 1 :]):
        if "Очень длинное решение" not in page:
            break
        run.append(page)
    assert len(run) > 3
    assert all(p.startswith("No. Filed Motion Ruling Objection") for p in run)


def test_evidence_hash_is_printed_when_a_file_is_attached(doc: dict[str, Any]) -> None:
    digest = "3fa1c2d4e5f60718293a4b5c6d7e8f900112233445566778899aabbccddeeff0"
    item = doc["cases"][0]["evidence"][1]
    item["sha256"] = digest
    item["file_name"] = "application-stamped.pdf"
    got = text(_summary(doc))
    assert digest in _squash(got)
    assert "application-stamped.pdf" in _squash(got)


def test_an_empty_case_says_none_recorded() -> None:
    doc = {
        "format": "casefiles",
        "version": 1,
        "cases": [{"key": "k1", "reference": "E-1", "title": "Nothing yet"}],
    }
    pdf = procedural_summary(snapshot_from_document(doc), generated_at=WHEN)
    got = text(pdf)
    assert got.count("None recorded.") == 7
    ru = text(procedural_summary(snapshot_from_document(doc), lang="ru", generated_at=WHEN))
    assert ru.count("Записей нет.") == 7


def test_printed_chronology_is_the_domain_chronology_in_order(demo_doc: dict[str, Any]) -> None:
    for obj in demo_doc["cases"]:
        case: Case = from_json(Case, obj)
        domain = [(i.when, i.record_type, i.key) for i in chronology(case)]
        for lang in LANGUAGES.values():
            assert [
                (line.when, line.record_type, line.key) for line in chronology_lines(case, lang)
            ] == domain


def test_cover_and_hearing_fields_longer_than_a_page_still_print(doc: dict[str, Any]) -> None:
    case = doc["cases"][0]
    case["parties"][0]["notes"] = "Примечание о стороне. " * 900 + "КОНЕЦСТОРОНЫ"
    case["hearings"][1]["purpose"] = "Purpose " * 1200 + "ENDPURPOSE"
    snap = snapshot_from_document(doc, LIQUIDATION)
    assert "КОНЕЦСТОРОНЫ" in text(procedural_summary(snap, generated_at=WHEN))
    assert "ENDPURPOSE" in text(hearing_summary(snap, "h2", generated_at=WHEN))


def test_a_long_reference_is_cut_in_the_footer_not_run_over_the_page_number(
    doc: dict[str, Any],
) -> None:
    doc["cases"][0]["reference"] = "R-" + "9" * 200
    snap = snapshot_from_document(doc, "R-" + "9" * 200)
    pages = page_texts(procedural_summary(snap, generated_at=WHEN))
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    assert "…" in pages[1]


@pytest.mark.parametrize("extra", ["", " 中"])  # " 中" takes the Paragraph path
def test_no_text_runs_into_the_bottom_margin(doc: dict[str, Any], extra: str) -> None:
    case = doc["cases"][0]
    case["motions"][0]["ruling"] = "Очень длинное решение суда. " * 700 + extra
    case["motions"][1]["objection"] = "x" * 3000 + " ENDOFWORD" + extra
    pdf = _summary(doc)
    for number, page in enumerate(reader(pdf).pages, start=1):
        low: list[tuple[float, str]] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            y = cm[5] + tm[5] * cm[3]
            if text.strip() and FOOTER_Y + 10 < y < MARGIN_BOTTOM - 0.5:
                low.append((y, text))  # noqa: B023 (collected per page)

        page.extract_text(visitor_text=visit)
        assert low == [], (number, low[:3])


def test_a_hearing_day_reads_in_the_order_of_the_procedure(english: str, russian: str) -> None:
    # 4 Jan 2026: the hearing opens at 10:00, motions are filed, ruled on, then the decision.
    for got, steps in (
        (
            english,
            (
                "4 Jan 2026, 10:00 Hearing: Hearing on the merits",
                "Filed: Motion to examine witnesses",
                "Denied: Motion to examine witnesses",
                "Decision announced",
            ),
        ),
        (
            russian,
            (
                "04.01.2026, 10:00 Заседание: Hearing on the merits",
                "Заявлено: Motion to examine witnesses",
                "Отклонено: Motion to examine witnesses",
                "Объявлено решение",
            ),
        ),
    ):
        chron = got[got.index("Chronology" if got is english else "Хронология") :]
        positions = [chron.index(step) for step in steps]
        assert positions == sorted(positions), steps


def test_the_documents_filed_with_a_court_do_not_point_to_the_softwares_manual(
    english: str, russian: str, demo_snap: Any
) -> None:
    hearings = [
        text(hearing_summary(demo_snap, "h2", lang=lang, generated_at=WHEN)) for lang in LANGUAGES
    ]
    for got in (english, russian, *hearings):
        assert "casefiles" not in got.lower()
        assert "documentation" not in got and "документаци" not in got
    assert (
        "Computed from the records above; each lists the records it rests on and the standards "
        "it engages. No. Irregularity"
    ) in english
    assert "и затрагиваемые стандарты. № Нарушение" in russian


def test_a_motion_left_not_considered_is_in_the_chronology(english: str, russian: str) -> None:
    # Motion No. 4 (access to the case file) got no ruling: its line is on the decision day.
    title = "Motion for access to the case file before the hearing continues"
    for got, heading, line, decision in (
        (english, "Chronology", f"Not considered: {title}", "Decision announced"),
        (russian, "Хронология", f"Не рассмотрено: {title}", "Объявлено решение"),
    ):
        chron = got[got.index(heading) : got.index(decision)]
        assert f"{line} No ruling made. The presiding judge stated" in chron, line
        assert chron.count(title) == 2  # filed, then not considered


def test_a_motions_lines_do_not_say_motion_twice(english: str, russian: str) -> None:
    # The Record column names the motion ("Motion No. 1") and its title says "Motion".
    title = "Motion to postpone the hearing to allow the defence to prepare"
    for got, heading, end, lines in (
        (english, "Chronology", "Hearings", ("Filed: ", "Denied: ")),
        (russian, "Хронология", "Судебные заседания", ("Заявлено: ", "Отклонено: ")),
    ):
        chron = got[got.index(heading) : got.index(end)]
        for line in lines:
            assert f"{line}{title}" in chron, line
        assert "Motion filed" not in chron and "Motion denied" not in chron
        assert "Заявлено ходатайство" not in chron and "Ходатайство —" not in chron
    assert "Granted: Claimant's motion" in english


def test_the_case_opening_is_in_the_chronology_in_each_language(doc: dict[str, Any]) -> None:
    case = doc["cases"][0]
    case["opened_on"] = "2025-09-01"  # before every other dated record of the demo case
    for lang, expected in (
        ("en", "Chronology Date Entry Record 1 Sep 2025 Case opened"),
        ("ru", "Хронология Дата Содержание Запись 01.09.2025 Дело принято к производству"),
    ):
        assert expected in text(_summary(doc, lang=lang)), lang


def _with_marked_keys(doc: dict[str, Any]) -> dict[str, Any]:
    """The demo with every record key made unmistakable ("h2" → "KEYh2"), references too."""
    refs = ("key", "hearing", "client")

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, value in node.items():
                if name in refs and isinstance(value, str):
                    node[name] = f"KEY{value}"
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(doc)
    for client in doc.get("clients", []):
        client["key"] = client["key"] if client["key"].startswith("KEY") else f"KEY{client['key']}"
    return doc


def test_records_are_named_for_a_court_not_by_internal_keys(doc: dict[str, Any]) -> None:
    marked = _with_marked_keys(doc)
    for lang in ("en", "ru"):
        snap = snapshot_from_document(marked, LIQUIDATION)
        got = text(procedural_summary(snap, lang=lang, generated_at=WHEN))
        hearing = text(hearing_summary(snap, "KEYh2", lang=lang, generated_at=WHEN))
        assert "KEY" not in got, got[got.index("KEY") - 80 : got.index("KEY") + 20]
        assert "KEY" not in hearing, hearing[hearing.index("KEY") - 80 : hearing.index("KEY") + 20]
    english = text(procedural_summary(snapshot_from_document(doc, LIQUIDATION), generated_at=WHEN))
    for expected in (
        "Postponement denied Motion No. 1: denied on 4 Jan 2026.",
        "Hearing of 4 Jan 2026, 10:00",
        "Motion No. 2: Motion to examine witnesses",
        "ICCPR art. 14(3)(e), ECHR art. 6(3)(d)",
        # the Standards cited table keeps its column of codes
        "ICCPR-14.3.e ICCPR art. 14(3)(e): to examine witnesses",
    ):
        assert expected in english, expected


_SECTIONS = (
    "Chronology",
    "Hearings",
    "Motions and rulings",
    "Register of denied motions and requests",
    "Evidence index",
    "Procedural irregularities",
    "Standards cited",
)


@pytest.mark.parametrize("extra_lines", range(0, 60, 4))
def test_no_section_heading_is_left_alone_at_the_foot_of_a_page(
    doc: dict[str, Any], extra_lines: int
) -> None:
    # Longer summaries move every heading down the page, past each page's foot in turn.
    case = doc["cases"][0]
    case["summary"] += "".join(f"\nLine {n} of the summary." for n in range(extra_lines))
    for page in page_texts(_summary(doc)):
        body = page[: page.index("2-1187/2025 — Procedural summary")].rstrip()
        last = body.splitlines()[-1].strip()
        intro = "by the date it was made."  # the register's note, under its heading
        assert last not in _SECTIONS and not body.endswith(intro), body[-200:]


def test_file_names_wrap_at_their_own_break_points_and_hashes_keep_their_groups(
    doc: dict[str, Any],
) -> None:
    digest = "3fa1c2d4e5f60718293a4b5c6d7e8f900112233445566778899aabbccddeeff0"
    names = ("union-office-after-search-protocol.png", "congress_minutes_2025_09_14.pdf")
    for item, name in zip(doc["cases"][0]["evidence"][1:3], names, strict=True):
        item["sha256"] = digest
        item["file_name"] = name
    lines = [line.strip() for page in page_texts(_summary(doc)) for line in page.splitlines()]
    for name in names:
        start = next(n for n, line in enumerate(lines) if name.startswith(line) and len(line) > 3)
        parts = []
        while "".join(parts) != name:
            parts.append(lines[start + len(parts)])
            assert name.startswith("".join(parts)), parts
        assert len(parts) > 1, parts  # too wide for the column: it wraps
        for before, after in itertools.pairwise(parts):
            assert before[-1] in "-_" or after[0] == ".", parts
    # The hash in four lines of two groups, within its own column.
    groups = [digest[i : i + 8] for i in range(0, 64, 8)]
    pairs = [f"{groups[i]} {groups[i + 1]}" for i in range(0, 8, 2)]
    for pair in pairs:
        assert lines.count(pair) == 2, pair


def test_russian_short_references_and_statuses_are_not_broken_across_lines(
    demo_doc: dict[str, Any],
) -> None:
    lines = [
        " ".join(line.split())
        for page in page_texts(_summary(demo_doc, lang="ru"))
        for line in page.splitlines()
    ]
    assert "Ходатайство № 6" in lines  # the chronology's Record column
    assert "Доказательство F" in lines
    assert any(line.split()[-1:] == ["Состоялось"] or "Состоялось" in line for line in lines)
    assert "Состоялос" not in lines
