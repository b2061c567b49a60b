"""Writing a command's output file: atomically, never over a file unless asked."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from casefiles.domain.errors import UserError
from casefiles.storage.files import atomic_write_bytes


def os_error_message(err: OSError, path: Path | str | None = None) -> str:
    where = f" {path}" if path is not None else ""
    if err.errno == errno.ENOSPC:
        return f"cannot write{where}: the disk is full; free some space and try again"
    if err.errno in (errno.EACCES, errno.EPERM):
        return f"cannot write{where}: permission denied; choose a folder you can write to"
    if err.errno == errno.ENOENT:
        return f"cannot write{where}: the folder does not exist"
    if err.errno == errno.EROFS:
        return f"cannot write{where}: the disk is read-only"
    if err.errno == errno.EISDIR:
        return f"cannot write{where}: it is a folder; give a file name"
    return f"cannot write{where}: {err.strerror or type(err).__name__}"


def check_target(target: str, *, force: bool) -> Path:
    """Refuse a folder, an existing file (unless `force`) or a missing parent folder."""
    path = Path(target)
    if path.is_dir():
        raise UserError(f"{target} is a folder; give a file name with -o")
    if path.exists() and not force:
        raise UserError(f"{target} already exists; choose another name or add --force")
    if not path.parent.exists():
        raise UserError(f"cannot write {target}: the folder {path.parent} does not exist")
    return path


def write_output(target: str, data: bytes, *, force: bool) -> None:
    """`-` for stdout; otherwise atomic, refusing an existing file unless `force`."""
    if target == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = check_target(target, force=force)
    try:
        atomic_write_bytes(path, data)
    except OSError as err:
        raise UserError(os_error_message(err, target)) from None


def read_input(source: str) -> bytes:
    path = Path(source)
    try:
        if source == "-":
            return sys.stdin.buffer.read()
        if path.is_dir():
            raise UserError(f"{source} is a folder, not a file")
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{source}: no such file") from None
    except PermissionError:
        raise UserError(f"{source}: permission denied; check the file's permissions") from None
    except OSError as err:
        raise UserError(f"cannot read {source}: {err.strerror or type(err).__name__}") from None
