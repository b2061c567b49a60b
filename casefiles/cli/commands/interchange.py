"""import, export."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from casefiles.cli.commands import backup as age_options
from casefiles.cli.context import Context
from casefiles.cli.output import check_target, read_input, write_output
from casefiles.services import interchange


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import cases from an interchange JSON file (all or nothing)")
    p.add_argument("file", metavar="FILE", help="the JSON file, or - for standard input")
    age_options.add_import_options(p)
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("export", help="export cases to an interchange JSON file")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write, or - for standard output",
    )
    p.add_argument(
        "--case",
        action="append",
        metavar="REF",
        dest="cases",
        help="only this case (repeat for several); default: every case",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    age_options.add_export_options(p)
    p.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    raw = read_input(args.file)
    if age_options.is_encrypted(args, raw):
        return age_options.cmd_import_encrypted(args, ctx, raw)
    doc = interchange.parse_document(raw)
    store = ctx.open_store()
    report = interchange.import_document(store, doc)
    for line in report.lines():
        ctx.out(line)
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    if age_options.wants_encryption(args):
        return age_options.cmd_export_encrypted(args, ctx)
    if args.output != "-":
        # Check the target before asking for a passphrase.
        check_target(args.output, force=args.force)
    store = ctx.open_store()
    doc = interchange.export_document(store, args.cases, exported_at=datetime.now(UTC))
    write_output(args.output, interchange.dump_document(doc), force=args.force)
    if args.output != "-":
        ctx.out(f"exported {len(doc.get('cases', []))} case(s) to {args.output}")
    return 0
