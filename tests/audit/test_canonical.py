"""The trail's canonical form is RFC 8785, and an entry's hash is pinned."""

from __future__ import annotations

import hashlib

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

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
