"""The vault folder (`StorePaths.vault`): ciphertext files under random names.

A file is written as `.intake-<random>` (0600), made durable (fsync), and
only then renamed to its final name, 32 random hex digits that say nothing
of the original; the folder is fsynced after each rename and unlink.  A
failed or cancelled write removes its temp file.  Leftovers of a crash (a
temp file, or a finished file whose database row never committed) are
ciphertext under a key that no longer exists; `sweep` removes those older
than an hour, so a write still in progress elsewhere is never touched.
Everything the vault writes stays inside this one folder (backups archive it).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from casefiles.storage.files import FILE_MODE, ensure_private_dir, fsync_dir
from casefiles.storage.paths import StorePaths

log = logging.getLogger(__name__)

TEMP_PREFIX = ".intake-"
BLOB_NAME = re.compile(r"[0-9a-f]{32}")
NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
#: Leftovers younger than this may belong to a write in progress in another process.
SWEEP_AGE_S = 3600


class VaultFolder:
    def __init__(self, paths: StorePaths) -> None:
        self.root = paths.vault

    def path(self, blob: str) -> Path:
        if not BLOB_NAME.fullmatch(blob):
            raise ValueError("not a vault file name")
        return self.root / blob

    @contextlib.contextmanager
    def writing(self) -> Iterator[tuple[BinaryIO, str]]:
        """A new file to write and its final name; renamed into place when the block ends."""
        ensure_private_dir(self.root)
        name = secrets.token_hex(16)
        tmp = self.root / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), FILE_MODE
        )
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh, name
                fh.flush()
                os.fsync(fh.fileno())
            os.rename(tmp, self.root / name)
            fsync_dir(self.root)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def remove(self, blob: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(blob).unlink()
        fsync_dir(self.root)

    def names(self) -> set[str]:
        """Final names of every stored file."""
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.iterdir() if BLOB_NAME.fullmatch(p.name)}

    def leftovers(self, referenced: set[str] | None, min_age_s: float = 0) -> list[Path]:
        """Temp files, and stored files no row names (when `referenced` is given)."""
        if not self.root.is_dir():
            return []
        cutoff = time.time() - min_age_s
        found = []
        for path in self.root.iterdir():
            name = path.name
            is_temp = name.startswith(TEMP_PREFIX)
            is_orphan = (
                referenced is not None and BLOB_NAME.fullmatch(name) and name not in referenced
            )
            if not (is_temp or is_orphan):
                continue
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime <= cutoff:
                    found.append(path)
        return found

    def sweep(self, referenced: set[str] | None, min_age_s: float = SWEEP_AGE_S) -> int:
        removed = 0
        for path in self.leftovers(referenced, min_age_s):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
        if removed:
            fsync_dir(self.root)
            log.info("swept %d vault leftover(s)", removed)
        return removed

    def free_bytes(self) -> int | None:
        target = self.root if self.root.is_dir() else self.root.parent
        try:
            st = os.statvfs(target)
        except (OSError, AttributeError):
            return None
        return st.f_bavail * st.f_frsize
