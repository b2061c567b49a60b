from __future__ import annotations

from datetime import date, datetime

import pytest

from casefiles.domain import records as d
from casefiles.domain.enums import CaseStatus, ClientKind, MotionStatus
from casefiles.domain.errors import ConflictError, RecordNotFound, UserError
from casefiles.services import cases
from casefiles.services.interchange import import_document
from casefiles.storage.store import Store
from tests.factories import demo_document


def _new_case(store: Store) -> d.Case:
    client = cases.save_client(store, d.Client("", "Independent Union", ClientKind.ORGANISATION))
    return cases.create_case(
        store,
        d.Case(
            "", "A-1/2026", "Ministry v. Union", clients=[d.CaseClient(client.key, "defendant")]
        ),
    )


def test_new_records_get_short_keys_unique_in_their_case(store: Store) -> None:
    case = _new_case(store)
    assert case.key == "k1"
    h = cases.save_record(
        store, "A-1/2026", "hearings", d.Hearing("", datetime(2026, 12, 3, 15, 0))
    )
    m1 = cases.save_record(store, "A-1/2026", "motions", d.Motion("", "Postpone", hearing=h.key))
    m2 = cases.save_record(store, "A-1/2026", "motions", d.Motion("", "Examine witness"))
    ev = cases.save_record(store, "A-1/2026", "events", d.Event("", "2025-12", "Claim filed"))
    assert (h.key, m1.key, m2.key, ev.key) == ("h1", "m1", "m2", "ev1")
    got = cases.get_case(store, "A-1/2026")
    assert [m.hearing for m in got.motions] == ["h1", None]


def test_editing_a_record_keeps_its_key_and_changes_its_fields(store: Store) -> None:
    _new_case(store)
    m = cases.save_record(store, "A-1/2026", "motions", d.Motion("", "Postpone"))
    m.status = MotionStatus.DENIED
    m.ruled_on = date(2026, 1, 4)
    m.ruling = "Отказать."
    cases.save_record(store, "A-1/2026", "motions", m, original_key=m.key)
    (saved,) = cases.get_case(store, "A-1/2026").motions
    assert (saved.key, saved.status, saved.ruling) == ("m1", MotionStatus.DENIED, "Отказать.")


def test_exhibits_are_labelled_in_order_and_unique(store: Store) -> None:
    _new_case(store)
    a = cases.save_record(store, "A-1/2026", "evidence", d.Evidence("", "Charter"))
    b = cases.save_record(store, "A-1/2026", "evidence", d.Evidence("", "Minutes"))
    assert (a.exhibit, b.exhibit) == ("A", "B")
    with pytest.raises(ConflictError, match="exhibit A"):
        cases.save_record(store, "A-1/2026", "evidence", d.Evidence("", "Dup", exhibit="A"))
    b.exhibit = "Z"
    cases.save_record(store, "A-1/2026", "evidence", b, original_key=b.key)
    c = cases.save_record(store, "A-1/2026", "evidence", d.Evidence("", "Photos"))
    assert c.exhibit == "B"


def test_references_are_unique_and_unknown_ones_are_named(store: Store) -> None:
    _new_case(store)
    with pytest.raises(ConflictError, match="already exists"):
        cases.create_case(store, d.Case("", "A-1/2026", "Again"))
    with pytest.raises(RecordNotFound, match="no case with reference 'B-2'"):
        cases.get_case(store, "B-2")
    with pytest.raises(RecordNotFound, match="no hearing 'h9'"):
        cases.save_record(store, "A-1/2026", "motions", d.Motion("", "X", hearing="h9"))


def test_deleting_a_hearing_unlinks_its_motions(store: Store) -> None:
    _new_case(store)
    h = cases.save_record(store, "A-1/2026", "hearings", d.Hearing("", datetime(2026, 1, 4, 10)))
    cases.save_record(store, "A-1/2026", "motions", d.Motion("", "Postpone", hearing=h.key))
    cases.delete_record(store, "A-1/2026", "hearings", "h1")
    got = cases.get_case(store, "A-1/2026")
    assert got.hearings == [] and got.motions[0].hearing is None


def test_a_client_in_a_case_cannot_be_deleted(store: Store) -> None:
    case = _new_case(store)
    with pytest.raises(UserError, match="still a client"):
        cases.delete_client(store, case.clients[0].client)
    assert cases.client_cases(store, case.clients[0].client) == [("A-1/2026", "defendant")]
    cases.delete_case(store, "A-1/2026")
    cases.delete_client(store, case.clients[0].client)
    assert cases.list_clients(store) == []


def test_case_list_shows_next_scheduled_hearing_and_searches_every_column(store: Store) -> None:
    import_document(store, demo_document())
    rows = cases.list_cases(store, now=datetime(2026, 11, 27, 9, 0))
    by_ref = {r.reference: r for r in rows}
    assert by_ref["2-1187/2025"].next_hearing == datetime(2026, 12, 8, 10, 0)
    assert by_ref["1-0342/2026"].next_hearing == datetime(2026, 12, 3, 15, 0)
    later = cases.list_cases(store, now=datetime(2027, 1, 1))
    assert all(r.next_hearing is None for r in later)
    assert [r.reference for r in cases.list_cases(store, search="liquidation")] == ["2-1187/2025"]
    client = demo_document()["clients"][1]["name"].split()[-1]
    assert len(cases.list_cases(store, search=client.upper())) == 2
    assert cases.list_cases(store, status=CaseStatus.CLOSED) == []


def test_saving_a_case_again_with_the_same_clients_works(store: Store) -> None:
    case = _new_case(store)
    case.title = "Ministry v. Union (renamed)"
    case.clients[0].role = "respondent"
    cases.update_case(store, "A-1/2026", case)
    got = cases.get_case(store, "A-1/2026")
    assert (got.title, got.clients[0].role) == ("Ministry v. Union (renamed)", "respondent")
