"""The trail's canonical form is RFC 8785, and an entry's hash is pinned."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from casefiles.domain.enums import ClientKind
from casefiles.storage import audit as trail

_KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(st.characters(exclude_categories=["Cs"]))
    | st.floats(allow_nan=False, allow_infinity=False)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_canonical_is_rfc8785(value: object) -> None:
    assert trail.canonical(value) == rfc8785.dumps(value)


def test_a_redacted_value_has_the_digest_of_the_value() -> None:
    value = "Privileged: «note»\n"
    digest = trail.value_digest(value)
    assert trail.value_digest(trail.redacted(digest)) == digest
    assert trail.is_redacted(trail.redacted(digest))
    assert not trail.is_redacted({"redacted": "not hex"})


def test_the_entry_hash_is_pinned() -> None:
    entry = {
        "seq": 1,
        "at": "2026-01-02T03:04:05.000006Z",
        "source": "cli",
        "actor": "counsel",
        "action": "update",
        "case_key": "k1",
        "case_ref": "2-1187/2025",
        "record_type": "motions",
        "record_key": "m1",
        "parent": None,
        "changes": [
            {"field": "notes", "old": "до", "new": "после"},
            {"field": "standards", "new": ["ECHR-6.1"]},
        ],
        "prev_hash": trail.GENESIS,
    }
    digest = trail.entry_digest(entry)

    # Spelled out: SHA-256 over a domain line and the RFC 8785 form of the entry in
    # which each value is replaced by the SHA-256 of its own RFC 8785 form.
    def h(value: object) -> str:
        return hashlib.sha256(rfc8785.dumps(value)).hexdigest()

    body = {
        **{k: v for k, v in entry.items() if k not in ("changes", "prev_hash")},
        "changes": [
            {"field": "notes", "old": h("до"), "new": h("после")},
            {"field": "standards", "old": None, "new": h(["ECHR-6.1"])},
        ],
        "prev": trail.GENESIS,
    }
    expected = b"casefiles audit entry v1\n" + rfc8785.dumps(body)
    assert digest == hashlib.sha256(expected).hexdigest()
    assert digest == "8d014e30834b39b14284f26cc3c2455c9d9ff996f86d75f7d69c48c898a799c9"
    redacted = {
        **entry,
        "changes": [
            {"field": "notes", "old": trail.redacted(trail.value_digest("до")), "new": "после"},
            entry["changes"][1],  # type: ignore[index]
        ],
    }
    assert trail.entry_digest(redacted) == digest


# -- the fast paths write what the general ones write --------------------------------------

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _general_canonical(value: object) -> bytes:
    """The encoder's compact, sorted form (RFC 8785's for all but floats)."""
    if trail._has_float(value):
        return bytes(rfc8785.dumps(value))
    return _ENCODER.encode(value).encode("utf-8", "surrogatepass")


def _general_entry_digest(entry: dict[str, Any]) -> str:
    """An entry's hash as first written: the body built as a dict, then encoded whole."""

    def digest(value: object) -> str:
        if trail.is_redacted(value):
            return str(value["redacted"])  # type: ignore[index]
        return hashlib.sha256(_general_canonical(value)).hexdigest()

    body = {
        **{k: entry[k] for k in _HEADER},
        "changes": [
            {
                "field": c["field"],
                "old": digest(c["old"]) if "old" in c else None,
                "new": digest(c["new"]) if "new" in c else None,
            }
            for c in entry["changes"]
        ],
        "prev": entry["prev_hash"],
    }
    text = _ENCODER.encode(body).encode("utf-8", "surrogatepass")
    return hashlib.sha256(b"casefiles audit entry v1\n" + text).hexdigest()


_HEADER = (
    "seq",
    "at",
    "source",
    "actor",
    "action",
    "case_key",
    "case_ref",
    "record_type",
    "record_key",
    "parent",
)
#: Text with everything an entry may hold: any code point, lone surrogates included.
_ANY_TEXT = st.text(st.characters(), max_size=12)
_TRAIL_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | _ANY_TEXT
    | st.sampled_from(list(ClientKind))
    | st.floats(allow_nan=False, allow_infinity=False)
)
_TRAIL_VALUES = st.recursive(
    _TRAIL_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(_ANY_TEXT, max_size=4)
        | st.dictionaries(_KEYS, inner, max_size=4)
    ),
    max_leaves=12,
)
_FIELDS = st.sampled_from(["title", "status", "from", "custody", "standards"]) | _ANY_TEXT


