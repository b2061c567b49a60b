"""Process-wide protections, applied once at start by the CLI and the GUI."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Owner-only new files; no core dumps, which would hold the key and decrypted pages."""
    os.umask(0o077)
    if os.name != "posix":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc_name = ctypes.util.find_library("c")
        if libc_name:
            with contextlib.suppress(OSError, AttributeError):
                ctypes.CDLL(libc_name, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
