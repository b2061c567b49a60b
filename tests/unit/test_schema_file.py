"""The shipped JSON Schema of the interchange format, checked against the spec.

The schema lives in `resources/schema/casefile-json-v1.schema.json`; the spec's
example is copied to `tests/data/example-v1.json`. Both are found by walking up
from this file, so nothing depends on the working directory or on where the spec
is checked out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

SCHEMA_FILE = "resources/schema/casefile-json-v1.schema.json"
EXAMPLE_FILE = "tests/data/example-v1.json"


def _find_up(relative: str) -> Path:
    """The first `<ancestor>/relative` that exists, searching upwards from this file."""
    for directory in Path(__file__).resolve().parents:
        candidate = directory / relative
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{relative} not found above {__file__}")


def _load(relative: str) -> Any:
    return json.loads(_find_up(relative).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = _load(SCHEMA_FILE)
    return loaded


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema)


@pytest.fixture
def example() -> dict[str, Any]:
    """A fresh copy of the spec's example, safe to mutate."""
    loaded: dict[str, Any] = _load(EXAMPLE_FILE)
    return loaded


def _errors(validator: Draft202012Validator, doc: Any) -> list[tuple[str, str]]:
    """(JSON path joined by '/', failing keyword) of every error, in a stable order."""
    found = [
        ("/".join(str(p) for p in e.absolute_path), str(e.validator))
        for e in validator.iter_errors(doc)
    ]
    return sorted(found)


def _split(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in path.split("/")]


def _parent(doc: Any, path: str) -> tuple[Any, str | int]:
    *head, last = _split(path)
    node = doc
    for step in head:
        node = node[step]
    return node, last


