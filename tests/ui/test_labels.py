"""Each enumeration value has its own label, even where two types share a value."""

from __future__ import annotations

from casefiles.domain import enums as e
from casefiles.ui.labels import _PAIRS, label


def test_members_with_the_same_value_keep_their_own_labels() -> None:
    assert e.PartyRole.PROSECUTOR == e.AuthorityKind.PROSECUTOR  # StrEnums: equal by value
    assert label(e.PartyRole.PROSECUTOR) == "Prosecutor"
    assert label(e.AuthorityKind.PROSECUTOR) == "Prosecutor's office"


def test_every_labelled_type_labels_every_member_once() -> None:
    seen = [(type(v), v.value) for v, _text in _PAIRS]
    assert len(seen) == len(set(seen))
    for kind in {t for t, _ in seen}:
        assert {v for t, v in seen if t is kind} == {m.value for m in kind}, kind.__name__
