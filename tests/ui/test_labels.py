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


def test_standards_are_titled_in_the_interface_language() -> None:
    from PySide6.QtCore import QLocale

    from casefiles.domain.records import Standard
    from casefiles.domain.standards import BUILT_IN_STANDARDS
    from casefiles.ui.labels import standard_title

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert all(standard_title(s) == s.title_ru for s in BUILT_IN_STANDARDS)
        own = Standard("LOCAL-1", "Constitution art. 13")  # a store's own, in English only
        assert standard_title(own) == "Constitution art. 13"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert all(standard_title(s) == s.title for s in BUILT_IN_STANDARDS)
    finally:
        QLocale.setDefault(before)
