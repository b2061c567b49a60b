"""A guard against a Qt binding that gives back references it does not own.

The PySide6/shiboken6 6.12.0 wheels return None from every void method (and True
from `Signal.emit`) without a new reference.  From Python 3.12 on these objects are
immortal and nothing happens; on 3.11 each such call takes one reference to None away
for good.  After a long session (every `setText`, `setEnabled`, `start`... counts) the
count reaches zero and the interpreter aborts: "Fatal Python error: none_dealloc:
deallocating None", mostly while collecting garbage at quit.

`protect_singletons` finds out at start whether the binding in use does this and, if
so, gives None, True and False a reserve of references far beyond what a process can
lose, which is what Python 3.12 does by making them immortal.  Nothing changes on a
sound binding or on Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

#: Void calls made to find out (each costs one reference on a broken binding).
_PROBES = 64
#: References added to each singleton: ~10^12, more than a process can lose at one per call.
_RESERVE = 1 << 40

_checked: bool | None = None


def drops_references() -> bool:
    """True when a void call of the Qt binding takes a reference to None away."""
    if sys.version_info >= (3, 12):  # None is immortal: nothing can be taken away
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBES // 2


def protect_singletons() -> bool:
    """On a binding that drops references, give None, True and False a reserve of them.

    True when it did (the binding is broken: see the module's docstring).  Checks once."""
    global _checked
    if _checked is not None:
        return _checked
    _checked = False
    if not drops_references():
        return False
    if hasattr(sys, "gettotalrefcount") or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        # ob_refcnt is the object's first field (a Py_ssize_t) on CPython 3.11.
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    _checked = True
    return True


def describe() -> str:
    """For the log (once it is open: the guard runs before, and says nothing on stderr)."""
    import PySide6

    version = getattr(PySide6, "__version__", "?")
    if _checked:
        return f"the Qt binding (PySide6 {version}) drops references to None; guarded"
    return f"the Qt binding (PySide6 {version}) keeps its references"
