"""Domain records to ORM rows and back.

Hearings are referred to by key in the domain and by id in the database;
custody dates are kept as the text they were written in.
"""

from __future__ import annotations

from typing import Any

from casefiles.domain import records as d
from casefiles.domain.dates import format_date_or_datetime, parse_date_or_datetime
from casefiles.domain.enums import CaseStatus, Irregularity, Procedure
from casefiles.services.fields import field_infos, scalar_from_json
from casefiles.storage import models as m

#: Domain list name -> ORM model of the records in it.
ROW_TYPES: dict[str, type[Any]] = {
    "parties": m.Party,
    "hearings": m.Hearing,
    "motions": m.Motion,
    "requests": m.Request,
    "evidence": m.Evidence,
    "events": m.Event,
}

_SPECIAL = {"hearing", "custody"}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def record_from_row(cls: type[Any], row: Any, hearing_keys: dict[int, str]) -> Any:
    kwargs: dict[str, Any] = {}
    for info in field_infos(cls):
        if info.name == "hearing":
            hid = row.hearing_id
            kwargs["hearing"] = hearing_keys.get(hid) if hid is not None else None
        elif info.name == "custody":
            kwargs["custody"] = [custody_from_row(s) for s in row.custody]
        else:
            value = getattr(row, info.name)
            if info.is_list:
                kwargs[info.name] = list(value or [])
            elif value is not None and not isinstance(value, info.base):
                kwargs[info.name] = scalar_from_json(value, info.base)
            else:
                kwargs[info.name] = value
    return cls(**kwargs)


def custody_from_row(row: m.CustodyStep) -> d.CustodyStep:
    return d.CustodyStep(
        on=parse_date_or_datetime(row.on),
        action=row.action,
        from_=row.from_,
        to=row.to,
        note=row.note,
    )


def apply_record(row: Any, record: Any, hearing_ids: dict[str, int]) -> None:
    """Copy a domain record's fields onto a row (new or existing)."""
    for info in field_infos(type(record)):
        value = getattr(record, info.name)
        if info.name == "hearing":
            row.hearing_id = hearing_ids[value] if value is not None else None
        elif info.name == "custody":
            row.custody = [
                m.CustodyStep(
                    on=format_date_or_datetime(s.on),
                    action=s.action,
                    from_=s.from_,
                    to=s.to,
                    note=s.note,
                )
                for s in value
            ]
        else:
            setattr(row, info.name, _plain(value))


def client_from_row(row: m.Client) -> d.Client:
    return record_from_row(d.Client, row, {})  # type: ignore[no-any-return]


def case_from_row(row: m.Case) -> d.Case:
    """The whole case, every list in written order."""
    hearing_keys = {h.id: h.key for h in row.hearings}
    case = d.Case(
        key=row.key,
        reference=row.reference,
        title=row.title,
        court=row.court,
        judge=row.judge,
        procedure=scalar_from_json(row.procedure, Procedure) if row.procedure else None,
        status=CaseStatus(row.status),
        opened_on=row.opened_on,
        summary=row.summary,
        notice_threshold_days=row.notice_threshold_days,
        dismissed_irregularities=[
            d.DismissedIrregularity(Irregularity(x.flag), x.reason)
            for x in row.dismissed_irregularities
        ],
        clients=[d.CaseClient(cc.client.key, cc.role) for cc in row.clients],
    )
    for name, row_type in ROW_TYPES.items():
        cls = d.CASE_RECORD_TYPES[name]
        setattr(
            case,
            name,
            [
                record_from_row(cls, r, hearing_keys)
                for r in getattr(row, name)
                if isinstance(r, row_type)
            ],
        )
    return case


CASE_SCALARS = (
    "key",
    "reference",
    "title",
    "court",
    "judge",
    "procedure",
    "status",
    "opened_on",
    "summary",
    "notice_threshold_days",
)


def apply_case_fields(row: m.Case, case: d.Case) -> None:
    """The case's own fields and its dismissed flags (not its lists of records)."""
    for name in CASE_SCALARS:
        setattr(row, name, getattr(case, name))
    row.dismissed_irregularities = [
        m.DismissedIrregularity(flag=x.flag.value, reason=x.reason)
        for x in case.dismissed_irregularities
    ]
