"""One desktop app per case file: a second one brings the first window forward and exits.

The first app on a data folder takes an exclusive lock (`flock`, gone with
the process, so a crash never leaves it stuck) on `<hash>.lock` and listens
on a local socket `<hash>.sock` beside it.  A second app on the same folder
fails to take the lock, connects to the socket, asks the first window to
come forward, and exits with a clear message.

Both files live in a private folder (0700): `$XDG_RUNTIME_DIR/casefiles`, else
`casefiles-<uid>` in the temp folder.  Their names are a hash of the data
folder's path, so they say nothing about the case file.  The socket is
AF_UNIX (a file), never a network socket.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from casefiles.domain.errors import StoreBusy
from casefiles.storage.locks import AppLock

log = logging.getLogger(__name__)

#: What the second app sends.
RAISE = b"raise\n"
#: Longest socket path the kernel takes (sun_path is 108 bytes on Linux, 104 on BSDs).
_MAX_SOCKET_PATH = 100
_TIMEOUT_MS = 2_000
#: The longest request read from a caller (one line: `RAISE`); then it is hung up on.
MAX_REQUEST = 64
#: Callers served at once; more are hung up on at once (a caller gets `_TIMEOUT_MS`).
MAX_CONNECTIONS = 8


def instance_tag(data_dir: Path) -> str:
    """A name for the data folder that does not reveal it."""
    path = str(Path(data_dir).expanduser().resolve())
    raw = b"casefiles single instance\0" + path.encode("utf-8", "surrogatepass")
    return hashlib.sha256(raw).hexdigest()[:24]


def _private(folder: Path) -> bool:
    """Create `folder` 0700 if needed; whether it is ours alone (not a symlink, not shared)."""
    try:
        folder.mkdir(mode=0o700, parents=False, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    if stat.S_IMODE(st.st_mode) != 0o700:
        try:
            os.chmod(folder, 0o700)
        except OSError:
            return False
    return True


def runtime_folder() -> Path:
    """The private folder for the lock and the socket."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    candidates = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        candidates.append(Path(runtime) / "casefiles")
    candidates.append(Path(tempfile.gettempdir()) / f"casefiles-{uid}")
    candidates.append(Path("/tmp") / f"casefiles-{uid}")  # a TMPDIR too long for a socket
    for folder in candidates:
        fits = len(str(folder / "x.sock").encode()) + 24 <= _MAX_SOCKET_PATH
        if fits and _private(folder):
            return folder
    raise StoreBusy(
        "no private folder for the desktop app's instance lock "
        f"(tried {', '.join(str(c) for c in candidates)}); check their owner and permissions"
    )


class SingleInstance(QObject):
    """`acquire()` once at start; `activation_requested` fires when a second app asks."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder or runtime_folder()
        tag = instance_tag(data_dir)
        self.lock_path = self.folder / f"{tag}.lock"
        self.socket_path = self.folder / f"{tag}.sock"
        self._lock = AppLock(self.lock_path)
        self.server: QLocalServer | None = None
        self._conns: list[QLocalSocket] = []
        self._read_so_far: dict[int, bytes] = {}

    def acquire(self) -> bool:
        """True: this is the only app on the folder (now listening); False: another one runs."""
        try:
            self._lock.acquire()
        except StoreBusy:
            return False
        # A socket file left by a crash: ours to replace, we hold the lock.
        QLocalServer.removeServer(str(self.socket_path))
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(str(self.socket_path)):
            # Still the only instance (the lock says so); it just cannot be called forward.
            log.warning("single-instance socket not listening: %s", server.serverError().name)
            return True
        server.newConnection.connect(self._incoming)
        self.server = server
        return True

    def _incoming(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            if conn is None:
                break
            if len(self._conns) >= MAX_CONNECTIONS:
                conn.abort()
                conn.setParent(None)
                conn.deleteLater()
                continue
            self._conns.append(conn)
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(lambda c=conn: self._hung_up(c))
            timer = QTimer(conn)  # a caller that says nothing is hung up on
            timer.setSingleShot(True)
            timer.timeout.connect(lambda c=conn: self._drop(c))
            timer.start(_TIMEOUT_MS)
            self._read(conn)

    def _read(self, conn: QLocalSocket, ended: bool = False) -> None:
        """One line of at most `MAX_REQUEST` bytes, then the caller is hung up on."""
        if not any(c is conn for c in self._conns):
            return
        so_far = self._read_so_far.get(id(conn), b"")
        so_far += bytes(conn.read(MAX_REQUEST - len(so_far)).data())
        if not ended and b"\n" not in so_far and len(so_far) < MAX_REQUEST:
            self._read_so_far[id(conn)] = so_far
            return
        if so_far.split(b"\n", 1)[0].strip() == RAISE.strip():
            log.info("a second app asked this window to come forward")
            self.activation_requested.emit()
        self._drop(conn)

    def _hung_up(self, conn: QLocalSocket) -> None:
        self._read(conn, ended=True)  # bytes that came with the hang-up
        self._drop(conn)

    def _drop(self, conn: QLocalSocket) -> None:
        for i, c in enumerate(self._conns):
            if c is conn:
                del self._conns[i]
                break
        else:
            return
        self._read_so_far.pop(id(conn), None)
        conn.abort()  # its `disconnected` finds it gone
        # Off the server first: a socket waiting for its deferred delete must not be
        # deleted with the server (Qt warns of a "shared QObject" and may crash).
        conn.setParent(None)
        conn.deleteLater()

    def ask_first_to_raise(self) -> bool:
        """From the second app: ask the first window to come forward; whether it was reached."""
        sock = QLocalSocket()
        sock.connectToServer(str(self.socket_path))
        if not sock.waitForConnected(_TIMEOUT_MS):
            return False
        sock.write(RAISE)
        ok = sock.waitForBytesWritten(_TIMEOUT_MS)
        sock.disconnectFromServer()  # the bytes stay readable by the first app
        return ok

    def release(self) -> None:
        for conn in list(self._conns):  # each abort's `disconnected` takes it off the list
            self._drop(conn)
        self._conns.clear()
        if self.server is not None:
            self.server.close()
            self.server = None
            with contextlib.suppress(OSError):
                self.socket_path.unlink()
        self._lock.release()
