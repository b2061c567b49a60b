"""Builders for backup tests: crafted backups, damaged copies, a pty driver for `age`."""

from __future__ import annotations

import hashlib
import io
import json
import os
import pty
import select
import tarfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pyrage

from casefiles import __version__
from casefiles.backup import agefmt
from casefiles.backup.archive import KEY_MEMBER, OUTER_META, PAYLOAD_MEMBER, _outer_meta
from casefiles.backup.keys import BackupKey
from casefiles.backup.manifest import Manifest, MemberEntry
from casefiles.backup.tarstream import end_of_archive, member_header, padding

STORE_HEADER = b""  # filled by tests that need a real one


def outer_members(data: bytes) -> dict[str, tuple[int, int]]:
    """name -> (offset of data, size) of the outer tar's members."""
    found = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        for info in tar.getmembers():
            found[info.name] = (info.offset_data, info.size)
    return found


def wrap_outer(key: BackupKey, payload_ct: bytes, *, meta: bytes | None = None) -> bytes:
    """An outer tar around a given encrypted payload, as casefiles writes it."""
    meta = meta if meta is not None else _outer_meta(key)
    out = bytearray()
    for name, data in ((OUTER_META, meta), (KEY_MEMBER, key.sealed), (PAYLOAD_MEMBER, payload_ct)):
        out += member_header(name, len(data), 0) + data + padding(len(data))
    out += end_of_archive(len(out))
    return bytes(out)


def meta_with(key: BackupKey, **changes: Any) -> bytes:
    """The plain description with fields changed and its check recomputed (a crafted file)."""
    from casefiles.backup.archive import _canonical_hash

    doc = json.loads(_outer_meta(key))
    doc.pop("check")
    doc.update(changes)
    doc["check"] = _canonical_hash(doc)
    return json.dumps(doc, sort_keys=True).encode() + b"\n"


Entry = tuple[str, bytes] | tarfile.TarInfo


def payload_tar(entries: Sequence[Entry], *, manifest: Manifest | bool | None = True) -> bytes:
    """A payload tar: regular members (name, data) or raw TarInfo (links, folders...).

    `manifest=True` appends a manifest that matches the regular members.
    """
    out = bytearray()
    listed = []
    for entry in entries:
        if isinstance(entry, tarfile.TarInfo):
            out += entry.tobuf(tarfile.GNU_FORMAT, "utf-8", "surrogateescape")
            continue
        name, data = entry
        out += member_header(name, len(data), 0) + data + padding(len(data))
        listed.append(MemberEntry(name, len(data), hashlib.sha256(data).hexdigest()))
    if manifest is True:
        db = next(
            (n for n, *_ in (e for e in entries if isinstance(e, tuple)) if n.endswith(".db")),
            "store-00000000.db",
        )
        manifest = make_manifest(tuple(listed), database=db)
    if isinstance(manifest, Manifest):
        raw = manifest.to_json()
        out += member_header("manifest.json", len(raw), 0) + raw + padding(len(raw))
    out += end_of_archive(len(out))
    return bytes(out)


def make_manifest(members: tuple[MemberEntry, ...], **changes: Any) -> Manifest:
    fields: dict[str, Any] = {
        "app_version": __version__,
        "schema_version": None,
        "created": "2026-01-01T00:00:00Z",
        "audit_head": None,
        "database": "store-00000000.db",
        "members": members,
    }
    fields.update(changes)
    return Manifest(**fields)


def encrypt_to(key: BackupKey, plaintext: bytes) -> bytes:
    return bytes(pyrage.encrypt(plaintext, key.recipients()))


def link(name: str, target: str, kind: bytes = tarfile.SYMTYPE) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info


def folder(name: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    return info


def flip(data: bytes, offset: int) -> bytes:
    b = bytearray(data)
    b[offset] ^= 0x01
    return bytes(b)


def payload_chunk_starts(payload_ct: bytes) -> list[int]:
    """Offsets (within the payload) where each 64 KiB STREAM chunk starts."""
    _, header_len = agefmt.read_header(payload_ct)
    first = header_len + 16
    return list(range(first, len(payload_ct), 65536 + 16))


# -- the age tool through a terminal ----------------------------------------------------------


def run_in_pty(
    argv: list[str], passphrase: str, cwd: Path, timeout: float = 120
) -> tuple[int, bytes]:
    """Run `argv` with a pty as its terminal, typing `passphrase` when it asks for one."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.chdir(cwd)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    out = b""
    sent = False
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                if os.waitpid(pid, os.WNOHANG) != (0, 0):
                    pid = 0
                    break
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if not sent and b"passphrase" in out.lower():
                os.write(fd, passphrase.encode() + b"\n")
                sent = True
    finally:
        os.close(fd)
    if pid:
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), out
    return 0, out


def files_under(root: Path) -> dict[str, str]:
    """relative path -> SHA-256 of every regular file below `root`."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


Mutator = Callable[[bytes], bytes]
