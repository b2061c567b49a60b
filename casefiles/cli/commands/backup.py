"""backup create, backup verify, backup restore; the age options of export and import."""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime
from pathlib import Path

from casefiles.backup import agefmt, archive
from casefiles.backup.errors import BackupDamaged, BackupError, as_read_only
from casefiles.backup.export import (
    check_files_fit,
    decrypt_export,
    encrypt_export,
    import_package,
    is_encrypted_export,
    needs_passphrase,
    package_export,
    unpack_export,
)
from casefiles.backup.keys import BackupKey
from casefiles.cli.context import Context
from casefiles.cli.output import check_target, read_input, write_output
from casefiles.cli.passphrase import PASSPHRASE_ENV, read_new_passphrase, read_passphrase
from casefiles.domain.errors import UserError
from casefiles.services import admin, interchange
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import read_header

BACKUP_PASSPHRASE_ENV = "CASEFILES_BACKUP_PASSPHRASE"
EXPORT_PASSPHRASE_ENV = "CASEFILES_EXPORT_PASSPHRASE"
EXIT_DAMAGE = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backup",
        help="encrypted backups (age format): create, verify, restore",
        description="Backups are age-encrypted tar files that also open without casefiles "
        "(see the README). The backup passphrase is the case file's own unless "
        f"{BACKUP_PASSPHRASE_ENV} is set or --separate-passphrase is given.",
    )
    p.set_defaults(func=lambda _args, ctx: _usage(p, ctx))
    actions = p.add_subparsers(dest="backup_action", metavar="ACTION")
    c = actions.add_parser("create", help="back up the case file into one encrypted file")
    c.add_argument("-o", "--output", required=True, metavar="FILE", help="the backup file")
    c.add_argument("--force", action="store_true", help="replace FILE if it exists")
    c.add_argument(
        "--separate-passphrase",
        action="store_true",
        help=f"ask for a backup passphrase other than the case file's ({BACKUP_PASSPHRASE_ENV} "
        "for scripts)",
    )
    c.set_defaults(func=cmd_create)
    v = actions.add_parser(
        "verify", help="decrypt and check a backup in full, writing nothing (exit 1: damaged)"
    )
    v.add_argument("file", metavar="FILE")
    v.set_defaults(func=cmd_verify)
    r = actions.add_parser("restore", help="restore a backup into a new, empty folder")
    r.add_argument("file", metavar="FILE")
    r.add_argument("--to", required=True, type=Path, metavar="DIR", help="a new or empty folder")
    r.set_defaults(func=cmd_restore)


def _usage(parser: argparse.ArgumentParser, ctx: Context) -> int:
    parser.print_usage(ctx.stderr)
    ctx.stderr.write("casefiles: error: name an action: create, verify or restore\n")
    return 2


def _backup_passphrase() -> str:
    """For reading a backup: CASEFILES_BACKUP_PASSPHRASE, else CASEFILES_PASSPHRASE, else asked."""
    value = os.environ.pop(BACKUP_PASSPHRASE_ENV, None)
    if value is not None:
        os.environ.pop(PASSPHRASE_ENV, None)
        if not value:
            raise UserError("the backup passphrase is empty")
        return value
    return read_passphrase(
        "Backup passphrase: ",
        env=PASSPHRASE_ENV,
        hint=f"{BACKUP_PASSPHRASE_ENV} (or {PASSPHRASE_ENV}, when it is the case file's)",
    )


def cmd_create(args: argparse.Namespace, ctx: Context) -> int:
    target = archive.check_backup_target(Path(args.output), ctx.data_dir, force=args.force)
    read_header(StorePaths(ctx.data_dir))  # a missing store fails before any prompt
    passphrase = read_passphrase()
    store = admin.open_store(ctx.data_dir, passphrase)
    try:
        if args.separate_passphrase or BACKUP_PASSPHRASE_ENV in os.environ:
            backup_passphrase = read_new_passphrase(BACKUP_PASSPHRASE_ENV, "backup passphrase")
        else:
            backup_passphrase = passphrase
        key = BackupKey.generate(backup_passphrase)
        # Read back and checked in full before it takes its name (the key is in memory).
        result = archive.create_backup(store, target, key, force=args.force, verify=True)
    finally:
        store.close()
    for line in result.lines():
        ctx.out(line)
    ctx.out("read back and verified in full")
    if backup_passphrase is passphrase:
        ctx.out("it opens with the case file's passphrase (as it is now)")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    try:
        archive.inspect_backup(Path(args.file))
        result = archive.verify_backup(Path(args.file), passphrase=_backup_passphrase())
    except BackupDamaged as err:
        ctx.stderr.write(f"casefiles: DAMAGED: {as_read_only(str(err))}\n")
        return EXIT_DAMAGE
    except BackupError as err:
        raise UserError(as_read_only(str(err))) from None
    for line in result.lines():
        ctx.out(line)
    ctx.out("OK: the backup is sound")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    dest = Path(args.to).expanduser().absolute()
    archive.check_restore_target(dest)
    try:
        archive.inspect_backup(Path(args.file))
        result = archive.restore_backup(Path(args.file), dest, passphrase=_backup_passphrase())
    except BackupError as err:  # all or nothing: say so on every way it can fail
        text = str(err)
        raise UserError(
            text if "nothing was restored" in text else f"{text}; nothing was restored"
        ) from None
    for line in result.lines():
        ctx.out(line)
    ctx.out(f"restored into {dest}; it opens with the case file's own passphrase:")
    ctx.out(f"  casefiles --data-dir {dest} verify")
    return 0


