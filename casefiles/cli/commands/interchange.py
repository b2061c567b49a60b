"""import, export."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from casefiles.backup import inspect_backup
from casefiles.cli.commands import backup as age_options
from casefiles.cli.context import Context
from casefiles.cli.output import check_target, read_input, write_output
from casefiles.domain.errors import UserError
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


def _refuse_what_is_not_a_document(name: str, raw: bytes) -> None:
    """Name the usual wrong files (empty, a backup, a picture) instead of a JSON parse error."""
    if not raw.strip():
        raise UserError(f"{name} is empty: there is nothing to import")
    if len(raw) > 262 and raw[257:262] == b"ustar":
        try:
            inspect_backup(Path(name))
        except (UserError, OSError):
            raise UserError(f"{name} is a tar archive, not an interchange file (JSON)") from None
        raise UserError(
            f"{name} is a casefiles backup, not an interchange file: restore it with "
            f"'casefiles backup restore {name} --to NEW-FOLDER'"
        )
    for magic, what in _BINARY_KINDS:
        if raw.startswith(magic):
            raise UserError(
                f"{name} is {what}, not an interchange file (JSON); to keep it as evidence, "
                "use 'casefiles evidence add --case REF FILE'"
            )


_BINARY_KINDS = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel document)"),
    (b"GIF8", "a GIF image"),
)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    raw = read_input(args.file)
    if age_options.is_encrypted(args, raw):
        return age_options.cmd_import_encrypted(args, ctx, raw)
    _refuse_what_is_not_a_document(args.file, raw)
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
