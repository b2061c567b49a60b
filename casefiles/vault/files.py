"""Attaching, exporting, previewing and deleting files: the vault's use cases.

Intake streams the source once: read 1 MiB, hash it (SHA-256 of the
plaintext), encrypt it (`stream.seal`), write it to a temp file in the
vault folder, with hashing and writing on helper threads beside reading
and encrypting; fsync, rename; then record the row in one transaction, or
remove the file if that fails.  Memory stays flat whatever the file's size.
The kernel is asked to write the file out as it grows (`stream.Writer`),
so the fsync has little left to wait for.  Where the time goes, for 2 GiB
on the reference machine: SHA-256 1.05 s of CPU (SHA-NI, one thread, the
floor of it all), AES-GCM 0.12 s, reading and writing through the kernel
0.6-0.8 s; a kernel copy of the same file takes 0.6-0.8 s of CPU in all.

The source must not change while it is read: its size, modification and
change times (nanoseconds, from the open descriptor) must be the same at
the end as at the start, and the path must still name the same file;
otherwise nothing is stored.  (A second full read to compare hashes would
halve intake speed; the change time catches every write through the file
system, which a re-read would only sample.)

Progress: `progress(done, total)` in bytes, at most every 8 MiB and at the
end; `cancel()` is polled every MiB, and a true answer stops the intake with
`Cancelled`, leaving nothing behind.  Both are called on the worker thread.
"""

from __future__ import annotations

import errno
import logging
import mimetypes
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from casefiles.domain.enums import EvidenceKind
from casefiles.domain.errors import DamageFound, UserError
from casefiles.services import evidence
from casefiles.services.evidence import AttachmentInfo, BlobRef, NewBlob
from casefiles.storage.files import atomic_writer
from casefiles.storage.store import Store
from casefiles.vault import stream
from casefiles.vault.folder import VaultFolder

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
PROGRESS_STEP = 8 << 20
#: Largest file `read_for_preview` decrypts into memory.
PREVIEW_LIMIT = 64 << 20
PREVIEW_TYPES = frozenset(
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/bmp",
        "image/webp",
        "image/tiff",
    }
)
DEFAULT_MEDIA_TYPE = "application/octet-stream"


