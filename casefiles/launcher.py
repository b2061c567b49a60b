"""The `casefiles` entry point: the desktop app without a command, the CLI with one."""

from __future__ import annotations

import sys


def wants_gui(args: list[str]) -> bool:
    """No command: only `--gui` and one `--data-dir DIR` (or `--data-dir=DIR`), if any."""
    rest = [a for a in args if a != "--gui"]
    if rest and rest[0].startswith("--data-dir="):
        rest = rest[1:]
    elif len(rest) >= 2 and rest[0] == "--data-dir":
        rest = rest[2:]
    return not rest


def main() -> int:
    args = sys.argv[1:]
    if wants_gui(args):
        import importlib.util

        if importlib.util.find_spec("casefiles.ui") is not None:
            from casefiles.ui.app import run  # type: ignore[import-not-found,unused-ignore]

            return int(run(args))
    from casefiles.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