# -- export --encrypt and import of an encrypted export (used by commands/interchange.py) ------


def add_export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=f"write an age file: to a passphrase ({EXPORT_PASSPHRASE_ENV} or asked twice), "
        "or to --recipient; it opens with the standard age tool",
    )
    p.add_argument(
        "--recipient",
        action="append",
        metavar="AGE1...",
        help="with --encrypt: encrypt to this age public key (repeat for several)",
    )


def add_import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--identity",
        metavar="FILE",
        help="for an export encrypted to an age recipient: the age identity file that opens it",
    )


def wants_encryption(args: argparse.Namespace) -> bool:
    """Check the age options before any prompt; True when the export is to be encrypted."""
    if args.recipient and not args.encrypt:
        raise UserError("--recipient needs --encrypt")
    for recipient in args.recipient or ():
        agefmt.parse_recipient(recipient)
    return bool(args.encrypt)


def cmd_export_encrypted(args: argparse.Namespace, ctx: Context) -> int:
    """`export --encrypt`: the cases and their attached files as one age file."""
    if args.output != "-":
        check_target(args.output, force=args.force)
    store = ctx.open_store()
    doc = interchange.export_document(store, args.cases, exported_at=datetime.now(UTC))
    plaintext, files = package_export(store, doc)
    if args.recipient:
        data = encrypt_export(plaintext, recipients=args.recipient)
        to = f"{len(args.recipient)} age recipient(s)"
    else:
        passphrase = read_new_passphrase(
            EXPORT_PASSPHRASE_ENV, "passphrase for the encrypted export"
        )
        data = encrypt_export(plaintext, passphrase=passphrase)
        to = "a passphrase"
    write_output(args.output, data, force=args.force)
    if args.output != "-":
        ctx.out(
            f"exported {len(doc.get('cases', []))} case(s) and {files} attached file(s) "
            f"to {args.output}, encrypted to {to} (it opens with 'age -d')"
        )
    return 0


def is_encrypted(args: argparse.Namespace, raw: bytes) -> bool:
    if is_encrypted_export(raw):
        return True
    if args.identity:
        raise UserError(f"--identity is for an encrypted export, and {args.file} is not one")
    return False


def cmd_import_encrypted(args: argparse.Namespace, ctx: Context, raw: bytes) -> int:
    """`import` of an age file: decrypt in memory, import the cases, attach their files."""
    if needs_passphrase(raw):
        if args.identity:
            raise UserError(
                f"{args.file} is encrypted to a passphrase, not to an age key: leave out "
                f"--identity (the passphrase is asked, or read from {EXPORT_PASSPHRASE_ENV})"
            )
        passphrase = read_passphrase(
            "Passphrase of the encrypted export: ", env=EXPORT_PASSPHRASE_ENV
        )
        plaintext = decrypt_export(raw, passphrase=passphrase)
    else:
        identities = []
        if args.identity:
            identities = agefmt.parse_identities(read_input(args.identity), source=args.identity)
        plaintext = decrypt_export(raw, identities=identities)
    package = unpack_export(plaintext)
    doc = interchange.parse_document(package.document)
    if isinstance(doc, dict):
        check_files_fit(doc, package.files)
    store = ctx.open_store()
    # All or nothing: a file that fails to attach takes the imported cases back out.
    report, attached = import_package(store, doc, package.files)
    for line in report.lines():
        ctx.out(line)
    if package.files:
        ctx.out(f"attached {len(attached)} file(s) to their records (stored encrypted)")
    return 0
