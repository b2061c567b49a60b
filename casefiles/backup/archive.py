"""Create, verify and restore a backup file.

A backup is an uncompressed tar that stock `tar` lists, holding three members::

    casefiles-backup.json   plain: format, app version, SHA-256 of key.age (no secret)
    key.age                 the backup key's identity, age-encrypted to the passphrase
    payload.tar.age         a tar, age-encrypted (streamed) to the backup key:
        store.header            the key header: the store opens with its own passphrase
        store-XXXXXXXX.db       a consistent snapshot, still SQLCipher-encrypted
        vault/...               every attached file, as stored (already encrypted)
        manifest.json           SHA-256 and size of each member, versions, audit head

`age -d -i key.age payload.tar.age | tar -x -C DIR` gives a data folder that
casefiles opens.  Nothing is decrypted to disk anywhere: the payload's
members are themselves encrypted, and the identity stays in memory.

Every stream is flat in memory: the payload is produced on demand by a reader
pyrage pulls from (no thread, no pipe, no temporary copy), and read back by a
tar parser pyrage pushes into.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import queue
import re
import shutil
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import pyrage

from casefiles import __version__
from casefiles.backup import agefmt
from casefiles.backup.errors import (
    BackupCancelled,
    BackupDamaged,
    BackupError,
    BackupWriteFailed,
    NotABackup,
    UnsafeBackup,
)
from casefiles.backup.keys import MAX_SEALED_BYTES, BackupKey
from casefiles.backup.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Manifest,
    MemberEntry,
    check_versions,
)
from casefiles.backup.snapshot import (
    Snapshot,
    add_vault,
    offline_snapshot,
    online_snapshot,
    workdir,
)
from casefiles.backup.tarstream import (
    BLOCK,
    TarSink,
    end_length,
    end_of_archive,
    member_header,
    padding,
    parse_header,
)
from casefiles.domain.errors import StoreDamaged
from casefiles.storage import migrate
from casefiles.storage.files import fsync_dir
from casefiles.storage.keyfile import KeyHeader
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import Store

log = logging.getLogger(__name__)

OUTER_META = "casefiles-backup.json"
KEY_MEMBER = "key.age"
PAYLOAD_MEMBER = "payload.tar.age"
HEADER_MEMBER = "store.header"
OUTER_FORMAT = "casefiles-backup"
OUTER_VERSION = 1
DB_MEMBER = re.compile(r"store-[A-Za-z0-9_-]{1,64}\.db")
MAX_META_BYTES = 4096
MAX_HEADER_BYTES = 64 * 1024
CHUNK = 1 << 20
PROGRESS_EVERY = 4 << 20


@dataclass(frozen=True)
class Progress:
    """`stage` is "write", "verify" or "restore"; `done` and `total` count bytes."""

    stage: str
    done: int
    total: int


ProgressFn = Callable[[Progress], None]
#: Called often from the working thread; returns True to stop (e.g. `threading.Event.is_set`).
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    size: int
    skipped: tuple[str, ...] = ()
    #: Vault files the database names but the vault folder lacked (see `casefiles verify`).
    missing: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        m = self.manifest
        out = [
            f"backup written to {self.path} ({_size(self.size)}): the database, "
            f"{m.vault_files} vault file(s), key header and manifest",
        ]
        if self.skipped:
            out.append(f"skipped {len(self.skipped)} vault entries that are not regular files")
        if self.missing:
            out.append(
                f"WARNING: {len(self.missing)} attached file(s) named by the database were not "
                "in the vault folder; run 'casefiles verify'"
            )
        return out


@dataclass(frozen=True)
class CheckResult:
    path: Path
    manifest: Manifest
    restored_to: Path | None = None

    def lines(self) -> list[str]:
        m = self.manifest
        schema = m.schema_version or "not recorded"
        return [
            f"backup made {m.created} by casefiles {m.app_version} (schema {schema})",
            f"{len(m.members)} members, {_size(m.total_bytes)}: every SHA-256 matches the manifest",
        ]


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KiB", "MiB", "GiB"):
        value /= 1024
        if value < 1024 or unit == "GiB":
            break
    return f"{value:.1f} {unit}"


# == create ===================================================================================


def create_backup(
    store: Store,
    target: Path,
    key: BackupKey,
    *,
    force: bool = False,
    verify: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Write a backup of the open `store` to `target`, atomically.

    `key` needs no identity (`BackupKey.public()` will do) unless `verify`:
    then the written file is read back and checked in full (no passphrase
    work: the key is in memory) before it replaces anything.  On any failure
    `target` and every other file are left as they were.
    """
    if verify and not key.can_read:
        raise ValueError("verifying a backup needs its key's identity")
    target = check_backup_target(target, store.paths.root, force=force)
    with workdir(store.paths.root) as work:
        snapshot = online_snapshot(store, work)
        add_vault(snapshot, store.paths.vault)
        return _write(snapshot, target, key, progress, cancel, now, verify=verify)


