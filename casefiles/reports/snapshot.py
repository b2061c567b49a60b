"""What a summary prints, read in one go so the digest is of exactly the data printed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from casefiles.domain import records as d
from casefiles.domain.errors import RecordNotFound
from casefiles.domain.standards import catalogue
from casefiles.services import audit
from casefiles.services.fields import from_json
from casefiles.services.interchange import case_digest, export_document
from casefiles.storage.store import Store


@dataclass(frozen=True)
class CaseSnapshot:
    """One case with the clients it names, the standards catalogue, and its record digest.

    `digest` is the SHA-256 of the case's canonical form (the spec's record digest),
    computed from the same one-case export the other fields come from.
    """

    case: d.Case
    clients: dict[str, d.Client]
    standards: dict[str, d.Standard]
    digest: str
    #: The audit trail's chain head read after the case (`services.audit.chain_head`).
    audit_head: str | None = None


def snapshot_from_document(doc: dict[str, Any], reference: str | None = None) -> CaseSnapshot:
    """The snapshot of one case of an interchange document (the only one when no reference).

    The digest is that of the document narrowed to this case, as `record_digest` computes
    it from a store; it equals the store's when `doc` is the store's one-case export.
    """
    cases = doc.get("cases", [])
    if reference is None:
        if len(cases) != 1:
            raise RecordNotFound("the document holds more than one case; name the one to print")
        case_obj = cases[0]
    else:
        case_obj = next((c for c in cases if c["reference"] == reference), None)
        if case_obj is None:
            raise RecordNotFound(f"no case with reference {reference!r} in the document")
    case: d.Case = from_json(d.Case, case_obj)
    wanted = {link.client for link in case.clients}
    client_objs = [c for c in doc.get("clients", []) if c["key"] in wanted]
    cited = {
        code
        for lst in (case.motions, case.requests, case.events)
        for r in lst
        for code in r.standards
    }
    extra_objs = [s for s in doc.get("standards", []) if s["code"] in cited]
    one_case: dict[str, Any] = {"format": doc["format"], "version": doc["version"]}
    if extra_objs:
        one_case["standards"] = extra_objs
    if client_objs:
        one_case["clients"] = client_objs
    one_case["cases"] = [case_obj]
    clients = {obj["key"]: from_json(d.Client, obj) for obj in client_objs}
    extras = [d.Standard(s["code"], s["title"]) for s in extra_objs]
    return CaseSnapshot(case, clients, catalogue(extras), case_digest(one_case))


def load_snapshot(store: Store, reference: str) -> CaseSnapshot:
    """Read one case from the store; `RecordNotFound` if unknown.

    The audit chain head is read after the case, so it covers every change the printed
    data holds (a change made in between only makes it newer, which still verifies).
    """
    snap = snapshot_from_document(export_document(store, [reference]), reference)
    return dataclasses.replace(snap, audit_head=audit.chain_head(store))
