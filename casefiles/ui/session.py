"""The open case file: which folder, the store while unlocked, the desktop app's lock file.

No widgets here.  Opening and creating run the key derivation (about 0.7 s)
on the task runner.  On lock (`close`) and on exit (`shutdown`) the session
scrubs what it can reach: the store is closed (engines disposed, key
dropped), viewer copies of attachments are overwritten and deleted, and the
clipboard is cleared if it still holds text the app put there; the window
clears its own models and views.  The app lock file is held from the first
unlock until exit, so a second window on the same case file is refused with a
clear message (the single-instance guard in `casefiles.ui.single_instance`
normally refuses a second app before that).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from casefiles.domain.errors import StoreBusy
from casefiles.services import admin
from casefiles.services.demo import DEMO_PASSPHRASE, create_demo
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.locks import AppLock
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import Store, store_exists
from casefiles.ui.clipboard import ClipboardGuard
from casefiles.ui.tasks import TaskRunner
from casefiles.vault import remove_copies
from casefiles.vault.demo import attach_demo_files


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Session", text, "", n)


log = logging.getLogger(__name__)

#: How long lock and exit wait for running work to stop after asking it to.
WAIT_MS = 30_000


def demo_dir_for(data_dir: Path) -> Path:
    """The demo lives beside the real case file, never in it."""
    return data_dir.with_name(data_dir.name + "-demo")


class Session(QObject):
    opened = Signal()
    closed = Signal()

    def __init__(self, data_dir: Path, runner: TaskRunner, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        #: The folder of the case file in use (the demo's when the demo is open).
        self.active_dir = self.data_dir
        self.runner = runner
        #: Key derivation parameters: None calibrates (tests pass cheap ones).
        self.kdf = kdf
        self.store: Store | None = None
        self._lock: AppLock | None = None
        self.clipboard = ClipboardGuard(self)
        #: How long `close` waits for running work (tests shorten it).
        self.wait_ms = WAIT_MS
        #: What the last lock stopped (progress labels), told at the next unlock.
        self.stopped: list[str] = []
        #: Stores locked while a worker still used them: closed when the work ends.
        self._closing: list[Store] = []
        runner.idle_changed.connect(self._runner_idle)

    @property
    def is_open(self) -> bool:
        return self.store is not None

    @property
    def is_demo(self) -> bool:
        return self.active_dir != self.data_dir

    def require_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("the case file is locked")
        return self.store

    def store_exists(self) -> bool:
        return store_exists(self.data_dir)

    def demo_exists(self) -> bool:
        return store_exists(demo_dir_for(self.data_dir))

    @property
    def paths(self) -> StorePaths:
        return StorePaths(self.active_dir)

    # -- the app lock file -------------------------------------------------------------

    def hold(self, folder: Path) -> None:
        """Take the desktop app's lock on `folder`; raises `StoreBusy` when held elsewhere."""
        if self._lock is not None and self._lock.path == StorePaths(folder).gui_lock:
            return
        self.release()
        if not folder.is_dir():
            return
        lock = AppLock(StorePaths(folder).gui_lock)
        try:
            lock.acquire()
        except StoreBusy:
            raise StoreBusy(
                "this case file is already open in another casefiles window; "
                "switch to that window (or close it) and try again"
            ) from None
        self._lock = lock
        self.active_dir = folder
        self._remove_copies(folder)  # leftovers of a crash; no other window uses this folder

    def change_passphrase(self, new: str) -> None:
        """Re-wrap the open case file's key (this window holds the app lock)."""
        self.require_store().change_passphrase(new, self.kdf, holder=self._lock)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- opening -------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[], Store],
        on_done: Callable[[], None],
        on_error: Callable[[BaseException], None],
        label: str,
        parent: Any,
    ) -> None:
        def done(store: Store) -> None:
            self.store = store
            log.info("case file opened")
            self.opened.emit()
            on_done()

        self.runner.run(lambda _p, _c: work(), done, on_error, progress_label=label, parent=parent)

    def unlock(
        self,
        passphrase: str,
        on_done: Callable[[], None],
        on_error: Callable[[BaseException], None],
        parent: Any = None,
    ) -> None:
        folder = self.active_dir
        self.hold(folder)
        self._start(
            lambda: admin.open_store(folder, passphrase),
            on_done,
            on_error,
            _tr("Opening the case file…"),
            parent,
        )

    def create(
        self,
        passphrase: str,
        on_done: Callable[[], None],
        on_error: Callable[[BaseException], None],
        parent: Any = None,
    ) -> None:
        folder = self.data_dir
        kdf = self.kdf

        def work() -> Store:
            store = admin.create_store(folder, passphrase, kdf)
            return store

        def done() -> None:
            self.hold(folder)
            on_done()

        self.active_dir = folder
        self._start(work, done, on_error, _tr("Creating the case file…"), parent)

    def open_demo(
        self,
        on_done: Callable[[], None],
        on_error: Callable[[BaseException], None],
        parent: Any = None,
    ) -> None:
        folder = demo_dir_for(self.data_dir)
        kdf = self.kdf
        if store_exists(folder):
            self.hold(folder)
            self._start(
                lambda: admin.open_store(folder, DEMO_PASSPHRASE),
                on_done,
                on_error,
                _tr("Opening the demo…"),
                parent,
            )
            return

        def work() -> Store:
            store = create_demo(folder, kdf)[0]
            try:
                attach_demo_files(store)  # so Preview and verify can be tried on the demo
            except BaseException:
                store.close()
                raise
            return store

        def done() -> None:
            self.hold(folder)
            on_done()

        self.active_dir = folder
        self._start(work, done, on_error, _tr("Creating the demo case file…"), parent)

    # -- lock hygiene ----------------------------------------------------------------------

    def _remove_copies(self, folder: Path) -> None:
        try:
            remove_copies(StorePaths(folder))
        except OSError as err:  # never let a stuck copy stop the lock
            log.warning("viewer copies not removed: %s errno=%s", type(err).__name__, err.errno)

    def sweep_copies(self) -> None:
        """Viewer copies of both folders, left by a crash (at start, once this app is alone)."""
        for folder in (self.data_dir, demo_dir_for(self.data_dir)):
            self._remove_copies(folder)

    def scrub(self) -> None:
        """Viewer copies overwritten and deleted; the app's text taken off the clipboard."""
        self._remove_copies(self.active_dir)
        self.clipboard.wipe()

    def close(self) -> None:
        """Lock: dispose the engines, forget the key, scrub (the app lock file stays held).

        Running work is asked to stop and waited for (`wait_ms`).  If it does not stop
        in time, the store is not closed under it: it is closed, and viewer copies are
        swept again, when the work ends (`_runner_idle`)."""
        if self.store is not None:
            self.stopped.extend(self.runner.cancel_all())
            store, self.store = self.store, None
            if self.runner.wait(self.wait_ms):
                store.close()
            else:
                log.warning(
                    "work still running %d ms after the lock; the store closes when it ends",
                    self.wait_ms,
                )
                self._closing.append(store)
            self.scrub()
            log.info("case file locked")
            self.closed.emit()

    def take_stopped(self) -> list[str]:
        """The work the last lock stopped (once)."""
        stopped, self.stopped = self.stopped, []
        return stopped

    @property
    def finishing(self) -> bool:
        """A locked store still waits for work to end before it is closed."""
        return bool(self._closing)

    def _runner_idle(self, idle: bool) -> None:
        if not idle or not self._closing:
            return
        closing, self._closing = self._closing, []
        for store in closing:
            store.close()
        log.info("the work outlasting the lock ended; its store is closed")
        if self.store is None:  # still locked: nobody views a copy now
            self._remove_copies(self.active_dir)

    def shutdown(self) -> None:
        """Exit: everything `close` does, whether or not the case file was open; lock released.

        Exit waits at most `wait_ms` for running work; the window then goes, and work
        still running ends with the process (its store is not closed under it)."""
        self.close()
        self.scrub()
        self.release()
        if self._closing:
            log.error("exiting with work still running after %d ms", self.wait_ms)
