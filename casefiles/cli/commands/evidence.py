"""evidence add, attach, export, list, delete."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from casefiles import vault
from casefiles.cli.context import Context
from casefiles.domain.enums import EvidenceKind
from casefiles.domain.errors import UserError
from casefiles.services import audit, evidence
from casefiles.services.evidence import AttachmentInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "evidence", help="encrypted files: evidence items and documents on motions, hearings..."
    )
    actions = p.add_subparsers(dest="evidence_action", metavar="ACTION", required=True)

    a = actions.add_parser("add", help="a new evidence item holding FILE (encrypted, hashed)")
    a.add_argument("--case", required=True, metavar="REF")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--title", metavar="TEXT", help="default: the file's name")
    a.add_argument(
        "--kind", choices=[k.value for k in EvidenceKind], help="default: from the file's type"
    )
    a.add_argument("--exhibit", metavar="LABEL", help="default: the next free label (A, B, ...)")
    a.set_defaults(func=cmd_add)

    a = actions.add_parser(
        "attach",
        help="attach FILE to a record: --record evidence/e1, hearings/h1, motions/m1 or "
        "requests/r1",
    )
    a.add_argument("--case", required=True, metavar="REF")
    a.add_argument("--record", required=True, metavar="TYPE/KEY")
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=cmd_attach)

    a = actions.add_parser("export", help="decrypt a file, checked against its intake SHA-256")
    a.add_argument("--case", required=True, metavar="REF")
    _which(a)
    a.add_argument(
        "-o", "--output", required=True, metavar="PATH", help="the file to write, or - for stdout"
    )
    a.add_argument("--force", action="store_true", help="replace PATH if it exists")
    a.set_defaults(func=cmd_export)

    a = actions.add_parser("list", help="a case's evidence items and attached files")
    a.add_argument("--case", required=True, metavar="REF")
    a.add_argument("--json", action="store_true", help="a JSON array instead of lines")
    a.set_defaults(func=cmd_list)

    a = actions.add_parser(
        "delete", help="delete an evidence item (or one attached file) and its encrypted file"
    )
    a.add_argument("--case", required=True, metavar="REF")
    _which(a)
    a.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    a.set_defaults(func=cmd_delete)


def _which(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--exhibit", metavar="LABEL", help="the evidence item's exhibit label")
    group.add_argument("--file", metavar="KEY", help="an attached file's key (f1, f2, ...)")


def _cli_source() -> None:
    audit.set_default_source("cli")


def _progress(ctx: Context) -> vault.files.ProgressFn | None:
    if not ctx.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        end = "\n" if done >= total else ""
        ctx.stderr.write(
            f"\rstoring: {pct:3d}% ({vault.human_size(done)} of {vault.human_size(total)})" + end
        )
        ctx.stderr.flush()

    return show


def _describe(info: AttachmentInfo) -> str:
    return f"{info.file_name}, {vault.human_size(info.size)}, {info.media_type}"


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    _cli_source()
    store = ctx.open_store()
    info = vault.add_evidence(
        store,
        args.case,
        args.file,
        title=args.title,
        kind=EvidenceKind(args.kind) if args.kind else None,
        exhibit=args.exhibit,
        progress=_progress(ctx),
    )
    ctx.out(
        f"added exhibit {info.exhibit} (evidence/{info.record_key}, file {info.key}) "
        f"to case {info.case_ref}: {_describe(info)}"
    )
    ctx.out(f"sha256 {info.sha256}")
    return 0


def cmd_attach(args: argparse.Namespace, ctx: Context) -> int:
    _cli_source()
    record_type, key = evidence.parse_record(args.record)
    store = ctx.open_store()
    info = vault.attach(store, args.case, record_type, key, args.file, progress=_progress(ctx))
    ctx.out(f"attached file {info.key} to {args.record} in case {info.case_ref}: {_describe(info)}")
    ctx.out(f"sha256 {info.sha256}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    if args.output == "-":
        ctx.stdout.flush()
        vault.export_to_stream(
            store, args.case, sys.stdout.buffer, exhibit=args.exhibit, key=args.file
        )
        return 0
    info = vault.export_file(
        store, args.case, args.output, exhibit=args.exhibit, key=args.file, force=args.force
    )
    ctx.out(
        f"exported {info.label} ({_describe(info)}) to {args.output}; "
        "SHA-256 matches the one taken at intake"
    )
    return 0


def _cell(value: str | None) -> str:
    return " ".join((value or "").split()) or "-"


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    items = evidence.evidence_files(store, args.case)
    others = [f for f in evidence.case_files(store, args.case) if f.record_type != "evidence"]
    if args.json:
        ctx.out(json.dumps(_list_json(items, others), ensure_ascii=False, indent=2))
        return 0
    for item in items:
        f = item.file
        ctx.out(
            "\t".join(
                (
                    item.exhibit or "-",
                    f"evidence/{item.key}",
                    f.key if f else "-",
                    item.state,
                    _cell(f.file_name if f else item.file_name),
                    vault.human_size(f.size) if f else "-",
                    (f.sha256 if f else item.sha256) or "-",
                    _cell(item.title),
                )
            )
        )
    for f in others:
        ctx.out(
            "\t".join(
                (
                    "-",
                    f"{f.record_type}/{f.record_key}",
                    f.key,
                    "stored",
                    _cell(f.file_name),
                    vault.human_size(f.size),
                    f.sha256,
                    "-",
                )
            )
        )
    return 0


def _file_json(f: AttachmentInfo) -> dict[str, Any]:
    return {
        "key": f.key,
        "record": f"{f.record_type}/{f.record_key}",
        "file_name": f.file_name,
        "media_type": f.media_type,
        "size": f.size,
        "sha256": f.sha256,
        "added_at": f.added_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _list_json(
    items: list[evidence.EvidenceFile], others: list[AttachmentInfo]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {
            "exhibit": i.exhibit,
            "record": f"evidence/{i.key}",
            "title": i.title,
            "kind": i.kind,
            "state": i.state,
            "file_name": i.file_name,
            "sha256": i.sha256,
            "file": _file_json(i.file) if i.file else None,
        }
        for i in items
    ]
    out += [
        {"exhibit": None, "record": f"{f.record_type}/{f.record_key}", "file": _file_json(f)}
        for f in others
    ]
    return out


def confirm(ctx: Context, question: str, yes: bool) -> None:
    """Ask on a terminal; without one, `--yes` is required."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UserError("this deletes for good; confirm with --yes (no terminal to ask on)")
    ctx.stderr.write(f"{question} [y/N] ")
    ctx.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in ("y", "yes"):
        raise UserError("not confirmed; nothing was deleted")


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    _cli_source()
    store = ctx.open_store()
    if args.exhibit is not None:
        items = {i.exhibit: i for i in evidence.evidence_files(store, args.case)}
        item = items.get(args.exhibit)
        if item is None:
            raise UserError(
                f"no exhibit {args.exhibit} in case {args.case!r}; "
                "'casefiles evidence list' shows the labels"
            )
        what = f"exhibit {item.exhibit} ({_cell(item.title)})"
        if item.file:
            what += f" and its encrypted file {item.file.file_name}"
        confirm(ctx, f"Delete {what} from case {args.case}?", args.yes)
        info = vault.delete_evidence(store, args.case, args.exhibit)
        ctx.out(f"deleted exhibit {args.exhibit} from case {args.case}")
    else:
        files = {f.key: f for f in evidence.case_files(store, args.case)}
        found = files.get(args.file)
        if found is None:
            raise UserError(f"no file {args.file!r} in case {args.case!r}")
        confirm(
            ctx,
            f"Delete file {found.key} ({found.file_name}) of "
            f"{found.record_type}/{found.record_key} in case {args.case}?",
            args.yes,
        )
        info = vault.remove_file(store, args.case, args.file)
        ctx.out(f"deleted file {info.key} from {info.record_type}/{info.record_key}")
    if info is not None:
        ctx.out(
            f"the encrypted file is gone; the audit trail keeps its name and sha256 {info.sha256}"
        )
    return 0
