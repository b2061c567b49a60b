"""Checking an interchange document before anything is written.

First the JSON Schema shipped in `resources/schema/` (structure, types,
enumerations, patterns), then the rules a schema cannot state (real calendar
dates, unique keys, references between records, known standard codes, NUL
and unpaired surrogates).  Every problem names its JSON path and the rule.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from casefiles.domain.dates import is_partial_date, parse_date, parse_datetime
from casefiles.domain.standards import BUILT_IN_CODES
from casefiles.resources import resource

SCHEMA_PATH = resource("schema", "casefile-json-v1.schema.json")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_CASE_LISTS = ("parties", "hearings", "motions", "requests", "evidence", "events")
_MAX_QUOTE = 40


@cache
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def validator() -> Draft202012Validator:
    """The reference validator: slow, and explains every error."""
    return Draft202012Validator(_schema())


@cache
def fast_validator() -> Any:
    """The same schema compiled to Python (fastjsonschema): 30x faster on a valid document.

    Most imports are valid, so they take the fast path; an invalid one is
    explained by the reference validator.  A test checks that both agree.
    """
    return fastjsonschema.compile(_schema())


def json_path(parts: Iterable[str | int]) -> str:
    """`cases[0].motions[3].status` from ("cases", 0, "motions", 3, "status")."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _NAME.fullmatch(part):
            out += f"[{quote(part)}]"  # a field name with spaces, dots or control characters
        else:
            out += f".{part}" if out else part
    return out or "(document)"


def quote(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > _MAX_QUOTE:
        text = text[: _MAX_QUOTE - 1] + "…"
    return text


def _describe_pattern(pattern: str) -> str:
    """What a schema pattern asks for, in words."""
    rules = (
        ("Z$", "a UTC date-time (YYYY-MM-DDTHH:MM:SSZ)"),
        ("(T", "a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM)"),
        ("T[0-9]", "a date-time (YYYY-MM-DDTHH:MM)"),
        ("(-[0-9]{2}(-", "a date, full or partly known (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("^[0-9]{4}-", "a date (YYYY-MM-DD)"),
        ("a-f", "64 lowercase hexadecimal digits (a SHA-256)"),
        ("[A-Z]{1,3}", "an exhibit label in capital letters (A, B, ..., AA)"),
        ("A-Za-z0-9", "a standard code (letters, digits, dots and dashes)"),
        ("u0000", "text without NUL characters"),
    )
    for marker, words in rules:
        if marker in pattern:
            return words
    return f"in the form {pattern}"


_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "object": "an object",
    "array": "a list",
    "boolean": "true or false",
    "number": "a number",
}


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def describe(error: ValidationError) -> list[str]:
    """One user-facing line per problem in a schema error."""
    path = list(error.absolute_path)
    where = json_path(path)
    v = error.validator
    if v == "required":
        missing = [n for n in error.validator_value if n not in error.instance]
        return [f"{json_path([*path, n])}: required field is missing" for n in missing]
    if v == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = [n for n in error.instance if n not in allowed]
        return [
            f"{json_path([*path, n])}: unknown field (check the spelling against the format)"
            for n in extra
        ]
    if v == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return [f"{where}: {quote(error.instance)} is not one of {options}"]
    if v == "const":
        return [f"{where}: must be {quote(error.validator_value)}, not {quote(error.instance)}"]
    if v == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(n, n) for n in names)
        return [f"{where}: must be {wanted}, not {_type_of(error.instance)}"]
    if v == "pattern":
        return [
            f"{where}: {quote(error.instance)} is not {_describe_pattern(error.validator_value)}"
        ]
    if v == "minLength":
        return [f"{where}: must not be empty"]
    if v == "maxLength":
        return [f"{where}: is longer than {error.validator_value} characters"]
    if v == "minimum":
        return [f"{where}: must be at least {error.validator_value}"]
    if v == "maximum":
        return [f"{where}: must be at most {error.validator_value}"]
    if v == "uniqueItems":
        return [f"{where}: lists the same item twice"]
    if v in ("anyOf", "oneOf"):
        best = min(error.context or [], key=lambda e: len(list(e.absolute_path)), default=None)
        if best is not None and best.validator == "pattern":
            return [
                f"{where}: {quote(error.instance)} is not {_describe_pattern(best.validator_value)}"
            ]
        return [f"{where}: {quote(error.instance)} is not a valid value here"]
    return [f"{where}: breaks the rule '{v}'"]


@cache
def _fast_validator_for_clean_text() -> Any:
    """`fast_validator` without the schema's "no NUL" patterns, for a document that
    `text_problems` found clean (no NUL in any string, keys included): those patterns
    cannot fail on it, and they cost a regular-expression search per string."""
    return fastjsonschema.compile(_without_nul_patterns(_schema()))


_NO_NUL = "^[^\\u0000]*$"


def _without_nul_patterns(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _without_nul_patterns(v)
            for k, v in node.items()
            if not (k == "pattern" and v == _NO_NUL)
        }
    if isinstance(node, list):
        return [_without_nul_patterns(v) for v in node]
    return node