#: Without floats (whose RFC 8785 form refuses lone surrogates and integers past 2**53).
_EXACT_VALUES = st.recursive(
    _TRAIL_SCALARS.filter(lambda v: not isinstance(v, float)),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(_ANY_TEXT, max_size=4)
        | st.dictionaries(_KEYS, inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def _changes(draw: st.DrawFn, values: Any = _TRAIL_VALUES) -> list[dict[str, Any]]:
    out = []
    for name in draw(st.lists(_FIELDS, max_size=5)):
        change: dict[str, Any] = {"field": name}
        if draw(st.booleans()):
            change["old"] = draw(values | st.builds(trail.redacted, st.just("a" * 64)))
        if draw(st.booleans()):
            change["new"] = draw(values)
        out.append(change)
    return out


@settings(max_examples=400, deadline=None)
@given(_TRAIL_VALUES)
def test_canonical_fast_paths_equal_the_encoder(value: object) -> None:
    def general_digest(v: object) -> str:
        return hashlib.sha256(_general_canonical(v)).hexdigest()

    assert _outcome(trail.canonical, value) == _outcome(_general_canonical, value)
    assert _outcome(trail.value_digest, value) == _outcome(general_digest, value)


def _outcome(f: Any, value: object) -> tuple[str, object]:
    """What `f(value)` gives, or the type of what it raises (rfc8785's refusals)."""
    try:
        return "ok", f(value)
    except Exception as err:  # noqa: BLE001 - compared, not swallowed
        return "raised", type(err)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_ANY_TEXT | st.none(), min_size=10, max_size=10),
    st.integers(min_value=0, max_value=2**40),
    _changes(),
)
def test_entry_digest_written_out_equals_the_encoded_body(
    header: list[str | None], seq: int, changes: list[dict[str, Any]]
) -> None:
    entry: dict[str, Any] = dict(zip(_HEADER, header, strict=True))
    entry["seq"] = seq
    entry["changes"] = changes
    entry["prev_hash"] = trail.GENESIS
    assert _outcome(trail.entry_digest, entry) == _outcome(_general_entry_digest, entry)


@settings(max_examples=300, deadline=None)
@given(_changes(_EXACT_VALUES))
def test_stored_changes_are_json_dumps_text_and_hash_the_same(
    changes: list[dict[str, Any]],
) -> None:
    stored: list[str] = []
    hashed = trail._hashed_changes(changes, stored)
    assert "[" + ", ".join(stored) + "]" == json.dumps(changes)
    assert hashed == trail._hashed_changes(changes, None)


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "from_": _EXACT_VALUES,
            "on": _EXACT_VALUES,
            "action": _EXACT_VALUES,
            "to": _EXACT_VALUES,
            "note": _EXACT_VALUES,
            "id": _EXACT_VALUES,
        },
    ),
    st.lists(_EXACT_VALUES, max_size=2),
)
def test_prepared_creation_is_the_create_entry_changes_hashed_and_stored(
    attrs: dict[str, Any], custody: list[Any]
) -> None:
    from casefiles.storage import models as m

    for cls, extra in (
        (m.CustodyStep, {}),
        (m.Evidence, {"hearing": "h1", "collections": {"custody": custody}}),
    ):
        changes = trail.creation_changes(trail.record_values(cls, attrs, **extra))
        assert changes == trail.creation_record_changes(cls, attrs, **extra)
        stored: list[str] = []
        hashed = trail._hashed_changes(changes, stored)
        assert trail.prepared_creation(cls, attrs, **extra) == (hashed, json.dumps(changes))
        assert "[" + ", ".join(stored) + "]" == json.dumps(changes)


@settings(max_examples=300, deadline=None)
@given(_TRAIL_VALUES)
def test_stored_text_is_json_dumps(value: object) -> None:
    assert trail._stored_text(value) == json.dumps(value)


def test_closing_a_store_forgets_the_digest_memo(tmp_path: Path) -> None:
    """The memo of short texts' digests holds case text (names are short): not after a lock."""
    from casefiles.storage import audit as trail
    from tests.factories import example_document, store_with

    store = store_with(tmp_path / "d", example_document())
    assert trail._SHORT_DIGESTS  # the import filled it
    store.close()
    assert trail._SHORT_DIGESTS == {}
