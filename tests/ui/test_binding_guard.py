"""The Qt binding may not take references to None away for good (PySide6 6.12.0 on 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from casefiles.ui.binding_guard import drops_references, protect_singletons

#: Far more void calls than a fresh process has references to None (about 10^4 on 3.11).
CALLS = 200_000


def test_many_qt_calls_then_quit_do_not_deallocate_none() -> None:
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import QObject, Signal
        from casefiles.ui.binding_guard import protect_singletons

        class Probe(QObject):
            changed = Signal()

        protect_singletons()
        probe = Probe()
        for _ in range({CALLS}):
            probe.setObjectName("x")  # a void call: None
            probe.changed.emit()  # returns True
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Fatal Python error" not in done.stderr


def test_after_the_guard_no_reference_is_at_risk() -> None:
    protect_singletons()
    assert not drops_references() or sys.getrefcount(None) > 1 << 39
