from __future__ import annotations

from datetime import date, datetime

from casefiles.domain.enums import MotionStatus, RequestStatus
from casefiles.domain.records import (
    Case,
    CustodyStep,
    Event,
    Evidence,
    Hearing,
    Motion,
    Request,
)
from casefiles.domain.registers import Step, chronology, denied_register


def _case() -> Case:
    return Case(
        key="k1",
        reference="R-1",
        title="T",
        court="Northport Court",
        hearings=[
            Hearing(
                "h1",
                datetime(2026, 1, 4, 10, 0),
                notice_received_on=date(2026, 1, 2),
                decision_announced_on=date(2026, 1, 4),
            )
        ],
        motions=[
            Motion(
                "m1",
                "Postpone",
                filed_on=date(2026, 1, 3),
                status=MotionStatus.DENIED,
                ruled_on=date(2026, 1, 4),
                ruling="No",
                objection="Objected",
                standards=["ICCPR-14.3.b"],
            ),
            Motion("m2", "Examine witness", filed_on=date(2026, 1, 4), status=MotionStatus.GRANTED),
            Motion("m3", "Recuse", status=MotionStatus.NOT_CONSIDERED),
        ],
        requests=[
            Request(
                "r1",
                "Ministry",
                "Registration file",
                requested_on=date(2025, 12, 1),
                status=RequestStatus.RETURNED,
            ),
            Request("r2", "Police", "Seizure protocol", status=RequestStatus.IGNORED),
            Request("r3", "Registry", "Extract", status=RequestStatus.GRANTED),
            Request(
                "r4",
                "Prosecutor",
                "Investigate",
                status=RequestStatus.DENIED,
                requested_on=date(2026, 1, 10),
            ),
        ],
        evidence=[
            Evidence("e1", "Laptop", exhibit="A", custody=[CustodyStep(date(2026, 1, 9), "seized")])
        ],
        events=[Event("ev1", "2025-12", "Claim filed"), Event("ev2", "2025", "Union formed")],
    )


def test_denied_register_holds_denied_motions_and_refused_requests_only() -> None:
    entries = denied_register(_case())
    assert [(e.record_type, e.key) for e in entries] == [
        ("requests", "r1"),
        ("motions", "m1"),
        ("requests", "r4"),
        ("requests", "r2"),
    ]
    m1 = entries[1]
    assert (m1.asked_of, m1.reason, m1.objection, m1.standards) == (
        "Northport Court",
        "No",
        "Objected",
        ("ICCPR-14.3.b",),
    )


def test_chronology_merges_every_dated_item_in_order() -> None:
    items = chronology(_case())
    keys = [(i.record_type, i.key, i.when_text) for i in items]
    assert keys == [
        ("events", "ev2", "2025"),
        ("events", "ev1", "2025-12"),
        ("requests", "r1", "2025-12-01"),
        ("motions", "m1", "2026-01-03"),
        ("hearings", "h1", "2026-01-04T10:00"),
        ("motions", "m2", "2026-01-04"),
        ("motions", "m1", "2026-01-04"),
        ("hearings", "h1", "2026-01-04"),
        ("evidence", "e1", "2026-01-09"),
        ("requests", "r4", "2026-01-10"),
    ]


def _union_case() -> Case:
    """The tester's case: one hearing at which every motion was denied, decided that day."""
    day = date(2026, 1, 4)
    return Case(
        key="k2",
        reference="2-5/2025",
        title="Ministry v. Union",
        opened_on=date(2025, 12, 5),
        hearings=[Hearing("h1", datetime(2026, 1, 4, 10, 0), decision_announced_on=day)],
        motions=[
            Motion("m10", "Adjourn", filed_on=day, status=MotionStatus.DENIED, ruled_on=day),
            Motion("m2", "Witnesses", filed_on=day, status=MotionStatus.DENIED, ruled_on=day),
        ],
        requests=[
            Request(
                "r1",
                "Court",
                "Audio record",
                requested_on=day,
                answered_on=day,
                status=RequestStatus.DENIED,
            )
        ],
        evidence=[
            Evidence(
                "e1",
                "Charter",
                exhibit="A",
                custody=[
                    CustodyStep(datetime(2026, 1, 4, 9, 30), "received"),
                    CustodyStep(day, "handed over"),
                    CustodyStep(day, "returned"),
                    CustodyStep(datetime(2026, 1, 4, 17, 10), "copied"),
                ],
            )
        ],
        events=[Event("ev1", "2026-01-04", "Union office searched")],
    )


