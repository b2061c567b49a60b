"""The error for a case reference that is not in the case file, with a suggestion.

A reference typed from memory is often a prefix ("2-1187" for "2-1187/2025") or
off by a character or a letter's case; naming the likely one saves a round trip
through `casefiles cases`.
"""

from __future__ import annotations

import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles.domain.errors import RecordNotFound
from casefiles.storage import models as m


def likely_references(typed: str, references: list[str], limit: int = 3) -> list[str]:
    folded = typed.casefold().strip()
    if not folded:
        return []
    starts = [r for r in references if r.casefold().startswith(folded)]
    if starts:
        return sorted(starts)[:limit]
    by_fold = {r.casefold(): r for r in references}
    close = difflib.get_close_matches(folded, list(by_fold), n=limit, cutoff=0.6)
    return [by_fold[c] for c in close]


def no_such_case(session: Session, reference: str) -> RecordNotFound:
    references = list(session.scalars(select(m.Case.reference)))
    likely = likely_references(reference, references)
    if likely:
        hint = "did you mean " + " or ".join(repr(r) for r in likely) + "?"
    else:
        hint = "'casefiles cases' lists them"
    return RecordNotFound(f"no case with reference {reference!r} in this case file; {hint}")
