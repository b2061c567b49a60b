"""`casefiles` with no command starts the desktop app; anything else is the CLI's."""

from __future__ import annotations

import pytest

from casefiles.launcher import wants_gui


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--gui"],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x"],
        ["--gui", "--data-dir", "/tmp/x"],
        ["--data-dir", "/tmp/x", "--gui"],
    ],
)
def test_the_desktop_app(args: list[str]) -> None:
    assert wants_gui(args)


@pytest.mark.parametrize(
    "args",
    [
        ["cases"],
        ["--data-dir", "/tmp/x", "cases"],
        ["--gui", "verify"],
        ["--data-dir"],  # the CLI says what is missing
        ["--help"],
        ["--version"],
    ],
)
def test_the_command_line(args: list[str]) -> None:
    assert not wants_gui(args)
