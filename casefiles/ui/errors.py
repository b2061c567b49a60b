"""Two kinds of error: what the user can fix (a friendly dialog) and our bugs.

`UserError` and its subclasses carry a message that says what to do; a full
disk or an unwritable folder is the environment's fault and is explained the
same way.  Anything else is a bug: it is logged (type and frames only, never
case content) and shown with its details and the log's path.  Nothing fails
silently.
"""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from casefiles.domain.errors import UserError
from casefiles.services.transfer import OperationCancelled
from casefiles.ui.dialogs import Dialogs

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def friendly_message(exc: BaseException) -> str | None:
    """The user-facing text for an expected problem; None for a bug."""
    if isinstance(exc, UserError):
        text = str(exc)
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _tr(
            "The disk is full, so nothing was saved. Free some space (empty the trash, "
            "move large files) and try again."
        )
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _tr(
            "casefiles may not write there ({reason}). Choose another folder or check "
            "its permissions, then try again."
        ).format(reason=exc.strerror or "")
    if isinstance(exc, OSError) and exc.errno == errno.EIO:
        return _tr(
            "The disk reported a read or write error. Check the disk, make a backup "
            "of your case file, and try again."
        )
    return None


class ErrorReporter:
    """Shows errors from slots and background operations; the one place that decides how."""

    log_path: Path | None = None

    @classmethod
    def report(
        cls, exc: BaseException, parent: QWidget | None = None, title: str | None = None
    ) -> None:
        if isinstance(exc, OperationCancelled):
            return
        parent = parent or QApplication.activeWindow()
        message = friendly_message(exc)
        if message is not None:
            log.info("user error shown: %s", type(exc).__name__)
            details = "\n".join(getattr(exc, "problems", [])[:200])
            Dialogs.problem(parent, title or _tr("casefiles"), message, details)
            return
        log.error("internal error", exc_info=(type(exc), exc, exc.__traceback__))
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        where = str(cls.log_path) if cls.log_path else _tr("(no log file)")
        text = _tr(
            "Something went wrong inside casefiles. What you saved before is safe; "
            "the last action may not have completed.\n\nPlease report this problem with "
            "the log file (it holds no case content):\n{path}"
        ).format(path=where)
        Dialogs.bug(parent, text, details)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Uncaught exceptions in slots end here instead of vanishing into stderr."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    ErrorReporter.report(exc)
