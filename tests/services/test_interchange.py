from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from casefiles.domain.errors import InvalidDocument, UserError
from casefiles.services.interchange import (
    case_digest,
    export_document,
    import_document,
    parse_document,
    record_digest,
)
from casefiles.storage import models as m
from casefiles.storage.store import Store
from tests.factories import demo_document, example_document, make_store


def _counts(store: Store) -> dict[str, int]:
    with store.read() as s:
        return {
            t: s.scalar(select(func.count()).select_from(getattr(m, t)))
            for t in (
                "Client",
                "Case",
                "Hearing",
                "Motion",
                "Request",
                "Evidence",
                "CustodyStep",
                "Event",
                "Party",
                "ExtraStandard",
            )
        }


def test_export_gives_back_everything_imported_with_defaults_written_out(store: Store) -> None:
    doc = example_document()
    import_document(store, doc)
    out = export_document(store)
    expected = copy.deepcopy(doc)
    expected["cases"][0]["notice_threshold_days"] = 14  # the default, written out
    assert out == expected


@pytest.mark.parametrize("make_doc", [example_document, demo_document])
def test_export_import_export_is_equal(make_doc: Any, tmp_path: Path) -> None:
    first = make_store(tmp_path / "a")
    import_document(first, make_doc())
    exported = export_document(first)
    second = make_store(tmp_path / "b")
    import_document(second, json.loads(json.dumps(exported)))
    assert export_document(second) == exported
    first.close()
    second.close()


def test_an_import_with_one_bad_record_changes_nothing(store: Store) -> None:
    doc = demo_document()
    doc["cases"][1]["motions"][0]["status"] = "rejected"
    before = _counts(store)
    with pytest.raises(InvalidDocument) as err:
        import_document(store, doc)
    assert _counts(store) == before
    assert err.value.problems == [
        'cases[1].motions[0].status: "rejected" is not one of draft, filed, granted, '
        "partly_granted, denied, withdrawn, not_considered"
    ]
    assert "nothing was imported" in str(err.value)


def test_a_case_reference_already_in_the_store_is_an_error_not_a_merge(store: Store) -> None:
    import_document(store, example_document())
    before = _counts(store)
    doc = example_document()
    doc["cases"][0]["title"] = "Something else"
    with pytest.raises(InvalidDocument, match=r"cases\[0\]\.reference: a case with reference"):
        import_document(store, doc)
    assert _counts(store) == before


def test_taken_keys_get_new_ones_and_identical_clients_are_reused(store: Store) -> None:
    import_document(store, example_document())
    doc = example_document()
    doc["cases"][0]["reference"] = "EC-119/2024"
    doc["clients"][1]["name"] = "A different person"
    report = import_document(store, doc)
    assert report.clients_reused == 1  # c1: same key, name and kind
    assert report.clients_created == 1
    assert ("client", "c2", "c3") in report.renamed
    assert ("case", "k1", "k2") in report.renamed
    out = export_document(store, ["EC-119/2024"])
    assert [c["key"] for c in out["clients"]] == ["c1"]
    assert out["cases"][0]["key"] == "k2"


def test_cross_record_rules_are_checked_with_json_paths(store: Store) -> None:
    doc = example_document()
    case = doc["cases"][0]
    case["motions"][1]["key"] = "m1"
    case["motions"][0]["hearing"] = "h9"
    case["motions"][0]["standards"] = ["ECHR-99"]
    case["hearings"][0]["starts_at"] = "2024-02-30T10:00"
    case["clients"][0]["client"] = "nobody"
    case["events"][1]["date"] = "2024-13"
    case["evidence"].append({"key": "e2", "exhibit": "A", "title": "Second A"})
    with pytest.raises(InvalidDocument) as err:
        import_document(store, doc)
    problems = err.value.problems
    assert (
        'cases[0].motions[1].key: key "m1" is used twice (also at cases[0].motions[0])' in problems
    )
    assert 'cases[0].motions[0].hearing: no hearing with key "h9" in this case' in problems
    assert any(
        p.startswith('cases[0].motions[0].standards[0]: unknown standard "ECHR-99"')
        for p in problems
    )
    assert (
        'cases[0].hearings[0].starts_at: "2024-02-30T10:00" is not a real calendar date' in problems
    )
    assert (
        'cases[0].clients[0].client: no client with key "nobody" in this document\'s clients'
        in problems
    )
    assert 'cases[0].events[1].date: "2024-13" is not a real calendar date' in problems
    assert any('exhibit label "A" is used twice' in p for p in problems)


def test_standards_defined_in_the_document_are_accepted_and_exported(store: Store) -> None:
    doc = example_document()
    doc["standards"] = [{"code": "ACHPR-7", "title": "African Charter art. 7"}]
    doc["cases"][0]["motions"][0]["standards"].append("ACHPR-7")
    import_document(store, doc)
    assert export_document(store)["standards"] == doc["standards"]
    assert export_document(store, ["EC-118/2024"])["standards"] == doc["standards"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="other"), 'format: must be "casefiles", not "other"'),
        (lambda d: d.update(version=2), "version: must be 1, not 2"),
        (lambda d: d["cases"][0].update(colour="red"), "cases[0].colour: unknown field"),
        (lambda d: d["cases"][0].pop("title"), "cases[0].title: required field is missing"),
        (lambda d: d["clients"][0].update(name="A\x00B"), "clients[0].name: contains a NUL"),
        (lambda d: d["clients"][0].update(name="\ud800"), "clients[0].name: contains an unpaired"),
        (
            lambda d: d["cases"][0].update(notice_threshold_days="14"),
            "cases[0].notice_threshold_days: must be a whole number, not text",
        ),
        (
            lambda d: d["cases"][0]["evidence"][0].update(sha256="ABC"),
            'cases[0].evidence[0].sha256: "ABC" is not 64 lowercase hexadecimal digits',
        ),
        (
            lambda d: d["cases"][0]["hearings"][0].update(starts_at="2024-03-20 10:00"),
            'cases[0].hearings[0].starts_at: "2024-03-20 10:00" is not a date-time',
        ),
    ],
)
def test_each_rule_broken_gets_its_path_and_words(store: Store, mutate: Any, message: str) -> None:
    doc = example_document()
    mutate(doc)
    with pytest.raises(InvalidDocument) as err:
        import_document(store, doc)
    assert any(p.startswith(message) for p in err.value.problems), err.value.problems


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe{}", "not valid UTF-8"),
        (b'{"format": ', "not valid JSON"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    ],
)
def test_unreadable_documents_say_why(raw: bytes, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_document(raw)


def test_a_bom_is_tolerated() -> None:
    assert parse_document("\ufeff{}".encode()) == {}


def test_record_digest_is_the_sha256_of_the_canonical_one_case_export(store: Store) -> None:
    import_document(store, demo_document())
    ref = demo_document()["cases"][0]["reference"]
    digest = record_digest(store, ref)
    assert len(digest) == 64
    assert digest == case_digest(export_document(store, [ref]))
    # exported_at does not count; any change of data does.
    from datetime import UTC, datetime

    assert case_digest(export_document(store, [ref], exported_at=datetime.now(UTC))) == digest
    from casefiles.services import cases

    case = cases.get_case(store, ref)
    motion = case.motions[0]
    motion.notes = (motion.notes or "") + "."
    cases.save_record(store, ref, "motions", motion, original_key=motion.key)
    assert record_digest(store, ref) != digest
