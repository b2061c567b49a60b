"""The `casefiles` entry point: the desktop app without a command, the CLI with one."""

from __future__ import annotations

import sys


def main() -> int:
    args = sys.argv[1:]
    wants_gui = not args or args in (["--gui"],) or (len(args) == 2 and args[0] == "--data-dir")
    if wants_gui:
        import importlib.util

        if importlib.util.find_spec("casefiles.ui") is not None:
            from casefiles.ui.app import run  # type: ignore[import-not-found,unused-ignore]

            return int(run(args))
    from casefiles.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
