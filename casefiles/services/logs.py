"""The log file: exception types and stack frames, never case content.

Exception messages can quote values (a client's name in an integrity error,
a path with a client's name), so the formatter writes only the type and
the frames.  Our own log calls pass ids and counts, never text from a record.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

from casefiles.storage.files import ensure_private_dir

LOG_NAME = "casefiles.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ContentFreeFormatter(logging.Formatter):
    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        exc_type, _exc, tb = ei
        frames = traceback.extract_tb(tb)
        lines = [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
        name = exc_type.__qualname__ if exc_type else "?"
        module = exc_type.__module__ if exc_type else ""
        return "Traceback (message withheld):\n" + "\n".join(lines) + f"\n{module}.{name}"


class QuietFileHandler(logging.FileHandler):
    """A log that never disturbs the user: a full disk must not add a second error."""

    def handleError(self, record: logging.LogRecord) -> None:
        del record

    def flush(self) -> None:
        with contextlib.suppress(OSError):
            super().flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            super().close()


def fallback_log_dir() -> Path:
    return Path(platformdirs.user_log_dir("casefiles", appauthor=False))


def attach_file_log(directory: Path) -> tuple[logging.Handler, Path]:
    """Log to `directory/casefiles.log` (0600); returns the handler to detach later."""
    ensure_private_dir(directory)
    path = directory / LOG_NAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    handler = QuietFileHandler(path, encoding="utf-8")
    handler.setFormatter(ContentFreeFormatter(_FORMAT))
    root = logging.getLogger("casefiles")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler, path


def detach(handler: logging.Handler) -> None:
    logging.getLogger("casefiles").removeHandler(handler)
    handler.close()
