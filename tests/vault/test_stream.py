"""The vault file format: round trips and every kind of tampering."""

from __future__ import annotations

import errno
import hashlib
import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefiles.vault import stream

C, B, T, H = stream.CHUNK, stream.BLOCK, stream.TAG, stream.HEADER_BYTES
SIZES = [0, 1, C - 1, C, C + 1, B - 1, B, B + 1, B + C, 2 * B + 17]


def seal(data: bytes, key: bytes) -> bytes:
    out = io.BytesIO()
    result = stream.seal(io.BytesIO(data).readinto, out, key)
    assert result.stored_size == len(out.getvalue()) == stream.stored_size(len(data))
    return out.getvalue()


def open_(ct: bytes, key: bytes) -> bytes:
    got = bytearray()
    size, digest = stream.open_sealed(io.BytesIO(ct).readinto, key, got.extend)
    assert size == len(got)
    assert digest == hashlib.sha256(got).hexdigest()
    return bytes(got)


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_at_chunk_and_block_edges(size: int) -> None:
    data = os.urandom(size)
    key = stream.new_key()
    assert open_(seal(data, key), key) == data


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3 * C + 100))
def test_round_trip_property(data: bytes) -> None:
    key = stream.new_key()
    ct = seal(data, key)
    assert open_(ct, key) == data
    assert data[:32] not in ct or len(data) < 16


def test_the_same_file_twice_gives_different_ciphertext() -> None:
    data = b"same content" * 100
    key = stream.new_key()
    assert seal(data, key) != seal(data, key)


def _damaged(ct: bytes, key: bytes) -> stream.Damaged:
    with pytest.raises(stream.Damaged) as info:
        open_(ct, key)
    return info.value


@pytest.mark.parametrize("size", [0, 5, C, B + C + 3])
def test_truncation_at_any_boundary_is_detected(size: int) -> None:
    key = stream.new_key()
    ct = seal(os.urandom(size), key)
    cuts = {len(ct) - 1, len(ct) - T, H, H + 1, H + C + T, len(ct) - (C + T)}
    for cut in sorted(c for c in cuts if 0 <= c < len(ct)):
        _damaged(ct[:cut], key)


def test_appended_bytes_and_an_appended_chunk_are_detected() -> None:
    key = stream.new_key()
    ct = seal(os.urandom(2 * C), key)
    _damaged(ct + b"\0" * 5, key)
    _damaged(ct + ct[H : H + C + T], key)


def test_flipped_bit_anywhere_is_detected() -> None:
    key = stream.new_key()
    ct = seal(os.urandom(3 * C), key)
    for pos in (0, 5, H, H + 100, H + C + T + 1, len(ct) - 1):
        bad = bytearray(ct)
        bad[pos] ^= 0x01
        _damaged(bytes(bad), key)


def test_swapped_chunks_are_detected_and_the_offset_is_named() -> None:
    key = stream.new_key()
    ct = seal(os.urandom(3 * C + 10), key)
    rec = C + T
    first, second = ct[H : H + rec], ct[H + rec : H + 2 * rec]
    swapped = ct[:H] + second + first + ct[H + 2 * rec :]
    assert _damaged(swapped, key).offset == 0


def test_another_files_key_or_header_does_not_open_it() -> None:
    key, other = stream.new_key(), stream.new_key()
    ct = seal(b"evidence", key)
    _damaged(ct, other)
    ct2 = seal(b"evidence", key)
    _damaged(ct2[:H] + ct[H:], key)  # header (nonce prefix) of another file
    _damaged(b"not a vault file at all", key)


# -- files written by earlier versions -----------------------------------------------------

FORMAT1 = Path(__file__).parent / "data" / "format1-64k-chunks.cfv"


def test_a_file_written_by_the_first_vault_version_still_opens() -> None:
    # Written once by the first release's `seal` (64 KiB chunks); never regenerate it.
    key = hashlib.sha256(b"casefiles vault test key").digest()
    plain = hashlib.shake_256(b"casefiles vault format 1").digest(2 * 65536 + 100)
    ct = FORMAT1.read_bytes()
    assert ct[:6] == b"CFV\x01\x01\x10"
    assert open_(ct, key) == plain
    _damaged(ct[:-1], key)


# -- writing to a real file ----------------------------------------------------------------

needs_fadvise = pytest.mark.skipif(
    not hasattr(os, "posix_fadvise"), reason="no posix_fadvise on this platform"
)


@needs_fadvise
def test_writeback_is_started_behind_the_writer_over_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "WRITEBACK_STEP", 1 << 20)
    calls: list[tuple[int, int, int]] = []
    real = os.posix_fadvise

    def record(fd: int, offset: int, length: int, advice: int) -> None:
        calls.append((offset, length, advice))
        real(fd, offset, length, advice)

    monkeypatch.setattr(stream.os, "posix_fadvise", record)
    data = os.urandom(5 * B + 123)
    key = stream.new_key()
    path = tmp_path / "sealed"
    with path.open("wb") as out:
        sealed = stream.seal(io.BytesIO(data).readinto, out, key)
    ct = path.read_bytes()
    assert len(ct) == sealed.stored_size
    assert open_(ct, key) == data
    assert calls and all(advice == os.POSIX_FADV_DONTNEED for _o, _l, advice in calls)
    ends = 0
    for offset, length, _advice in calls:
        assert offset == ends and length >= 1 << 20
        ends = offset + length
    assert len(ct) - ends < (1 << 20) + B


@needs_fadvise
def test_a_refused_writeback_hint_only_stops_the_hints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "WRITEBACK_STEP", 1 << 20)
    calls = []

    def refuse(*args: int) -> None:
        calls.append(args)
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(stream.os, "posix_fadvise", refuse)
    data = os.urandom(3 * B)
    key = stream.new_key()
    path = tmp_path / "sealed"
    with path.open("wb") as out:
        stream.seal(io.BytesIO(data).readinto, out, key)
    assert open_(path.read_bytes(), key) == data
    assert len(calls) == 1


def test_any_object_with_a_write_method_will_do_as_the_output() -> None:
    class Sink:
        def __init__(self) -> None:
            self.data = bytearray()

        def write(self, b: bytes) -> int:
            self.data += b
            return len(b)

    sink, key, data = Sink(), stream.new_key(), os.urandom(B + 5)
    stream.seal(io.BytesIO(data).readinto, sink, key)  # type: ignore[arg-type]
    assert open_(bytes(sink.data), key) == data
