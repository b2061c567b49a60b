"""The errors a backup raises, by who must act on them.

All are `UserError`s (the CLI's exit 2) except that `backup verify` turns
`BackupDamaged` into exit 1: the file was read and is not sound.
"""

from __future__ import annotations

from casefiles.domain.errors import UserError, WrongPassphrase


class BackupError(UserError):
    """Base of every backup error; the message says what is wrong and what to do."""


class NotABackup(BackupError):
    """The file is not a casefiles backup at all."""


class BackupDamaged(BackupError):
    """The file is a backup but not a sound one: damaged, cut short, lengthened or altered."""


class UnsafeBackup(BackupDamaged):
    """The payload holds a member casefiles never writes: a link, `..`, an absolute path."""


class BackupTooNew(BackupError):
    """Made by a newer casefiles (app, backup format or database schema)."""


class ExcessiveWorkFactor(BackupError):
    """An age header asks for more scrypt work than the age tool itself accepts."""


class BackupWrongPassphrase(WrongPassphrase):
    pass


class BackupCancelled(BackupError):
    pass


class BackupWriteFailed(BackupError):
    """The backup file could not be written; earlier backups are intact."""


def as_read_only(message: str) -> str:
    """A reading error's message for a check that never restores (`backup verify`): the
    messages are shared with restore, which alone can say that nothing was restored."""
    for tail in ("; refused, nothing was restored", "; nothing was restored"):
        message = message.replace(tail, "; refused" if "refused" in tail else "")
    return message
