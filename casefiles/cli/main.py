"""`casefiles [--data-dir DIR] COMMAND`: parse, run, and turn errors into exit codes.

Exit codes: 0 success; 1 a check found damage; 2 a user error (one line on
stderr saying what to do); 3 an internal error (the details go to the log).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from casefiles import __version__
from casefiles.cli.commands import audit, backup, cases, evidence, interchange, reports, store
from casefiles.cli.context import Context
from casefiles.cli.output import os_error_message
from casefiles.domain.errors import DamageFound, UserError
from casefiles.services import logs
from casefiles.services.process import harden_process
from casefiles.storage.paths import DATA_DIR_ENV, default_data_dir

log = logging.getLogger("casefiles.cli")

EXIT_OK, EXIT_DAMAGE, EXIT_USER, EXIT_BUG = 0, 1, 2, 3
COMMAND_GROUPS = (store, interchange, cases, reports, backup, evidence, audit)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def one_line(message: str) -> str:
    """Messages quote user input; keep the promise of one line on stderr."""
    return " ".join(message.splitlines())


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casefiles",
        description="Offline, encrypted case files for defence lawyers. "
        "Run without a command to open the desktop app.",
        epilog=f"The passphrase is read from {'CASEFILES_PASSPHRASE'} (for scripts) or asked "
        "for without echo; never give it on the command line.",
    )
    parser.add_argument("--version", action="version", version=f"casefiles {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=f"the case file's folder (default: ${DATA_DIR_ENV} or {default_data_dir()})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    harden_process()
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not args.command:
        parser.print_help(stdout)
        return EXIT_OK
    data_dir = (args.data_dir or default_data_dir()).expanduser().absolute()
    ctx = Context(data_dir=data_dir, stdout=stdout, stderr=stderr)
    handler = None
    try:
        if data_dir.exists() and not data_dir.is_dir():
            raise UserError(
                f"{data_dir} is a file, not a folder: a case file is a folder; "
                "give --data-dir a folder"
            )
        if data_dir.is_dir():
            handler, _ = logs.attach_file_log(data_dir)
        log.info("command %s", args.command)
        return int(args.func(args, ctx))
    except DamageFound as err:
        for problem in err.problems:
            stdout.write(f"DAMAGED: {problem}\n")
        stderr.write(f"casefiles: {err}; restore from a backup or see the list above\n")
        return EXIT_DAMAGE
    except UserError as err:
        log.info("user error %s", type(err).__name__)
        stderr.write(f"casefiles: error: {one_line(str(err))}\n")
        return EXIT_USER
    except BrokenPipeError:
        # The reader went away (`casefiles audit | head`): not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except OSError as err:
        log.info("os error %s errno=%s", type(err).__name__, err.errno)
        stderr.write(f"casefiles: error: {os_error_message(err, err.filename)}\n")
        return EXIT_USER
    except KeyboardInterrupt:
        stderr.write("casefiles: interrupted; nothing was half-written\n")
        return 130
    except Exception:
        if handler is None:
            handler, path = logs.attach_file_log(
                data_dir if data_dir.is_dir() else logs.fallback_log_dir()
            )
        else:
            path = (
                Path(handler.baseFilename) if isinstance(handler, logging.FileHandler) else data_dir
            )
        log.exception("internal error in command %s", args.command)
        stderr.write(
            f"casefiles: internal error (a bug in casefiles); details are in {path}. "
            "Nothing was half-written; please report it\n"
        )
        return EXIT_BUG
    finally:
        ctx.close()
        if handler is not None:
            logs.detach(handler)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
