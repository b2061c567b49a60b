"""cases, hearings."""

from __future__ import annotations

import argparse
import json

from casefiles.cli.context import Context
from casefiles.domain.dates import format_datetime
from casefiles.services import cases


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cases", help="list cases: reference, title, status, next hearing")
    p.add_argument("--json", action="store_true", help="a JSON array instead of lines")
    p.add_argument("--search", metavar="WORDS", help="only cases matching these words")
    p.set_defaults(func=cmd_cases)
    p = sub.add_parser("hearings", help="list a case's hearings: key, start, status, purpose")
    p.add_argument(
        "--case", required=True, metavar="REF", help="the case's reference, as 'cases' lists it"
    )
    p.add_argument("--json", action="store_true", help="a JSON array instead of lines")
    p.set_defaults(func=cmd_hearings)


def _cell(value: str | None) -> str:
    """One line per record: tabs and line breaks inside a field become spaces."""
    return " ".join((value or "").split())


def cmd_cases(args: argparse.Namespace, ctx: Context) -> int:
    rows = cases.list_cases(ctx.open_store(), search=args.search)
    if args.json:
        ctx.out(
            json.dumps(
                [
                    {
                        "reference": r.reference,
                        "title": r.title,
                        "status": r.status.value,
                        "next_hearing": format_datetime(r.next_hearing) if r.next_hearing else None,
                        "court": r.court,
                        "clients": list(r.clients),
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in rows:
        nxt = r.next_hearing.strftime("%Y-%m-%dT%H:%M") if r.next_hearing else ""
        ctx.out("\t".join((_cell(r.reference), _cell(r.title), r.status.value, nxt)))
    return 0


def cmd_hearings(args: argparse.Namespace, ctx: Context) -> int:
    rows = cases.hearings(ctx.open_store(), args.case)
    if args.json:
        ctx.out(
            json.dumps(
                [
                    {
                        "key": h.key,
                        "starts_at": format_datetime(h.starts_at),
                        "status": h.status.value,
                        "purpose": h.purpose,
                        "court": h.court,
                        "room": h.room,
                    }
                    for h in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for h in rows:
        ctx.out(
            "\t".join(
                (h.key, h.starts_at.strftime("%Y-%m-%dT%H:%M"), h.status.value, _cell(h.purpose))
            )
        )
    return 0
