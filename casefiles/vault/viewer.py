"""Copies for the system viewer: plaintext only in a memory-backed folder, removed on lock.

Files the app cannot preview itself open in another program, which needs a
path.  The copy goes into a folder of its own (0700) on a RAM file system
(`/dev/shm`, else `$XDG_RUNTIME_DIR` when it is tmpfs), as a 0600 file with
a random name that keeps only the extension (so the system picks the right
program).  `remove_copies` empties the folder; the app calls it on lock, on
exit and at start (leftovers of a crash).  Where no memory-backed folder
exists the copy is refused: plaintext never goes to a disk.  The viewer may
still keep its own traces (thumbnails, recent files): the GUI warns first.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import mimetypes
import os
import re
import secrets
import shutil
import stat
from pathlib import Path

from casefiles.domain.errors import UserError
from casefiles.services import evidence
from casefiles.storage.files import DIR_MODE, FILE_MODE
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import Store
from casefiles.vault.files import decrypt_to

log = logging.getLogger(__name__)

_MEMORY_FS = {"tmpfs", "ramfs"}
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")
_WIPE_CHUNK = 1 << 20


def _mounts() -> list[tuple[str, str]]:
    try:
        text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            out.append((parts[1].replace("\\040", " "), parts[2]))
    return out


def is_memory_backed(path: Path) -> bool:
    """Whether `path` lies on a RAM file system (Linux; False where unknown)."""
    target = str(path.resolve())
    best, fstype = "", ""
    for mount, kind in _mounts():
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, fstype = mount, kind
    return fstype in _MEMORY_FS


def memory_folder() -> Path | None:
    """A memory-backed folder for temporary plaintext, or None on this system."""
    candidates = [Path("/dev/shm")]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append(Path(runtime))
    for path in candidates:
        if path.is_dir() and os.access(path, os.W_OK | os.X_OK) and is_memory_backed(path):
            return path
    return None


def copies_folder(paths: StorePaths, base: Path | None = None) -> Path | None:
    """This store's folder of viewer copies (not created), or None without a RAM folder."""
    base = base or memory_folder()
    if base is None:
        return None
    uid = os.getuid() if hasattr(os, "getuid") else 0
    tag = hashlib.sha256(str(paths.root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return base / f"casefiles-{uid}-{tag[:12]}"


def open_copy(
    store: Store,
    case_ref: str,
    *,
    exhibit: str | None = None,
    key: str | None = None,
    base: Path | None = None,
) -> Path:
    """Decrypt an attachment into a 0600 file in a RAM folder; its path, for a viewer."""
    folder = copies_folder(store.paths, base)
    if folder is None:
        raise UserError(
            "this system has no memory-backed folder for a temporary copy, and plaintext "
            "never goes to disk: export the file to a place you choose instead"
        )
    ref = evidence.find_blob(store, case_ref, exhibit=exhibit, key=key)
    folder.mkdir(mode=DIR_MODE, exist_ok=True)
    if folder.is_symlink() or (folder.stat().st_mode & 0o777) != DIR_MODE:
        raise UserError(f"{folder} is not a private folder; remove it and try again")
    suffix_match = _SUFFIX.fullmatch(Path(ref.info.file_name).suffix)
    if suffix_match:
        suffix = suffix_match.group(0).lower()
    else:  # a redacted name: the type still tells the system which program to use
        suffix = mimetypes.guess_extension(ref.info.media_type, strict=False) or ""
    path = folder / f"casefiles-{secrets.token_hex(8)}{suffix}"
    fd = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), FILE_MODE
    )
    try:
        with os.fdopen(fd, "wb") as out:
            decrypt_to(store, ref, out.write)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    log.info("viewer copy of attachment %s made", ref.info.key)
    return path


def _overwrite(path: Path) -> None:
    """Write zeros over a copy's bytes and make them durable, so unlinking frees no plaintext."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:  # a symlink or something odd: never write through it, just unlink
        return
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return
        zeros = bytes(_WIPE_CHUNK)
        left = st.st_size
        while left > 0:
            left -= os.write(fd, zeros[: min(left, _WIPE_CHUNK)])
        os.fsync(fd)
    except OSError as err:
        log.info("viewer copy overwrite failed errno=%s", err.errno)
    finally:
        os.close(fd)


def remove_copies(paths: StorePaths, base: Path | None = None) -> int:
    """Overwrite and delete every viewer copy of this store (on lock, exit, start); how many.

    The viewer may still have the file open: overwriting first means it reads
    zeros from then on, and no plaintext survives in the freed pages.
    """
    folder = copies_folder(paths, base)
    if folder is None or not folder.exists():
        return 0
    count = 0
    if folder.is_dir() and not folder.is_symlink():
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                _overwrite(entry)
            count += 1
    with contextlib.suppress(FileNotFoundError):
        if folder.is_symlink():
            folder.unlink()
        else:
            shutil.rmtree(folder)
    if count:
        log.info("removed %d viewer copies", count)
    return count
