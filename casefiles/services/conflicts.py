"""Conflict check: existing clients and parties whose names look like a new one.

Names are compared after folding case, accents and script (Cyrillic and other
scripts are transliterated to Latin by `anyascii`), so "Temirkulova",
"TEMIRKULOVA" and "Темиркулова" meet.  A match is a name equal after
folding, one whose words contain the other's (a surname alone, or the words
in another order), or one spelled almost the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from anyascii import anyascii
from sqlalchemy import select

from casefiles.storage import models as m
from casefiles.storage.store import Store

_NON_WORD = re.compile(r"[^a-z0-9]+")
#: How alike two folded names must be to be reported (0..1).
SIMILARITY = 0.85
#: Words this short (initials) do not count as a match on their own.
_MIN_WORD = 3


@dataclass(frozen=True)
class NameMatch:
    """A client or a party with a name like the one checked."""

    kind: str  # "client" or "party"
    key: str
    name: str
    #: Client: (case reference, role) per case; party: one (case reference, party role).
    cases: tuple[tuple[str, str | None], ...]


def fold(name: str) -> str:
    """Lowercase Latin letters and digits, words separated by one space."""
    return _NON_WORD.sub(" ", anyascii(name).casefold()).strip()


def similar(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    wa = {w for w in fa.split() if len(w) >= _MIN_WORD}
    wb = {w for w in fb.split() if len(w) >= _MIN_WORD}
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    joined_a, joined_b = " ".join(sorted(fa.split())), " ".join(sorted(fb.split()))
    return SequenceMatcher(None, joined_a, joined_b).ratio() >= SIMILARITY


def find_similar(
    store: Store,
    name: str,
    *,
    exclude_client: str | None = None,
    exclude_party: tuple[str, str] | None = None,
) -> list[NameMatch]:
    """Clients and parties with a name similar to `name`, clients first.

    `exclude_client` (a client key) and `exclude_party` (case key, party key)
    leave out the record being edited.
    """
    if not fold(name):
        return []
    matches: list[NameMatch] = []
    with store.read() as session:
        roles: dict[int, list[tuple[str, str | None]]] = {}
        for client_id, reference, role in session.execute(
            select(m.CaseClient.client_id, m.Case.reference, m.CaseClient.role)
            .join(m.Case, m.Case.id == m.CaseClient.case_id)
            .order_by(m.Case.reference)
        ):
            roles.setdefault(client_id, []).append((reference, role))
        for cid, key, cname in session.execute(
            select(m.Client.id, m.Client.key, m.Client.name).order_by(m.Client.name)
        ):
            if key != exclude_client and similar(name, cname):
                matches.append(NameMatch("client", key, cname, tuple(roles.get(cid, ()))))
        for pkey, pname, prole, case_key, reference in session.execute(
            select(m.Party.key, m.Party.name, m.Party.role, m.Case.key, m.Case.reference)
            .join(m.Case, m.Case.id == m.Party.case_id)
            .order_by(m.Party.name, m.Case.reference)
        ):
            if (case_key, pkey) != exclude_party and similar(name, pname):
                matches.append(NameMatch("party", pkey, pname, ((reference, prole),)))
    return matches
