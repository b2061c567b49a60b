"""audit, audit head, audit redact."""

from __future__ import annotations

import argparse
import json

from casefiles.cli.commands.evidence import confirm
from casefiles.cli.context import Context
from casefiles.domain.errors import DamageFound, UserError
from casefiles.services import audit
from casefiles.services.audit import Entry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "audit",
        help="the audit trail: every change to every record, hash-chained",
        description="Print the audit trail (oldest first), or a case's or a record's part of it.",
    )
    p.add_argument("--case", metavar="REF", help="only this case (also a deleted one)")
    p.add_argument(
        "--record",
        metavar="TYPE/KEY",
        help="only this record's history, e.g. motions/m1 (with --case), clients/c1, cases",
    )
    p.add_argument("--json", action="store_true", help="a JSON array instead of lines")
    p.set_defaults(func=cmd_audit)
    actions = p.add_subparsers(dest="audit_action", metavar="ACTION")

    a = actions.add_parser(
        "head", help="the chain head (for comparing with a printout or a backup)"
    )
    a.add_argument(
        "--check", metavar="HEAD", help="whether the trail still has this head (SEQ:HASH)"
    )
    a.set_defaults(func=cmd_head)

    a = actions.add_parser(
        "redact",
        help="replace a value entered by mistake by its SHA-256, in the record and the trail",
    )
    a.add_argument(
        "--case",
        metavar="REF",
        default=argparse.SUPPRESS,  # keeps a --case given before the action
        help="the case (not for clients and standards)",
    )
    a.add_argument("--record", required=True, metavar="TYPE/KEY", help="e.g. motions/m1")
    a.add_argument("--field", required=True, metavar="FIELD", help="e.g. notes")
    a.add_argument(
        "--all-versions",
        action="store_true",
        help="also every earlier value the field had (not only the current one)",
    )
    a.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    a.set_defaults(func=cmd_redact)


def _record(text: str | None) -> tuple[str, str | None]:
    if text is None:
        raise UserError("give --record TYPE/KEY")
    if text == "cases":
        return "cases", None
    record_type, sep, key = text.partition("/")
    if not sep or not key:
        raise UserError(f"{text!r} is not a record: write it as TYPE/KEY, e.g. motions/m1")
    return record_type, key


def _lines(entry: Entry) -> list[str]:
    where = f"case {entry.case_ref} " if entry.case_ref else ""
    parent = f" (on {entry.parent})" if entry.parent else ""
    head = (
        f"#{entry.seq}  {entry.at.strftime('%Y-%m-%d %H:%M:%SZ')}  {entry.source}"
        f"  {entry.actor or '-'}  {entry.action} {where}{entry.record}{parent}"
    )
    out = [head]
    for c in entry.changes:
        if c.has_old and c.has_new:
            out.append(f"    {c.field}: {audit.format_value(c.old)} -> {audit.format_value(c.new)}")
        elif c.has_new:
            out.append(f"    {c.field}: {audit.format_value(c.new)}")
        else:
            out.append(f"    {c.field} was: {audit.format_value(c.old)}")
    return out


def cmd_audit(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    if args.record is not None:
        record_type, key = _record(args.record)
        found = audit.record_history(store, args.case, record_type, key)
        if not found:
            raise UserError(f"no entries for {args.record} in the audit trail")
    else:
        found = audit.entries(store, args.case)
    if args.json:
        ctx.out(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2))
        return 0
    for entry in found:
        for line in _lines(entry):
            ctx.out(line)
    ctx.out(f"{len(found)} entries; chain head {audit.chain_head(store)}")
    return 0


def cmd_head(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    if args.check is None:
        ctx.out(audit.chain_head(store))
        return 0
    if not audit.head_matches(store, args.check):
        raise DamageFound(
            [
                f"audit trail: entry {args.check.split(':')[0]} no longer has the hash "
                f"{args.check} shows: the trail was rewritten or cut after that head was "
                "printed"
            ]
        )
    ctx.out(f"{args.check} matches the trail (head now {audit.chain_head(store)})")
    return 0


def cmd_redact(args: argparse.Namespace, ctx: Context) -> int:
    audit.set_default_source("cli")
    record_type, key = _record(args.record)
    store = ctx.open_store()
    where = f" in case {args.case}" if args.case else ""
    scope = "every value it ever had" if args.all_versions else "its current value"
    confirm(
        ctx,
        f"Redact {args.field} of {args.record}{where} ({scope}) in the record and the audit "
        "trail? This cannot be undone",
        args.yes,
    )
    result = audit.redact(
        store, args.case, record_type, key, args.field, all_versions=args.all_versions
    )
    ctx.out(
        f"redacted {args.field} of {args.record}{where}: {result.entries_changed} past "
        f"entries changed; the hash chain still verifies"
    )
    for digest in result.digests:
        ctx.out(f"sha256 {digest}")
    return 0
