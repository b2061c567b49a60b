"""Passphrases: from the environment (for scripts) or a no-echo prompt, never argv."""

from __future__ import annotations

import getpass
import os

from casefiles.domain.errors import UserError
from casefiles.services.strength import MIN_LENGTH, too_short

PASSPHRASE_ENV = "CASEFILES_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CASEFILES_NEW_PASSPHRASE"


def _from_env(name: str) -> str | None:
    # Removed at once, so no child process inherits it.
    return os.environ.pop(name, None)


def _prompt(prompt: str, env: str = PASSPHRASE_ENV, what: str | None = None) -> str:
    """Ask on the terminal; `what` names the passphrase in the no-terminal message
    (by default the prompt itself: "Passphrase: " -> "the passphrase")."""
    try:
        with open("/dev/tty"):
            pass
    except OSError:
        what = what or prompt.strip().rstrip(":").lower() or "the passphrase"
        raise UserError(
            f"no terminal to ask for {_article(what)}: run this in a terminal, "
            f"or set {env} for a script"
        ) from None
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserError("no passphrase given") from None


def _article(what: str) -> str:
    return what if what.startswith(("the ", "a ")) else f"the {what}"


def read_passphrase(
    prompt: str = "Passphrase: ", env: str = PASSPHRASE_ENV, *, hint: str | None = None
) -> str:
    """From `env`, else asked; `hint` names the variable(s) to suggest instead of `env`."""
    value = _from_env(env)
    if value is None:
        value = _prompt(prompt, hint or env)
    if not value:
        raise UserError("the passphrase is empty")
    return value


def read_new_passphrase(env: str, what: str = "new passphrase") -> str:
    """A new passphrase: from `env`, or asked twice; at least MIN_LENGTH characters."""
    value = _from_env(env)
    if value is None:
        value = _prompt(f"Choose a {what}: ", env, what=f"a {what}")
        if _prompt(f"Repeat the {what}: ", env, what=f"a {what}") != value:
            raise UserError("the two passphrases differ; nothing was changed")
    if too_short(value):
        raise UserError(
            f"the {what} is too short: use at least {MIN_LENGTH} characters "
            "(a few unrelated words are easy to remember and hard to guess)"
        )
    return value
