"""Passphrases: from the environment (for scripts) or a no-echo prompt, never argv."""

from __future__ import annotations

import getpass
import os

from casefiles.domain.errors import UserError

PASSPHRASE_ENV = "CASEFILES_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CASEFILES_NEW_PASSPHRASE"
MIN_LENGTH = 8


def _from_env(name: str) -> str | None:
    # Removed at once, so no child process inherits it.
    return os.environ.pop(name, None)


def _prompt(prompt: str) -> str:
    try:
        with open("/dev/tty"):
            pass
    except OSError:
        raise UserError(
            "no terminal to ask for the passphrase: run this in a terminal, "
            f"or set {PASSPHRASE_ENV} for a script"
        ) from None
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserError("no passphrase given") from None


def read_passphrase(prompt: str = "Passphrase: ", env: str = PASSPHRASE_ENV) -> str:
    value = _from_env(env)
    if value is None:
        value = _prompt(prompt)
    if not value:
        raise UserError("the passphrase is empty")
    return value


def read_new_passphrase(env: str, what: str = "new passphrase") -> str:
    """A new passphrase: from `env`, or asked twice; at least MIN_LENGTH characters."""
    value = _from_env(env)
    if value is None:
        value = _prompt(f"Choose a {what}: ")
        if _prompt(f"Repeat the {what}: ") != value:
            raise UserError("the two passphrases differ; nothing was changed")
    if len(value) < MIN_LENGTH:
        raise UserError(
            f"the {what} is too short: use at least {MIN_LENGTH} characters "
            "(a few unrelated words are easy to remember and hard to guess)"
        )
    return value
