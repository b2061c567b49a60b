"""Background operations: run work on the thread pool, hand results back on the UI thread.

A task's function gets `progress(done, total)` and `cancelled()`; it must not
touch a widget.  Results and exceptions come back through queued signals to
the callbacks, which run on the UI thread.  Services open their own session in
the worker thread, so no session crosses threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Tasks", text, "", n)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Task(QObject):
    """One running operation; `cancel()` asks the work to stop at its next step."""

    finished = Signal()

    def __init__(self, parent: QObject, label: str | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.running = True
        #: What the progress dialog says, for work that can be cancelled (None otherwise:
        #: background work nobody asked for, or work that finishes regardless).
        self.label = label

    def cancel(self) -> None:
        self.cancel_event.set()


class TaskRunner(QObject):
    """Starts tasks and knows how many are still running."""

    idle_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    @property
    def idle(self) -> bool:
        return not self._running

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        progress_label: str | None = None,
        parent: QWidget | None = None,
        cancellable: bool = False,
    ) -> Task:
        """Run `work` off the UI thread; a progress dialog appears when it takes a while."""
        # Only work that can be stopped is named as stopped by a lock.
        task = Task(self, progress_label if cancellable else None)
        signals = _Signals(task)
        dialog: QProgressDialog | None = None
        if progress_label is not None:
            dialog = QProgressDialog(progress_label, _tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(_tr("casefiles"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if cancellable:
                dialog.canceled.connect(task.cancel)
            else:
                dialog.setCancelButton(None)

            def show_progress(done: int, total: int) -> None:
                if dialog is not None:
                    dialog.setMaximum(total)
                    dialog.setValue(done)

            signals.progress.connect(show_progress)

        def finish() -> None:
            task.running = False
            self._running.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()
            task.finished.emit()
            task.deleteLater()
            if not self._running:
                self.idle_changed.emit(True)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            on_error(exc)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        was_idle = self.idle
        self._running.add(task)
        if was_idle:
            self.idle_changed.emit(False)
        self._pool.start(_Runnable(work, signals, task.cancel_event))
        return task

    def labels(self) -> list[str]:
        """What the running cancellable tasks with a progress dialog are doing."""
        return [t.label for t in self._running if t.label is not None]

    def cancel_all(self) -> list[str]:
        """Ask every running task to stop at its next step (the app is locking).

        Returns the labels of the stopped tasks the user started (see `labels`)."""
        labels = self.labels()
        for task in list(self._running):
            task.cancel()
        return labels

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the workers are done (at lock and at exit); results are still queued."""
        return bool(self._pool.waitForDone(msecs))
