"""Undo steps: each one knows how to do and undo a change through the services.

The change is made before the step is pushed (so a refused save never enters
the stack); `redo()` skips that first call.  A later undo or redo that fails
(another program changed the record meanwhile) is reported, never silent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from casefiles.ui.errors import ErrorReporter


class Step(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - reported to the user
            ErrorReporter.report(exc)
        finally:
            self._after()