def schema_problems(doc: Any, *, text_checked: bool = False) -> list[str]:
    """The schema's problems; `text_checked` when `text_problems(doc)` is empty (faster)."""
    fast = _fast_validator_for_clean_text() if text_checked else fast_validator()
    try:
        fast(doc)
    except fastjsonschema.JsonSchemaException as err:
        fast_message = str(getattr(err, "message", "")) or "breaks the format"
    else:
        return []
    errors = sorted(validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    problems: list[str] = []
    for error in errors:
        problems.extend(describe(error))
    return problems or [f"(document): {fast_message}"]


def _walk_strings(node: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield [*path, k], k
            yield from _walk_strings(v, [*path, k])
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk_strings(v, [*path, i])


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean_text(doc: Any) -> bool:
    """A quick look at the whole document as JSON text (NUL is escaped as `\\u0000` there,
    a lone surrogate kept): True when no string can hold either; else walk it for paths."""
    try:
        text = json.dumps(doc, ensure_ascii=False)
    except (TypeError, ValueError):
        return False
    return "\\u0000" not in text and _SURROGATE.search(text) is None


def text_problems(doc: Any) -> list[str]:
    """NUL characters and unpaired surrogates anywhere, keys of objects included."""
    if _clean_text(doc):
        return []
    problems = []
    for path, text in _walk_strings(doc, []):
        if "\x00" in text:
            problems.append(f"{json_path(path)}: contains a NUL character, which is not allowed")
        elif _SURROGATE.search(text):
            problems.append(
                f"{json_path(path)}: contains an unpaired surrogate (broken UTF-16 text)"
            )
    return problems


def _check_unique(
    items: list[Any], field: str, base: list[str | int], what: str, problems: list[str]
) -> None:
    seen: dict[Any, int] = {}
    for i, item in enumerate(items):
        value = item.get(field)
        if value is None:
            continue
        if value in seen:
            problems.append(
                f"{json_path([*base, i, field])}: {what} {quote(value)} is used twice "
                f"(also at {json_path([*base, seen[value]])})"
            )
        else:
            seen[value] = i


def _date_check(value: Any, path: list[str | int], kind: str, problems: list[str]) -> None:
    if not isinstance(value, str):
        return
    try:
        if kind == "date":
            parse_date(value)
        elif kind == "datetime":
            parse_datetime(value)
        elif kind == "either":
            (parse_datetime if "T" in value else parse_date)(value)
        elif kind == "partial" and not is_partial_date(value):
            raise ValueError(value)
    except ValueError:
        problems.append(f"{json_path(path)}: {quote(value)} is not a real calendar date")


_DATE_FIELDS: dict[str, dict[str, str]] = {
    "hearings": {
        "starts_at": "datetime",
        "notice_received_on": "date",
        "decision_announced_on": "date",
    },
    "motions": {"filed_on": "date", "ruled_on": "date"},
    "requests": {"requested_on": "date", "answered_on": "date"},
    "evidence": {"obtained_on": "date"},
    "events": {"date": "partial"},
}


def reference_problems(doc: dict[str, Any], known_standards: set[str]) -> list[str]:
    """Rules across records, for a document that passed the schema."""
    problems: list[str] = []
    clients = doc.get("clients", [])
    cases = doc.get("cases", [])
    extra = doc.get("standards", [])
    _check_unique(clients, "key", ["clients"], "client key", problems)
    _check_unique(cases, "key", ["cases"], "case key", problems)
    _check_unique(cases, "reference", ["cases"], "case reference", problems)
    _check_unique(extra, "code", ["standards"], "standard code", problems)
    client_keys = {c["key"] for c in clients}
    standards = known_standards | BUILT_IN_CODES | {s["code"] for s in extra}
    for ci, case in enumerate(cases):
        base: list[str | int] = ["cases", ci]
        _date_check(case.get("opened_on"), [*base, "opened_on"], "date", problems)
        for name in _CASE_LISTS:
            _check_unique(case.get(name, []), "key", [*base, name], "key", problems)
        _check_unique(
            case.get("evidence", []), "exhibit", [*base, "evidence"], "exhibit label", problems
        )
        _check_unique(case.get("clients", []), "client", [*base, "clients"], "client", problems)
        _check_unique(
            case.get("dismissed_irregularities", []),
            "flag",
            [*base, "dismissed_irregularities"],
            "flag",
            problems,
        )
        for i, link in enumerate(case.get("clients", [])):
            if link["client"] not in client_keys:
                problems.append(
                    f"{json_path([*base, 'clients', i, 'client'])}: no client with key "
                    f"{quote(link['client'])} in this document's clients"
                )
        hearing_keys = {h["key"] for h in case.get("hearings", [])}
        for name, date_fields in _DATE_FIELDS.items():
            for i, rec in enumerate(case.get(name, [])):
                for field, kind in date_fields.items():
                    _date_check(rec.get(field), [*base, name, i, field], kind, problems)
        for name in ("motions", "requests", "evidence"):
            for i, rec in enumerate(case.get(name, [])):
                ref = rec.get("hearing")
                if ref is not None and ref not in hearing_keys:
                    problems.append(
                        f"{json_path([*base, name, i, 'hearing'])}: no hearing with key "
                        f"{quote(ref)} in this case"
                    )
        for name in ("motions", "requests", "events"):
            for i, rec in enumerate(case.get(name, [])):
                for j, code in enumerate(rec.get("standards", [])):
                    if code not in standards:
                        problems.append(
                            f"{json_path([*base, name, i, 'standards', j])}: unknown standard "
                            f"{quote(code)}; use a built-in code or define it in the "
                            "document's standards"
                        )
        for i, rec in enumerate(case.get("evidence", [])):
            for j, step in enumerate(rec.get("custody", [])):
                _date_check(
                    step.get("on"), [*base, "evidence", i, "custody", j, "on"], "either", problems
                )
    return problems


def document_problems(doc: Any, known_standards: set[str] | None = None) -> list[str]:
    """Every problem in a parsed document; empty when it can be imported."""
    problems = text_problems(doc)
    if problems:
        return problems
    problems = schema_problems(doc, text_checked=True)
    if problems:
        return problems
    return reference_problems(doc, known_standards or set())