class Cancelled(UserError):
    """The user stopped an intake; nothing was stored."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was stored")


class SourceChanged(UserError):
    pass


# -- intake --------------------------------------------------------------------------------


def add_evidence(
    store: Store,
    case_ref: str,
    source: Path | str,
    *,
    title: str | None = None,
    kind: EvidenceKind | None = None,
    exhibit: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> AttachmentInfo:
    """A new evidence item holding `source`, labelled `exhibit` or the next free label."""
    evidence.check_new_evidence(store, case_ref, exhibit)
    blob = _store_file(store, Path(source), progress, cancel)
    return _record_or_remove(
        store,
        blob,
        lambda: evidence.record_new_evidence(
            store, case_ref, blob, title=title, kind=kind, exhibit=exhibit
        ),
    )


def attach(
    store: Store,
    case_ref: str,
    record_type: str,
    key: str,
    source: Path | str,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> AttachmentInfo:
    """Attach `source` to an evidence item (one file each), hearing, motion or request."""
    evidence.check_attach_target(store, case_ref, record_type, key)
    blob = _store_file(store, Path(source), progress, cancel)
    return _record_or_remove(
        store, blob, lambda: evidence.record_attachment(store, case_ref, record_type, key, blob)
    )


def _record_or_remove(
    store: Store, blob: NewBlob, record: Callable[[], AttachmentInfo]
) -> AttachmentInfo:
    try:
        info = record()
    except BaseException:
        VaultFolder(store.paths).remove(blob.blob)
        raise
    log.info("stored attachment %s (%d bytes)", info.key, info.size)
    return info


def media_type_of(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or DEFAULT_MEDIA_TYPE


def _open_source(source: Path) -> int:
    try:
        st = os.stat(source)
        if stat.S_ISDIR(st.st_mode):
            raise UserError(f"{source} is a folder, not a file; attach its files one by one")
        if not stat.S_ISREG(st.st_mode):
            raise UserError(
                f"{source} is not a regular file (a device, pipe or socket); "
                "save its content to a file first"
            )
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UserError(f"{source}: no such file") from None
    except PermissionError:
        raise UserError(f"{source}: permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise UserError(f"{source} is a folder, not a file") from None
    except OSError as err:
        raise UserError(f"cannot read {source}: {err.strerror or type(err).__name__}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UserError(f"{source} is not a regular file")
    return fd


def _fingerprint(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _store_file(
    store: Store, source: Path, progress: ProgressFn | None, cancel: CancelFn | None
) -> NewBlob:
    folder = VaultFolder(store.paths)
    folder.sweep(evidence.referenced_blobs(store))
    fd = _open_source(source)
    try:
        before = os.fstat(fd)
        total = before.st_size
        free = folder.free_bytes()
        if free is not None and free < stream.stored_size(total):
            raise UserError(_full_disk(total))
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
        src = os.fdopen(fd, "rb", buffering=0, closefd=False)

        def read_into(buf: memoryview) -> int:
            try:
                return src.readinto(buf) or 0
            except OSError as err:
                log.info("intake read error errno=%s", err.errno)
                raise UserError(
                    f"cannot read {source}: {err.strerror or type(err).__name__}; "
                    "nothing was stored"
                ) from None

        reported = [0]

        def tick(done: int) -> None:
            if cancel is not None and cancel():
                raise Cancelled
            if progress is not None and (done - reported[0] >= PROGRESS_STEP or done >= total):
                reported[0] = done
                progress(done, total)

        key = stream.new_key()
        try:
            with folder.writing() as (out, name):
                sealed = stream.seal(read_into, out, key, tick)
                after = os.fstat(fd)
                try:
                    now = _fingerprint(os.stat(source))
                except OSError:
                    now = None
                if (
                    _fingerprint(after) != _fingerprint(before)
                    or sealed.size != total
                    or now != _fingerprint(before)
                ):
                    raise SourceChanged(
                        f"{source} changed while it was being read (is it still being "
                        "written or copied?); nothing was stored: try again once it is complete"
                    )
        except OSError as err:
            log.info("intake write error errno=%s", err.errno)
            if err.errno in (errno.ENOSPC, errno.EDQUOT):
                raise UserError(_full_disk(total)) from None
            raise UserError(
                "cannot write into the case file's vault folder: "
                f"{err.strerror or type(err).__name__}; nothing was stored"
            ) from None
        if progress is not None and reported[0] < total:
            progress(total, total)
    finally:
        os.close(fd)
    return NewBlob(
        blob=name,
        file_key=key,
        file_name=source.name,
        media_type=media_type_of(source.name),
        size=sealed.size,
        sha256=sealed.sha256,
        stored_size=sealed.stored_size,
    )


def _full_disk(size: int) -> str:
    return (
        "the disk holding the case file is full; nothing was stored: free at least "
        f"{human_size(size)} and try again"
    )


def human_size(size: int) -> str:
    """Decimal units, as file managers show them: "980 bytes", "1.5 MB"."""
    if size == 1:
        return "1 byte"
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


# -- reading back --------------------------------------------------------------------------


def decrypt_to(
    store: Store,
    ref: BlobRef,
    sink: Callable[[memoryview], object],
    progress: ProgressFn | None = None,
) -> None:
    """Decrypt one attachment into `sink`, checking it against its intake hash.

    Raises `DamageFound` naming the item when the stored file is missing,
    fails authentication or does not give back the hash taken at intake.
    """
    path = VaultFolder(store.paths).path(ref.blob)
    try:
        fh = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise DamageFound(
            [f"{ref.info.label}: the stored file is missing from the vault"]
        ) from None
    tick = None
    if progress is not None:
        total = ref.info.size

        def tick(done: int) -> None:
            progress(done, total)

    try:
        with fh:
            size, digest = stream.open_sealed(fh.readinto, ref.file_key, sink, tick)
    except stream.Damaged as err:
        log.info("attachment %s failed authentication", ref.info.key)
        raise DamageFound([f"{ref.info.label}: {err}"]) from None
    if size != ref.info.size or digest != ref.info.sha256:
        raise DamageFound(
            [f"{ref.info.label}: the file gives back a different SHA-256 than at intake"]
        )


def export_file(
    store: Store,
    case_ref: str,
    target: Path | str,
    *,
    exhibit: str | None = None,
    key: str | None = None,
    force: bool = False,
    progress: ProgressFn | None = None,
) -> AttachmentInfo:
    """Decrypt an attachment to `target` (atomically; an existing file only with `force`)."""
    path = Path(target)
    if path.is_dir():
        raise UserError(f"{target} is a folder; give a file name")
    if path.exists() and not force:
        raise UserError(f"{target} already exists; choose another name or add --force")
    if not path.parent.is_dir():
        raise UserError(f"cannot write {target}: the folder {path.parent} does not exist")
    ref = evidence.find_blob(store, case_ref, exhibit=exhibit, key=key)
    try:
        with atomic_writer(path) as out:
            decrypt_to(store, ref, stream.Writer(out).write, progress)
    except OSError as err:
        log.info("export write error errno=%s", err.errno)
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserError(f"cannot write {target}: the disk is full") from None
        raise UserError(f"cannot write {target}: {err.strerror or type(err).__name__}") from None
    return ref.info


def export_to_stream(
    store: Store,
    case_ref: str,
    out: BinaryIO,
    *,
    exhibit: str | None = None,
    key: str | None = None,
) -> AttachmentInfo:
    """Decrypt an attachment into an open stream (a pipe: damage is found after output began)."""
    ref = evidence.find_blob(store, case_ref, exhibit=exhibit, key=key)
    decrypt_to(store, ref, out.write)
    out.flush()
    return ref.info


@dataclass(frozen=True)
class Preview:
    info: AttachmentInfo
    data: bytes


def can_preview(info: AttachmentInfo, limit: int = PREVIEW_LIMIT) -> bool:
    """Whether the app shows it itself (an image or a PDF, not too large)."""
    return info.media_type in PREVIEW_TYPES and info.size <= limit


def read_for_preview(
    store: Store,
    case_ref: str,
    *,
    exhibit: str | None = None,
    key: str | None = None,
    limit: int = PREVIEW_LIMIT,
) -> Preview:
    """An image or PDF decrypted into memory (never to disk), checked against its hash."""
    ref = evidence.find_blob(store, case_ref, exhibit=exhibit, key=key)
    if ref.info.media_type not in PREVIEW_TYPES:
        raise UserError(
            f"{ref.info.file_name} is not an image or a PDF; open it in another program"
        )
    if ref.info.size > limit:
        raise UserError(
            f"{ref.info.file_name} is too large to preview ({human_size(ref.info.size)}); "
            "open it in another program"
        )
    data = bytearray()
    decrypt_to(store, ref, data.extend)
    return Preview(ref.info, bytes(data))


# -- deleting ------------------------------------------------------------------------------


def delete_evidence(store: Store, case_ref: str, exhibit: str) -> AttachmentInfo | None:
    """Delete an evidence item; its encrypted file is removed once the deletion commits."""
    return evidence.delete_evidence(store, case_ref, exhibit)


def remove_file(store: Store, case_ref: str, key: str) -> AttachmentInfo:
    """Detach and delete one file; the record stays."""
    return evidence.remove_file(store, case_ref, key)
