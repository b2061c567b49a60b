"""Tar framing, written and read strictly, one block at a time.

Both tars of a backup (the outer one and the payload) are written here with
`tarfile`'s own header encoder (GNU format: long names as `././@LongLink`
members, sizes above 8 GiB in base-256), so stock `tar` reads them.  They
are read back by a parser that accepts only what casefiles writes: regular
files with safe relative names, zero padding, the two end blocks and zero
record padding, nothing after.  Data never passes through a temporary file;
the payload parser is a writable sink fed by the decryptor.
"""

from __future__ import annotations

import tarfile
from collections.abc import Callable
from typing import Protocol

from casefiles.backup.errors import BackupDamaged, UnsafeBackup

BLOCK = 512
RECORD = 20 * BLOCK
ZERO_BLOCK = bytes(BLOCK)
MAX_LONGNAME = 4096
_ENCODING = "utf-8"
_ERRORS = "surrogateescape"


def member_header(name: str, size: int, mtime: int) -> bytes:
    """The header block(s) of a regular, owner-only file."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info.tobuf(tarfile.GNU_FORMAT, _ENCODING, _ERRORS)


def padding(size: int) -> bytes:
    return bytes(-size % BLOCK)


def end_of_archive(length: int) -> bytes:
    """The two zero blocks, then zeros up to a whole 10 KiB record, as `tar` writes."""
    return bytes(2 * BLOCK + (-(length + 2 * BLOCK) % RECORD))


def end_length(length: int) -> int:
    return len(end_of_archive(length))


def parse_header(block: bytes, where: str) -> tarfile.TarInfo:
    """One header block; a damaged checksum or field is `BackupDamaged`."""
    try:
        return tarfile.TarInfo.frombuf(block, _ENCODING, _ERRORS)
    except tarfile.HeaderError:
        raise BackupDamaged(
            f"{where} is damaged (a tar header fails its checksum); the file was altered "
            "or damaged on the disk"
        ) from None


def check_member_name(name: str) -> list[str]:
    """The path components of a member name, refusing anything that could escape."""
    shown = ascii(name)[:120]
    if not name or name.startswith(("/", "\\")) or "\x00" in name or "\\" in name:
        raise UnsafeBackup(
            f"the backup holds a member with an absolute or malformed path ({shown}), "
            "which casefiles never writes; refused, nothing was restored"
        )
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts) or ":" in parts[0]:
        raise UnsafeBackup(
            f"the backup holds a member whose path climbs out of its folder ({shown}), "
            "which casefiles never writes; refused, nothing was restored"
        )
    return parts


def _refuse_type(info: tarfile.TarInfo, name: str) -> UnsafeBackup:
    shown = ascii(name)[:120]
    if info.islnk() or info.issym():
        what = "a link"
    elif info.isdir():
        what = "a folder entry"
    elif info.isdev() or info.isfifo():
        what = "a device or pipe"
    else:
        what = f"an entry of tar type {info.type!r}"
    return UnsafeBackup(
        f"the backup holds {what} ({shown}), which casefiles never writes; "
        "refused, nothing was restored"
    )


class MemberSink(Protocol):
    def write(self, data: memoryview) -> None: ...

    def close(self) -> None: ...


OpenMember = Callable[[str, int], MemberSink]


class TarSink:
    """A writable that parses a tar as it arrives and hands each member's data on.

    `open_member(name, size)` is called at each regular member (name already
    checked by `check_member_name`) and returns where its bytes go.  Only
    the incoming chunk is held, never a member.  `finish()` checks the end.
    """

    def __init__(self, open_member: OpenMember, where: str) -> None:
        self._open_member = open_member
        self._where = where
        self._pending = bytearray()  # a partial header or long name
        self._state = "header"
        self._left = 0  # bytes of data or padding still expected
        self._pad = 0
        self._member: MemberSink | None = None
        self._longname: str | None = None
        self._zero_blocks = 0
        self.consumed = 0

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        pass

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        pos = 0
        while pos < size:
            if self._state == "data":
                take = min(self._left, size - pos)
                assert self._member is not None
                self._member.write(view[pos : pos + take])
                pos += take
                self._left -= take
                if self._left == 0:
                    self._member.close()
                    self._member = None
                    self._start_padding()
            elif self._state == "padding" or self._state == "trailer":
                take = size - pos if self._state == "trailer" else min(self._left, size - pos)
                if view[pos : pos + take].tobytes().count(0) != take:
                    raise self._damaged("its padding holds data")
                pos += take
                self._left -= take
                if self._state == "padding" and self._left == 0:
                    self._state = "header"
                if self._state == "trailer" and -self._left > RECORD:
                    raise self._damaged("it holds data after its end")
            else:  # header or longname: gather whole blocks
                need = (BLOCK if self._state == "header" else self._left) - len(self._pending)
                take = min(need, size - pos)
                self._pending += view[pos : pos + take]
                pos += take
                if take == need:
                    block = bytes(self._pending)
                    self._pending.clear()
                    if self._state == "header":
                        self._on_header(block)
                    else:
                        self._on_longname(block)
        self.consumed += size
        return size

    def _start_padding(self) -> None:
        self._left = self._pad
        self._state = "padding" if self._pad else "header"

    def _on_header(self, block: bytes) -> None:
        if block == ZERO_BLOCK:
            self._zero_blocks += 1
            if self._longname is not None:
                raise self._damaged("a long name is not followed by its member")
            if self._zero_blocks == 2:
                self._state = "trailer"
                self._left = 0
            return
        if self._zero_blocks:
            raise self._damaged("it holds data after its end")
        info = parse_header(block, self._where)
        if info.type == tarfile.GNUTYPE_LONGNAME:
            if self._longname is not None or not 0 < info.size <= MAX_LONGNAME:
                raise self._damaged("it holds a malformed long name")
            self._state = "longname"
            self._left = info.size
            self._pad = -info.size % BLOCK
            return
        name = self._longname if self._longname is not None else info.name
        self._longname = None
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE) or not info.isreg():
            raise _refuse_type(info, name)
        check_member_name(name)
        self._member = self._open_member(name, info.size)
        self._left = info.size
        self._pad = -info.size % BLOCK
        if info.size == 0:
            self._member.close()
            self._member = None
            self._start_padding()
        else:
            self._state = "data"

    def _on_longname(self, raw: bytes) -> None:
        text = raw.split(b"\0", 1)[0]
        self._longname = text.decode(_ENCODING, _ERRORS)
        self._start_padding()

    def finish(self) -> None:
        """Raise unless the tar ended with its two end blocks (and zero padding only)."""
        if self._state != "trailer" or self._pending:
            raise self._damaged("it ends before its end marker")
        if (self.consumed % BLOCK) != 0:
            raise self._damaged("its length is not a whole number of blocks")

    def _damaged(self, what: str) -> BackupDamaged:
        return BackupDamaged(f"{self._where} is malformed: {what}; refused, nothing was restored")
