"""The desktop app's hold on a store, as an advisory lock file.

The GUI holds an exclusive lock for as long as it has the store open; commands
that must not run under it (changing the passphrase, re-keying) check it.
The lock dies with the process, so a crash never leaves a store locked.
"""

from __future__ import annotations

import os
from pathlib import Path

from casefiles.domain.errors import StoreBusy

if os.name == "posix":
    import fcntl


class AppLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.name == "posix":
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise StoreBusy(
                    "this case file is open in the casefiles desktop app; "
                    "close it there (or use that window) and try again"
                ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> AppLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def is_held_elsewhere(path: Path) -> bool:
    """True while another process (the GUI) holds the lock."""
    if not path.exists():
        return False
    probe = AppLock(path)
    try:
        probe.acquire()
    except StoreBusy:
        return True
    probe.release()
    return False