def set_at(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        node, last = _parent(doc, path)
        node[last] = value

    return mutate


def delete_at(path: str) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        node, last = _parent(doc, path)
        del node[last]

    return mutate


def _walk(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema (dict) in the schema, with a JSON-pointer-like location."""
    if isinstance(node, dict):
        yield where, node
        for k, v in node.items():
            if k in ("enum", "const", "default", "required"):
                continue
            yield from _walk(v, f"{where}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{where}/{i}")


# --- the spec, transcribed -------------------------------------------------------------

RECORDS = [
    "Client",
    "Case",
    "CaseClient",
    "DismissedIrregularity",
    "Party",
    "Hearing",
    "Motion",
    "Request",
    "Evidence",
    "CustodyStep",
    "Event",
    "Standard",
]

#: Fields of each record as the spec lists them, and which are required (`*`).
SPEC_FIELDS: dict[str, tuple[list[str], list[str]]] = {
    "Client": (
        ["key", "name", "kind", "phone", "email", "address", "notes"],
        ["key", "name", "kind"],
    ),
    "Case": (
        [
            "key", "reference", "title", "court", "judge", "procedure", "status",
            "opened_on", "summary", "notice_threshold_days", "dismissed_irregularities",
            "clients", "parties", "hearings", "motions", "requests", "evidence", "events",
        ],
        ["key", "reference", "title"],
    ),
    "CaseClient": (["client", "role"], ["client"]),
    "DismissedIrregularity": (["flag", "reason"], ["flag"]),
    "Party": (["key", "name", "role", "notes"], ["key", "name", "role"]),
    "Hearing": (
        [
            "key", "starts_at", "court", "room", "judge", "purpose", "status",
            "notice_received_on", "decision_announced_on", "outcome", "notes",
        ],
        ["key", "starts_at"],
    ),
    "Motion": (
        [
            "key", "title", "kind", "filed_by", "form", "filed_on", "hearing", "status",
            "ruled_on", "ruling", "objection", "standards", "notes",
        ],
        ["key", "title"],
    ),
    "Request": (
        [
            "key", "authority", "authority_kind", "request", "requested_on", "hearing",
            "status", "answered_on", "reason_given", "follow_up", "standards", "notes",
        ],
        ["key", "authority", "request"],
    ),
    "Evidence": (
        [
            "key", "exhibit", "title", "description", "kind", "source", "obtained_on",
            "status", "hearing", "file_name", "sha256", "custody",
        ],
        ["key", "title"],
    ),
    "CustodyStep": (["on", "action", "from", "to", "note"], ["on", "action"]),
    "Event": (
        ["key", "date", "title", "description", "category", "source", "standards"],
        ["key", "date", "title"],
    ),
    "Standard": (["code", "title"], ["code", "title"]),
}  # fmt: skip

#: Every enumeration in the spec, in the spec's order.
SPEC_ENUMS: dict[tuple[str, str], list[str]] = {
    ("Client", "kind"): ["person", "organisation"],
    ("Case", "procedure"): ["civil", "criminal", "administrative", "economic", "other"],
    ("Case", "status"): ["open", "decided", "appeal", "closed"],
    ("DismissedIrregularity", "flag"): [
        "same_day_decision", "short_notice", "postponement_denied",
        "witness_examination_denied", "all_defence_motions_denied",
        "request_returned_or_ignored", "evidence_refused", "evidence_seized",
    ],
    ("Party", "role"): [
        "claimant", "prosecutor", "judge", "witness", "expert", "counsel", "authority", "other",
    ],
    ("Hearing", "status"): ["scheduled", "held", "postponed", "cancelled"],
    ("Motion", "kind"): [
        "postponement", "witness_examination", "file_access", "recusal",
        "evidence_admission", "evidence_exclusion", "expert_examination", "other",
    ],
    ("Motion", "filed_by"): ["defence", "prosecution", "claimant", "court", "other"],
    ("Motion", "form"): ["written", "oral"],
    ("Motion", "status"): [
        "draft", "filed", "granted", "partly_granted", "denied", "withdrawn", "not_considered",
    ],
    ("Request", "authority_kind"): [
        "ministry", "police", "prosecutor", "registry", "court", "other",
    ],
    ("Request", "status"): ["pending", "granted", "denied", "ignored", "returned"],
    ("Evidence", "kind"): [
        "document", "photo", "audio", "video", "physical", "testimony", "other",
    ],
    ("Evidence", "status"): ["collected", "offered", "admitted", "refused", "seized"],
    ("Event", "category"): ["procedural", "fact", "harassment", "other"],
}  # fmt: skip

#: Defaults the spec states.
SPEC_DEFAULTS: dict[tuple[str, str], Any] = {
    ("Case", "status"): "open",
    ("Case", "notice_threshold_days"): 14,
    ("Hearing", "status"): "scheduled",
    ("Motion", "status"): "filed",
    ("Request", "status"): "pending",
}

SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def _full_document() -> dict[str, Any]:
    """A document that sets every field the spec defines, all valid."""
    return {
        "format": "casefiles",
        "version": 1,
        "exported_at": "2024-05-01T08:15:30.250Z",
        "standards": [{"code": "LOCAL-1", "title": "Local constitution, art. 1"}],
        "clients": [
            {
                "key": "c1", "name": "Амина Садыкова", "kind": "person",
                "phone": "+000 555 0101", "email": "a@example.invalid",
                "address": "Line 1\nLine 2", "notes": "",
            }
        ],
        "cases": [
            {
                "key": "k1", "reference": "EC-1/2024", "title": "Ministry v. Union",
                "court": "Economic Court", "judge": "Judge R.", "procedure": "economic",
                "status": "closed", "opened_on": "2024-03-02", "summary": "قضية",
                "notice_threshold_days": 0,
                "dismissed_irregularities": [
                    {"flag": "short_notice", "reason": "Notice was served properly."}
                ],
                "clients": [{"client": "c1", "role": "defendant"}],
                "parties": [{"key": "p1", "name": "Ministry", "role": "claimant", "notes": "x"}],
                "hearings": [
                    {
                        "key": "h1", "starts_at": "2024-03-20T10:00:30", "court": "EC",
                        "room": "4", "judge": "Judge R.", "purpose": "merits",
                        "status": "postponed", "notice_received_on": "2024-03-18",
                        "decision_announced_on": "2024-03-20", "outcome": "o", "notes": "n",
                    }
                ],
                "motions": [
                    {
                        "key": "m1", "title": "Postpone", "kind": "recusal",
                        "filed_by": "court", "form": "oral", "filed_on": "2024-03-19",
                        "hearing": "h1", "status": "not_considered", "ruled_on": "2024-03-20",
                        "ruling": "r", "objection": "o", "standards": ["LOCAL-1", "ECHR-6.1"],
                        "notes": "n",
                    }
                ],
                "requests": [
                    {
                        "key": "r1", "authority": "Police", "authority_kind": "police",
                        "request": "Copy of the file", "requested_on": "2024-01-01",
                        "hearing": "h1", "status": "ignored", "answered_on": "2024-02-01",
                        "reason_given": "", "follow_up": "Complaint filed", "standards": [],
                        "notes": "n",
                    }
                ],
                "evidence": [
                    {
                        "key": "e1", "exhibit": "AAA", "title": "Photo", "description": "d",
                        "kind": "photo", "source": "s", "obtained_on": "2024-03-05",
                        "status": "seized", "hearing": "h1", "file_name": "photo 1.jpg",
                        "sha256": SHA,
                        "custody": [
                            {
                                "on": "2024-03-05T09:30", "action": "sealed", "from": "A",
                                "to": "B", "note": "bag no. 7",
                            },
                            {"on": "2024-03-06", "action": "handed over"},
                        ],
                    }
                ],
                "events": [
                    {
                        "key": "ev1", "date": "2024", "title": "Law adopted",
                        "description": "d", "category": "fact", "source": "Gazette",
                        "standards": ["ILO-C87-4"],
                    }
                ],
            }
        ],
    }  # fmt: skip


# --- the schema itself -----------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://casefiles.invalid/schema/casefile-json-v1.json"


def test_schema_has_a_def_for_every_record(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    for name in RECORDS:
        assert defs[name]["type"] == "object", name


def test_every_object_forbids_unknown_fields(schema: dict[str, Any]) -> None:
    objects = [(where, node) for where, node in _walk(schema) if node.get("type") == "object"]
    assert len(objects) == 1 + len(RECORDS)  # the document and each record
    for where, node in objects:
        assert node.get("additionalProperties") is False, where


def test_every_field_has_a_description(schema: dict[str, Any]) -> None:
    described = 0
    for where, node in _walk(schema):
        for name, sub in node.get("properties", {}).items():
            text = sub.get("description")
            assert isinstance(text, str), f"{where}/properties/{name}"
            assert text.strip(), f"{where}/properties/{name}"
            described += 1
    assert described == 6 + sum(len(fields) for fields, _ in SPEC_FIELDS.values())


def test_document_fields_and_required(schema: dict[str, Any]) -> None:
    assert set(schema["properties"]) == {
        "format", "version", "exported_at", "standards", "clients", "cases",
    }  # fmt: skip
    assert sorted(schema["required"]) == ["format", "version"]
    assert schema["properties"]["format"]["const"] == "casefiles"
    assert schema["properties"]["version"]["const"] == 1


@pytest.mark.parametrize("record", RECORDS)
def test_record_fields_and_required_match_the_spec(schema: dict[str, Any], record: str) -> None:
    fields, required = SPEC_FIELDS[record]
    definition = schema["$defs"][record]
    assert list(definition["properties"]) == fields
    assert sorted(definition.get("required", [])) == sorted(required)


@pytest.mark.parametrize(("record", "field"), list(SPEC_ENUMS))
def test_enumerations_match_the_spec_exactly(
    schema: dict[str, Any], record: str, field: str
) -> None:
    assert schema["$defs"][record]["properties"][field]["enum"] == SPEC_ENUMS[(record, field)]


def test_no_other_enumerations_than_the_spec_lists(schema: dict[str, Any]) -> None:
    found = {
        (name, field)
        for name, definition in schema["$defs"].items()
        for field, sub in definition.get("properties", {}).items()
        if "enum" in sub
    }
    assert found == set(SPEC_ENUMS)


def test_defaults_match_the_spec(schema: dict[str, Any]) -> None:
    found = {
        (name, field): sub["default"]
        for name, definition in schema["$defs"].items()
        for field, sub in definition.get("properties", {}).items()
        if "default" in sub
    }
    assert found == SPEC_DEFAULTS


# --- documents that must validate ------------------------------------------------------


def test_spec_example_validates_with_zero_errors(
    validator: Draft202012Validator, example: dict[str, Any]
) -> None:
    assert example["format"] == "casefiles"
    assert len(example["cases"][0]["motions"]) == 2  # really the spec's example
    assert _errors(validator, example) == []


def test_minimal_document_validates(validator: Draft202012Validator) -> None:
    assert _errors(validator, {"format": "casefiles", "version": 1}) == []
    empty_lists = {"format": "casefiles", "version": 1, "standards": [], "clients": [], "cases": []}
    assert _errors(validator, empty_lists) == []


def test_document_with_every_field_validates(
    schema: dict[str, Any], validator: Draft202012Validator
) -> None:
    doc = _full_document()
    assert _errors(validator, doc) == []
    # and it really does exercise every field of every record
    case = doc["cases"][0]
    samples = {
        "Client": doc["clients"][0],
        "Case": case,
        "CaseClient": case["clients"][0],
        "DismissedIrregularity": case["dismissed_irregularities"][0],
        "Party": case["parties"][0],
        "Hearing": case["hearings"][0],
        "Motion": case["motions"][0],
        "Request": case["requests"][0],
        "Evidence": case["evidence"][0],
        "CustodyStep": case["evidence"][0]["custody"][0],
        "Event": case["events"][0],
        "Standard": doc["standards"][0],
    }
    for name, sample in samples.items():
        assert set(sample) == set(schema["$defs"][name]["properties"]), name
    assert set(doc) == set(schema["properties"])


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("exported_at", "2024-05-01T12:00Z"),
        ("exported_at", "2024-05-01T12:00:59Z"),
        ("exported_at", "2024-05-01T12:00:59.123456Z"),
        ("cases/0/events/0/date", "2024"),
        ("cases/0/events/0/date", "2024-04"),
        ("cases/0/events/0/date", "2024-04-15"),
        ("cases/0/evidence/0/custody/0/on", "2024-03-05"),
        ("cases/0/evidence/0/custody/0/on", "2024-03-05T09:30"),
        ("cases/0/evidence/0/custody/0/on", "2024-03-05T09:30:15"),
        ("cases/0/hearings/0/starts_at", "2024-03-20T10:00"),
        ("cases/0/notice_threshold_days", 0),
        ("cases/0/notice_threshold_days", 365),
        ("cases/0/evidence/0/exhibit", "A"),
        ("cases/0/evidence/0/exhibit", "ZZZ"),
        ("cases/0/key", "k" * 64),
        ("cases/0/summary", ""),
        ("cases/0/summary", "Қазақ тілі\nالعربية\n\tРусский 🙂"),
        ("standards/0/code", "ICCPR-14.3.b"),
        ("standards/0/code", "A" * 32),
        ("standards/0/code", "ILO-C98-1"),
    ],
)
def test_edge_values_that_the_spec_allows(
    validator: Draft202012Validator, path: str, value: Any
) -> None:
    doc = _full_document()
    set_at(path, value)(doc)
    assert _errors(validator, doc) == []


# --- documents that must not validate: one precise error each ---------------------------

C = "cases/0"
NEGATIVE_CASES: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    # enumerations
    ("motion-status-rejected", set_at(f"{C}/motions/0/status", "rejected"),
     f"{C}/motions/0/status", "enum"),
    ("enum-is-lowercase", set_at(f"{C}/motions/0/status", "Denied"),
     f"{C}/motions/0/status", "enum"),
    ("client-kind-company", set_at("clients/0/kind", "company"), "clients/0/kind", "enum"),
    ("party-role-defendant", set_at(f"{C}/parties/0/role", "defendant"),
     f"{C}/parties/0/role", "enum"),
    ("case-status-archived", set_at(f"{C}/status", "archived"), f"{C}/status", "enum"),
    ("dismissed-flag-unknown",
     set_at(f"{C}/dismissed_irregularities", [{"flag": "late_notice", "reason": "r"}]),
     f"{C}/dismissed_irregularities/0/flag", "enum"),
    # unknown fields
    ("unknown-top-level-field", set_at("exportedAt", "2024-05-01T12:00Z"), "",
     "additionalProperties"),
    ("unknown-client-field", set_at("clients/1/mobile", "+1"), "clients/1",
     "additionalProperties"),
    ("unknown-case-field", set_at(f"{C}/defendants", []), C, "additionalProperties"),
    ("unknown-custody-field", set_at(f"{C}/evidence/0/custody/0/by", "x"),
     f"{C}/evidence/0/custody/0", "additionalProperties"),
    ("unknown-dismissed-field",
     set_at(f"{C}/dismissed_irregularities", [{"flag": "short_notice", "note": "r"}]),
     f"{C}/dismissed_irregularities/0", "additionalProperties"),
    ("unknown-standard-field",
     set_at("standards", [{"code": "X-1", "title": "t", "title_ru": "т"}]),
     "standards/0", "additionalProperties"),
    # required fields
    ("missing-format", delete_at("format"), "", "required"),
    ("missing-version", delete_at("version"), "", "required"),
    ("missing-case-title", delete_at(f"{C}/title"), C, "required"),
    ("missing-case-reference", delete_at(f"{C}/reference"), C, "required"),
    ("missing-client-kind", delete_at("clients/0/kind"), "clients/0", "required"),
    ("missing-party-role", delete_at(f"{C}/parties/0/role"), f"{C}/parties/0", "required"),
    ("missing-hearing-starts-at", delete_at(f"{C}/hearings/0/starts_at"),
     f"{C}/hearings/0", "required"),
    ("missing-motion-key", delete_at(f"{C}/motions/1/key"), f"{C}/motions/1", "required"),
    ("missing-request-text", delete_at(f"{C}/requests/0/request"),
     f"{C}/requests/0", "required"),
    ("missing-evidence-title", delete_at(f"{C}/evidence/0/title"),
     f"{C}/evidence/0", "required"),
    ("missing-custody-action", delete_at(f"{C}/evidence/0/custody/0/action"),
     f"{C}/evidence/0/custody/0", "required"),
    ("missing-event-date", delete_at(f"{C}/events/1/date"), f"{C}/events/1", "required"),
    ("missing-case-client-key", set_at(f"{C}/clients/0", {"role": "defendant"}),
     f"{C}/clients/0", "required"),
    ("missing-dismissed-flag", set_at(f"{C}/dismissed_irregularities", [{"reason": "r"}]),
     f"{C}/dismissed_irregularities/0", "required"),
    ("missing-standard-title", set_at("standards", [{"code": "X-1"}]), "standards/0",
     "required"),
    # constants
    ("version-2", set_at("version", 2), "version", "const"),
    ("format-misspelt", set_at("format", "casefile"), "format", "const"),
    # dates and date-times
    ("date-with-slashes", set_at(f"{C}/opened_on", "2024/03/02"), f"{C}/opened_on", "pattern"),
    ("date-two-digit-year", set_at(f"{C}/hearings/0/notice_received_on", "24-03-18"),
     f"{C}/hearings/0/notice_received_on", "pattern"),
    ("date-with-time", set_at(f"{C}/motions/0/ruled_on", "2024-03-20T10:00"),
     f"{C}/motions/0/ruled_on", "pattern"),
    ("date-trailing-newline", set_at(f"{C}/opened_on", "2024-03-02\n"),
     f"{C}/opened_on", "pattern"),
    ("date-non-ascii-digits", set_at(f"{C}/opened_on", "٢٠٢٤-٠٣-٠٢"),
     f"{C}/opened_on", "pattern"),
    ("starts-at-with-space", set_at(f"{C}/hearings/0/starts_at", "2024-03-20 10:00"),
     f"{C}/hearings/0/starts_at", "pattern"),
    ("starts-at-date-only", set_at(f"{C}/hearings/0/starts_at", "2024-03-20"),
     f"{C}/hearings/0/starts_at", "pattern"),
    ("starts-at-with-zone", set_at(f"{C}/hearings/0/starts_at", "2024-03-20T10:00Z"),
     f"{C}/hearings/0/starts_at", "pattern"),
    ("exported-at-without-z", set_at("exported_at", "2024-05-01T12:00:00"), "exported_at",
     "pattern"),
    ("exported-at-with-offset", set_at("exported_at", "2024-05-01T12:00:00+00:00"),
     "exported_at", "pattern"),
    ("exported-at-date-only", set_at("exported_at", "2024-05-01"), "exported_at", "pattern"),
    ("event-date-two-digit-year", set_at(f"{C}/events/1/date", "24-01"),
     f"{C}/events/1/date", "pattern"),
    ("event-date-one-digit-month", set_at(f"{C}/events/1/date", "2024-4"),
     f"{C}/events/1/date", "pattern"),
    ("event-date-with-time", set_at(f"{C}/events/0/date", "2024-03-02T10:00"),
     f"{C}/events/0/date", "pattern"),
    ("custody-on-words", set_at(f"{C}/evidence/0/custody/0/on", "yesterday"),
     f"{C}/evidence/0/custody/0/on", "pattern"),
    ("custody-on-month-only", set_at(f"{C}/evidence/0/custody/0/on", "2024-03"),
     f"{C}/evidence/0/custody/0/on", "pattern"),
    # notice threshold
    ("notice-threshold-negative", set_at(f"{C}/notice_threshold_days", -1),
     f"{C}/notice_threshold_days", "minimum"),
    ("notice-threshold-over-a-year", set_at(f"{C}/notice_threshold_days", 366),
     f"{C}/notice_threshold_days", "maximum"),
    ("notice-threshold-fraction", set_at(f"{C}/notice_threshold_days", 14.5),
     f"{C}/notice_threshold_days", "type"),
    ("notice-threshold-string", set_at(f"{C}/notice_threshold_days", "14"),
     f"{C}/notice_threshold_days", "type"),
    # hashes and exhibit labels
    ("sha256-uppercase", set_at(f"{C}/evidence/0/sha256", SHA.upper()),
     f"{C}/evidence/0/sha256", "pattern"),
    ("sha256-too-short", set_at(f"{C}/evidence/0/sha256", SHA[:-1]),
     f"{C}/evidence/0/sha256", "pattern"),
    ("sha256-with-prefix", set_at(f"{C}/evidence/0/sha256", "sha256:" + SHA),
     f"{C}/evidence/0/sha256", "pattern"),
    ("exhibit-lowercase", set_at(f"{C}/evidence/0/exhibit", "a"),
     f"{C}/evidence/0/exhibit", "pattern"),
    ("exhibit-four-letters", set_at(f"{C}/evidence/0/exhibit", "ABCD"),
     f"{C}/evidence/0/exhibit", "pattern"),
    ("exhibit-number", set_at(f"{C}/evidence/0/exhibit", "1"),
     f"{C}/evidence/0/exhibit", "pattern"),
    ("exhibit-empty", set_at(f"{C}/evidence/0/exhibit", ""),
     f"{C}/evidence/0/exhibit", "pattern"),
    # keys and required text
    ("key-empty", set_at(f"{C}/parties/0/key", ""), f"{C}/parties/0/key", "minLength"),
    ("key-too-long", set_at("clients/0/key", "c" * 65), "clients/0/key", "maxLength"),
    ("key-not-a-string", set_at(f"{C}/hearings/0/key", 1), f"{C}/hearings/0/key", "type"),
    ("hearing-ref-empty", set_at(f"{C}/motions/0/hearing", ""), f"{C}/motions/0/hearing",
     "minLength"),
    ("case-title-empty", set_at(f"{C}/title", ""), f"{C}/title", "minLength"),
    ("case-reference-empty", set_at(f"{C}/reference", ""), f"{C}/reference", "minLength"),
    ("client-name-empty", set_at("clients/1/name", ""), "clients/1/name", "minLength"),
    ("request-authority-empty", set_at(f"{C}/requests/0/authority", ""),
     f"{C}/requests/0/authority", "minLength"),
    ("custody-action-empty", set_at(f"{C}/evidence/0/custody/0/action", ""),
     f"{C}/evidence/0/custody/0/action", "minLength"),
    ("nul-in-text", set_at("clients/0/notes", "before\x00after"), "clients/0/notes",
     "pattern"),
    ("null-for-absent-field", set_at(f"{C}/court", None), f"{C}/court", "type"),
    # standards
    ("record-standards-duplicate", set_at(f"{C}/motions/0/standards", ["ECHR-6.1"] * 2),
     f"{C}/motions/0/standards", "uniqueItems"),
    ("record-standards-empty-code", set_at(f"{C}/events/0/standards", [""]),
     f"{C}/events/0/standards/0", "minLength"),
    ("record-standards-not-a-list", set_at(f"{C}/requests/0/standards", "ILO-C87-3"),
     f"{C}/requests/0/standards", "type"),
    ("standard-code-leading-dash", set_at("standards", [{"code": "-X", "title": "t"}]),
     "standards/0/code", "pattern"),
    ("standard-code-with-space", set_at("standards", [{"code": "ICCPR 14", "title": "t"}]),
     "standards/0/code", "pattern"),
    ("standard-code-too-long", set_at("standards", [{"code": "A" * 33, "title": "t"}]),
     "standards/0/code", "pattern"),
    ("standard-title-empty", set_at("standards", [{"code": "X-1", "title": ""}]),
     "standards/0/title", "minLength"),
    # shapes
    ("cases-not-a-list", set_at("cases", {"k1": {}}), "cases", "type"),
    ("custody-not-a-list", set_at(f"{C}/evidence/0/custody", {"on": "2024-03-05"}),
     f"{C}/evidence/0/custody", "type"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "path", "keyword"),
    [pytest.param(m, p, k, id=name) for name, m, p, k in NEGATIVE_CASES],
)
def test_invalid_document_reports_path_and_rule(
    validator: Draft202012Validator,
    example: dict[str, Any],
    mutate: Callable[[dict[str, Any]], None],
    path: str,
    keyword: str,
) -> None:
    assert _errors(validator, example) == []  # the starting point is valid
    mutate(example)
    assert _errors(validator, example) == [(path, keyword)]


def test_negative_case_ids_are_unique() -> None:
    names = [name for name, *_ in NEGATIVE_CASES]
    assert len(names) == len(set(names))


def test_rejected_motion_status_lists_the_allowed_values_in_spec_order(
    validator: Draft202012Validator, example: dict[str, Any]
) -> None:
    example["cases"][0]["motions"][0]["status"] = "rejected"
    (error,) = list(validator.iter_errors(example))
    assert list(error.absolute_path) == ["cases", 0, "motions", 0, "status"]
    assert error.instance == "rejected"
    assert error.validator_value == [
        "draft", "filed", "granted", "partly_granted", "denied", "withdrawn", "not_considered",
    ]  # fmt: skip


def test_all_errors_are_reported_not_just_the_first(
    validator: Draft202012Validator, example: dict[str, Any]
) -> None:
    example["version"] = 2
    example["clients"][0]["kind"] = "company"
    example["cases"][0]["evidence"][0]["sha256"] = SHA.upper()
    del example["cases"][0]["events"][0]["title"]
    assert _errors(validator, example) == [
        ("cases/0/events/0", "required"),
        ("cases/0/evidence/0/sha256", "pattern"),
        ("clients/0/kind", "enum"),
        ("version", "const"),
    ]
