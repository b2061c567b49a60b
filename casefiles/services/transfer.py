"""Import and export of interchange files in steps, for a caller that shows progress.

Each step reports `progress(done, total)` and asks `cancelled()` before the
next one; once the import's single transaction has begun it runs to its end
(it is all or nothing), so a late cancel leaves a complete import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from casefiles.domain.errors import InvalidDocument, UserError
from casefiles.services import interchange
from casefiles.storage.files import atomic_write_bytes
from casefiles.storage.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class OperationCancelled(UserError):
    """The user cancelled before anything was written."""


def _never() -> bool:
    return False


def _ignore(_done: int, _total: int) -> None:
    return None


def _check(cancelled: Cancelled) -> None:
    if cancelled():
        raise OperationCancelled("cancelled; nothing was changed")


def read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(f"there is no file {path}; choose another file") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; choose a file") from None
    except PermissionError:
        raise UserError(f"cannot read {path}: check the file's permissions") from None


def import_file(
    store: Store, path: Path, progress: Progress = _ignore, cancelled: Cancelled = _never
) -> interchange.ImportReport:
    """Read, check and import a file: all or nothing."""
    progress(0, 4)
    raw = read_file(path)
    _check(cancelled)
    progress(1, 4)
    doc = interchange.parse_document(raw)
    _check(cancelled)
    progress(2, 4)
    problems = interchange.validate_document(doc, store)
    if problems:
        raise InvalidDocument(problems)
    _check(cancelled)
    progress(3, 4)
    report = interchange.import_document(store, doc)
    progress(4, 4)
    return report


def export_file(
    store: Store,
    path: Path,
    references: list[str] | None = None,
    progress: Progress = _ignore,
    cancelled: Cancelled = _never,
) -> int:
    """Write the export of the store (or of the cases named) to `path`; the number of cases."""
    progress(0, 3)
    doc = interchange.export_document(store, references, exported_at=datetime.now(UTC))
    _check(cancelled)
    progress(1, 3)
    data = interchange.dump_document(doc)
    _check(cancelled)
    progress(2, 3)
    try:
        atomic_write_bytes(Path(path), data)
    except PermissionError:
        raise UserError(f"cannot write {path}: choose a folder you may write to") from None
    except FileNotFoundError:
        raise UserError(f"the folder of {path} does not exist; choose another") from None
    progress(3, 3)
    return len(doc.get("cases", []))
