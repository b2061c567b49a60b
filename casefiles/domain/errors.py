"""Errors the services raise, by who must act on them.

`UserError`: the user can fix it (bad input, wrong passphrase, missing
store); `DamageFound`: a check read something it could read and found it
damaged.  Anything else that escapes is a bug.  Messages say what is wrong
and what to do, and never quote case content back into logs: the CLI and the
GUI show `str(error)` to the user, logs record only the type.
"""

from __future__ import annotations


class CasefilesError(Exception):
    """Base of the errors the app expects and explains."""


class UserError(CasefilesError):
    """Something the user can correct: the message says what and how."""


class StoreNotFound(UserError):
    pass


class StoreExists(UserError):
    pass


class WrongPassphrase(UserError):
    pass


class StoreDamaged(UserError):
    """The store's files are not a readable casefiles store."""


class StoreTooNew(UserError):
    pass


class StoreBusy(UserError):
    """Another program (the desktop app) holds the store."""


class DiskFull(UserError):
    """The disk filled up during a write; the write was rolled back."""


class InvalidDocument(UserError):
    """An interchange document broke the format; `problems` lists each one."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else "invalid document"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}; nothing was imported")


class RecordNotFound(UserError):
    pass


class ConflictError(UserError):
    """A write would break a uniqueness rule (a case reference, a key, an exhibit label)."""


class DamageFound(CasefilesError):
    """A check found damage; `problems` lists each finding."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) found")
