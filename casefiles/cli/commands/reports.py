"""summary, hearing-summary."""

from __future__ import annotations

import argparse

from casefiles.cli.context import Context
from casefiles.cli.output import check_target, write_output
from casefiles.domain.errors import UserError
from casefiles.reports import (
    LANGUAGES,
    PAGE_SIZES,
    ReportPdf,
    generation_time,
    hearing_summary,
    load_snapshot,
    procedural_summary,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "summary",
        help="write the procedural summary of a case as a PDF, for a court or a complaint",
    )
    p.add_argument("--case", required=True, metavar="REF", help="the case reference")
    _common(p)
    p.set_defaults(func=cmd_summary)
    p = sub.add_parser(
        "hearing-summary", help="write a one-to-two-page PDF summary of one hearing, to sign"
    )
    p.add_argument("--case", required=True, metavar="REF", help="the case reference")
    p.add_argument(
        "--hearing", required=True, metavar="KEY", help="the hearing's key ('casefiles hearings')"
    )
    _common(p)
    p.set_defaults(func=cmd_hearing_summary)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the PDF to write, or - for stdout"
    )
    p.add_argument(
        "--lang",
        default="en",
        metavar="LANG",
        help=f"language of the fixed wording and dates: {', '.join(LANGUAGES)} (default en)",
    )
    p.add_argument(
        "--page-size",
        default="a4",
        metavar="SIZE",
        help=f"paper: {', '.join(PAGE_SIZES)} (default a4)",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _check_options(args: argparse.Namespace) -> None:
    """Refuse bad options before asking for the passphrase."""
    if args.lang not in LANGUAGES:
        raise UserError(
            f"unknown language {args.lang!r}; choose one of {', '.join(LANGUAGES)} with --lang"
        )
    if args.page_size.lower() not in PAGE_SIZES:
        raise UserError(
            f"unknown page size {args.page_size!r}; choose one of {', '.join(PAGE_SIZES)} "
            "with --page-size"
        )
    generation_time()  # a malformed SOURCE_DATE_EPOCH is a user error, said up front
    if args.output != "-":
        check_target(args.output, force=args.force)


def _finish(args: argparse.Namespace, ctx: Context, pdf: ReportPdf, what: str) -> int:
    write_output(args.output, pdf, force=args.force)
    if pdf.unprintable:
        listed = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in pdf.unprintable)
        ctx.stderr.write(
            f"casefiles: warning: {len(pdf.unprintable)} character(s) have no glyph in the "
            f"shipped fonts and are printed as [U+XXXX]: {listed}\n"
        )
    if args.output != "-":
        ctx.out(f"wrote the {what} to {args.output}")
    return 0


def cmd_summary(args: argparse.Namespace, ctx: Context) -> int:
    _check_options(args)
    snap = load_snapshot(ctx.open_store(), args.case)
    pdf = procedural_summary(snap, lang=args.lang, page_size=args.page_size.lower())
    return _finish(args, ctx, pdf, f"procedural summary of {snap.case.reference}")


def cmd_hearing_summary(args: argparse.Namespace, ctx: Context) -> int:
    _check_options(args)
    snap = load_snapshot(ctx.open_store(), args.case)
    pdf = hearing_summary(snap, args.hearing, lang=args.lang, page_size=args.page_size.lower())
    return _finish(args, ctx, pdf, f"summary of hearing {args.hearing}")
