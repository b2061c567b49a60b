"""init, demo, passwd, verify."""

from __future__ import annotations

import argparse

from casefiles.cli.context import Context
from casefiles.cli.passphrase import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    read_new_passphrase,
    read_passphrase,
)
from casefiles.services import admin
from casefiles.services.demo import create_demo
from casefiles.storage.store import store_exists


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a new, empty encrypted case file")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser(
        "demo", help="create a new case file holding a fictional demo case (passphrase: demo)"
    )
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("passwd", help="change the passphrase")
    p.add_argument(
        "--rekey",
        action="store_true",
        help="also re-encrypt the whole database under a new key "
        "(when the old key may have leaked)",
    )
    p.set_defaults(func=cmd_passwd)
    p = sub.add_parser("verify", help="check the case file's integrity")
    p.set_defaults(func=cmd_verify)


def _refuse_existing(ctx: Context) -> None:
    if store_exists(ctx.data_dir):
        from casefiles.domain.errors import StoreExists

        raise StoreExists(
            f"a case file already exists in {ctx.data_dir}; choose another folder with --data-dir"
        )


def cmd_init(_args: argparse.Namespace, ctx: Context) -> int:
    _refuse_existing(ctx)
    passphrase = read_new_passphrase(PASSPHRASE_ENV, "passphrase for the new case file")
    admin.create_store(ctx.data_dir, passphrase).close()
    ctx.out(f"Created an empty case file in {ctx.data_dir}")
    ctx.out(
        "Keep the passphrase safe: without it nobody, you included, can open this case "
        "file. Make backups."
    )
    return 0


def cmd_demo(_args: argparse.Namespace, ctx: Context) -> int:
    _refuse_existing(ctx)
    from casefiles.vault.demo import attach_demo_files

    store, report = create_demo(ctx.data_dir)
    try:
        files = attach_demo_files(store)
    finally:
        store.close()
    ctx.out(
        f"Created a demo case file in {ctx.data_dir} with {len(report.cases)} fictional "
        f"cases ({', '.join(report.cases)}) and {files} attached files"
    )
    ctx.out("Passphrase: demo")
    return 0


def cmd_passwd(args: argparse.Namespace, ctx: Context) -> int:
    from casefiles.backup.keys import reseal_saved_key

    ctx.check_store()
    old = read_passphrase("Current passphrase: ")
    store = ctx.open_store(old)
    new = read_new_passphrase(NEW_PASSPHRASE_ENV)
    if args.rekey:
        store.rekey(new)
        ctx.out("Passphrase changed and the database re-encrypted under a new key.")
    else:
        store.change_passphrase(new)
        ctx.out("Passphrase changed.")
    # The automatic-backup key is sealed with the store's passphrase: it follows.
    if reseal_saved_key(ctx.data_dir, old, new) is not None:
        ctx.out("The automatic-backup key now opens with the new passphrase too.")
    return 0


def cmd_verify(_args: argparse.Namespace, ctx: Context) -> int:
    # The vault sits above the services, so its check is joined here, not in admin.verify.
    from casefiles import vault
    from casefiles.domain.errors import DamageFound
    from casefiles.services import audit

    store = ctx.open_store()
    for line in admin.verify(store):
        ctx.out(line)
    files = vault.verify(store)
    chain = audit.verify_chain(store)
    for note in files.notes:
        ctx.out(f"note: {note}")
    if not files.problems:
        ctx.out(
            f"vault: {files.files} file(s), {vault.human_size(files.bytes)}: each decrypts, "
            "authenticates and matches the SHA-256 taken at intake"
        )
    if not chain:
        ctx.out(f"audit trail: hash chain intact, head {audit.chain_head(store)}")
    if files.problems or chain:
        raise DamageFound(files.problems + chain)
    ctx.out("OK: no damage found")
    return 0
