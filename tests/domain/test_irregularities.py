"""The irregularity rules, each on crafted records where it must fire and where it must not."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from casefiles.domain.enums import (
    EvidenceStatus,
    FiledBy,
    HearingStatus,
    Irregularity,
    MotionKind,
    MotionStatus,
    RequestStatus,
)
from casefiles.domain.irregularities import (
    RULES,
    RULES_BY_FLAG,
    RecordRef,
    all_findings,
    findings,
)
from casefiles.domain.records import (
    Case,
    DismissedIrregularity,
    Evidence,
    Hearing,
    Motion,
    Request,
)
from casefiles.domain.standards import BUILT_IN_CODES
from casefiles.services.fields import from_json
from tests.factories import demo_document


def _case(**kw: object) -> Case:
    return Case(key="k1", reference="R-1", title="T", **kw)  # type: ignore[arg-type]


def _flags(case: Case) -> list[Irregularity]:
    return [f.flag for f in findings(case)]


def _hearing(key: str = "h1", notice: date | None = None, **kw: object) -> Hearing:
    return Hearing(key, datetime(2026, 1, 4, 10, 0), notice_received_on=notice, **kw)  # type: ignore[arg-type]


def _motion(key: str, status: MotionStatus, **kw: object) -> Motion:
    kw.setdefault("filed_by", FiledBy.DEFENCE)
    return Motion(key, f"motion {key}", status=status, **kw)  # type: ignore[arg-type]


def test_the_table_covers_every_flag_once_and_cites_built_in_standards() -> None:
    assert [r.flag for r in RULES] == list(Irregularity)
    for rule in RULES:
        assert rule.standards
        assert set(rule.standards) <= BUILT_IN_CODES
        assert rule.summary.endswith(".")


def test_an_empty_case_has_no_findings() -> None:
    assert all_findings(_case()) == []


# -- same-day decision ---------------------------------------------------------------------


def test_same_day_decision_fires_on_a_decision_announced_the_day_of_the_hearing() -> None:
    case = _case(hearings=[_hearing(decision_announced_on=date(2026, 1, 4))])
    (f,) = findings(case)
    assert f.flag is Irregularity.SAME_DAY_DECISION
    assert f.records == (RecordRef("hearings", "h1"),)
    assert f.standards == RULES_BY_FLAG[Irregularity.SAME_DAY_DECISION].standards


@pytest.mark.parametrize("announced", [None, date(2026, 1, 5), date(2026, 1, 3)])
def test_same_day_decision_does_not_fire_otherwise(announced: date | None) -> None:
    assert _flags(_case(hearings=[_hearing(decision_announced_on=announced)])) == []


# -- short notice --------------------------------------------------------------------------


def test_short_notice_fires_below_the_default_threshold_with_its_numbers() -> None:
    (f,) = findings(_case(hearings=[_hearing(notice=date(2026, 1, 2))]))
    assert f.flag is Irregularity.SHORT_NOTICE
    assert f.details == {"days": 2, "threshold": 14}
    assert f.records == (RecordRef("hearings", "h1"),)


def test_short_notice_boundary_is_exclusive() -> None:
    # 14 days ahead is enough under the default threshold; 13 is not.
    assert _flags(_case(hearings=[_hearing(notice=date(2025, 12, 21))])) == []
    assert _flags(_case(hearings=[_hearing(notice=date(2025, 12, 22))])) == [
        Irregularity.SHORT_NOTICE
    ]


def test_short_notice_uses_the_case_threshold() -> None:
    hearing = _hearing(notice=date(2025, 12, 30))  # 5 days
    assert _flags(_case(hearings=[hearing], notice_threshold_days=5)) == []
    (f,) = findings(_case(hearings=[hearing], notice_threshold_days=6))
    assert f.details == {"days": 5, "threshold": 6}


def test_short_notice_ignores_unknown_notice_and_cancelled_hearings() -> None:
    assert _flags(_case(hearings=[_hearing(notice=None)])) == []
    cancelled = _hearing(notice=date(2026, 1, 3), status=HearingStatus.CANCELLED)
    assert _flags(_case(hearings=[cancelled])) == []
    postponed = _hearing(notice=date(2026, 1, 3), status=HearingStatus.POSTPONED)
    assert _flags(_case(hearings=[postponed])) == [Irregularity.SHORT_NOTICE]


# -- postponement and witness examination denied ---------------------------------------------


@pytest.mark.parametrize(
    ("kind", "flag"),
    [
        (MotionKind.POSTPONEMENT, Irregularity.POSTPONEMENT_DENIED),
        (MotionKind.WITNESS_EXAMINATION, Irregularity.WITNESS_EXAMINATION_DENIED),
    ],
)
@pytest.mark.parametrize("status", [MotionStatus.DENIED, MotionStatus.NOT_CONSIDERED])
def test_refused_defence_motion_of_the_kind_fires(
    kind: MotionKind, flag: Irregularity, status: MotionStatus
) -> None:
    case = _case(
        hearings=[_hearing()],
        # A granted motion of another kind keeps "all defence motions denied" quiet.
        motions=[
            _motion("m1", status, kind=kind, hearing="h1"),
            _motion("m2", MotionStatus.GRANTED, kind=MotionKind.OTHER),
        ],
    )
    (f,) = findings(case)
    assert f.flag is flag
    assert f.records == (RecordRef("motions", "m1"), RecordRef("hearings", "h1"))


@pytest.mark.parametrize("kind", [MotionKind.POSTPONEMENT, MotionKind.WITNESS_EXAMINATION])
@pytest.mark.parametrize(
    ("status", "filed_by"),
    [
        (MotionStatus.GRANTED, FiledBy.DEFENCE),
        (MotionStatus.PARTLY_GRANTED, FiledBy.DEFENCE),
        (MotionStatus.FILED, FiledBy.DEFENCE),
        (MotionStatus.DRAFT, FiledBy.DEFENCE),
        (MotionStatus.WITHDRAWN, FiledBy.DEFENCE),
        (MotionStatus.DENIED, FiledBy.PROSECUTION),
        (MotionStatus.DENIED, FiledBy.CLAIMANT),
        (MotionStatus.DENIED, None),
    ],
)
def test_motion_rules_do_not_fire_on_other_statuses_or_other_sides(
    kind: MotionKind, status: MotionStatus, filed_by: FiledBy | None
) -> None:
    case = _case(motions=[_motion("m1", status, kind=kind, filed_by=filed_by)])
    assert RULES_BY_FLAG[Irregularity.POSTPONEMENT_DENIED].findings(case) == []
    assert RULES_BY_FLAG[Irregularity.WITNESS_EXAMINATION_DENIED].findings(case) == []


def test_a_denied_motion_of_another_kind_is_not_a_denied_postponement() -> None:
    case = _case(motions=[_motion("m1", MotionStatus.DENIED, kind=MotionKind.RECUSAL)])
    assert RULES_BY_FLAG[Irregularity.POSTPONEMENT_DENIED].findings(case) == []
    assert RULES_BY_FLAG[Irregularity.WITNESS_EXAMINATION_DENIED].findings(case) == []


# -- all defence motions denied ---------------------------------------------------------------


def test_all_defence_motions_denied_counts_only_ruled_defence_motions() -> None:
    case = _case(
        motions=[
            _motion("m1", MotionStatus.DENIED),
            _motion("m2", MotionStatus.NOT_CONSIDERED),
            _motion("m3", MotionStatus.DENIED),
            _motion("m4", MotionStatus.WITHDRAWN),
            _motion("m5", MotionStatus.DRAFT),
            _motion("m6", MotionStatus.FILED),
            _motion("m7", MotionStatus.GRANTED, filed_by=FiledBy.CLAIMANT),
            _motion("m8", MotionStatus.GRANTED, filed_by=None),
        ]
    )
    (f,) = RULES_BY_FLAG[Irregularity.ALL_DEFENCE_MOTIONS_DENIED].findings(case)
    assert f.details == {"refused": 3, "ruled": 3, "denied": 2, "not_considered": 1}
    assert [r.key for r in f.records] == ["m1", "m2", "m3"]


@pytest.mark.parametrize("other", [MotionStatus.GRANTED, MotionStatus.PARTLY_GRANTED])
def test_all_defence_motions_denied_does_not_fire_when_one_was_granted(
    other: MotionStatus,
) -> None:
    case = _case(motions=[_motion("m1", MotionStatus.DENIED), _motion("m2", other)])
    assert RULES_BY_FLAG[Irregularity.ALL_DEFENCE_MOTIONS_DENIED].findings(case) == []


def test_all_defence_motions_denied_needs_at_least_one_ruled_motion() -> None:
    pending = _case(
        motions=[
            _motion("m1", MotionStatus.FILED),
            _motion("m2", MotionStatus.WITHDRAWN),
            _motion("m3", MotionStatus.DRAFT),
            _motion("m4", MotionStatus.DENIED, filed_by=FiledBy.PROSECUTION),
        ]
    )
    assert RULES_BY_FLAG[Irregularity.ALL_DEFENCE_MOTIONS_DENIED].findings(pending) == []


# -- requests and evidence ------------------------------------------------------------------


def test_request_returned_or_ignored() -> None:
    case = _case(
        requests=[
            Request("r1", "Ministry", "file", status=RequestStatus.RETURNED),
            Request("r2", "Police", "protocol", status=RequestStatus.DENIED),
            Request("r3", "Prosecutor", "inquiry", status=RequestStatus.IGNORED),
            Request("r4", "Tax", "certificate", status=RequestStatus.GRANTED),
            Request("r5", "Court", "recording", status=RequestStatus.PENDING),
        ]
    )
    found = RULES_BY_FLAG[Irregularity.REQUEST_RETURNED_OR_IGNORED].findings(case)
    assert [f.records for f in found] == [
        (RecordRef("requests", "r1"),),
        (RecordRef("requests", "r3"),),
    ]


@pytest.mark.parametrize(
    ("status", "flags"),
    [
        (EvidenceStatus.REFUSED, [Irregularity.EVIDENCE_REFUSED]),
        (EvidenceStatus.SEIZED, [Irregularity.EVIDENCE_SEIZED]),
        (EvidenceStatus.COLLECTED, []),
        (EvidenceStatus.OFFERED, []),
        (EvidenceStatus.ADMITTED, []),
    ],
)
def test_evidence_rules(status: EvidenceStatus, flags: list[Irregularity]) -> None:
    case = _case(evidence=[Evidence("e1", "Laptop", exhibit="D", status=status)])
    assert _flags(case) == flags


# -- dismissals and the demo case --------------------------------------------------------------


def test_dismissed_flags_are_left_out_and_only_those() -> None:
    case = _case(
        hearings=[_hearing(notice=date(2026, 1, 3), decision_announced_on=date(2026, 1, 4))],
        dismissed_irregularities=[
            DismissedIrregularity(Irregularity.SHORT_NOTICE, "notice was waived in writing")
        ],
    )
    assert [f.flag for f in all_findings(case)] == [
        Irregularity.SAME_DAY_DECISION,
        Irregularity.SHORT_NOTICE,
    ]
    assert _flags(case) == [Irregularity.SAME_DAY_DECISION]


def test_the_demo_liquidation_case() -> None:
    case = from_json(Case, demo_document()["cases"][0])
    found = findings(case)
    by_flag: dict[Irregularity, list[list[str]]] = {}
    for f in found:
        by_flag.setdefault(f.flag, []).append([r.key for r in f.records])
    assert by_flag == {
        Irregularity.SAME_DAY_DECISION: [["h2"]],
        # h1: 10 days ahead, h2: 2 days, h3: 18 days (not flagged).
        Irregularity.SHORT_NOTICE: [["h1"], ["h2"]],
        Irregularity.POSTPONEMENT_DENIED: [["m1", "h2"]],
        Irregularity.WITNESS_EXAMINATION_DENIED: [["m2", "h2"]],
        Irregularity.ALL_DEFENCE_MOTIONS_DENIED: [["m1", "m2", "m3", "m4", "m5"]],
        Irregularity.REQUEST_RETURNED_OR_IGNORED: [["r1"], ["r2"]],
        Irregularity.EVIDENCE_REFUSED: [["e1"], ["e2"], ["e6"]],
        Irregularity.EVIDENCE_SEIZED: [["e4"]],
    }
    (all_denied,) = (f for f in found if f.flag is Irregularity.ALL_DEFENCE_MOTIONS_DENIED)
    assert all_denied.details["refused"] == all_denied.details["ruled"] == 5


def test_the_demo_criminal_case_has_a_pending_motion_only() -> None:
    case = from_json(Case, demo_document()["cases"][1])
    # h1 noticed 8 days ahead; m1 is still pending and counts for nothing.
    assert _flags(case) == [Irregularity.SHORT_NOTICE]


def test_the_lawyers_docs_list_every_rule_with_its_standards() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "irregularities.md").read_text("utf-8")
    rows = {}
    for line in docs.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("`"):
            rows[cells[0].split("`")[1]] = tuple(s.strip() for s in cells[3].split(","))
    assert rows == {rule.flag.value: rule.standards for rule in RULES}