def create_locked_backup(
    data_dir: Path,
    target: Path,
    key: BackupKey,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """A backup with no secret at all, for a locked app: see `scheduled.decide`.

    The store must be closed and checkpointed; it is copied as a file (still
    encrypted), checked unchanged afterwards, and the payload is encrypted to
    the saved public key.  The schema version and audit head are not recorded
    (they would need the key).
    """
    data_dir = Path(data_dir)
    target = check_backup_target(target, data_dir, force=False)
    with workdir(data_dir) as work:
        snapshot = offline_snapshot(data_dir, work)
        add_vault(snapshot, StorePaths(data_dir).vault)
        return _write(snapshot, target, key, progress, cancel, now)


def check_backup_target(target: Path, data_dir: Path, *, force: bool) -> Path:
    """Refuse a folder, an existing file (unless `force`), or a place inside the case file."""
    target = Path(target).absolute()
    if target.is_dir():
        raise BackupError(f"{target} is a folder; give the backup a file name")
    if (target.exists() or target.is_symlink()) and not force:
        raise BackupError(f"{target} already exists; choose another name or add --force")
    if not target.parent.is_dir():
        raise BackupError(f"cannot write {target}: the folder {target.parent} does not exist")
    root = Path(data_dir).absolute().resolve()
    if target.parent.resolve().is_relative_to(root):
        raise BackupError(
            "choose a folder outside the case file's own folder: a backup kept beside "
            "the case file is lost with it"
        )
    return target


def _write(
    snapshot: Snapshot,
    target: Path,
    key: BackupKey,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    now: datetime | None,
    *,
    verify: bool = False,
) -> BackupResult:
    created = (now or datetime.now(UTC)).astimezone(UTC)
    mtime = int(created.timestamp())
    payload = _PayloadWriter(snapshot, created, progress, cancel)
    meta = _outer_meta(key)

    def read_back(written: Path) -> None:
        try:
            verify_backup(written, key=key, progress=progress, cancel=cancel)
        except BackupDamaged as err:
            raise BackupDamaged(
                f"the backup did not read back correctly ({err}); nothing was replaced, "
                "earlier backups are intact: check the disk"
            ) from None

    with _atomic_output(target, read_back if verify else None) as out:
        sink = _CountingWriter(out)
        for name, data in ((OUTER_META, meta), (KEY_MEMBER, key.sealed)):
            sink.write(member_header(name, len(data), mtime) + data + padding(len(data)))
        header_at = sink.count
        sink.write(member_header(PAYLOAD_MEMBER, 0, mtime))  # its size is patched in below
        start = sink.count
        ahead = _ReadAhead(payload.chunks())
        reader = _ChunkReader(ahead, payload.report)
        try:
            pyrage.encrypt_io(reader, sink, key.recipients())
        except Exception:
            # pyrage turns a callback's exception into EncryptError: raise the original.
            if reader.error is not None:
                raise reader.error from None
            if sink.error is not None:
                raise sink.error from None
            raise
        finally:
            ahead.close()
        payload.report(force=True)
        size = sink.count - start
        sink.write(padding(size))
        sink.write(end_of_archive(sink.count))
        final = member_header(PAYLOAD_MEMBER, size, mtime)
        if len(final) != BLOCK:  # a fixed, short name: always one block
            raise AssertionError("payload header is not one block")
        out.seek(header_at)
        out.write(final)
        out.seek(0, os.SEEK_END)
        total = sink.count
    assert payload.manifest is not None
    log.info("backup written: %d members, %d bytes", len(payload.manifest.members), total)
    return BackupResult(
        target, payload.manifest, total, tuple(snapshot.skipped), tuple(snapshot.missing)
    )


def _outer_meta(key: BackupKey) -> bytes:
    body = {
        "format": OUTER_FORMAT,
        "version": OUTER_VERSION,
        "app_version": __version__,
        "key_sha256": hashlib.sha256(key.sealed).hexdigest(),
        "open_with": "age -d -i key.age payload.tar.age | tar -x -C NEW-FOLDER",
    }
    doc = {**body, "check": _canonical_hash(body)}
    return json.dumps(doc, indent=1, sort_keys=True).encode("ascii") + b"\n"


def _canonical_hash(body: dict[str, Any]) -> str:
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(raw.encode("ascii")).hexdigest()


class _PayloadWriter:
    """Produces the payload tar chunk by chunk, hashing each member as it goes."""

    def __init__(
        self,
        snapshot: Snapshot,
        created: datetime,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        self.snapshot = snapshot
        self.created = created
        self.mtime = int(created.timestamp())
        self.progress = progress
        self.cancel = cancel
        self.total = snapshot.total_bytes
        self.done = 0
        self._reported = 0
        self.manifest: Manifest | None = None

    def chunks(self) -> Iterator[bytes]:
        snap = self.snapshot
        entries: list[MemberEntry] = []
        length = 0
        chunk = self._small(HEADER_MEMBER, snap.header_bytes, entries)
        length += len(chunk)
        yield chunk
        sources = [(snap.database, snap.db_file, True)]
        sources += [(f"vault/{v.rel}", v.path, False) for v in snap.vault]
        for name, path, is_db in sources:
            for part in self._file(name, path, is_db, entries):
                length += len(part)
                yield part
        self.manifest = Manifest(
            app_version=__version__,
            schema_version=snap.schema_version,
            created=self.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            audit_head=snap.audit_head,
            database=snap.database,
            members=tuple(entries),
        )
        chunk = self._small(MANIFEST_NAME, self.manifest.to_json(), None)
        length += len(chunk)
        yield chunk
        yield end_of_archive(length)

    def _small(self, name: str, data: bytes, entries: list[MemberEntry] | None) -> bytes:
        if entries is not None:
            entries.append(MemberEntry(name, len(data), hashlib.sha256(data).hexdigest()))
            self.done += len(data)
        return member_header(name, len(data), self.mtime) + data + padding(len(data))

    def _file(
        self, name: str, path: Path, is_db: bool, entries: list[MemberEntry]
    ) -> Iterator[bytes]:
        self._check_cancel()
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_CLOEXEC)
        except FileNotFoundError:
            raise BackupError(
                f"the vault changed during the backup ({name} disappeared); run the backup again"
            ) from None
        with os.fdopen(fd, "rb", buffering=0) as fh:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise BackupError(f"{name} is no longer a regular file; run the backup again")
            size = st.st_size
            yield member_header(name, size, self.mtime)
            digest = hashlib.sha256()
            left = size
            while left:
                self._check_cancel()
                data = fh.read(min(CHUNK, left))
                if not data:
                    what = "the database snapshot" if is_db else name
                    raise BackupError(
                        f"{what} shrank while it was being backed up; run the backup again"
                    )
                digest.update(data)
                left -= len(data)
                self.done += len(data)
                yield data
        yield padding(size)
        entries.append(MemberEntry(name, size, digest.hexdigest()))

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise BackupCancelled("backup cancelled; nothing was written")

    def report(self, force: bool = False) -> None:
        """Called on the caller's thread (the chunks are made on a helper thread)."""
        if self.progress is not None and (force or self.done - self._reported >= PROGRESS_EVERY):
            self._reported = self.done
            self.progress(Progress("write", self.done, self.total))


class _ReadAhead:
    """Runs a chunk generator on a helper thread, a few chunks ahead of the reader.

    Reading the files and hashing them (both release the GIL) then overlap
    with pyrage's encryption on the caller's thread.  `close()` stops and
    joins the helper whatever state it is in.
    """

    _END = object()

    def __init__(self, chunks: Iterator[bytes], depth: int = 8) -> None:
        self._chunks = chunks
        self._queue: queue.Queue[Any] = queue.Queue(depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="backup-read-ahead", daemon=True)
        self._thread.start()

    def _put(self, item: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for chunk in self._chunks:
                if not self._put(chunk):
                    return
            self._put(self._END)
        except BaseException as err:  # noqa: BLE001 - handed to the reader, raised there
            self._put(_Failure(err))
        finally:
            close = getattr(self._chunks, "close", None)
            if close is not None:
                close()

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        item = self._queue.get()
        if item is self._END:
            raise StopIteration
        if isinstance(item, _Failure):
            raise item.error
        chunk: bytes = item
        return chunk

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(queue.Empty):
            while True:
                self._queue.get_nowait()
        self._thread.join()


@dataclass(frozen=True)
class _Failure:
    error: BaseException


class _ChunkReader:
    """A readable over an iterator of chunks (pyrage pulls 8 KiB at a time)."""

    def __init__(self, chunks: Iterator[bytes], tick: Callable[[], None] | None = None) -> None:
        self._chunks = chunks
        self._tick = tick
        self._buf = memoryview(b"")
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        try:
            while not self._buf:
                nxt = next(self._chunks, None)
                if nxt is None:
                    return b""
                self._buf = memoryview(nxt)
                if self._tick is not None:
                    self._tick()
            if size < 0 or size > len(self._buf):
                size = len(self._buf)
            out = self._buf[:size].tobytes()
            self._buf = self._buf[size:]
            return out
        except BaseException as err:
            self.error = err
            raise


class _CountingWriter:
    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self.count = 0
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        try:
            self._out.write(data)
        except BaseException as err:
            self.error = err
            raise
        self.count += len(data)
        return len(data)

    def flush(self) -> None:
        self._out.flush()


def _open_output(fd: int) -> IO[bytes]:
    """The temp file's writer.  Tests replace this to inject a failing disk."""
    return os.fdopen(fd, "w+b", buffering=CHUNK)


@contextlib.contextmanager
def _atomic_output(
    target: Path, check: Callable[[Path], None] | None = None
) -> Iterator[IO[bytes]]:
    """A temp file beside `target` (0600): fsync, `check`, rename, fsync the folder.

    On any failure the temp file is removed and `target` left as it was.
    """
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
        tmp = Path(tmp_name)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with _open_output(fd) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if check is not None:
            check(tmp)
        os.replace(tmp, target)
        tmp = None
        fsync_dir(target.parent)
    except OSError as err:
        raise write_failed(err, target) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def write_failed(err: OSError, target: Path) -> BackupWriteFailed:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EIO: "the disk failed or was removed (input/output error)",
        errno.ENODEV: "the disk was removed",
        errno.ENXIO: "the disk was removed",
        errno.ENOENT: "the folder disappeared (was the disk removed?)",
        errno.EROFS: "the disk is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
    }
    reason = reasons.get(err.errno or 0, err.strerror or type(err).__name__)
    return BackupWriteFailed(
        f"the backup could not be written to {target}: {reason}; nothing was replaced, "
        "earlier backups are intact"
    )


# == read: verify and restore =================================================================


@dataclass
class _Outer:
    fh: IO[bytes]
    path: Path
    sealed: bytes
    payload_offset: int
    payload_size: int


@contextlib.contextmanager
def _open_outer(path: Path) -> Iterator[_Outer]:
    """Open a backup and check everything outside the payload, before any key work."""
    path = Path(path)
    try:
        fh = open(path, "rb", buffering=CHUNK)  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BackupError(f"{path} is a folder, not a backup file") from None
    except PermissionError:
        raise BackupError(f"{path}: permission denied; check the file's permissions") from None
    with fh:
        yield _read_outer(fh, path)


def _read_outer(fh: IO[bytes], path: Path) -> _Outer:
    file_size = os.fstat(fh.fileno()).st_size
    first = fh.read(BLOCK)
    if not _looks_like_backup(first):
        hint = (
            " (it is an age file; if it is an encrypted export, use 'casefiles import')"
            if first.startswith(b"age-encryption.org/")
            else ""
        )
        raise NotABackup(f"{path} is not a casefiles backup{hint}")
    fh.seek(0)
    meta_raw = _read_member(fh, OUTER_META, MAX_META_BYTES)
    meta = _parse_meta(meta_raw)
    sealed = _read_member(fh, KEY_MEMBER, MAX_SEALED_BYTES)
    if hashlib.sha256(sealed).hexdigest() != meta["key_sha256"]:
        raise BackupDamaged(
            "the backup's key (key.age) is damaged: its SHA-256 differs from the one "
            "recorded beside it; the file was altered or damaged on the disk"
        )
    size = _member_size(fh, PAYLOAD_MEMBER)
    offset = fh.tell()
    after = offset + size + (-size % BLOCK)
    expected = after + end_length(after)
    if file_size < expected:
        raise BackupDamaged(
            f"the backup is cut short: {expected - file_size} bytes are missing from its end "
            "(it was not completely written or copied); use another backup"
        )
    if file_size > expected:
        raise BackupDamaged(
            f"the backup has {file_size - expected} unexpected bytes after its end; "
            "it was altered or damaged"
        )
    fh.seek(offset + size)
    tail = fh.read(expected - offset - size)
    if tail.count(0) != len(tail):
        raise BackupDamaged(
            "the backup's closing blocks hold data where tar expects zeros; it was altered "
            "or damaged"
        )
    fh.seek(offset)
    _check_payload_header(fh.read(min(size, 4096)))
    fh.seek(offset)
    return _Outer(fh, path, sealed, offset, size)


def _check_payload_header(head: bytes) -> None:
    """The payload must be encrypted to one X25519 key (rage adds random "grease"
    stanzas beside it); a passphrase stanza there would ask for scrypt work."""
    try:
        stanzas, _ = agefmt.read_header(head)
    except agefmt.AgeFormatError as err:
        raise BackupDamaged(
            f"the backup's encrypted payload is damaged: {err}; use another backup"
        ) from None
    kinds = [s.kind for s in stanzas]
    if kinds.count("X25519") != 1 or "scrypt" in kinds:
        raise BackupDamaged(
            "the backup's payload is not encrypted to a backup key alone; it was altered"
        )


def _looks_like_backup(first: bytes) -> bool:
    """True for our first tar header, even with one byte flipped or cut short."""
    want = OUTER_META.encode() + b"\0"
    head = first[: len(want)]
    if len(first) < BLOCK:
        return len(head) >= 8 and want.startswith(head)
    differ = sum(a != b for a, b in zip(head, want, strict=True))
    return differ == 0 or (differ == 1 and first[257:262] == b"ustar")


def _cut_short() -> BackupDamaged:
    return BackupDamaged(
        "the backup is cut short (it was not completely written or copied); use another backup"
    )


def _read_exact(fh: IO[bytes], size: int) -> bytes:
    data = fh.read(size)
    if len(data) != size:
        raise _cut_short()
    return data


def _member_size(fh: IO[bytes], name: str) -> int:
    block = _read_exact(fh, BLOCK)
    where = "the backup file's structure"
    info = parse_header(block, where)
    if not info.isreg() or info.name != name:
        raise BackupDamaged(
            f"{where} is damaged: where {name} should be, it holds {ascii(info.name)[:60]}"
        )
    return info.size


def _read_member(fh: IO[bytes], name: str, limit: int) -> bytes:
    size = _member_size(fh, name)
    if size > limit:
        raise BackupDamaged(f"the backup's {name} is implausibly large; the file was altered")
    data = _read_exact(fh, size)
    if _read_exact(fh, -size % BLOCK).count(0) != -size % BLOCK:
        raise BackupDamaged("the backup file's tar padding holds data; it was altered or damaged")
    return data


def _parse_meta(raw: bytes) -> dict[str, Any]:
    damaged = BackupDamaged(
        f"the backup's description ({OUTER_META}) is damaged; the file was altered "
        "or damaged on the disk"
    )
    try:
        doc = json.loads(raw.decode("ascii"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise damaged from None
    if not isinstance(doc, dict):
        raise damaged
    check = doc.pop("check", None)
    if check != _canonical_hash(doc):
        raise damaged
    version, app = doc.get("version"), doc.get("app_version")
    if doc.get("format") != OUTER_FORMAT or not isinstance(version, int):
        raise damaged
    if not isinstance(app, str) or not isinstance(doc.get("key_sha256"), str):
        raise damaged
    check_versions(version, app)
    return doc


@dataclass(frozen=True)
class BackupInfo:
    """What can be read without the passphrase: enough to know it is a sound backup file."""

    path: Path
    app_version: str
    size: int
    key_fingerprint: str


def inspect_backup(path: Path) -> BackupInfo:
    """Check everything outside the encrypted payload (cheap; no passphrase needed).

    Call it before asking for the passphrase: a file that is not a backup,
    cut short, lengthened or from a newer casefiles is refused here.
    """
    with _open_outer(path) as outer:
        meta = _parse_meta(_reread_meta(outer))
        size = os.fstat(outer.fh.fileno()).st_size
        fingerprint = hashlib.sha256(outer.sealed).hexdigest()[:16]
    return BackupInfo(Path(path), str(meta["app_version"]), size, fingerprint)


def _reread_meta(outer: _Outer) -> bytes:
    outer.fh.seek(0)
    return _read_member(outer.fh, OUTER_META, MAX_META_BYTES)


def unlock_backup(path: Path, passphrase: str) -> BackupKey:
    """The backup's key, opened with its passphrase (one scrypt run, about a second)."""
    with _open_outer(path) as outer:
        return BackupKey.unseal(outer.sealed, passphrase)


def _key_for(outer: _Outer, key: BackupKey | None, passphrase: str | None) -> BackupKey:
    if key is not None and key.can_read:
        return key
    if passphrase is None:
        raise BackupError("the backup's passphrase is needed to open it")
    return BackupKey.unseal(outer.sealed, passphrase)


def verify_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    key: BackupKey | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> CheckResult:
    """Decrypt and check everything, writing nothing; raises `BackupDamaged` and kin."""
    with _open_outer(path) as outer:
        opened = _key_for(outer, key, passphrase)
        manifest = _read_payload(outer, opened, None, "verify", progress, cancel)
    log.info("backup verified: %d members", len(manifest.members))
    return CheckResult(Path(path), manifest)


def restore_backup(
    path: Path,
    dest: Path,
    *,
    passphrase: str | None = None,
    key: BackupKey | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> CheckResult:
    """Restore into a new (or empty) folder; on any failure nothing is left behind.

    Members are written into a staging folder beside `dest` (0700), each
    checked against the manifest; only then is the folder renamed into place.
    """
    dest = Path(dest).absolute()
    check_restore_target(dest)
    with _open_outer(path) as outer:
        opened = _key_for(outer, key, passphrase)
        made = _make_parents(dest.parent)
        staging: Path | None = None
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.restore-", dir=dest.parent))
            manifest = _read_payload(outer, opened, staging, "restore", progress, cancel)
            _move_into_place(staging, dest)
            staging = None
        except OSError as err:
            raise BackupError(
                f"cannot restore into {dest}: {err.strerror or type(err).__name__}; "
                "nothing was restored"
            ) from None
        finally:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
                for folder in reversed(made):
                    with contextlib.suppress(OSError):
                        folder.rmdir()
    log.info("backup restored: %d members", len(manifest.members))
    return CheckResult(Path(path), manifest, dest)


def check_restore_target(dest: Path) -> None:
    if dest.is_symlink() or (dest.exists() and not dest.is_dir()):
        raise BackupError(f"{dest} is not a folder; restore into a new or empty folder")
    if dest.is_dir() and any(dest.iterdir()):
        raise BackupError(
            f"{dest} is not empty: restore only into a new or empty folder "
            "(a restore never overwrites a case file)"
        )


def _make_parents(folder: Path) -> list[Path]:
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    made = []
    for path in reversed(missing):
        path.mkdir(mode=0o700)
        made.append(path)
    return made


def _move_into_place(staging: Path, dest: Path) -> None:
    if dest.is_dir() and os.name != "posix":
        dest.rmdir()
    try:
        os.replace(staging, dest)  # POSIX replaces an empty folder atomically
    except OSError as err:
        if err.errno in (errno.ENOTEMPTY, errno.EEXIST):
            raise BackupError(
                f"{dest} is no longer empty (something wrote into it); nothing was restored"
            ) from None
        raise
    fsync_dir(dest.parent)


def _read_payload(
    outer: _Outer,
    key: BackupKey,
    staging: Path | None,
    stage: str,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> Manifest:
    reader = _SliceReader(outer.fh, outer.payload_size, stage, progress, cancel)
    worker = _Worker()
    members = _Members(staging, worker)
    sink = _Guarded(TarSink(members.open_member, "the backup's payload"))
    try:
        try:
            pyrage.decrypt_io(reader, sink, [key.identity])
        except BackupError:
            raise
        except _StagingError as err:
            raise err.error from None  # the staging disk's fault, not the backup's
        except (pyrage.DecryptError, OSError) as err:
            if reader.error is not None:
                raise reader.error from None
            raise _payload_failure(err, reader.position, key, outer) from None
        sink.inner.finish()
    finally:
        try:
            worker.close()
        finally:
            members.close()
    manifest = members.check()
    if staging is not None:
        for folder in sorted(members.folders, key=lambda p: len(p.parts), reverse=True):
            fsync_dir(folder)
        fsync_dir(staging)
    reader.report(force=True)
    return manifest


class _StagingError(Exception):
    """An OSError while writing the staging folder, kept apart from pyrage's own OSErrors
    (which report damage)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _Guarded:
    def __init__(self, inner: TarSink) -> None:
        self.inner = inner

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        pass

    def write(self, data: bytes) -> int:
        try:
            return self.inner.write(data)
        except OSError as err:
            raise _StagingError(err) from None


def _payload_failure(err: Exception, position: int, key: BackupKey, outer: _Outer) -> BackupError:
    detail = str(err)
    if "truncated" in detail:
        return BackupDamaged(
            "the backup's encrypted payload is cut short (its last chunk is missing); "
            "it was not completely written or copied; use another backup"
        )
    if "No matching keys" in detail or "Decryption failed" in detail:
        if key.sealed != outer.sealed:
            return BackupError("this backup was made with another backup key")
        return BackupDamaged(
            "the backup's payload does not open with its own key: its header is damaged, "
            "or the file was assembled from two backups"
        )
    return BackupDamaged(
        f"the backup's encrypted payload is damaged near byte {outer.payload_offset + position}"
        " of the file (it fails authentication); nothing was restored; use another backup"
    )


class _SliceReader:
    """The payload member, read from the open backup file; cancel and progress per read."""

    def __init__(
        self,
        fh: IO[bytes],
        size: int,
        stage: str,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        self._fh = fh
        self._size = size
        self.position = 0
        self._stage = stage
        self._progress = progress
        self._cancel = cancel
        self._reported = 0
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        try:
            if self._cancel is not None and self._cancel():
                raise BackupCancelled(f"{self._stage} cancelled; nothing was restored")
            left = self._size - self.position
            if size < 0 or size > left:
                size = left
            try:
                data = self._fh.read(size)
            except OSError as err:
                raise BackupError(
                    f"cannot read the backup: {err.strerror or type(err).__name__} "
                    "(was the disk removed?); nothing was restored"
                ) from None
            if len(data) != size:
                raise _cut_short()
            self.position += size
            self.report()
            return data
        except BaseException as err:
            self.error = err
            raise

    def report(self, force: bool = False) -> None:
        if self._progress is not None and (
            force or self.position - self._reported >= PROGRESS_EVERY
        ):
            self._reported = self.position
            self._progress(Progress(self._stage, self.position, self._size))


class _Worker:
    """One helper thread that hashes and writes member data, in order, off pyrage's thread.

    pyrage hands over 8 KiB at a time; members gather it into 1 MiB blocks and
    queue them here (a few MiB at most), so hashing and disk writes (which
    release the GIL) overlap with decryption.  An error is raised at the next
    submit or at `close()`.
    """

    def __init__(self, depth: int = 8) -> None:
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue(depth)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="backup-worker", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            if self.error is None:
                try:
                    job()
                except BaseException as err:  # noqa: BLE001 - raised by submit or close
                    self.error = err

    def submit(self, job: Callable[[], None]) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put(job)

    def close(self) -> None:
        """Finish every queued job; raise the first error."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self.error is not None:
            raise self.error


class _Members:
    """Where the payload's members go: hashed, kept in memory, or written to staging."""

    def __init__(self, staging: Path | None, worker: _Worker) -> None:
        self.staging = staging
        self.worker = worker
        self.names: set[str] = set()
        self.entries: dict[str, MemberEntry] = {}
        self.databases: list[str] = []
        self.header_bytes: bytes | None = None
        self.manifest_raw: bytes | None = None
        self.folders: set[Path] = set()
        self._opened: list[_MemberOut] = []

    def open_member(self, name: str, size: int) -> _MemberOut:
        if self.manifest_raw is not None:
            raise BackupDamaged("the backup's payload holds members after its manifest")
        if name in self.names:
            raise BackupDamaged(f"the backup's payload holds {ascii(name)[:80]} twice")
        self.names.add(name)
        keep = False
        if name == MANIFEST_NAME:
            if size > MAX_MANIFEST_BYTES:
                raise BackupDamaged("the backup's manifest is implausibly large")
            out = _MemberOut(name, size, None, True, self._done, None)
            self._opened.append(out)
            return out
        if name == HEADER_MEMBER:
            if size > MAX_HEADER_BYTES:
                raise BackupDamaged("the backup's key header is implausibly large")
            keep = True
        elif DB_MEMBER.fullmatch(name):
            self.databases.append(name)
        elif not (name.startswith("vault/") and name.count("/") >= 1):
            raise UnsafeBackup(
                f"the backup's payload holds {ascii(name)[:80]}, which casefiles never writes; "
                "refused, nothing was restored"
            )
        path = self._place(name) if self.staging is not None else None
        out = _MemberOut(name, size, path, keep, self._done, None if keep else self.worker)
        self._opened.append(out)
        return out

    def _place(self, name: str) -> Path:
        assert self.staging is not None
        parts = name.split("/")
        folder = self.staging
        for part in parts[:-1]:
            folder = folder / part
            if folder not in self.folders:
                try:
                    folder.mkdir(mode=0o700)
                except FileExistsError:
                    if folder.is_symlink() or not folder.is_dir():
                        raise UnsafeBackup(
                            f"the backup's payload holds clashing names ({ascii(name)[:80]}); "
                            "refused, nothing was restored"
                        ) from None
                self.folders.add(folder)
        return folder / parts[-1]

    def _done(self, out: _MemberOut) -> None:
        if out.name == MANIFEST_NAME:
            self.manifest_raw = out.kept()
            return
        if out.name == HEADER_MEMBER:
            self.header_bytes = out.kept()
        self.entries[out.name] = MemberEntry(out.name, out.size, out.digest.hexdigest())

    def close(self) -> None:
        """After the worker stopped: close any file a failure left open."""
        for out in self._opened:
            out.abandon()

    def check(self) -> Manifest:
        self.worker.close()  # every member hashed (and written) before it is judged
        if self.manifest_raw is None:
            raise BackupDamaged("the backup's payload has no manifest; it is incomplete")
        manifest = Manifest.from_json(self.manifest_raw, migrate.known_revisions())
        listed = {m.name: m for m in manifest.members}
        for name, entry in self.entries.items():
            if name not in listed:
                raise BackupDamaged(f"{ascii(name)[:80]} is in the backup but not in its manifest")
            if listed[name] != entry:
                raise BackupDamaged(
                    f"{ascii(name)[:80]} does not match its size and SHA-256 in the manifest; "
                    "the backup is damaged"
                )
        missing = [name for name in listed if name not in self.entries]
        if missing:
            raise BackupDamaged(
                f"{ascii(missing[0])[:80]} is listed in the manifest but missing from the backup"
            )
        if self.databases != [manifest.database] or self.header_bytes is None:
            raise BackupDamaged("the backup does not hold exactly one database and key header")
        try:
            header = KeyHeader.from_json(self.header_bytes)
        except StoreDamaged:
            raise BackupDamaged("the backup's key header (store.header) is damaged") from None
        if header.database != manifest.database:
            raise BackupDamaged("the backup's key header names another database than it holds")
        return manifest


class _MemberOut:
    """One member: hashed, and kept in memory (small ones) or written to staging.

    With a worker, data is gathered into 1 MiB blocks hashed and written on the
    worker's thread; `done` runs there too, after the last block.
    """

    def __init__(
        self,
        name: str,
        size: int,
        path: Path | None,
        keep: bool,
        done: Callable[[_MemberOut], None],
        worker: _Worker | None,
    ) -> None:
        self.name = name
        self.size = size
        self.digest = hashlib.sha256()
        self._keep = keep
        self._buf = bytearray()
        self._done = done
        self._worker = worker
        self._fh: IO[bytes] | None = None
        if path is not None:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(path, flags | os.O_CLOEXEC, 0o600)
            self._fh = os.fdopen(fd, "wb", buffering=CHUNK)

    def write(self, data: memoryview) -> None:
        self._buf += data
        if not self._keep and len(self._buf) >= CHUNK:
            self._hand_over()

    def _hand_over(self) -> None:
        block, self._buf = self._buf, bytearray()
        if self._worker is None:
            self._consume(block)
        else:
            self._worker.submit(lambda: self._consume(block))

    def _consume(self, block: bytearray) -> None:
        self.digest.update(block)
        if self._fh is not None:
            self._fh.write(block)

    def kept(self) -> bytes:
        return bytes(self._buf)

    def close(self) -> None:
        if self._keep:
            self.digest.update(self._buf)
            if self._fh is not None:
                self._fh.write(self._buf)
            self._finish()
            return
        if self._buf:
            self._hand_over()
        if self._worker is None:
            self._finish()
        else:
            self._worker.submit(self._finish)

    def _finish(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None
        self._done(self)

    def abandon(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            self._fh = None