def test_one_day_follows_the_procedure_hearing_filings_rulings_decision() -> None:
    items = [
        (i.record_type, i.key, i.title) for i in chronology(_union_case()) if i.when_text >= "2026"
    ]
    assert items == [
        ("evidence", "e1", "Exhibit A: received"),
        ("hearings", "h1", "Hearing"),
        ("motions", "m2", "Motion filed: Witnesses"),
        ("motions", "m10", "Motion filed: Adjourn"),
        ("requests", "r1", "Request to Court"),
        ("evidence", "e1", "Exhibit A: handed over"),
        ("evidence", "e1", "Exhibit A: returned"),
        ("motions", "m2", "Motion denied: Witnesses"),
        ("motions", "m10", "Motion denied: Adjourn"),
        ("requests", "r1", "Answer from Court: denied"),
        ("hearings", "h1", "Decision announced"),
        ("evidence", "e1", "Exhibit A: copied"),
        ("events", "ev1", "Union office searched"),
    ]


def test_the_order_within_a_day_does_not_depend_on_the_order_of_entry() -> None:
    case = _union_case()
    before = chronology(case)
    for records in (case.hearings, case.motions, case.evidence, case.events):
        records.reverse()
    assert chronology(case) == before


def test_the_case_opening_is_the_first_line_of_its_day() -> None:
    case = _union_case()
    case.events.append(Event("ev2", "2025-12-05", "Claim served on the union"))
    items = chronology(case)
    assert [(i.record_type, i.title, i.when_text) for i in items[:2]] == [
        ("cases", "Case opened", "2025-12-05"),
        ("events", "Claim served on the union", "2025-12-05"),
    ]
    case.opened_on = None
    assert all(i.record_type != "cases" for i in chronology(case))


def test_a_motion_left_not_considered_has_its_line_on_its_hearings_decision_day() -> None:
    case = _union_case()
    case.hearings[0].decision_announced_on = date(2026, 1, 5)
    case.hearings.append(Hearing("h2", datetime(2026, 2, 1, 11, 0)))
    case.motions += [
        Motion(
            "m3",
            "Access to the file",
            filed_on=date(2026, 1, 4),
            hearing="h1",
            status=MotionStatus.NOT_CONSIDERED,
            ruling="No ruling made.",
        ),
        Motion("m4", "Recusal", hearing="h2", status=MotionStatus.NOT_CONSIDERED),
        Motion("m5", "No hearing", filed_on=date(2026, 1, 4), status=MotionStatus.NOT_CONSIDERED),
        Motion("m6", "Pending", hearing="h2", status=MotionStatus.FILED),
    ]
    lines = [
        (i.when_text, i.key, i.title, i.detail, i.step)
        for i in chronology(case)
        if i.record_type == "motions" and i.step is Step.RULED
    ]
    assert lines == [
        ("2026-01-04", "m2", "Motion denied: Witnesses", None, Step.RULED),
        ("2026-01-04", "m10", "Motion denied: Adjourn", None, Step.RULED),
        # the decision of its hearing, not the day it was filed
        (
            "2026-01-05",
            "m3",
            "Motion not considered: Access to the file",
            "No ruling made.",
            Step.RULED,
        ),
        # a hearing with no decision: the hearing's day, without its time
        ("2026-02-01", "m4", "Motion not considered: Recusal", None, Step.RULED),
    ]
    # ruled "on" its hearing's decision day: before the decision on that day
    day = [(i.record_type, i.key, i.step) for i in chronology(case) if i.when_text == "2026-01-05"]
    assert day == [("motions", "m3", Step.RULED), ("hearings", "h1", Step.DECISION)]
