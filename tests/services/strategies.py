"""Hypothesis strategies for interchange documents: valid ones, and ways to break them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from casefiles.domain import enums
from casefiles.domain.standards import BUILT_IN_CODES

# Any Unicode except NUL and surrogates (the format forbids both).
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
SOME_TEXT = st.one_of(TEXT, st.sampled_from(["Отказать.", "Қазақ Әділет Ұйымы", "", "a\nb"]))
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
DATETIMES = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)


def _fmt_dt(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S" if d.second else "%Y-%m-%dT%H:%M")


def enum_values(e: type[enums.StrEnum]) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in e])


def optional(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


@st.composite
def case_doc(draw: st.DrawFn, index: int, client_keys: list[str]) -> dict[str, Any]:
    n_h = draw(st.integers(0, 3))
    hearing_keys = [f"h{i + 1}" for i in range(n_h)]
    hearing_ref = st.sampled_from(hearing_keys) if hearing_keys else st.nothing()
    standards = st.lists(st.sampled_from(sorted(BUILT_IN_CODES)), unique=True, max_size=3)
    case: dict[str, Any] = {
        "key": f"k{index}",
        "reference": f"R-{index}/2026",
        "title": draw(TEXT.filter(bool)),
    }
    case.update(
        draw(
            optional(
                {
                    "court": SOME_TEXT,
                    "judge": SOME_TEXT,
                    "summary": SOME_TEXT,
                    "procedure": enum_values(enums.Procedure),
                    "status": enum_values(enums.CaseStatus),
                    "opened_on": DATES.map(str),
                    "notice_threshold_days": st.integers(0, 365),
                }
            )
        )
    )
    if client_keys:
        chosen = draw(st.lists(st.sampled_from(client_keys), unique=True, max_size=2))
        if chosen:
            case["clients"] = [{"client": k, **draw(optional({"role": SOME_TEXT}))} for k in chosen]
    if draw(st.booleans()):
        case["dismissed_irregularities"] = [
            {"flag": f, **draw(optional({"reason": SOME_TEXT}))}
            for f in draw(st.lists(enum_values(enums.Irregularity), unique=True, max_size=2))
        ]
    case["hearings"] = [
        {
            "key": k,
            "starts_at": _fmt_dt(draw(DATETIMES)),
            **draw(
                optional(
                    {
                        "court": SOME_TEXT,
                        "purpose": SOME_TEXT,
                        "status": enum_values(enums.HearingStatus),
                        "notice_received_on": DATES.map(str),
                        "decision_announced_on": DATES.map(str),
                        "outcome": SOME_TEXT,
                    }
                )
            ),
        }
        for k in hearing_keys
    ]
    case["motions"] = [
        {
            "key": f"m{i}",
            "title": draw(TEXT.filter(bool)),
            **draw(
                optional(
                    {
                        "kind": enum_values(enums.MotionKind),
                        "filed_by": enum_values(enums.FiledBy),
                        "form": enum_values(enums.MotionForm),
                        "filed_on": DATES.map(str),
                        "hearing": hearing_ref,
                        "status": enum_values(enums.MotionStatus),
                        "ruled_on": DATES.map(str),
                        "ruling": SOME_TEXT,
                        "objection": SOME_TEXT,
                        "standards": standards.filter(bool),
                        "notes": SOME_TEXT,
                    }
                )
            ),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    case["requests"] = [
        {
            "key": f"r{i}",
            "authority": draw(TEXT.filter(bool)),
            "request": draw(SOME_TEXT.filter(bool)),
            **draw(
                optional(
                    {
                        "authority_kind": enum_values(enums.AuthorityKind),
                        "status": enum_values(enums.RequestStatus),
                        "hearing": hearing_ref,
                        "requested_on": DATES.map(str),
                        "answered_on": DATES.map(str),
                        "reason_given": SOME_TEXT,
                        "standards": standards.filter(bool),
                    }
                )
            ),
        }
        for i in range(draw(st.integers(0, 2)))
    ]
    labels = draw(st.lists(st.sampled_from(["A", "B", "C", "AA"]), unique=True, max_size=3))
    case["evidence"] = []
    for i in range(draw(st.integers(0, 3))):
        item: dict[str, Any] = {"key": f"e{i}", "title": draw(TEXT.filter(bool))}
        if i < len(labels):
            item["exhibit"] = labels[i]
        item.update(
            draw(
                optional(
                    {
                        "kind": enum_values(enums.EvidenceKind),
                        "status": enum_values(enums.EvidenceStatus),
                        "hearing": hearing_ref,
                        "sha256": st.just("ab" * 32),
                        "file_name": SOME_TEXT,
                        "obtained_on": DATES.map(str),
                        "custody": st.lists(
                            st.fixed_dictionaries(
                                {
                                    "on": st.one_of(DATES.map(str), DATETIMES.map(_fmt_dt)),
                                    "action": TEXT.filter(bool),
                                },
                                optional={"from": SOME_TEXT, "to": SOME_TEXT, "note": SOME_TEXT},
                            ),
                            min_size=1,
                            max_size=2,
                        ),
                    }
                )
            )
        )
        case["evidence"].append(item)
    case["events"] = [
        {
            "key": f"ev{i}",
            "title": draw(TEXT.filter(bool)),
            "date": draw(
                st.one_of(
                    DATES.map(str), DATES.map(lambda d: str(d)[:7]), DATES.map(lambda d: str(d)[:4])
                )
            ),
            **draw(
                optional(
                    {
                        "category": enum_values(enums.EventCategory),
                        "source": SOME_TEXT,
                        "standards": standards.filter(bool),
                    }
                )
            ),
        }
        for i in range(draw(st.integers(0, 2)))
    ]
    for name in ("hearings", "motions", "requests", "evidence", "events"):
        if not case[name]:
            del case[name]
    return case


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    n_clients = draw(st.integers(0, 2))
    clients = [
        {
            "key": f"c{i}",
            "name": draw(TEXT.filter(bool)),
            "kind": draw(enum_values(enums.ClientKind)),
            **draw(optional({"phone": SOME_TEXT, "email": SOME_TEXT, "notes": SOME_TEXT})),
        }
        for i in range(n_clients)
    ]
    keys = [c["key"] for c in clients]
    cases = [draw(case_doc(i, keys)) for i in range(draw(st.integers(0, 2)))]
    doc: dict[str, Any] = {"format": "casefiles", "version": 1}
    if clients:
        doc["clients"] = clients
    if cases:
        doc["cases"] = cases
    return doc


def with_defaults(doc: dict[str, Any]) -> dict[str, Any]:
    """What export writes for `doc`: the same, with enumeration defaults written out."""
    import copy

    out = copy.deepcopy(doc)
    defaults = {
        "hearings": ("status", "scheduled"),
        "motions": ("status", "filed"),
        "requests": ("status", "pending"),
        "evidence": ("status", "collected"),
    }
    for case in out.get("cases", []):
        case.setdefault("status", "open")
        case.setdefault("notice_threshold_days", 14)
        for name, (field, value) in defaults.items():
            for rec in case.get(name, []):
                rec.setdefault(field, value)
        labels = [e["exhibit"] for e in case.get("evidence", []) if "exhibit" in e]
        from casefiles.domain.keys import next_exhibit_label

        for e in case.get("evidence", []):
            if "exhibit" not in e:
                e["exhibit"] = next_exhibit_label(labels)
                labels.append(e["exhibit"])
        for name in ("dismissed_irregularities",):
            if case.get(name) == []:
                del case[name]
    return out


_ = timedelta
