"""The vault file format: chunked, authenticated, streaming AES-256-GCM (STREAM).

Why this design.  Each attached file gets its own random 256-bit key, stored
only in its row of the encrypted database (SQLCipher): the key material is
exactly as safe as the case records, a deleted attachment is crypto-shredded
with its row (`secure_delete` is on), and no key ever protects more than one
file, so nonces never repeat across files.  The file is cut into 64 KiB
chunks, each sealed with AES-256-GCM (`cryptography`, OpenSSL) under the
nonce `prefix || counter` (a random 8-byte per-file prefix, a 4-byte
big-endian chunk counter) with the header and a last-chunk flag as
associated data.  This is the STREAM construction of Hoang, Reyhanitabar,
Rogaway and Vizár: every chunk is authenticated on its own, so memory stays
flat and a reader never releases unauthenticated plaintext, while the
counter and the flag make reordering, dropping, duplicating or truncating
chunks fail authentication.  AES-GCM rather than ChaCha20-Poly1305: both
are in `cryptography` and equally sound here; with AES-NI (every x86 laptop
of the last decade; ARMv8 has its own AES instructions) AES-GCM ran 3x
faster on the reference machine (12 GB/s against 4 GB/s), which keeps
intake bound by SHA-256 and the disk.  age (pyrage) was the alternative; its
format is STREAM over ChaCha20-Poly1305 too, but pyrage's streaming API
would add an X25519 identity to keep and hide the chunk loop we want to
hash in.

Speed (2 GiB, measured): SHA-256 of the plaintext is the slowest stage
(2 GB/s with SHA-NI, 1.05 s of CPU) and runs on its own thread, as
hashlib releases the GIL; `AESGCM.encrypt_into` keeps the GIL (two threads
encrypting are no faster than one) but needs only 0.12 s, so it stays on
the reading thread.  Larger chunks gain nothing: sealing 2 GiB in 1 MiB
chunks took 1.36 s of CPU against 1.33 s in 64 KiB chunks, so the format
keeps one chunk size (the header records it, should that ever change).

Layout: a 16-byte header `b"CFV\\x01"`, algorithm (1 = AES-256-GCM), log2 of
the chunk size, two zero bytes, the 8-byte nonce prefix; then each chunk's
ciphertext followed by its 16-byte tag.  The last chunk is shorter than a
full one, or empty for an empty file, or full-sized; its flag tells.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import struct
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import IO, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"CFV\x01"
ALG_AES256GCM = 1
CHUNK_LOG2 = 16
CHUNK = 1 << CHUNK_LOG2
TAG = 16
KEY_BYTES = 32
PREFIX_BYTES = 8
_HEADER = struct.Struct(">4sBB2x8s")
HEADER_BYTES = _HEADER.size
#: Chunks per read and write: 1 MiB of plaintext at a time.
CHUNKS_PER_BLOCK = 16
BLOCK = CHUNK * CHUNKS_PER_BLOCK
#: Blocks in flight between the threads: enough that the hashing thread, the
#: slowest stage, still has work when the reading thread misses a time slice
#: on a busy machine.  Memory stays at twice this many blocks.
BLOCKS_IN_FLIGHT = 8
#: Written ciphertext is handed to the kernel's writeback every so many bytes,
#: so the disk writes while we encrypt and the closing fsync has little left.
WRITEBACK_STEP = 64 << 20
_MAX_CHUNKS = 1 << 32

#: `read_into(buffer) -> bytes read`; 0 at the end.
ReadInto = Callable[[memoryview], int]
#: Called with plaintext bytes done so far; raise from it to stop.
Tick = Callable[[int], None]


class Damaged(Exception):
    """The stored file failed authentication: altered, truncated or not ours."""

    def __init__(self, offset: int, what: str) -> None:
        self.offset = offset
        super().__init__(f"{what} (at plaintext byte {offset})")


@dataclass(frozen=True)
class Sealed:
    size: int
    sha256: str
    stored_size: int


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def stored_size(size: int) -> int:
    """Bytes on disk for `size` bytes of plaintext."""
    chunks = max(1, -(-size // CHUNK))
    return HEADER_BYTES + size + chunks * TAG


def _nonce(prefix: bytes, counter: int) -> bytes:
    if counter >= _MAX_CHUNKS:
        raise ValueError("file too large for the vault format")
    return prefix + counter.to_bytes(4, "big")


def _aad(header: bytes, last: bool) -> bytes:
    return header + (b"\x01" if last else b"\x00")


def read_full(read_into: ReadInto, buf: memoryview) -> int:
    """Fill `buf` unless the end comes first; returns the bytes read."""
    done = 0
    while done < len(buf):
        n = read_into(buf[done:])
        if not n:
            break
        done += n
    return done


class _Offload:
    """Functions run over filled buffers on helper threads, in order, one thread each.

    hashlib releases the GIL while hashing and file writes release it while
    the kernel copies, so hashing and writing run beside reading and
    encryption on the calling thread.  A buffer is handed out again only when
    every function is done with it: memory stays at `BLOCKS_IN_FLIGHT` buffers.  A
    helper's exception surfaces at the next `buffer()` or at `finish()`.
    """

    def __init__(self, fns: list[Callable[[memoryview], object]], size: int) -> None:
        self._fns = fns
        self._pools = [ThreadPoolExecutor(1, thread_name_prefix="vault") for _ in fns]
        self._buffers = [bytearray(size) for _ in range(BLOCKS_IN_FLIGHT)]
        self._pending: deque[list[Future[object]]] = deque()
        self._next = 0

    def buffer(self) -> memoryview:
        if len(self._pending) >= len(self._buffers):
            for future in self._pending.popleft():
                future.result()
        buf = self._buffers[self._next % len(self._buffers)]
        self._next += 1
        return memoryview(buf)

    def submit(self, data: memoryview) -> None:
        self._pending.append(
            [pool.submit(fn, data) for pool, fn in zip(self._pools, self._fns, strict=True)]
        )

    def finish(self) -> None:
        while self._pending:
            for future in self._pending.popleft():
                future.result()

    def __enter__(self) -> _Offload:
        return self

    def __exit__(self, *exc: object) -> None:
        for pool in self._pools:
            pool.shutdown(wait=True, cancel_futures=True)


class Writer:
    """Writes to `out`, starting the kernel's writeback behind itself on a regular file.

    Left to itself the kernel holds gigabytes of written data in memory and
    writes it out only at the closing fsync, after all the other work is done;
    started every `WRITEBACK_STEP`, the disk works while we encrypt (intake)
    or decrypt (export): for 2 GiB the closing fsync went from half a second
    to almost nothing.
    Python has no `sync_file_range`; on Linux `posix_fadvise(DONTNEED)`
    starts writeback of the range, then drops those of its pages already
    clean (PostgreSQL's fallback relies on the same).  It is a hint: it
    changes no data, durability still comes from the caller's fsync, and
    where it is refused or `out` is not a regular file this only writes.
    """

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._fd = _regular_fd(out) if hasattr(os, "posix_fadvise") else None
        self._start = 0
        if self._fd is not None:
            try:
                self._start = out.tell()
            except (OSError, ValueError):
                self._fd = None
        self._written = 0
        self._kicked = 0

    def write(self, data: memoryview | bytes) -> None:
        self._out.write(data)
        self._written += len(data)
        if self._fd is not None and self._written - self._kicked >= WRITEBACK_STEP:
            self._out.flush()
            try:
                os.posix_fadvise(
                    self._fd,
                    self._start + self._kicked,
                    self._written - self._kicked,
                    os.POSIX_FADV_DONTNEED,
                )
            except OSError:
                self._fd = None
            self._kicked = self._written


def _regular_fd(out: IO[bytes]) -> int | None:
    # Anything with a `write` will do as `out`; only a real file gets the hint.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fd = out.fileno()
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    return None


def seal(read_into: ReadInto, out: BinaryIO, key: bytes, tick: Tick | None = None) -> Sealed:
    """Encrypt everything `read_into` gives into `out`; hash the plaintext on the way."""
    aead = AESGCM(key)
    prefix = os.urandom(PREFIX_BYTES)
    header = _HEADER.pack(MAGIC, ALG_AES256GCM, CHUNK_LOG2, prefix)
    aad_more, aad_last = _aad(header, False), _aad(header, True)
    writer = Writer(out)
    writer.write(header)
    digest = hashlib.sha256()
    # The last chunk read is held back until the next read shows whether more follows.
    held = bytearray(CHUNK)
    held_len = -1
    counter = 0
    total = 0
    written = HEADER_BYTES
    with (
        _Offload([digest.update], BLOCK) as plain,
        _Offload([writer.write], CHUNKS_PER_BLOCK * (CHUNK + TAG)) as sealed,
    ):
        while True:
            view = plain.buffer()
            n = read_full(read_into, view)
            if n == 0:
                break
            plain.submit(view[:n])
            total += n
            target = sealed.buffer()
            pos = 0
            if held_len >= 0:
                end = held_len + TAG
                aead.encrypt_into(
                    _nonce(prefix, counter), memoryview(held)[:held_len], aad_more, target[:end]
                )
                counter += 1
                pos = end
            for start in range(0, n, CHUNK):
                stop = min(start + CHUNK, n)
                if stop == n:
                    held[: stop - start] = view[start:stop]
                    held_len = stop - start
                    break
                end = pos + CHUNK + TAG
                aead.encrypt_into(
                    _nonce(prefix, counter), view[start:stop], aad_more, target[pos:end]
                )
                counter += 1
                pos = end
            sealed.submit(target[:pos])
            written += pos
            if tick is not None:
                tick(total)
            if n < BLOCK:
                break
        held_len = max(held_len, 0)
        last = aead.encrypt(_nonce(prefix, counter), bytes(memoryview(held)[:held_len]), aad_last)
        sealed.submit(memoryview(last))
        written += len(last)
        sealed.finish()
        plain.finish()
    return Sealed(total, digest.hexdigest(), written)


def open_sealed(
    read_into: ReadInto,
    key: bytes,
    sink: Callable[[memoryview], object],
    tick: Tick | None = None,
) -> tuple[int, str]:
    """Decrypt a vault file, giving `sink` each authenticated piece; (size, sha256).

    Raises `Damaged` at the first chunk that fails authentication, and for a
    file that ends early or goes on after its last chunk.  `sink` runs on a
    helper thread, in order, and must copy what it keeps: buffers are reused.
    """
    head = bytearray(HEADER_BYTES)
    if read_full(read_into, memoryview(head)) != HEADER_BYTES:
        raise Damaged(0, "the stored file is shorter than its header")
    magic, alg, chunk_log2, prefix = _HEADER.unpack(bytes(head))
    if magic != MAGIC or alg != ALG_AES256GCM or chunk_log2 != CHUNK_LOG2:
        raise Damaged(0, "the stored file's header is not a casefiles vault header")
    header = bytes(head)
    aead = AESGCM(key)
    aad_more, aad_last = _aad(header, False), _aad(header, True)
    record = CHUNK + TAG
    buf = bytearray(CHUNKS_PER_BLOCK * record)
    view = memoryview(buf)
    held = bytearray(record)
    held_len = -1
    counter = 0
    total = 0
    digest = hashlib.sha256()

    def open_one(data: memoryview, last: bool, into: memoryview) -> int:
        size = len(data) - TAG
        if size < 0:
            raise Damaged(counter * CHUNK, "the stored file ends in the middle of a chunk")
        try:
            aead.decrypt_into(
                _nonce(prefix, counter), data, aad_last if last else aad_more, into[:size]
            )
        except InvalidTag:
            what = "the stored file was altered or truncated: a chunk failed authentication"
            raise Damaged(counter * CHUNK, what) from None
        return size

    with _Offload([digest.update, sink], BLOCK) as plain_out:
        while True:
            n = read_full(read_into, view)
            if n == 0:
                break
            plain = plain_out.buffer()
            pos = 0
            if held_len >= 0:
                pos = open_one(memoryview(held)[:held_len], False, plain)
                counter += 1
            for start in range(0, n, record):
                stop = min(start + record, n)
                if stop == n:
                    held[: stop - start] = view[start:stop]
                    held_len = stop - start
                    break
                pos += open_one(view[start:stop], False, plain[pos:])
                counter += 1
            if pos:
                plain_out.submit(plain[:pos])
                total += pos
            if tick is not None:
                tick(total)
            if n < len(buf):
                break
        if held_len < 0:
            raise Damaged(total, "the stored file has no content after its header")
        plain = plain_out.buffer()
        size = open_one(memoryview(held)[:held_len], True, plain)
        plain_out.submit(plain[:size])
        total += size
        plain_out.finish()
    return total, digest.hexdigest()
